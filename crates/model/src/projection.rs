//! The 2024 projection and its verdict against the province's target.
//!
//! Growth rates are percentages (3.4 means +3.4 %), one per sector in the
//! dataset's order; project output (billion VND per sector, see
//! `projects`) is added on top. Functions here never panic on a short or
//! long slice: missing entries count as zero, extra ones are ignored.
//!
//! With "2024 so far" (see `so_far`) the growth rates describe only the
//! months after the covered ones: a `Basis` says what each sector's growth
//! applies to and what output is already counted. Without it the basis is
//! the full 2023 year and nothing fixed, and every figure is bit for bit
//! the whole-year formula's (adding 0.0 is exact).

use super::dataset::Dataset;
use super::projects::{output_by_sector_after, Project};
use super::so_far::{needed_rest_growth, SoFar, SoFarFigures};

/// Which reading of the published target a verdict tests.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum TargetReading {
    /// 111,816 billion VND, the figure the article publishes.
    #[default]
    Absolute,
    /// 2023 total × (1 + 8.7 %), the rounded growth the article also states.
    StatedGrowth,
}

impl TargetReading {
    pub fn value(self, data: &Dataset) -> f64 {
        match self {
            TargetReading::Absolute => data.target.value,
            TargetReading::StatedGrowth => {
                data.total.value * (1.0 + data.target.stated_growth_pct / 100.0)
            }
        }
    }
}

/// What each sector's growth applies to, and what is already counted.
#[derive(Clone, Debug, PartialEq)]
pub struct Basis {
    /// Output already in, per sector: the value so far split by the
    /// sectors' 2023 shares (an assumption the UI labels); zeros without it.
    pub fixed: Vec<f64>,
    /// The whole value so far (exactly as typed), zero without it.
    pub fixed_total: f64,
    /// The 2023 output a sector's growth applies to: its 2023 value, or its
    /// share of the rest of 2023.
    pub growth_base: Vec<f64>,
    /// Months of 2024 already in (0 for none): projects add only later ones.
    pub covered_months: u8,
}

impl Basis {
    pub fn new(data: &Dataset, so_far: Option<&SoFar>) -> Basis {
        let values = data.sectors.iter().map(|s| s.value);
        let Some(s) = so_far else {
            return Basis {
                fixed: vec![0.0; data.sectors.len()],
                fixed_total: 0.0,
                growth_base: values.collect(),
                covered_months: 0,
            };
        };
        let sum = data.sectors_sum_2023();
        let rest = s.rest_2023(data.total.value);
        Basis {
            fixed: values.clone().map(|v| s.value * v / sum).collect(),
            fixed_total: s.value,
            growth_base: values.map(|v| rest * v / sum).collect(),
            covered_months: s.months,
        }
    }

    pub fn growth_base_total(&self) -> f64 {
        self.growth_base.iter().sum()
    }
}

/// The scenario's 2024 output, by sector and in total.
#[derive(Clone, Debug, PartialEq)]
pub struct Projection {
    pub sectors_2024: Vec<f64>,
    pub total_2024: f64,
    /// Growth of the total over the published 2023 total, in percent.
    pub growth_pct: f64,
}

/// `project_output` is each sector's added output from projects.
/// Whole year only; the app goes through `evaluate_so_far`.
#[cfg(test)]
pub fn project(data: &Dataset, growth_pct: &[f64], project_output: &[f64]) -> Projection {
    project_on(data, &Basis::new(data, None), growth_pct, project_output)
}

/// The projection on a basis. The total adds the fixed output as typed to
/// the grown parts, so with twelve months in it is the value so far exactly.
pub fn project_on(
    data: &Dataset,
    basis: &Basis,
    growth_pct: &[f64],
    project_output: &[f64],
) -> Projection {
    let at = |xs: &[f64], i: usize| xs.get(i).copied().unwrap_or(0.0);
    let grown: Vec<f64> = (0..data.sectors.len())
        .map(|i| {
            at(&basis.growth_base, i) * (1.0 + at(growth_pct, i) / 100.0) + at(project_output, i)
        })
        .collect();
    let total_2024 = basis.fixed_total + grown.iter().sum::<f64>();
    let sectors_2024: Vec<f64> = grown
        .iter()
        .enumerate()
        .map(|(i, g)| at(&basis.fixed, i) + g)
        .collect();
    Projection {
        growth_pct: (total_2024 / data.total.value - 1.0) * 100.0,
        sectors_2024,
        total_2024,
    }
}

/// Whether a projected total meets the target, and by how much.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Verdict {
    pub reading: TargetReading,
    pub target: f64,
    pub met: bool,
    /// Projected total minus target, billion VND: negative means short.
    pub gap: f64,
    /// Projected growth minus the growth the target needs, percentage points.
    pub gap_pp: f64,
}

pub fn verdict(data: &Dataset, total_2024: f64, reading: TargetReading) -> Verdict {
    let target = reading.value(data);
    let gap = total_2024 - target;
    Verdict {
        reading,
        target,
        met: gap >= 0.0,
        gap,
        gap_pp: gap / data.total.value * 100.0,
    }
}

/// The 2024 growth (percent) that sector `sector` alone would need for the
/// total to reach `target`, with every other sector at its given growth and
/// every project as set (including the sector's own projects).
/// Whole year only; the app goes through `evaluate_so_far`.
#[cfg(test)]
pub fn required_growth_for_sector(
    data: &Dataset,
    growth_pct: &[f64],
    project_output: &[f64],
    sector: usize,
    target: f64,
) -> f64 {
    let basis = Basis::new(data, None);
    let projection = project_on(data, &basis, growth_pct, project_output);
    required_on(&basis, &projection, project_output, sector, target)
}

/// Everything but the sector's grown part stays; non-finite when the
/// sector's base is nothing (all twelve months in).
fn required_on(
    basis: &Basis,
    projection: &Projection,
    project_output: &[f64],
    sector: usize,
    target: f64,
) -> f64 {
    let own_projects = project_output.get(sector).copied().unwrap_or(0.0);
    let fixed = basis.fixed.get(sector).copied().unwrap_or(0.0);
    let others = projection.total_2024 - projection.sectors_2024[sector] + own_projects + fixed;
    ((target - others) / basis.growth_base[sector] - 1.0) * 100.0
}

/// The one growth rate (percent) that, applied to every sector, meets
/// `target` on top of `project_total` from projects.
/// Whole year only; the app goes through `evaluate_so_far`.
#[cfg(test)]
pub fn uniform_growth_for_target(data: &Dataset, target: f64, project_total: f64) -> f64 {
    uniform_growth_on(&Basis::new(data, None), target, project_total)
}

pub fn uniform_growth_on(basis: &Basis, target: f64, project_total: f64) -> f64 {
    ((target - project_total - basis.fixed_total) / basis.growth_base_total() - 1.0) * 100.0
}

/// Everything the result panel shows for one scenario, derived in one pass.
#[derive(Clone, Debug, PartialEq)]
pub struct Outcome {
    pub projection: Projection,
    pub verdict: Verdict,
    /// Per sector: the growth it alone would need, others as set.
    pub required_by_sector: Vec<f64>,
    /// The growth every sector would need alike.
    pub uniform_pct: f64,
    /// Output added by the scenario's projects, per sector (only their
    /// months after the covered ones).
    pub project_output: Vec<f64>,
    pub basis: Basis,
    /// The "2024 so far" figures, when the section is filled in.
    pub so_far: Option<SoFarFigures>,
}

pub fn evaluate(
    data: &Dataset,
    growth_pct: &[f64],
    projects: &[Project],
    reading: TargetReading,
) -> Outcome {
    evaluate_so_far(data, None, growth_pct, projects, reading)
}

pub fn evaluate_so_far(
    data: &Dataset,
    so_far: Option<&SoFar>,
    growth_pct: &[f64],
    projects: &[Project],
    reading: TargetReading,
) -> Outcome {
    let basis = Basis::new(data, so_far);
    let project_output = output_by_sector_after(data.sectors.len(), projects, basis.covered_months);
    let project_total: f64 = project_output.iter().sum();
    let projection = project_on(data, &basis, growth_pct, &project_output);
    let verdict = verdict(data, projection.total_2024, reading);
    let required_by_sector = (0..data.sectors.len())
        .map(|i| required_on(&basis, &projection, &project_output, i, verdict.target))
        .collect();
    let so_far =
        so_far.map(|s| so_far_figures(data, s, &basis, growth_pct, &projection, verdict.target));
    Outcome {
        uniform_pct: uniform_growth_on(&basis, verdict.target, project_total),
        project_output,
        projection,
        verdict,
        required_by_sector,
        basis,
        so_far,
    }
}

fn so_far_figures(
    data: &Dataset,
    so_far: &SoFar,
    basis: &Basis,
    growth_pct: &[f64],
    projection: &Projection,
    target: f64,
) -> SoFarFigures {
    let total_2023 = data.total.value;
    let base_total = basis.growth_base_total();
    let weighted: f64 = basis
        .growth_base
        .iter()
        .zip(growth_pct)
        .map(|(b, g)| b * g)
        .sum();
    SoFarFigures {
        so_far: *so_far,
        same_period_2023: so_far.same_period_2023(),
        rest_2023: so_far.rest_2023(total_2023),
        need: needed_rest_growth(so_far, total_2023, target),
        rest_2024: projection.total_2024 - so_far.value,
        scenario_rest_pct: if base_total > 0.0 {
            weighted / base_total
        } else {
            0.0
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::projects::Project;
    use crate::so_far::SoFar;

    fn data() -> &'static Dataset {
        Dataset::bundled().unwrap()
    }

    fn repeat_2023(d: &Dataset) -> Vec<f64> {
        d.sectors.iter().map(|s| s.growth_pct.unwrap()).collect()
    }

    fn close(a: f64, b: f64, tol: f64) -> bool {
        (a - b).abs() <= tol
    }

    /// The semiconductor plant: 1,000 × 1.5 a year from July.
    fn plant() -> Project {
        Project {
            name: "plant".into(),
            source: None,
            sector: 1,
            capital: 1_000.0,
            output_per_capital: 1.5,
            first_month: 7,
            enabled: true,
        }
    }

    #[test]
    fn repeating_2023_growth_gives_106_462_4() {
        // 575.8×1.1 + 100,867.1×1.034 + 1,121.4×1.048 + 328.9×1.086
        // = 633.38 + 104,296.5814 + 1,175.2272 + 357.1854 = 106,462.374
        let d = data();
        let p = project(d, &repeat_2023(d), &[]);
        assert!(close(p.total_2024, 106_462.374, 1e-6));
        assert!(close(p.sectors_2024[0], 633.38, 1e-9));
        assert!(close(p.growth_pct, 3.4688, 1e-4));
    }

    #[test]
    fn baseline_misses_the_target() {
        let d = data();
        let p = project(d, &repeat_2023(d), &[]);
        let v = verdict(d, p.total_2024, TargetReading::Absolute);
        assert!(!v.met);
        assert!(close(v.gap, -5_353.626, 1e-3));
        // −5,353.626 / 102,893.2 × 100 = −5.2031 pp
        assert!(close(v.gap_pp, -5.2031, 1e-4));
        assert_eq!(v.target, 111_816.0);
    }

    #[test]
    fn manufacturing_at_9_percent_meets_it() {
        // 100,867.1 × 1.09 = 109,945.139; + 633.38 + 1,175.2272 + 357.1854
        // = 112,110.9316, which is 294.9316 above 111,816.
        let d = data();
        let mut g = repeat_2023(d);
        g[1] = 9.0;
        let p = project(d, &g, &[]);
        let v = verdict(d, p.total_2024, TargetReading::Absolute);
        assert!(v.met);
        assert!(close(v.gap, 294.9316, 1e-3));
    }

    #[test]
    fn stated_growth_reading_is_111_844_9() {
        let d = data();
        assert!(close(
            TargetReading::StatedGrowth.value(d),
            111_844.908_4,
            1e-4
        ));
        let v = verdict(d, 111_830.0, TargetReading::StatedGrowth);
        assert!(!v.met);
        assert!(verdict(d, 111_830.0, TargetReading::Absolute).met);
    }

    #[test]
    fn exactly_on_target_counts_as_met() {
        let d = data();
        assert!(verdict(d, 111_816.0, TargetReading::Absolute).met);
    }

    #[test]
    fn required_growth_for_manufacturing() {
        // Others at 2023 growth: 633.38 + 1,175.2272 + 357.1854 = 2,165.7926.
        // (111,816 − 2,165.7926) / 100,867.1 − 1 = 8.7076 %.
        let d = data();
        let g = required_growth_for_sector(d, &repeat_2023(d), &[], 1, 111_816.0);
        assert!(close(g, 8.7076, 1e-4));
        let mut with = repeat_2023(d);
        with[1] = g;
        assert!(close(project(d, &with, &[]).total_2024, 111_816.0, 1e-6));
    }

    #[test]
    fn required_growth_for_a_small_sector_is_huge() {
        // Water alone: (111,816 − 106,462.374 + 357.1854) / 328.9 − 1 = 1,636.3 %.
        let d = data();
        let g = required_growth_for_sector(d, &repeat_2023(d), &[], 3, 111_816.0);
        assert!(close(g, 1_636.3, 0.1));
    }

    #[test]
    fn uniform_growth_is_the_target_growth() {
        let d = data();
        let g = uniform_growth_for_target(d, 111_816.0, 0.0);
        assert!(close(g, 8.6719, 1e-4));
        let total = project(d, &[g; 4], &[]).total_2024;
        assert!(close(total, 111_816.0, 1e-6));
    }

    #[test]
    fn evaluate_bundles_the_baseline_outcome() {
        let d = data();
        let o = evaluate(d, &repeat_2023(d), &[], TargetReading::Absolute);
        assert!(close(o.projection.total_2024, 106_462.374, 1e-6));
        assert!(!o.verdict.met);
        assert_eq!(o.required_by_sector.len(), 4);
        assert!(close(o.required_by_sector[1], 8.7076, 1e-4));
        assert!(close(o.uniform_pct, 8.6719, 1e-4));
    }

    #[test]
    fn projects_add_output_and_lower_what_the_sectors_need() {
        // The semiconductor plant at 1,000 × 1.5 from July adds 750 to
        // manufacturing: 106,462.374 + 750 = 107,212.374.
        let d = data();
        let o = evaluate(d, &repeat_2023(d), &[plant()], TargetReading::Absolute);
        assert!(close(o.projection.total_2024, 107_212.374, 1e-6));
        assert_eq!(o.project_output, vec![0.0, 750.0, 0.0, 0.0]);
        // Manufacturing alone: (111,816 − 2,165.7926 − 750) / 100,867.1 − 1 = 7.9640 %.
        assert!(close(o.required_by_sector[1], 7.9640, 1e-4));
        // Uniform: (111,816 − 750) / 102,893.2 − 1 = 7.9430 %.
        assert!(close(o.uniform_pct, 7.9430, 1e-4));
        let mut g = repeat_2023(d);
        g[1] = o.required_by_sector[1];
        let met = evaluate(d, &g, &[plant()], TargetReading::Absolute);
        assert!(close(met.projection.total_2024, 111_816.0, 1e-6));
    }

    #[test]
    fn short_growth_slices_do_not_panic() {
        let d = data();
        let p = project(d, &[], &[]);
        assert!(close(p.total_2024, d.sectors_sum_2023(), 1e-9));
        let p = project(d, &[0.0; 9], &[1.0; 9]);
        assert_eq!(p.sectors_2024.len(), 4);
    }

    fn example() -> SoFar {
        SoFar {
            months: 6,
            value: 50_000.0,
            growth_pct: 5.0,
        }
    }

    #[test]
    fn six_months_in_the_scenario_describes_the_rest_of_the_year() {
        // Rest of 2023: 102,893.2 − 50,000 / 1.05 = 55,274.1524. Repeating
        // 2023 growth, weighted by 2023 shares: 356,917.4 / 102,893.2 =
        // 3.468814 %. Total: 50,000 + 55,274.1524 × 1.03468814 = 107,191.5101.
        let d = data();
        let o = evaluate_so_far(
            d,
            Some(&example()),
            &repeat_2023(d),
            &[],
            TargetReading::Absolute,
        );
        assert!(close(o.projection.total_2024, 107_191.510_1, 1e-4));
        assert!(!o.verdict.met);
        let f = o.so_far.unwrap();
        assert!(close(f.scenario_rest_pct, 3.468_814, 1e-6));
        assert!(close(f.rest_2024, 57_191.510_1, 1e-4));
        // With no project, every sector alike needs exactly what the rest
        // of the year needs: 11.8353 %.
        assert!(close(o.uniform_pct, 11.835_3, 1e-4));
        match f.need {
            crate::so_far::RestNeed::Growth(pct) => assert!(close(pct, o.uniform_pct, 1e-9)),
            other => panic!("{other:?}"),
        }
        // Manufacturing alone: its base is 55,274.1524 × 100,867.1 / 102,893.2;
        // (111,816 − 50,000 − the other three grown) / base − 1 = 11.9345 %.
        assert!(close(o.required_by_sector[1], 11.934_5, 1e-4));
        // The sectors still add up to the total.
        let sum: f64 = o.projection.sectors_2024.iter().sum();
        assert!(close(sum, o.projection.total_2024, 1e-6));
    }

    #[test]
    fn projects_add_only_the_months_after_the_covered_ones() {
        // The plant from July with nine months in adds October–December:
        // 1,000 × 1.5 × 3/12 = 375.
        let d = data();
        let nine = SoFar {
            months: 9,
            ..example()
        };
        let with = evaluate_so_far(
            d,
            Some(&nine),
            &repeat_2023(d),
            &[plant()],
            TargetReading::Absolute,
        );
        let without = evaluate_so_far(
            d,
            Some(&nine),
            &repeat_2023(d),
            &[],
            TargetReading::Absolute,
        );
        assert_eq!(with.project_output, vec![0.0, 375.0, 0.0, 0.0]);
        assert!(close(
            with.projection.total_2024 - without.projection.total_2024,
            375.0,
            1e-9
        ));
    }

    #[test]
    fn twelve_months_in_the_total_is_the_value_so_far() {
        let d = data();
        let year = SoFar {
            months: 12,
            value: 111_816.0,
            growth_pct: 8.0,
        };
        let o = evaluate_so_far(d, Some(&year), &[300.0; 4], &[], TargetReading::Absolute);
        assert_eq!(o.projection.total_2024, 111_816.0);
        assert!(o.verdict.met, "exactly the target counts as met");
        assert!(!o.uniform_pct.is_finite(), "no month is left to grow");
    }

    proptest::proptest! {
        #[test]
        fn without_so_far_the_figures_are_bit_for_bit_the_old_formula(
            growth in proptest::collection::vec(-100.0f64..300.0, 4),
            added in proptest::collection::vec(0.0f64..5_000.0, 4),
        ) {
            let d = data();
            let p = project(d, &growth, &added);
            let sectors: Vec<f64> = d.sectors.iter().enumerate()
                .map(|(i, s)| s.value * (1.0 + growth[i] / 100.0) + added[i])
                .collect();
            let total: f64 = sectors.iter().sum();
            proptest::prop_assert_eq!(&p.sectors_2024, &sectors);
            proptest::prop_assert_eq!(p.total_2024.to_bits(), total.to_bits());
            let uniform = ((111_816.0 - 100.0) / d.sectors_sum_2023() - 1.0) * 100.0;
            proptest::prop_assert_eq!(uniform_growth_for_target(d, 111_816.0, 100.0).to_bits(), uniform.to_bits());
        }

        #[test]
        fn with_twelve_months_the_verdict_is_the_value_so_far_against_the_target(
            value in 50_000.0f64..200_000.0,
            growth in -50.0f64..100.0,
            levers in proptest::collection::vec(-100.0f64..300.0, 4),
            stated in proptest::bool::ANY,
        ) {
            let d = data();
            let reading = if stated { TargetReading::StatedGrowth } else { TargetReading::Absolute };
            let year = SoFar { months: 12, value, growth_pct: growth }.quantized();
            let o = evaluate_so_far(d, Some(&year), &levers, &[], reading);
            proptest::prop_assert_eq!(o.projection.total_2024, year.value);
            proptest::prop_assert_eq!(o.verdict.met, year.value >= reading.value(d));
        }

        #[test]
        fn a_sector_at_its_answer_meets_the_target_on_the_rest_of_the_year(
            months in 1u8..12,
            value in 1_000.0f64..60_000.0,
            levers in proptest::collection::vec(-50.0f64..100.0, 4),
            sector in 0usize..4,
        ) {
            let d = data();
            let so_far = SoFar { months, value, growth_pct: 5.0 };
            let o = evaluate_so_far(d, Some(&so_far), &levers, &[], TargetReading::Absolute);
            let mut g = levers.clone();
            g[sector] = o.required_by_sector[sector];
            let met = evaluate_so_far(d, Some(&so_far), &g, &[], TargetReading::Absolute);
            proptest::prop_assert!((met.projection.total_2024 - 111_816.0).abs() < 1e-6);
        }
    }
}
