//! How this reader wants figures shown: language, money unit and, for
//! USD, the exchange rate they assume. Kept apart from the scenario on
//! purpose: changing it changes no figure, only how figures read, so it is
//! not a step of the scenario and loading a saved scenario keeps it.
//! Invariant (kept by `with_rate` and checked by `is_valid`): the rate is a
//! whole number within `MIN_VND_PER_USD..=MAX_VND_PER_USD`.

use super::dataset::Lang;
use super::precision::{quantize, RATE_DECIMALS};
use super::units::{is_valid_vnd_per_usd, MoneyUnit, DEFAULT_VND_PER_USD};

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ReaderPrefs {
    pub lang: Lang,
    /// How money is shown; the figures themselves stay in billion VND.
    pub unit: MoneyUnit,
    /// The reader's assumed exchange rate, used only when `unit` is USD.
    pub vnd_per_usd: f64,
}

impl ReaderPrefs {
    /// Billion VND at the default rate.
    pub fn new(lang: Lang) -> Self {
        ReaderPrefs {
            lang,
            unit: MoneyUnit::BillionVnd,
            vnd_per_usd: DEFAULT_VND_PER_USD,
        }
    }

    /// The same preferences with another rate, rounded as links keep it;
    /// `None` for a rate outside what the app accepts.
    pub fn with_rate(self, rate: f64) -> Option<Self> {
        let rate = quantize(rate, RATE_DECIMALS);
        is_valid_vnd_per_usd(rate).then_some(ReaderPrefs {
            vnd_per_usd: rate,
            ..self
        })
    }

    pub fn is_valid(&self) -> bool {
        is_valid_vnd_per_usd(self.vnd_per_usd)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rates_are_rounded_and_bounded() {
        let en = ReaderPrefs::new(Lang::En);
        assert_eq!(en.unit, MoneyUnit::BillionVnd);
        assert_eq!(
            en.with_rate(25_400.4).map(|r| r.vnd_per_usd),
            Some(25_400.0)
        );
        assert_eq!(en.with_rate(500.0), None);
        assert_eq!(en.with_rate(f64::NAN), None);
        assert!(en.is_valid());
    }
}
