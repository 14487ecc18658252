//! "2024 so far": the province's published cumulative figure for the first
//! months of 2024, and what the rest of the year must do.
//!
//! From the months covered (January to `months`), the value so far and its
//! growth on the same period of 2023, with no seasonal assumption:
//! - same period of 2023 = value so far / (1 + growth);
//! - rest of 2023 = 2023 total − same period of 2023 (zero once all twelve
//!   months are in);
//! - growth the remaining months need = (target − value so far) / rest of
//!   2023 − 1.
//!
//! Invariant: a `SoFar` that passes `validate` has 1–12 months, a positive
//! finite value, growth above −100 %, and (before December) a same period
//! of 2023 below the 2023 total, so the rest of 2023 is positive.
//! Typed text is read here too (`read_so_far`), so every message the UI
//! shows beside a field comes from one enum.

use super::dataset::Lang;
use super::growth_input::{parse_number, GrowthInputError, MAX_GROWTH_PCT, MIN_GROWTH_PCT};
use super::precision::{quantize, SO_FAR_GROWTH_DECIMALS, SO_FAR_VALUE_DECIMALS};

/// A bound that admits any plausible cumulative figure and refuses typos
/// (ten times the province's 2023 output).
pub const MAX_SO_FAR_VALUE: f64 = 1_000_000.0;

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SoFar {
    /// January to this month (1–12) are covered.
    pub months: u8,
    /// Billion VND produced in those months of 2024.
    pub value: f64,
    /// Percent on the same months of 2023 (5 means +5 %).
    pub growth_pct: f64,
}

/// Why a figure cannot be used; one per field, said beside it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SoFarError {
    /// The field is empty while another one is filled.
    Missing,
    NotANumber,
    MonthsOutOfRange,
    ValueNotPositive,
    ValueTooLarge,
    GrowthAtOrBelowMinus100,
    GrowthTooLarge,
    /// Value / (1 + growth) would be the whole 2023 total or more, before
    /// the year is complete: the rest of 2023 would be nothing.
    ReachesTotal2023,
}

/// What the three fields hold, read together.
#[derive(Clone, Debug, PartialEq)]
pub enum SoFarEntry {
    /// All three empty: the section is off and every figure is as without it.
    Empty,
    Valid(SoFar),
    /// Per field (months, value, growth), the error to show beside it.
    Invalid([Option<SoFarError>; 3]),
}

impl SoFar {
    /// Rounded to the precision a link keeps, so it restores exactly.
    pub fn quantized(self) -> SoFar {
        SoFar {
            value: quantize(self.value, SO_FAR_VALUE_DECIMALS),
            growth_pct: quantize(self.growth_pct, SO_FAR_GROWTH_DECIMALS),
            ..self
        }
    }

    pub fn is_complete_year(&self) -> bool {
        self.months >= 12
    }

    /// The value of the same months of 2023, billion VND.
    pub fn same_period_2023(&self) -> f64 {
        self.value / (1.0 + self.growth_pct / 100.0)
    }

    /// What 2023 produced after the covered months; zero once all twelve
    /// months are in.
    pub fn rest_2023(&self, total_2023: f64) -> f64 {
        if self.is_complete_year() {
            0.0
        } else {
            total_2023 - self.same_period_2023()
        }
    }

    /// The first error, field by field, or `Ok` (see the module invariant).
    pub fn validate(&self, total_2023: f64) -> Result<(), SoFarError> {
        match self.errors(total_2023) {
            [None, None, None] => Ok(()),
            errors => Err(errors
                .into_iter()
                .flatten()
                .next()
                .unwrap_or(SoFarError::NotANumber)),
        }
    }

    fn errors(&self, total_2023: f64) -> [Option<SoFarError>; 3] {
        let months = (!(1..=12).contains(&self.months)).then_some(SoFarError::MonthsOutOfRange);
        let value = value_error(self.value);
        let growth = growth_error(self.growth_pct);
        let reaches = value.is_none()
            && growth.is_none()
            && !self.is_complete_year()
            && self.same_period_2023() >= total_2023;
        [
            months,
            value.or(reaches.then_some(SoFarError::ReachesTotal2023)),
            growth,
        ]
    }
}

fn value_error(value: f64) -> Option<SoFarError> {
    if !value.is_finite() {
        Some(SoFarError::NotANumber)
    } else if value <= 0.0 {
        Some(SoFarError::ValueNotPositive)
    } else if value > MAX_SO_FAR_VALUE {
        Some(SoFarError::ValueTooLarge)
    } else {
        None
    }
}

fn growth_error(growth_pct: f64) -> Option<SoFarError> {
    if !growth_pct.is_finite() {
        Some(SoFarError::NotANumber)
    } else if growth_pct <= MIN_GROWTH_PCT {
        Some(SoFarError::GrowthAtOrBelowMinus100)
    } else if growth_pct > MAX_GROWTH_PCT {
        Some(SoFarError::GrowthTooLarge)
    } else {
        None
    }
}

/// Reads the three fields as typed, in `lang`'s notation ("50.000" is fifty
/// thousand in Vietnamese, "50,000" in English).
pub fn read_so_far(
    months: &str,
    value: &str,
    growth: &str,
    lang: Lang,
    total_2023: f64,
) -> SoFarEntry {
    let texts = [months, value, growth];
    if texts.iter().all(|t| t.trim().is_empty()) {
        return SoFarEntry::Empty;
    }
    let parse = |text: &str| match parse_number(text, f64::MIN, f64::MAX, lang) {
        Ok(v) => Ok(v),
        Err(GrowthInputError::Empty) => Err(SoFarError::Missing),
        Err(_) => Err(SoFarError::NotANumber),
    };
    let months = parse(months).and_then(|m| {
        if m.fract() == 0.0 && (1.0..=12.0).contains(&m) {
            Ok(m as u8)
        } else {
            Err(SoFarError::MonthsOutOfRange)
        }
    });
    let value = parse(value).and_then(|v| value_error(v).map_or(Ok(v), Err));
    let growth = parse(growth).and_then(|g| growth_error(g).map_or(Ok(g), Err));
    match (months, value, growth) {
        (Ok(months), Ok(value), Ok(growth_pct)) => {
            let so_far = SoFar {
                months,
                value,
                growth_pct,
            }
            .quantized();
            match so_far.validate(total_2023) {
                Ok(()) => SoFarEntry::Valid(so_far),
                Err(_) => SoFarEntry::Invalid(so_far.errors(total_2023)),
            }
        }
        (m, v, g) => SoFarEntry::Invalid([m.err(), v.err(), g.err()]),
    }
}

/// What the remaining months need, said in words where a number would
/// mislead.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum RestNeed {
    /// This growth on the same months of 2023 (percent).
    Growth(f64),
    /// The value so far is already at or above the target.
    AlreadyReached,
    /// More than any growth a lever accepts (+300 %).
    BeyondLevers(f64),
    /// All twelve months are in: nothing remains, the year is decided.
    YearComplete,
}

/// The growth the months after the covered ones need for the year to reach
/// `target`, with no project and no seasonal assumption.
pub fn needed_rest_growth(so_far: &SoFar, total_2023: f64, target: f64) -> RestNeed {
    if so_far.is_complete_year() {
        return RestNeed::YearComplete;
    }
    if so_far.value >= target {
        return RestNeed::AlreadyReached;
    }
    let pct = ((target - so_far.value) / so_far.rest_2023(total_2023) - 1.0) * 100.0;
    if pct > MAX_GROWTH_PCT {
        RestNeed::BeyondLevers(pct)
    } else {
        RestNeed::Growth(pct)
    }
}

/// Every figure the section and its chart show, from one scenario.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SoFarFigures {
    pub so_far: SoFar,
    pub same_period_2023: f64,
    pub rest_2023: f64,
    pub need: RestNeed,
    /// What the scenario gives the remaining months: output, billion VND,
    /// projects' remaining months included.
    pub rest_2024: f64,
    /// The scenario's growth on the rest of 2023, weighted by the sectors'
    /// 2023 shares (projects not included); zero for a complete year.
    pub scenario_rest_pct: f64,
}

#[cfg(test)]
mod tests {
    use super::*;

    const TOTAL_2023: f64 = 102_893.2;
    const TARGET: f64 = 111_816.0;

    fn example() -> SoFar {
        SoFar {
            months: 6,
            value: 50_000.0,
            growth_pct: 5.0,
        }
    }

    fn close(a: f64, b: f64, tol: f64) -> bool {
        (a - b).abs() <= tol
    }

    #[test]
    fn the_issue_example() {
        // 50,000 / 1.05 = 47,619.0476; 102,893.2 − 47,619.0476 = 55,274.1524;
        // (111,816 − 50,000) / 55,274.1524 − 1 = 61,816 / 55,274.1524 − 1 = 11.8353 %.
        let s = example();
        assert!(close(s.same_period_2023(), 47_619.047_6, 1e-4));
        assert!(close(s.rest_2023(TOTAL_2023), 55_274.152_4, 1e-4));
        match needed_rest_growth(&s, TOTAL_2023, TARGET) {
            RestNeed::Growth(pct) => assert!(close(pct, 11.835_3, 1e-4), "{pct}"),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn words_where_a_number_would_mislead() {
        let reached = SoFar {
            value: 112_000.0,
            growth_pct: 200.0,
            ..example()
        };
        assert_eq!(
            needed_rest_growth(&reached, TOTAL_2023, TARGET),
            RestNeed::AlreadyReached
        );
        // 11 months at 100,000 (+0 %) leave 2,893.2 of 2023 to grow into
        // 11,816: 11,816 / 2,893.2 − 1 = 308.4 %, beyond the levers' +300 %.
        let tight = SoFar {
            months: 11,
            value: 100_000.0,
            growth_pct: 0.0,
        };
        match needed_rest_growth(&tight, TOTAL_2023, TARGET) {
            RestNeed::BeyondLevers(pct) => assert!(close(pct, 308.4, 0.1), "{pct}"),
            other => panic!("{other:?}"),
        }
        let year = SoFar {
            months: 12,
            ..example()
        };
        assert_eq!(
            needed_rest_growth(&year, TOTAL_2023, TARGET),
            RestNeed::YearComplete
        );
        assert_eq!(year.rest_2023(TOTAL_2023), 0.0);
    }

    #[test]
    fn validation_names_each_problem() {
        assert_eq!(example().validate(TOTAL_2023), Ok(()));
        let bad = |s: SoFar| s.validate(TOTAL_2023).unwrap_err();
        assert_eq!(
            bad(SoFar {
                months: 0,
                ..example()
            }),
            SoFarError::MonthsOutOfRange
        );
        assert_eq!(
            bad(SoFar {
                months: 13,
                ..example()
            }),
            SoFarError::MonthsOutOfRange
        );
        assert_eq!(
            bad(SoFar {
                value: 0.0,
                ..example()
            }),
            SoFarError::ValueNotPositive
        );
        assert_eq!(
            bad(SoFar {
                value: f64::NAN,
                ..example()
            }),
            SoFarError::NotANumber
        );
        assert_eq!(
            bad(SoFar {
                growth_pct: -100.0,
                ..example()
            }),
            SoFarError::GrowthAtOrBelowMinus100
        );
        // 103,000 at +0 % would be more than all of 2023 in six months.
        assert_eq!(
            bad(SoFar {
                value: 103_000.0,
                growth_pct: 0.0,
                ..example()
            }),
            SoFarError::ReachesTotal2023
        );
        // Exactly the 2023 total is refused too: nothing would be left.
        assert_eq!(
            bad(SoFar {
                value: TOTAL_2023,
                growth_pct: 0.0,
                ..example()
            }),
            SoFarError::ReachesTotal2023
        );
        // With twelve months the same period is the whole year: allowed.
        assert_eq!(
            SoFar {
                months: 12,
                value: 103_000.0,
                growth_pct: 0.0
            }
            .validate(TOTAL_2023),
            Ok(())
        );
    }

    #[test]
    fn typed_text_in_either_notation() {
        let read = |m, v, g, lang| read_so_far(m, v, g, lang, TOTAL_2023);
        assert_eq!(read("", " ", "", Lang::En), SoFarEntry::Empty);
        assert_eq!(
            read("6", "50,000", "5", Lang::En),
            SoFarEntry::Valid(example())
        );
        assert_eq!(
            read("6", "50.000", "5,0", Lang::Vi),
            SoFarEntry::Valid(example())
        );
        assert_eq!(
            read("6", "", "", Lang::En),
            SoFarEntry::Invalid([None, Some(SoFarError::Missing), Some(SoFarError::Missing)])
        );
        assert_eq!(
            read("6.5", "-3", "-100", Lang::En),
            SoFarEntry::Invalid([
                Some(SoFarError::MonthsOutOfRange),
                Some(SoFarError::ValueNotPositive),
                Some(SoFarError::GrowthAtOrBelowMinus100)
            ])
        );
        assert_eq!(
            read("13", "abc", "400", Lang::En),
            SoFarEntry::Invalid([
                Some(SoFarError::MonthsOutOfRange),
                Some(SoFarError::NotANumber),
                Some(SoFarError::GrowthTooLarge)
            ])
        );
        assert_eq!(
            read("6", "103000", "0", Lang::En),
            SoFarEntry::Invalid([None, Some(SoFarError::ReachesTotal2023), None])
        );
    }

    #[test]
    fn figures_are_kept_to_fixed_decimals() {
        let s = SoFar {
            months: 6,
            value: 50_000.04,
            growth_pct: 5.123,
        }
        .quantized();
        assert_eq!((s.value, s.growth_pct), (50_000.0, 5.12));
    }

    proptest::proptest! {
        /// The same period of 2023 is history, fixed: a better 2024 so far
        /// (a higher value, so a higher growth on it) never asks more of
        /// the remaining months. (At a fixed growth a higher value would
        /// mean a larger 2023 base, which is another history.)
        #[test]
        fn raising_the_value_so_far_never_raises_the_needed_growth(
            months in 1u8..12,
            same_period in 1_000.0f64..90_000.0,
            value in 500.0f64..100_000.0,
            raise in 0.0f64..20_000.0,
        ) {
            let entry = |v: f64| SoFar { months, value: v, growth_pct: (v / same_period - 1.0) * 100.0 };
            let (low, high) = (entry(value), entry(value + raise));
            proptest::prop_assume!(low.validate(TOTAL_2023).is_ok() && high.validate(TOTAL_2023).is_ok());
            let pct = |s: &SoFar| match needed_rest_growth(s, TOTAL_2023, TARGET) {
                RestNeed::Growth(p) | RestNeed::BeyondLevers(p) => p,
                RestNeed::AlreadyReached => f64::NEG_INFINITY,
                RestNeed::YearComplete => unreachable!(),
            };
            proptest::prop_assert!(pct(&high) <= pct(&low) + 1e-9, "{} > {}", pct(&high), pct(&low));
        }
    }
}
