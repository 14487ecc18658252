//! "What you changed": every input that differs from the baseline (each
//! sector repeating its 2023 growth, the named projects listed but off, the
//! published target, default uncertainty, no "2024 so far"), each with its
//! effect on the 2024 total.
//!
//! An effect is the current total minus the total with that one input put
//! back as in the baseline, everything else as it is: what undoing that
//! change alone would take off. Effects need not add up to the whole
//! difference (with "2024 so far", growth applies to a smaller base).

use super::dataset::Dataset;
use super::presets::Assumptions;
use super::scenario::Scenario;
use super::so_far::SoFar;

#[derive(Clone, Debug, PartialEq)]
pub enum ChangeKind {
    Growth {
        sector: usize,
        from: f64,
        to: f64,
    },
    /// The target is read as "+8.7 % on 2023": the total stays, the target moves.
    TargetReading {
        from: f64,
        to: f64,
    },
    /// A project added, edited or switched on (index in the scenario's list).
    Project {
        index: usize,
        added: bool,
    },
    /// A named project taken off the list (index in the data's projects).
    ProjectRemoved {
        data_index: usize,
    },
    /// Uncertainty ranges, seed or draws: they change the probability only.
    Uncertainty,
    SoFar(SoFar),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Change {
    pub kind: ChangeKind,
    /// Billion VND the total would lose if this input alone went back.
    pub effect: f64,
}

pub fn changes(data: &Dataset, assumptions: &Assumptions, scenario: &Scenario) -> Vec<Change> {
    let base = Scenario::baseline(data, assumptions);
    let total = |s: &Scenario| s.outcome(data).projection.total_2024;
    let now = total(scenario);
    let effect_of = |revert: &dyn Fn(&mut Scenario)| {
        let mut s = scenario.clone();
        revert(&mut s);
        now - total(&s)
    };
    let mut out = Vec::new();
    for (i, (&to, from)) in scenario
        .growth_pct
        .iter()
        .zip(data.start_growth())
        .enumerate()
    {
        if to != from {
            let effect = effect_of(&|s| s.growth_pct[i] = from);
            out.push(Change {
                kind: ChangeKind::Growth {
                    sector: i,
                    from,
                    to,
                },
                effect,
            });
        }
    }
    if scenario.target != base.target {
        let kind = ChangeKind::TargetReading {
            from: base.target.value(data),
            to: scenario.target.value(data),
        };
        out.push(Change { kind, effect: 0.0 });
    }
    out.extend(project_changes(data, scenario, &base, &effect_of));
    if scenario.ranges != base.ranges || scenario.seed != base.seed || scenario.draws != base.draws
    {
        out.push(Change {
            kind: ChangeKind::Uncertainty,
            effect: 0.0,
        });
    }
    if let Some(so_far) = scenario.so_far {
        let effect = effect_of(&|s| s.so_far = None);
        out.push(Change {
            kind: ChangeKind::SoFar(so_far),
            effect,
        });
    }
    out
}

/// What the total loses when `revert` puts one input back.
type EffectOf<'a> = dyn Fn(&dyn Fn(&mut Scenario)) -> f64 + 'a;

/// A project that matches its baseline counterpart is no change; one with
/// no counterpart was added; a baseline project missing was removed.
fn project_changes(
    data: &Dataset,
    scenario: &Scenario,
    base: &Scenario,
    effect_of: &EffectOf,
) -> Vec<Change> {
    let counterpart = |p: &super::projects::Project| {
        p.source
            .as_ref()
            .and_then(|id| base.projects.iter().find(|b| b.source.as_ref() == Some(id)))
    };
    let mut out = Vec::new();
    for (index, project) in scenario.projects.iter().enumerate() {
        let original = counterpart(project);
        if original == Some(project) {
            continue;
        }
        let effect = effect_of(&|s| match original {
            Some(b) => s.projects[index] = b.clone(),
            None => s.projects[index].enabled = false,
        });
        out.push(Change {
            kind: ChangeKind::Project {
                index,
                added: original.is_none(),
            },
            effect,
        });
    }
    for b in &base.projects {
        let kept = scenario
            .projects
            .iter()
            .any(|p| p.source.is_some() && p.source == b.source);
        let data_index = b
            .source
            .as_ref()
            .and_then(|id| data.projects.iter().position(|n| &n.id == id));
        if let (false, Some(data_index)) = (kept, data_index) {
            // Baseline projects are off: taking one away changes no total.
            out.push(Change {
                kind: ChangeKind::ProjectRemoved { data_index },
                effect: 0.0,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::Action;
    use crate::TargetReading;

    fn setup() -> (&'static Dataset, &'static Assumptions) {
        let d = Dataset::bundled().unwrap();
        (d, Assumptions::bundled(d).unwrap())
    }

    #[test]
    fn the_baseline_has_no_change() {
        let (d, a) = setup();
        let s = Scenario::baseline(d, a);
        assert!(changes(d, a, &s).is_empty());
        assert_eq!(s, Scenario::baseline(d, a));
    }

    #[test]
    fn each_change_with_its_effect_on_the_total() {
        let (d, a) = setup();
        let mut s = Scenario::baseline(d, a);
        s.growth_pct[1] = 9.0;
        s.projects[0].enabled = true;
        s.target = TargetReading::StatedGrowth;
        s.seed = 7;
        let list = changes(d, a, &s);
        // Manufacturing 3.4 → 9 %: 100,867.1 × 5.6 % = 5,648.5576.
        assert_eq!(
            list[0].kind,
            ChangeKind::Growth {
                sector: 1,
                from: 3.4,
                to: 9.0
            }
        );
        assert!((list[0].effect - 5_648.557_6).abs() < 1e-6);
        match &list[1].kind {
            ChangeKind::TargetReading { from, to } => {
                assert_eq!(*from, 111_816.0);
                assert!((to - 111_844.908_4).abs() < 1e-4);
            }
            other => panic!("{other:?}"),
        }
        // The plant on from July: 1,000 × 1.5 × 6/12 = 750.
        assert_eq!(
            list[2].kind,
            ChangeKind::Project {
                index: 0,
                added: false
            }
        );
        assert!((list[2].effect - 750.0).abs() < 1e-9);
        assert_eq!(
            list[3],
            Change {
                kind: ChangeKind::Uncertainty,
                effect: 0.0
            }
        );
        assert_eq!(list.len(), 4);
    }

    #[test]
    fn added_and_removed_projects_and_so_far() {
        let (d, a) = setup();
        let base = Scenario::baseline(d, a);
        let mut s = base.apply(d, a, Action::AddProject);
        s.projects[1].capital = 2_000.0;
        s.projects[1].enabled = true;
        s.projects.remove(0);
        s.so_far = Some(SoFar {
            months: 6,
            value: 50_000.0,
            growth_pct: 5.0,
        });
        let list = changes(d, a, &s);
        // The user's project, from January, 2,000 × 1.0 × 6/12 after June = 1,000.
        assert_eq!(
            list[0].kind,
            ChangeKind::Project {
                index: 0,
                added: true
            }
        );
        assert!((list[0].effect - 1_000.0).abs() < 1e-9);
        assert_eq!(list[1].kind, ChangeKind::ProjectRemoved { data_index: 0 });
        // 2024 so far: with it 107,191.5101 + 1,000; without it 106,462.374 + 2,000.
        assert!(matches!(list[2].kind, ChangeKind::SoFar(_)));
        assert!((list[2].effect - (108_191.510_1 - 108_462.374)).abs() < 1e-3);
    }
}
