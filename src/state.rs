//! The scenario: the single source of truth of the UI, and how actions change it.
//!
//! `Scenario` holds only what the user chose; totals, verdict and required
//! growth are derived from it by `model` on every render, never stored.
//! Invariant: `growth_pct` has one valid rate (see
//! `model::growth_input::is_valid_growth_pct`) per dataset sector, in order;
//! `apply` ignores any action that would break it.

use std::rc::Rc;

use yew::Reducible;

use crate::format::ReaderPrefs;
use crate::model::growth_input::is_valid_growth_pct;
use crate::model::units::{is_valid_vnd_per_usd, MoneyUnit, DEFAULT_VND_PER_USD};
use crate::model::{Dataset, Lang, TargetReading};

#[derive(Clone, Debug, PartialEq)]
pub struct Scenario {
    pub growth_pct: Vec<f64>,
    pub target: TargetReading,
    pub lang: Lang,
    /// How money is shown; the figures themselves stay in billion VND.
    pub unit: MoneyUnit,
    /// The user's assumed exchange rate, used only when `unit` is USD.
    pub vnd_per_usd: f64,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    SetGrowth { sector: usize, pct: f64 },
    ResetSector(usize),
    ResetAll,
    SetLang(Lang),
    SetUnit(MoneyUnit),
    SetVndPerUsd(f64),
}

impl Scenario {
    /// Every sector repeats its 2023 growth: the prefilled scenario.
    pub fn baseline(data: &Dataset, lang: Lang) -> Self {
        Scenario {
            growth_pct: data.sectors.iter().map(|s| s.growth_pct_2023).collect(),
            target: TargetReading::Absolute,
            lang,
            unit: MoneyUnit::BillionVnd,
            vnd_per_usd: DEFAULT_VND_PER_USD,
        }
    }

    pub fn reader(&self) -> ReaderPrefs {
        ReaderPrefs {
            lang: self.lang,
            unit: self.unit,
            vnd_per_usd: self.vnd_per_usd,
        }
    }

    pub fn apply(&self, data: &Dataset, action: Action) -> Scenario {
        let mut next = self.clone();
        match action {
            Action::SetGrowth { sector, pct } => {
                if let Some(slot) = next.growth_pct.get_mut(sector) {
                    if is_valid_growth_pct(pct) {
                        *slot = pct;
                    }
                }
            }
            Action::ResetSector(sector) => {
                if let (Some(slot), Some(s)) =
                    (next.growth_pct.get_mut(sector), data.sectors.get(sector))
                {
                    *slot = s.growth_pct_2023;
                }
            }
            Action::ResetAll => next.growth_pct = Scenario::baseline(data, self.lang).growth_pct,
            Action::SetLang(lang) => next.lang = lang,
            Action::SetUnit(unit) => next.unit = unit,
            Action::SetVndPerUsd(rate) => {
                if is_valid_vnd_per_usd(rate) {
                    next.vnd_per_usd = rate;
                }
            }
        }
        next
    }
}

impl Reducible for Scenario {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match Dataset::bundled() {
            Ok(data) => {
                let next = self.apply(data, action);
                if next == *self {
                    self
                } else {
                    Rc::new(next)
                }
            }
            Err(_) => self,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn data() -> &'static Dataset {
        Dataset::bundled().unwrap()
    }

    #[test]
    fn baseline_repeats_2023_growth() {
        let s = Scenario::baseline(data(), Lang::En);
        assert_eq!(s.growth_pct, vec![10.0, 3.4, 4.8, 8.6]);
        assert_eq!(s.target, TargetReading::Absolute);
    }

    #[test]
    fn set_and_reset_growth() {
        let d = data();
        let s = Scenario::baseline(d, Lang::En);
        let s = s.apply(
            d,
            Action::SetGrowth {
                sector: 1,
                pct: 9.0,
            },
        );
        assert_eq!(s.growth_pct[1], 9.0);
        let s = s.apply(
            d,
            Action::SetGrowth {
                sector: 2,
                pct: 1.0,
            },
        );
        let r = s.apply(d, Action::ResetSector(1));
        assert_eq!(r.growth_pct, vec![10.0, 3.4, 1.0, 8.6]);
        let all = s.apply(d, Action::ResetAll);
        assert_eq!(all, Scenario::baseline(d, Lang::En));
    }

    #[test]
    fn invalid_actions_change_nothing() {
        let d = data();
        let s = Scenario::baseline(d, Lang::Vi);
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
            Action::SetVndPerUsd(0.0),
            Action::SetVndPerUsd(f64::INFINITY),
        ] {
            assert_eq!(s.apply(d, action), s);
        }
    }

    #[test]
    fn units_are_display_only() {
        let d = data();
        let s = Scenario::baseline(d, Lang::En)
            .apply(d, Action::SetUnit(MoneyUnit::MillionUsd))
            .apply(d, Action::SetVndPerUsd(25_000.0));
        assert_eq!(s.unit, MoneyUnit::MillionUsd);
        assert_eq!(s.vnd_per_usd, 25_000.0);
        assert_eq!(s.growth_pct, Scenario::baseline(d, Lang::En).growth_pct);
        let reset = s.apply(d, Action::ResetAll);
        assert_eq!(
            reset.unit,
            MoneyUnit::MillionUsd,
            "reset keeps display choices"
        );
    }

    #[test]
    fn language_switch_keeps_the_scenario() {
        let d = data();
        let s = Scenario::baseline(d, Lang::Vi).apply(
            d,
            Action::SetGrowth {
                sector: 0,
                pct: 2.5,
            },
        );
        let e = s.apply(d, Action::SetLang(Lang::En));
        assert_eq!(e.lang, Lang::En);
        assert_eq!(e.growth_pct, s.growth_pct);
    }
}
