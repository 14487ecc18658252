//! How every derived figure is computed, with the scenario's own numbers:
//! "2024 total = 575.8 × 1.100 + 100,867.1 × 1.090 + … = 112,110.9".
//!
//! An `Explanation` is the formula as pieces (numbers with their kind, so
//! the view formats them as everywhere else, and operators) and its
//! result. Invariant, tested here: the result is the very value the figure
//! shows (taken from the same field of the outcome or the same dataset
//! function), and evaluating the pieces gives it back. Words are left to
//! `i18n`: only their keys are here.

use super::dataset::Dataset;
use super::montecarlo::McSummary;
use super::projection::Outcome;
use super::so_far::{RestNeed, SoFarFigures};

/// A number in a formula, with how it reads.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Num {
    /// Billion VND (shown in the reader's unit).
    Money(f64),
    /// A growth factor, 1.034 for +3.4 %.
    Factor(f64),
    /// A percentage with its sign and two decimals ("+3.47 %").
    SignedPct(f64),
    /// A percentage without sign, one decimal ("98.0 %").
    Pct(f64),
    /// Percentage points ("−5.20 pp").
    Pp(f64),
    /// A plain count or constant ("100", "41,234").
    Count(f64),
}

impl Num {
    pub fn value(self) -> f64 {
        match self {
            Num::Money(v)
            | Num::Factor(v)
            | Num::SignedPct(v)
            | Num::Pct(v)
            | Num::Pp(v)
            | Num::Count(v) => v,
        }
    }
}

/// What a number in a formula is, said after it in words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Word {
    Projects,
    ValueSoFar,
    /// Everything but this sector's grown output.
    Others,
    Target,
    Total2023,
    Total2024,
    Total2022,
    DrawsMeeting,
    Draws,
    Rest2023,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Piece {
    N(Num),
    /// A number with what it is.
    Named(Num, Word),
    Plus,
    Minus,
    Times,
    Divide,
    Open,
    Close,
}

/// Which figure an explanation is of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Subject {
    Total2024,
    Growth2024,
    Gap,
    GapPp,
    SectorNeed(usize),
    Uniform,
    Share(usize),
    Implied2022(usize),
    Implied2022Total,
    Contribution(usize),
    Probability,
    /// P10, P50, P90: read from the draws, not computed by a formula.
    Percentile(u8),
    /// "2024 so far": the same period of 2023, the rest of 2023, the growth
    /// the remaining months need, and what the scenario gives them.
    SamePeriod2023,
    Rest2023,
    RestNeed,
    ScenarioRest,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Explanation {
    pub subject: Subject,
    pub pieces: Vec<Piece>,
    pub result: Num,
}

use Piece::{Close, Divide, Minus, Named, Open, Plus, Times, N};

fn pct_of(pieces: Vec<Piece>) -> Vec<Piece> {
    // (a ÷ b − 1) × 100
    let mut out = vec![Open];
    out.extend(pieces);
    out.extend([
        Minus,
        N(Num::Count(1.0)),
        Close,
        Times,
        N(Num::Count(100.0)),
    ]);
    out
}

/// 2024 total = [value so far +] Σ base × factor [+ projects].
pub fn total_2024(outcome: &Outcome, growth_pct: &[f64]) -> Explanation {
    let basis = &outcome.basis;
    let mut pieces = Vec::new();
    if basis.fixed_total != 0.0 {
        pieces.push(Named(Num::Money(basis.fixed_total), Word::ValueSoFar));
    }
    for (base, g) in basis.growth_base.iter().zip(growth_pct) {
        if !pieces.is_empty() {
            pieces.push(Plus);
        }
        pieces.extend([N(Num::Money(*base)), Times, N(Num::Factor(1.0 + g / 100.0))]);
    }
    let projects: f64 = outcome.project_output.iter().sum();
    if projects != 0.0 {
        pieces.extend([Plus, Named(Num::Money(projects), Word::Projects)]);
    }
    Explanation {
        subject: Subject::Total2024,
        pieces,
        result: Num::Money(outcome.projection.total_2024),
    }
}

pub fn growth_2024(data: &Dataset, outcome: &Outcome) -> Explanation {
    Explanation {
        subject: Subject::Growth2024,
        pieces: pct_of(vec![
            Named(Num::Money(outcome.projection.total_2024), Word::Total2024),
            Divide,
            Named(Num::Money(data.total.value), Word::Total2023),
        ]),
        result: Num::SignedPct(outcome.projection.growth_pct),
    }
}

pub fn gap(outcome: &Outcome) -> Explanation {
    Explanation {
        subject: Subject::Gap,
        pieces: vec![
            Named(Num::Money(outcome.projection.total_2024), Word::Total2024),
            Minus,
            Named(Num::Money(outcome.verdict.target), Word::Target),
        ],
        result: Num::Money(outcome.verdict.gap),
    }
}

pub fn gap_pp(data: &Dataset, outcome: &Outcome) -> Explanation {
    Explanation {
        subject: Subject::GapPp,
        pieces: vec![
            N(Num::Money(outcome.verdict.gap)),
            Divide,
            Named(Num::Money(data.total.value), Word::Total2023),
            Times,
            N(Num::Count(100.0)),
        ],
        result: Num::Pp(outcome.verdict.gap_pp),
    }
}

/// (target − everything else) ÷ the sector's base − 1, in percent.
pub fn sector_need(outcome: &Outcome, sector: usize) -> Explanation {
    let basis = &outcome.basis;
    let base = basis.growth_base.get(sector).copied().unwrap_or(0.0);
    let own_grown = outcome
        .projection
        .sectors_2024
        .get(sector)
        .copied()
        .unwrap_or(0.0)
        - outcome.project_output.get(sector).copied().unwrap_or(0.0)
        - basis.fixed.get(sector).copied().unwrap_or(0.0);
    let others = outcome.projection.total_2024 - own_grown;
    Explanation {
        subject: Subject::SectorNeed(sector),
        pieces: pct_of(vec![
            Open,
            Named(Num::Money(outcome.verdict.target), Word::Target),
            Minus,
            Named(Num::Money(others), Word::Others),
            Close,
            Divide,
            N(Num::Money(base)),
        ]),
        result: Num::SignedPct(
            outcome
                .required_by_sector
                .get(sector)
                .copied()
                .unwrap_or(f64::NAN),
        ),
    }
}

/// (target − projects − value so far) ÷ Σ bases − 1, in percent.
pub fn uniform(outcome: &Outcome) -> Explanation {
    let projects: f64 = outcome.project_output.iter().sum();
    let mut inner = vec![
        Open,
        Named(Num::Money(outcome.verdict.target), Word::Target),
    ];
    if projects != 0.0 {
        inner.extend([Minus, Named(Num::Money(projects), Word::Projects)]);
    }
    if outcome.basis.fixed_total != 0.0 {
        inner.extend([
            Minus,
            Named(Num::Money(outcome.basis.fixed_total), Word::ValueSoFar),
        ]);
    }
    inner.extend([
        Close,
        Divide,
        N(Num::Money(outcome.basis.growth_base_total())),
    ]);
    Explanation {
        subject: Subject::Uniform,
        pieces: pct_of(inner),
        result: Num::SignedPct(outcome.uniform_pct),
    }
}

pub fn share(data: &Dataset, sector: usize) -> Explanation {
    Explanation {
        subject: Subject::Share(sector),
        pieces: vec![
            N(Num::Money(data.sectors[sector].value)),
            Divide,
            Named(Num::Money(data.sectors_sum_2023()), Word::Total2023),
            Times,
            N(Num::Count(100.0)),
        ],
        result: Num::Pct(data.share_2023(sector) * 100.0),
    }
}

/// `None` where the sector's growth into the base year is not published
/// (and so for the two below).
pub fn implied_2022(data: &Dataset, sector: usize) -> Option<Explanation> {
    let s = &data.sectors[sector];
    Some(Explanation {
        subject: Subject::Implied2022(sector),
        pieces: vec![
            N(Num::Money(s.value)),
            Divide,
            N(Num::Factor(1.0 + s.growth_pct? / 100.0)),
        ],
        result: Num::Money(s.implied_2022()?),
    })
}

pub fn implied_2022_total(data: &Dataset) -> Option<Explanation> {
    let mut pieces = Vec::new();
    for s in data.sectors.iter() {
        if !pieces.is_empty() {
            pieces.push(Plus);
        }
        pieces.push(N(Num::Money(s.implied_2022()?)));
    }
    Some(Explanation {
        subject: Subject::Implied2022Total,
        pieces,
        result: Num::Money(data.implied_total_2022()?),
    })
}

pub fn contribution(data: &Dataset, sector: usize) -> Option<Explanation> {
    let s = &data.sectors[sector];
    Some(Explanation {
        subject: Subject::Contribution(sector),
        pieces: vec![
            Open,
            N(Num::Money(s.value)),
            Minus,
            N(Num::Money(s.implied_2022()?)),
            Close,
            Divide,
            Named(Num::Money(data.implied_total_2022()?), Word::Total2022),
            Times,
            N(Num::Count(100.0)),
        ],
        result: Num::Pp(data.contribution_pp_2023(sector)?),
    })
}

pub fn probability(summary: &McSummary) -> Explanation {
    Explanation {
        subject: Subject::Probability,
        pieces: vec![
            Named(Num::Count(f64::from(summary.met)), Word::DrawsMeeting),
            Divide,
            Named(Num::Count(f64::from(summary.draws)), Word::Draws),
            Times,
            N(Num::Count(100.0)),
        ],
        result: Num::Pct(summary.probability * 100.0),
    }
}

/// P10 is the total below which 10 % of the draws fall: the rank (10 % of
/// the draws) is the formula; the total is read from the draws.
pub fn percentile(summary: &McSummary, percent: u8) -> Explanation {
    let value = match percent {
        10 => summary.p10,
        50 => summary.p50,
        _ => summary.p90,
    };
    Explanation {
        subject: Subject::Percentile(percent),
        pieces: vec![
            N(Num::Count(f64::from(percent))),
            Divide,
            N(Num::Count(100.0)),
            Times,
            Named(Num::Count(f64::from(summary.draws)), Word::Draws),
        ],
        result: Num::Money(value),
    }
}

/// Same period of 2023 = value so far ÷ (1 + growth).
pub fn same_period_2023(f: &SoFarFigures) -> Explanation {
    Explanation {
        subject: Subject::SamePeriod2023,
        pieces: vec![
            Named(Num::Money(f.so_far.value), Word::ValueSoFar),
            Divide,
            N(Num::Factor(1.0 + f.so_far.growth_pct / 100.0)),
        ],
        result: Num::Money(f.same_period_2023),
    }
}

/// Rest of 2023 = 2023 total − same period.
pub fn rest_2023(data: &Dataset, f: &SoFarFigures) -> Explanation {
    Explanation {
        subject: Subject::Rest2023,
        pieces: vec![
            Named(Num::Money(data.total.value), Word::Total2023),
            Minus,
            N(Num::Money(f.same_period_2023)),
        ],
        result: Num::Money(f.rest_2023),
    }
}

/// (target − value so far) ÷ rest of 2023 − 1, in percent; `None` where
/// the need is said in words only (reached, or the year complete).
pub fn rest_need(f: &SoFarFigures, target: f64) -> Option<Explanation> {
    let pct = match f.need {
        RestNeed::Growth(pct) | RestNeed::BeyondLevers(pct) => pct,
        RestNeed::AlreadyReached | RestNeed::YearComplete => return None,
    };
    Some(Explanation {
        subject: Subject::RestNeed,
        pieces: pct_of(vec![
            Open,
            Named(Num::Money(target), Word::Target),
            Minus,
            Named(Num::Money(f.so_far.value), Word::ValueSoFar),
            Close,
            Divide,
            Named(Num::Money(f.rest_2023), Word::Rest2023),
        ]),
        result: Num::SignedPct(pct),
    })
}

/// The scenario's growth on the rest of 2023: Σ base × growth ÷ Σ base.
pub fn scenario_rest(outcome: &Outcome, growth_pct: &[f64], f: &SoFarFigures) -> Explanation {
    let bases = &outcome.basis.growth_base;
    let mut pieces = vec![Open];
    for (k, (base, g)) in bases.iter().zip(growth_pct).enumerate() {
        if k > 0 {
            pieces.push(Plus);
        }
        pieces.extend([N(Num::Money(*base)), Times, N(Num::SignedPct(*g))]);
    }
    pieces.extend([
        Close,
        Divide,
        N(Num::Money(outcome.basis.growth_base_total())),
    ]);
    Explanation {
        subject: Subject::ScenarioRest,
        pieces,
        result: Num::SignedPct(f.scenario_rest_pct),
    }
}

/// Evaluates the pieces as ordinary arithmetic (× and ÷ before + and −,
/// parentheses first); `None` if they do not form an expression.
pub fn evaluate(pieces: &[Piece]) -> Option<f64> {
    fn number(p: &[Piece], at: &mut usize) -> Option<f64> {
        match p.get(*at)? {
            N(n) | Named(n, _) => {
                *at += 1;
                Some(n.value())
            }
            Open => {
                *at += 1;
                let v = sum(p, at)?;
                (p.get(*at) == Some(&Close)).then(|| *at += 1)?;
                Some(v)
            }
            _ => None,
        }
    }
    fn product(p: &[Piece], at: &mut usize) -> Option<f64> {
        let mut v = number(p, at)?;
        while let Some(op @ (Times | Divide)) = p.get(*at) {
            *at += 1;
            let rhs = number(p, at)?;
            v = if *op == Times { v * rhs } else { v / rhs };
        }
        Some(v)
    }
    fn sum(p: &[Piece], at: &mut usize) -> Option<f64> {
        let mut v = product(p, at)?;
        while let Some(op @ (Plus | Minus)) = p.get(*at) {
            *at += 1;
            let rhs = product(p, at)?;
            v = if *op == Plus { v + rhs } else { v - rhs };
        }
        Some(v)
    }
    let mut at = 0;
    let v = sum(pieces, &mut at)?;
    (at == pieces.len()).then_some(v)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::montecarlo::{McRun, McSpec, Range};
    use crate::presets::Assumptions;
    use crate::scenario::Scenario;
    use crate::so_far::SoFar;

    fn setup() -> (&'static Dataset, Scenario) {
        let d = Dataset::bundled().unwrap();
        (d, Scenario::baseline(d, Assumptions::bundled(d).unwrap()))
    }

    fn check(e: &Explanation, shown: f64) {
        assert_eq!(e.result.value().to_bits(), shown.to_bits(), "{e:?}");
        let value = evaluate(&e.pieces).expect("an expression");
        let tolerance = 1e-9 * shown.abs().max(1.0);
        assert!(
            (value - shown).abs() <= tolerance,
            "{:?}: {value} ≠ {shown}",
            e.subject
        );
    }

    fn scenarios() -> Vec<Scenario> {
        let (_, base) = setup();
        let mut met = base.clone();
        met.growth_pct[1] = 9.0;
        met.projects[0].enabled = true;
        let mut so_far = met.clone();
        so_far.so_far = Some(SoFar {
            months: 6,
            value: 50_000.0,
            growth_pct: 5.0,
        });
        vec![base, met, so_far]
    }

    #[test]
    fn the_issues_example() {
        // 575.8 × 1.100 + 100,867.1 × 1.090 + 1,121.4 × 1.048 + 328.9 × 1.086 = 112,110.9
        let (d, mut s) = setup();
        s.growth_pct[1] = 9.0;
        let o = s.outcome(d);
        let e = total_2024(&o, &s.growth_pct);
        assert_eq!(e.pieces.len(), 4 * 3 + 3);
        assert_eq!(e.pieces[0], N(Num::Money(575.8)));
        assert_eq!(e.pieces[6], N(Num::Factor(1.09)));
        assert!((e.result.value() - 112_110.931_6).abs() < 1e-4);
        check(&e, o.projection.total_2024);
    }

    #[test]
    fn every_scenario_figure_is_its_explanations_result() {
        let (d, _) = setup();
        for s in scenarios() {
            let o = s.outcome(d);
            check(&total_2024(&o, &s.growth_pct), o.projection.total_2024);
            check(&growth_2024(d, &o), o.projection.growth_pct);
            check(&gap(&o), o.verdict.gap);
            check(&gap_pp(d, &o), o.verdict.gap_pp);
            check(&uniform(&o), o.uniform_pct);
            for i in 0..d.sectors.len() {
                check(&sector_need(&o, i), o.required_by_sector[i]);
            }
        }
    }

    #[test]
    fn every_so_far_figure_is_its_explanations_result() {
        let (d, _) = setup();
        let s = scenarios().pop().unwrap();
        let o = s.outcome(d);
        let f = o.so_far.unwrap();
        check(&same_period_2023(&f), f.same_period_2023);
        check(&rest_2023(d, &f), f.rest_2023);
        // The issue's example: (111,816 − 50,000) ÷ 55,274.2 − 1 = +11.84 %.
        let need = rest_need(&f, o.verdict.target).unwrap();
        match f.need {
            RestNeed::Growth(pct) => check(&need, pct),
            other => panic!("{other:?}"),
        }
        check(&scenario_rest(&o, &s.growth_pct, &f), f.scenario_rest_pct);
    }

    #[test]
    fn every_data_figure_is_its_explanations_result() {
        let (d, _) = setup();
        for i in 0..d.sectors.len() {
            check(&share(d, i), d.share_2023(i) * 100.0);
            check(
                &implied_2022(d, i).unwrap(),
                d.sectors[i].implied_2022().unwrap(),
            );
            check(
                &contribution(d, i).unwrap(),
                d.contribution_pp_2023(i).unwrap(),
            );
        }
        check(
            &implied_2022_total(d).unwrap(),
            d.implied_total_2022().unwrap(),
        );
    }

    #[test]
    fn probability_and_percentiles() {
        let summary = McRun::run(McSpec {
            values_2023: vec![575.8, 100_867.1, 1_121.4, 328.9],
            growth_pct: vec![10.0, 8.7, 4.8, 8.6],
            ranges: vec![
                Range {
                    low_pp: 2.0,
                    high_pp: 2.0
                };
                4
            ],
            project_total: 0.0,
            target: 111_816.0,
            draws: 10_000,
            seed: 1,
        });
        check(&probability(&summary), summary.probability * 100.0);
        let p10 = percentile(&summary, 10);
        assert_eq!(p10.result, Num::Money(summary.p10));
        // The rank: 10 ÷ 100 × 10,000 = 1,000 draws below P10.
        assert_eq!(evaluate(&p10.pieces), Some(1_000.0));
    }

    #[test]
    fn the_evaluator_reads_ordinary_arithmetic() {
        let n = |v| N(Num::Count(v));
        assert_eq!(evaluate(&[n(2.0), Plus, n(3.0), Times, n(4.0)]), Some(14.0));
        assert_eq!(
            evaluate(&[Open, n(2.0), Plus, n(3.0), Close, Times, n(4.0)]),
            Some(20.0)
        );
        assert_eq!(
            evaluate(&[n(8.0), Divide, n(2.0), Minus, n(1.0)]),
            Some(3.0)
        );
        assert_eq!(evaluate(&[n(1.0), Plus]), None);
        assert_eq!(evaluate(&[Open, n(1.0)]), None);
    }
}
