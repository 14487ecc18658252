//! The app's scenario assumptions (`data/assumptions.json`): presets,
//! default project parameters and default uncertainty, and how a preset
//! turns into growth rates and project switches.
//!
//! Invariant once `Assumptions::bundled` returns `Ok`: every preset and
//! default names sectors and projects that exist in the dataset, and every
//! number lies within the bounds the scenario itself enforces.

use super::dataset::Dataset;
use super::growth_input::is_valid_growth_pct;
use super::montecarlo::Range;
use super::precision::GROWTH_DECIMALS;
use super::projection::{uniform_growth_on, Basis, TargetReading};
use super::projects::{output_by_sector_after, Project};
pub use super::schema::{Assumptions, Preset, PresetBase};

#[derive(Clone, Debug, PartialEq)]
pub enum AssumptionsError {
    UnknownSector { preset: String, vsic: String },
    UnknownProject { item: String, project: String },
    OutOfRange { item: String },
}

impl std::fmt::Display for AssumptionsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            AssumptionsError::UnknownSector { preset, vsic } => {
                write!(
                    f,
                    "preset {preset} names sector {vsic}, which the data does not have"
                )
            }
            AssumptionsError::UnknownProject { item, project } => {
                write!(
                    f,
                    "{item} names project {project}, which the data does not have"
                )
            }
            AssumptionsError::OutOfRange { item } => write!(f, "{item} is out of range"),
        }
    }
}

impl Assumptions {
    /// The bundled assumptions, valid for the default edition's dataset:
    /// validated in the native build (the tests and the prerender, which
    /// draws nothing without them); the page carries no checking code.
    pub fn bundled(data: &Dataset) -> Result<&'static Assumptions, &'static AssumptionsError> {
        let assumptions = &super::generated::BUNDLED_ASSUMPTIONS;
        #[cfg(not(target_arch = "wasm32"))]
        {
            static CHECKED: std::sync::OnceLock<Result<(), AssumptionsError>> =
                std::sync::OnceLock::new();
            CHECKED
                .get_or_init(|| assumptions.validate(data))
                .as_ref()?;
        }
        #[cfg(target_arch = "wasm32")]
        let _ = data;
        Ok(assumptions)
    }

    /// The bundled assumptions before they are checked against a dataset
    /// (an edition keeps only what its dataset names, then checks).
    pub fn bundled_unchecked() -> &'static Assumptions {
        &super::generated::BUNDLED_ASSUMPTIONS
    }

    pub fn validate(&self, data: &Dataset) -> Result<(), AssumptionsError> {
        let range = Range {
            low_pp: self.default_range_pp.low,
            high_pp: self.default_range_pp.high,
        };
        if !range.is_valid() {
            return Err(AssumptionsError::OutOfRange {
                item: "default_range_pp".into(),
            });
        }
        for default in self.project_defaults.iter() {
            if !data.projects.iter().any(|p| p.id == default.project_id) {
                return Err(AssumptionsError::UnknownProject {
                    item: "project_defaults".into(),
                    project: default.project_id.to_string(),
                });
            }
        }
        for project in default_projects(data, self) {
            if project.validate(data.sectors.len()).is_err() {
                return Err(AssumptionsError::OutOfRange {
                    item: format!("project {}", project.name),
                });
            }
        }
        for preset in self.presets.iter() {
            for o in preset.overrides.iter() {
                if data.sector_index(&o.vsic).is_none() {
                    return Err(AssumptionsError::UnknownSector {
                        preset: preset.id.to_string(),
                        vsic: o.vsic.to_string(),
                    });
                }
                if !is_valid_growth_pct(o.growth_pct) {
                    return Err(AssumptionsError::OutOfRange {
                        item: format!("preset {}", preset.id),
                    });
                }
            }
            for id in preset.projects_on.iter() {
                if !data.projects.iter().any(|p| &p.id == id) {
                    return Err(AssumptionsError::UnknownProject {
                        item: format!("preset {}", preset.id),
                        project: id.to_string(),
                    });
                }
            }
        }
        Ok(())
    }

    pub fn default_range(&self) -> Range {
        Range {
            low_pp: self.default_range_pp.low,
            high_pp: self.default_range_pp.high,
        }
    }
}

/// The dataset's named projects with the app's default assumptions,
/// switched off: the user turns them on and owns their parameters.
pub fn default_projects(data: &Dataset, assumptions: &Assumptions) -> Vec<Project> {
    data.projects
        .iter()
        .filter_map(|named| {
            let defaults = assumptions
                .project_defaults
                .iter()
                .find(|d| d.project_id == named.id)?;
            Some(Project {
                name: String::new(),
                source: Some(named.id.to_string()),
                sector: data.sector_index(&named.sector_vsic)?,
                capital: named.capital,
                output_per_capital: defaults.output_per_capital,
                first_month: defaults.first_month,
                enabled: false,
            })
        })
        .collect()
}

/// What a preset sets: growth per sector and the projects list after
/// switching the preset's named projects on and the other named ones off
/// (projects the user added are left as they are). The target path meets
/// the target on `basis` (the rest of the year with "2024 so far").
pub fn apply_preset(
    data: &Dataset,
    assumptions: &Assumptions,
    preset: &Preset,
    projects: &[Project],
    reading: TargetReading,
    basis: &Basis,
) -> (Vec<f64>, Vec<Project>) {
    let mut projects = projects.to_vec();
    for named in default_projects(data, assumptions) {
        let on = preset
            .projects_on
            .iter()
            .any(|id| named.source.as_deref() == Some(id));
        match projects.iter_mut().find(|p| p.source == named.source) {
            Some(existing) => existing.enabled = on,
            None if on => projects.push(Project {
                enabled: true,
                ..named
            }),
            None => {}
        }
    }
    let mut growth: Vec<f64> = match preset.base {
        // Offered only where every growth is published (`Edition::offers`).
        PresetBase::Repeat2023 => data.start_growth(),
        PresetBase::TargetPath => {
            let project_total: f64 =
                output_by_sector_after(data.sectors.len(), &projects, basis.covered_months)
                    .iter()
                    .sum();
            let uniform = uniform_growth_on(basis, reading.value(data), project_total);
            // Rounded up to the precision the scenario keeps, so the path
            // meets the target rather than missing it by a rounding error.
            let scale = 10f64.powi(GROWTH_DECIMALS as i32);
            vec![(uniform * scale).ceil() / scale; data.sectors.len()]
        }
    };
    for o in preset.overrides.iter() {
        if let Some(i) = data.sector_index(&o.vsic) {
            growth[i] = o.growth_pct;
        }
    }
    (growth, projects)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::evaluate;

    fn setup() -> (&'static Dataset, &'static Assumptions) {
        let data = Dataset::bundled().unwrap();
        (data, Assumptions::bundled(data).unwrap())
    }

    fn preset(id: &str) -> &'static Preset {
        let (_, a) = setup();
        a.presets
            .iter()
            .find(|p| p.id == id)
            .unwrap_or_else(|| panic!("no preset {id}"))
    }

    fn outcome_of(id: &str) -> crate::Outcome {
        let (d, a) = setup();
        let (g, p) = apply_preset(
            d,
            a,
            preset(id),
            &default_projects(d, a),
            TargetReading::Absolute,
            &Basis::new(d, None),
        );
        evaluate(d, &g, &p, TargetReading::Absolute)
    }

    #[test]
    fn the_semiconductor_plant_starts_switched_off_with_its_assumptions() {
        let (d, a) = setup();
        let projects = default_projects(d, a);
        assert_eq!(projects.len(), 1);
        let plant = &projects[0];
        assert_eq!(
            (plant.capital, plant.sector, plant.enabled),
            (1_000.0, 1, false)
        );
        assert_eq!(plant.source.as_deref(), Some("semiconductor_components"));
    }

    #[test]
    fn repeat_2023_repeats_every_sectors_2023_growth() {
        let (d, a) = setup();
        let (g, p) = apply_preset(
            d,
            a,
            preset("repeat_2023"),
            &default_projects(d, a),
            TargetReading::Absolute,
            &Basis::new(d, None),
        );
        assert_eq!(g, vec![10.0, 3.4, 4.8, 8.6]);
        assert!(p.iter().all(|p| !p.enabled));
        assert!((outcome_of("repeat_2023").projection.total_2024 - 106_462.374).abs() < 1e-6);
    }

    #[test]
    fn target_path_meets_the_target_to_a_hundredth() {
        let o = outcome_of("target_path");
        assert!((o.projection.total_2024 - 111_816.0).abs() < 0.01);
        assert!(
            o.verdict.met,
            "the path meets the target, not misses it by rounding"
        );
        // …with one common rate, and for the other reading too.
        let (d, a) = setup();
        let (g, p) = apply_preset(
            d,
            a,
            preset("target_path"),
            &default_projects(d, a),
            TargetReading::StatedGrowth,
            &Basis::new(d, None),
        );
        assert!(g.windows(2).all(|w| w[0] == w[1]));
        let stated = evaluate(d, &g, &p, TargetReading::StatedGrowth);
        assert!((stated.projection.total_2024 - 111_844.908_4).abs() < 0.01);
        assert!(stated.verdict.met);
    }

    #[test]
    fn target_path_accounts_for_projects_already_on() {
        let (d, a) = setup();
        let mut projects = default_projects(d, a);
        projects[0].enabled = true;
        // Target path switches named projects off unless listed, so the
        // common rate is the no-project one.
        let (g, p) = apply_preset(
            d,
            a,
            preset("target_path"),
            &projects,
            TargetReading::Absolute,
            &Basis::new(d, None),
        );
        assert!(!p[0].enabled);
        assert!(
            (evaluate(d, &g, &p, TargetReading::Absolute)
                .projection
                .total_2024
                - 111_816.0)
                .abs()
                < 0.01
        );
    }

    #[test]
    fn weak_export_demand_slows_manufacturing_and_widens_the_gap() {
        let weak = outcome_of("weak_export_demand");
        let base = outcome_of("repeat_2023");
        assert!(weak.projection.sectors_2024[1] < base.projection.sectors_2024[1]);
        assert_eq!(
            weak.projection.sectors_2024[0],
            base.projection.sectors_2024[0]
        );
        assert!(!weak.verdict.met && weak.verdict.gap < base.verdict.gap);
    }

    #[test]
    fn semiconductor_online_adds_the_plants_output_to_manufacturing() {
        let on = outcome_of("semiconductor_online");
        let base = outcome_of("repeat_2023");
        // 1,000 × 1.5 × 6/12 = 750 more, all in manufacturing.
        assert!((on.projection.total_2024 - base.projection.total_2024 - 750.0).abs() < 1e-6);
        assert_eq!(on.project_output, vec![0.0, 750.0, 0.0, 0.0]);
    }

    #[test]
    fn every_preset_has_a_rationale_in_both_languages() {
        let (_, a) = setup();
        assert!(a.presets.len() >= 4);
        for p in a.presets.iter() {
            assert!(
                p.rationale.vi.len() > 20 && p.rationale.en.len() > 20,
                "{}",
                p.id
            );
        }
    }

    #[test]
    fn validation_rejects_unknown_names() {
        let (d, a) = setup();
        let mut bad = a.clone();
        bad.presets.to_mut()[2].overrides.to_mut()[0].vsic = "Z".into();
        assert!(matches!(
            bad.validate(d),
            Err(AssumptionsError::UnknownSector { .. })
        ));
        let mut bad = a.clone();
        bad.presets.to_mut()[3].projects_on.to_mut()[0] = "nope".into();
        assert!(matches!(
            bad.validate(d),
            Err(AssumptionsError::UnknownProject { .. })
        ));
        let mut bad = a.clone();
        bad.default_range_pp.low = -1.0;
        assert!(matches!(
            bad.validate(d),
            Err(AssumptionsError::OutOfRange { .. })
        ));
    }

    #[test]
    fn target_path_meets_the_target_on_the_rest_of_the_year() {
        // 6 months, 50,000, +5 %: the path is the needed +11.8353 % (rounded
        // up to micro-points) and the year then reaches 111,816.
        let (d, a) = setup();
        let so_far = crate::so_far::SoFar {
            months: 6,
            value: 50_000.0,
            growth_pct: 5.0,
        };
        let basis = Basis::new(d, Some(&so_far));
        let (g, p) = apply_preset(
            d,
            a,
            preset("target_path"),
            &default_projects(d, a),
            TargetReading::Absolute,
            &basis,
        );
        assert!((g[0] - 11.835_3).abs() < 1e-4, "{g:?}");
        let o =
            crate::projection::evaluate_so_far(d, Some(&so_far), &g, &p, TargetReading::Absolute);
        assert!(o.verdict.met);
        assert!((o.projection.total_2024 - 111_816.0).abs() < 0.01);
    }
}
