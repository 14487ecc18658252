//! The 2024 projection and its verdict against the province's target.
//!
//! Growth rates are percentages (3.4 means +3.4 %), one per sector in the
//! dataset's order; project output (billion VND per sector, see
//! `projects`) is added on top. Functions here never panic on a short or
//! long slice: missing entries count as zero, extra ones are ignored.

use super::dataset::Dataset;
use super::projects::{output_by_sector, Project};

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
            TargetReading::Absolute => data.target_2024.value,
            TargetReading::StatedGrowth => {
                data.total.value_2023 * (1.0 + data.target_2024.stated_growth_pct / 100.0)
            }
        }
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
pub fn project(data: &Dataset, growth_pct: &[f64], project_output: &[f64]) -> Projection {
    let at = |xs: &[f64], i: usize| xs.get(i).copied().unwrap_or(0.0);
    let sectors_2024: Vec<f64> = data
        .sectors
        .iter()
        .enumerate()
        .map(|(i, s)| s.value_2023 * (1.0 + at(growth_pct, i) / 100.0) + at(project_output, i))
        .collect();
    let total_2024: f64 = sectors_2024.iter().sum();
    Projection {
        growth_pct: (total_2024 / data.total.value_2023 - 1.0) * 100.0,
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
        gap_pp: gap / data.total.value_2023 * 100.0,
    }
}

/// The 2024 growth (percent) that sector `sector` alone would need for the
/// total to reach `target`, with every other sector at its given growth and
/// every project as set (including the sector's own projects).
pub fn required_growth_for_sector(
    data: &Dataset,
    growth_pct: &[f64],
    project_output: &[f64],
    sector: usize,
    target: f64,
) -> f64 {
    let projection = project(data, growth_pct, project_output);
    let own_projects = project_output.get(sector).copied().unwrap_or(0.0);
    let others = projection.total_2024 - projection.sectors_2024[sector] + own_projects;
    ((target - others) / data.sectors[sector].value_2023 - 1.0) * 100.0
}

/// The one growth rate (percent) that, applied to every sector, meets
/// `target` on top of `project_total` from projects.
pub fn uniform_growth_for_target(data: &Dataset, target: f64, project_total: f64) -> f64 {
    ((target - project_total) / data.sectors_sum_2023() - 1.0) * 100.0
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
    /// Output added by the scenario's projects, per sector.
    pub project_output: Vec<f64>,
}

pub fn evaluate(
    data: &Dataset,
    growth_pct: &[f64],
    projects: &[Project],
    reading: TargetReading,
) -> Outcome {
    let project_output = output_by_sector(data.sectors.len(), projects);
    let project_total: f64 = project_output.iter().sum();
    let projection = project(data, growth_pct, &project_output);
    let verdict = verdict(data, projection.total_2024, reading);
    let required_by_sector = (0..data.sectors.len())
        .map(|i| required_growth_for_sector(data, growth_pct, &project_output, i, verdict.target))
        .collect();
    Outcome {
        uniform_pct: uniform_growth_for_target(data, verdict.target, project_total),
        project_output,
        projection,
        verdict,
        required_by_sector,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::projects::Project;

    fn data() -> &'static Dataset {
        Dataset::bundled().unwrap()
    }

    fn repeat_2023(d: &Dataset) -> Vec<f64> {
        d.sectors.iter().map(|s| s.growth_pct_2023).collect()
    }

    fn close(a: f64, b: f64, tol: f64) -> bool {
        (a - b).abs() <= tol
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
        let plant = || Project {
            name: "plant".into(),
            source: None,
            sector: 1,
            capital: 1_000.0,
            output_per_capital: 1.5,
            first_month: 7,
            enabled: true,
        };
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
}
