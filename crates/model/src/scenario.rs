//! The scenario: everything the user chose, and how actions change it.
//! The UI's single source of truth (`state` wraps it for yew).
//!
//! `Scenario` holds only what the user chose; totals, verdict, required
//! growth, probabilities are derived from it by `model`, never stored.
//! Invariants, kept by `apply` (which ignores any action that would break
//! them) and checked by `Scenario::validate` for scenarios from outside
//! (links, saved scenarios):
//! - one valid growth rate and one valid range per dataset sector, in order;
//! - at most `MAX_PROJECTS` projects, each passing `Project::validate`;
//! - `draws` within 1..=`MAX_DRAWS`, a seed up to `MAX_SEED`;
//! - "2024 so far", when set, passing `SoFar::validate`.
//!
//! How figures read (language, money unit, exchange rate) is not part of
//! it: see `reader::ReaderPrefs`.

use super::dataset::Dataset;
use super::growth_input::is_valid_growth_pct;
use super::history::StepKey;
use super::montecarlo::{McSpec, Range, DEFAULT_DRAWS, MAX_DRAWS};
use super::presets::{apply_preset, default_projects, Assumptions};
use super::projection::{evaluate_so_far, Basis, Outcome, TargetReading};
use super::projects::{Project, MAX_PROJECTS};
use super::so_far::SoFar;

pub use super::precision::{
    quantize, CAPITAL_DECIMALS, GROWTH_DECIMALS, MAX_SEED, OUTPUT_RATIO_DECIMALS, RANGE_DECIMALS,
    RATE_DECIMALS,
};

fn quantize_project(p: Project) -> Project {
    Project {
        capital: quantize(p.capital, CAPITAL_DECIMALS),
        output_per_capital: quantize(p.output_per_capital, OUTPUT_RATIO_DECIMALS),
        ..p
    }
}

fn quantize_range(r: Range) -> Range {
    Range {
        low_pp: quantize(r.low_pp, RANGE_DECIMALS),
        high_pp: quantize(r.high_pp, RANGE_DECIMALS),
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Scenario {
    pub growth_pct: Vec<f64>,
    pub target: TargetReading,
    pub projects: Vec<Project>,
    /// Uncertainty around each sector's chosen growth.
    pub ranges: Vec<Range>,
    pub seed: u64,
    pub draws: u32,
    /// The published figure for the first months of 2024, if entered:
    /// growth then describes the rest of the year.
    pub so_far: Option<SoFar>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    SetGrowth {
        sector: usize,
        pct: f64,
    },
    ResetSector(usize),
    ResetAll,
    /// Every sector's whole-year growth at once (an edition's outcome):
    /// clears "so far", whose levers are the rest of the year's; ignored
    /// unless there is one valid growth per sector.
    SetAllGrowth(Vec<f64>),
    SetTarget(TargetReading),
    ApplyPreset(usize),
    AddProject,
    UpdateProject(usize, Project),
    RemoveProject(usize),
    SetRange(usize, Range),
    SetSeed(u64),
    SetDraws(u32),
    /// "2024 so far" entered (already validated by the fields) or cleared.
    SetSoFar(Option<SoFar>),
    /// A whole scenario from a link or a saved slot, already validated.
    Replace(Box<Scenario>),
}

impl Action {
    /// Which input the action edits, for merging a drag or a run of typing
    /// into one undo step; `None` for actions that are a step of their own.
    pub fn step_key(&self) -> Option<StepKey> {
        match self {
            Action::SetGrowth { sector, .. } => Some(StepKey::Growth(*sector)),
            Action::UpdateProject(i, _) => Some(StepKey::Project(*i)),
            Action::SetRange(i, _) => Some(StepKey::Range(*i)),
            Action::SetSeed(_) => Some(StepKey::Seed),
            Action::SetDraws(_) => Some(StepKey::Draws),
            Action::SetSoFar(_) => Some(StepKey::SoFar),
            _ => None,
        }
    }

    /// Actions that set fields from outside the fields themselves (resets,
    /// presets, removals, loads): the UI then drops whatever the user had
    /// half-typed, even in a field whose value does not change.
    pub fn resets_fields(&self) -> bool {
        matches!(
            self,
            Action::ResetSector(_)
                | Action::ResetAll
                | Action::SetAllGrowth(_)
                | Action::ApplyPreset(_)
                | Action::RemoveProject(_)
                | Action::Replace(_)
        )
    }
}

/// Why a scenario from outside the app was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScenarioError {
    SectorCount,
    Growth,
    Range,
    Projects,
    Draws,
    Seed,
    SoFar,
}

impl Scenario {
    /// Every sector repeats its 2023 growth, the named projects are listed
    /// but off, and the default uncertainty applies: the prefilled scenario.
    pub fn baseline(data: &Dataset, assumptions: &Assumptions) -> Self {
        Scenario {
            growth_pct: data.start_growth(),
            target: TargetReading::Absolute,
            projects: default_projects(data, assumptions),
            ranges: vec![assumptions.default_range(); data.sectors.len()],
            seed: assumptions.default_seed,
            draws: DEFAULT_DRAWS,
            so_far: None,
        }
    }

    /// Everything derived from this scenario, in one pass.
    pub fn outcome(&self, data: &Dataset) -> Outcome {
        evaluate_so_far(
            data,
            self.so_far.as_ref(),
            &self.growth_pct,
            &self.projects,
            self.target,
        )
    }

    /// The Monte Carlo input for this scenario, given its `outcome`
    /// (which every caller has already evaluated).
    pub fn mc_spec(&self, outcome: &Outcome) -> McSpec {
        McSpec {
            values_2023: outcome.basis.growth_base.clone(),
            growth_pct: self.growth_pct.clone(),
            ranges: self.ranges.clone(),
            project_total: outcome.project_output.iter().sum::<f64>() + outcome.basis.fixed_total,
            target: outcome.verdict.target,
            draws: self.draws,
            seed: self.seed,
        }
    }

    pub fn validate(&self, data: &Dataset) -> Result<(), ScenarioError> {
        let n = data.sectors.len();
        if self.growth_pct.len() != n || self.ranges.len() != n {
            return Err(ScenarioError::SectorCount);
        }
        if !self.growth_pct.iter().all(|&g| is_valid_growth_pct(g)) {
            return Err(ScenarioError::Growth);
        }
        if !self.ranges.iter().all(|r| r.is_valid()) {
            return Err(ScenarioError::Range);
        }
        if self.projects.len() > MAX_PROJECTS
            || self.projects.iter().any(|p| p.validate(n).is_err())
        {
            return Err(ScenarioError::Projects);
        }
        if !(1..=MAX_DRAWS).contains(&self.draws) {
            return Err(ScenarioError::Draws);
        }
        if self.seed > MAX_SEED {
            return Err(ScenarioError::Seed);
        }
        if let Some(so_far) = &self.so_far {
            if so_far.validate(data.total.value).is_err() {
                return Err(ScenarioError::SoFar);
            }
        }
        Ok(())
    }

    /// This scenario with preset `index` applied; `None` where it cannot
    /// hold here (the target path with huge projects would need growth
    /// below −100 %; a full project list).
    fn with_preset(
        &self,
        data: &Dataset,
        assumptions: &Assumptions,
        index: usize,
    ) -> Option<Scenario> {
        let preset = assumptions.presets.get(index)?;
        let basis = Basis::new(data, self.so_far.as_ref());
        let (growth, projects) = apply_preset(
            data,
            assumptions,
            preset,
            &self.projects,
            self.target,
            &basis,
        );
        let candidate = Scenario {
            growth_pct: growth
                .into_iter()
                .map(|g| quantize(g, GROWTH_DECIMALS))
                .collect(),
            projects,
            ..self.clone()
        };
        candidate.validate(data).is_ok().then_some(candidate)
    }

    pub fn apply(&self, data: &Dataset, assumptions: &Assumptions, action: Action) -> Scenario {
        let mut next = self.clone();
        match action {
            Action::SetGrowth { sector, pct } => {
                let pct = quantize(pct, GROWTH_DECIMALS);
                if let Some(slot) = next.growth_pct.get_mut(sector) {
                    if is_valid_growth_pct(pct) {
                        *slot = pct;
                    }
                }
            }
            Action::ResetSector(sector) => {
                if let (Some(slot), Some(&start)) = (
                    next.growth_pct.get_mut(sector),
                    data.start_growth().get(sector),
                ) {
                    *slot = start;
                }
            }
            Action::ResetAll => {
                next.growth_pct = data.start_growth();
            }
            Action::SetAllGrowth(growth) => {
                let growth: Vec<f64> = growth
                    .into_iter()
                    .map(|g| quantize(g, GROWTH_DECIMALS))
                    .collect();
                if growth.len() == next.growth_pct.len()
                    && growth.iter().all(|&g| is_valid_growth_pct(g))
                {
                    next.growth_pct = growth;
                    next.so_far = None;
                }
            }
            Action::SetTarget(reading) => next.target = reading,
            Action::ApplyPreset(index) => {
                if let Some(candidate) = self.with_preset(data, assumptions, index) {
                    next = candidate;
                }
            }
            Action::AddProject => {
                if next.projects.len() < MAX_PROJECTS {
                    next.projects.push(new_project(data));
                }
            }
            Action::UpdateProject(index, project) => {
                let project = quantize_project(project);
                if index < next.projects.len() && project.validate(data.sectors.len()).is_ok() {
                    next.projects[index] = project;
                }
            }
            Action::RemoveProject(index) => {
                if index < next.projects.len() {
                    next.projects.remove(index);
                }
            }
            Action::SetRange(sector, range) => {
                let range = quantize_range(range);
                if let Some(slot) = next.ranges.get_mut(sector) {
                    if range.is_valid() {
                        *slot = range;
                    }
                }
            }
            Action::SetSeed(seed) => {
                if seed <= MAX_SEED {
                    next.seed = seed;
                }
            }
            Action::SetDraws(draws) => {
                if (1..=MAX_DRAWS).contains(&draws) {
                    next.draws = draws;
                }
            }
            Action::SetSoFar(so_far) => {
                let so_far = so_far.map(SoFar::quantized);
                if so_far.is_none_or(|s| s.validate(data.total.value).is_ok()) {
                    next.so_far = so_far;
                }
            }
            Action::Replace(scenario) => {
                if scenario.validate(data).is_ok() {
                    next = *scenario;
                }
            }
        }
        next
    }
}

/// A new, empty project for the user to fill in: in manufacturing (the
/// sector where the province seeks investment), switched off.
fn new_project(data: &Dataset) -> Project {
    Project {
        name: String::new(),
        source: None,
        sector: data.sector_index("C").unwrap_or(0),
        capital: 0.0,
        output_per_capital: 1.0,
        first_month: 1,
        enabled: false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::evaluate;
    use proptest::prelude::*;

    fn setup() -> (&'static Dataset, &'static Assumptions) {
        let d = Dataset::bundled().unwrap();
        (d, Assumptions::bundled(d).unwrap())
    }

    fn base() -> Scenario {
        let (d, a) = setup();
        Scenario::baseline(d, a)
    }

    fn apply(s: &Scenario, action: Action) -> Scenario {
        let (d, a) = setup();
        s.apply(d, a, action)
    }

    #[test]
    fn baseline_repeats_2023_growth_with_the_plant_off() {
        let s = base();
        assert_eq!(s.growth_pct, vec![10.0, 3.4, 4.8, 8.6]);
        assert_eq!(s.target, TargetReading::Absolute);
        assert_eq!(s.projects.len(), 1);
        assert!(!s.projects[0].enabled);
        assert_eq!(s.draws, DEFAULT_DRAWS);
        assert_eq!(s.validate(setup().0), Ok(()));
    }

    #[test]
    fn values_are_kept_to_fixed_decimals() {
        assert_eq!(quantize(3.4, GROWTH_DECIMALS), 3.4);
        assert_eq!(quantize(8.671_904_460_158, GROWTH_DECIMALS), 8.671_904);
        let s = apply(
            &base(),
            Action::SetGrowth {
                sector: 1,
                pct: 9.123_456_789,
            },
        );
        assert_eq!(s.growth_pct[1], 9.123_457);
    }

    #[test]
    fn set_and_reset_growth() {
        let s = apply(
            &base(),
            Action::SetGrowth {
                sector: 1,
                pct: 9.0,
            },
        );
        assert_eq!(s.growth_pct[1], 9.0);
        let s = apply(
            &s,
            Action::SetGrowth {
                sector: 2,
                pct: 1.0,
            },
        );
        let r = apply(&s, Action::ResetSector(1));
        assert_eq!(r.growth_pct, vec![10.0, 3.4, 1.0, 8.6]);
        assert_eq!(apply(&s, Action::ResetAll), base());
    }

    #[test]
    fn set_all_growth_takes_one_valid_growth_per_sector_or_nothing() {
        let with_so_far = Scenario {
            so_far: Some(SoFar {
                months: 5,
                value: 40_000.0,
                growth_pct: 4.9,
            }),
            ..base()
        };
        let all = Action::SetAllGrowth(vec![1.0, 2.0, 3.123_456_78, 4.0]);
        let s = apply(&with_so_far, all);
        assert_eq!(s.growth_pct, vec![1.0, 2.0, 3.123_457, 4.0]);
        assert_eq!(
            s.so_far, None,
            "whole-year growth: the months so far no longer apply"
        );
        for bad in [
            vec![1.0, 2.0, 3.0],
            vec![1.0, 2.0, 3.0, f64::NAN],
            vec![1.0, 2.0, 3.0, 1e9],
        ] {
            assert_eq!(apply(&s, Action::SetAllGrowth(bad)), s);
        }
        assert!(Action::SetAllGrowth(vec![]).resets_fields());
    }

    #[test]
    fn invalid_actions_change_nothing() {
        let s = base();
        let mut bad_project = s.projects[0].clone();
        bad_project.first_month = 0;
        for action in [
            Action::SetGrowth {
                sector: 1,
                pct: f64::NAN,
            },
            Action::SetGrowth {
                sector: 1,
                pct: -100.5,
            },
            Action::SetGrowth {
                sector: 1,
                pct: 1e9,
            },
            Action::SetGrowth {
                sector: 99,
                pct: 1.0,
            },
            Action::ResetSector(99),
            Action::ApplyPreset(99),
            Action::UpdateProject(0, bad_project),
            Action::UpdateProject(5, s.projects[0].clone()),
            Action::RemoveProject(5),
            Action::SetRange(
                0,
                Range {
                    low_pp: -1.0,
                    high_pp: 1.0,
                },
            ),
            Action::SetRange(
                9,
                Range {
                    low_pp: 1.0,
                    high_pp: 1.0,
                },
            ),
            Action::SetDraws(0),
            Action::SetSeed(MAX_SEED + 1),
            Action::SetDraws(MAX_DRAWS + 1),
            Action::Replace(Box::new(Scenario {
                growth_pct: vec![1.0],
                ..base()
            })),
        ] {
            assert_eq!(apply(&s, action.clone()), s, "{action:?}");
        }
    }

    #[test]
    fn projects_are_added_edited_and_removed() {
        let s = apply(&base(), Action::AddProject);
        assert_eq!(s.projects.len(), 2);
        let mut p = s.projects[1].clone();
        p.name = "Auto assembly".into();
        p.capital = 2_000.0;
        p.enabled = true;
        let s = apply(&s, Action::UpdateProject(1, p));
        let (d, _) = setup();
        let o = evaluate(d, &s.growth_pct, &s.projects, s.target);
        // 2,000 × 1.0 × 12/12 added to manufacturing.
        assert!((o.projection.total_2024 - 108_462.374).abs() < 1e-6);
        let s = apply(&s, Action::RemoveProject(0));
        assert_eq!(s.projects.len(), 1);
        assert_eq!(s.projects[0].name, "Auto assembly");
        let mut full = base();
        for _ in 0..MAX_PROJECTS + 3 {
            full = apply(&full, Action::AddProject);
        }
        assert_eq!(full.projects.len(), MAX_PROJECTS);
    }

    #[test]
    fn a_preset_that_cannot_hold_changes_nothing() {
        let (d, a) = setup();
        let mut s = base();
        let mut huge = s.projects[0].clone();
        huge.capital = 100_000.0;
        huge.output_per_capital = 12.0;
        huge.enabled = true;
        huge.source = None;
        huge.name = "huge".into();
        s.projects.push(huge);
        let target_path = a
            .presets
            .iter()
            .position(|p| p.id == "target_path")
            .unwrap();
        // 1.2 million billion VND of output: the path would need < −100 %.
        assert_eq!(s.apply(d, a, Action::ApplyPreset(target_path)), s);
    }

    #[test]
    fn presets_apply_through_the_reducer() {
        let (_, a) = setup();
        let target_path = a
            .presets
            .iter()
            .position(|p| p.id == "target_path")
            .unwrap();
        let s = apply(&base(), Action::ApplyPreset(target_path));
        let (d, _) = setup();
        let o = evaluate(d, &s.growth_pct, &s.projects, s.target);
        assert!((o.projection.total_2024 - 111_816.0).abs() < 0.01);
        assert_eq!(s.draws, base().draws, "presets change levers only");
    }

    proptest! {
        #[test]
        fn raising_any_growth_never_lowers_the_total(
            growth in proptest::collection::vec(-100.0f64..300.0, 4),
            sector in 0usize..4,
            raise in 0.0f64..50.0,
            plant_on in any::<bool>(),
        ) {
            let (d, _) = setup();
            let mut s = base();
            s.growth_pct = growth;
            s.projects[0].enabled = plant_on;
            let before = evaluate(d, &s.growth_pct, &s.projects, s.target).projection.total_2024;
            let raised = apply(&s, Action::SetGrowth { sector, pct: (s.growth_pct[sector] + raise).min(300.0) });
            let after = evaluate(d, &raised.growth_pct, &raised.projects, raised.target).projection.total_2024;
            prop_assert!(after >= before, "{} < {}", after, before);
        }

        #[test]
        fn a_sector_at_its_goal_seek_answer_meets_the_target(
            growth in proptest::collection::vec(-50.0f64..100.0, 4),
            sector in 0usize..4,
            plant_on in any::<bool>(),
            stated in any::<bool>(),
        ) {
            let (d, _) = setup();
            let mut s = base();
            s.growth_pct = growth;
            s.projects[0].enabled = plant_on;
            s.target = if stated { TargetReading::StatedGrowth } else { TargetReading::Absolute };
            let o = evaluate(d, &s.growth_pct, &s.projects, s.target);
            let mut g = s.growth_pct.clone();
            g[sector] = o.required_by_sector[sector];
            let met = evaluate(d, &g, &s.projects, s.target);
            prop_assert!((met.projection.total_2024 - met.verdict.target).abs() < 0.01);
        }
    }
}
