//! Figures the province published outside the 2023 article
//! (`data/published.json`), and what the app derives next to them.
//!
//! Invariants: the bundled figures passed `Published::check` at build time
//! (each has its quote and a known, dated source). Only cumulative 2024
//! production values from January reach the model, as "2024 so far"
//! offers; no other figure is ever fed into a projection. `Record` sets
//! the others beside what the app derives; `components::record` draws it
//! at build time, so the wasm carries only the offers
//! (`Published::for_app`, chosen by build.rs, with the figures the
//! editions name). Each
//! comparison takes the published number from the figure itself, never a
//! copy.

use super::dataset::Dataset;
use super::schema::{PublishedFigure, PublishedProductGrowth};
use super::so_far::SoFar;

pub use super::schema::{Prices, Published, PublishedSource};

/// The figure ids the comparisons read (checked by a test to exist).
pub const PRODUCTION_2022: &str = "production-2022";
pub const TARGET_2023: &str = "target-2023";
pub const JAN_MAY_2023: &str = "jan-may-2023";

impl Published {
    pub fn bundled() -> &'static Published {
        &super::generated::BUNDLED_PUBLISHED
    }

    pub fn source(&self, id: &str) -> Option<&PublishedSource> {
        self.sources.iter().find(|s| s.id == id)
    }

    /// Published cumulative 2024 production values from January, as
    /// "2024 so far" entries, in order of months.
    pub fn so_far_offers(&self) -> Vec<(&PublishedFigure, SoFar)> {
        let mut offers: Vec<_> = self
            .figures
            .iter()
            .filter(|f| f.is_so_far_offer())
            .filter_map(|f| {
                let so_far = SoFar {
                    months: f.to_month,
                    value: f.value?,
                    growth_pct: f.growth_pct?,
                };
                Some((f, so_far))
            })
            .collect();
        offers.sort_by_key(|(_, s)| s.months);
        offers
    }

    /// Published product growth of the given dataset product, with the
    /// period it covers.
    pub fn product_growth(&self, product_id: &str) -> Option<(&PublishedProductGrowth, u8, u8)> {
        self.product_growth.iter().find_map(|p| {
            let item = p
                .items
                .iter()
                .find(|i| i.product.as_deref() == Some(product_id))?;
            Some((item, p.from_month, p.to_month))
        })
    }
}

/// 2022 as the 2023 article implies it, beside 2022 as published.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Check2022 {
    /// The sum of the sectors' implied 2022 values (the table's figure).
    pub implied_by_sectors: f64,
    /// 2023 total ÷ (1 + the total's stated growth).
    pub implied_by_total: f64,
    pub published: f64,
    /// "over": the published value is a lower bound.
    pub published_is_lower_bound: bool,
    pub published_growth_pct: f64,
    /// The 2023 growth the published 2022 value gives: 2023 ÷ 2022 − 1.
    pub growth_2023_from_published_pct: f64,
    /// Whether that growth rounds to the stated 2023 growth (one decimal).
    pub agrees_within_rounding: bool,
}

/// The 2023 target against the 2023 estimate.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Check2023Target {
    pub target: f64,
    pub target_growth_pct: f64,
    pub estimate: f64,
    pub estimate_growth_pct: f64,
    /// target − estimate (positive: missed).
    pub shortfall: f64,
    /// shortfall ÷ target × 100.
    pub shortfall_pct: f64,
}

/// January–May 2023 as a share of the 2023 total.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CheckPartYear {
    pub months: u8,
    pub value: f64,
    pub growth_pct: f64,
    /// value ÷ 2023 total × 100.
    pub share_pct: f64,
    /// months ÷ 12 × 100: the share an even year would give.
    pub even_share_pct: f64,
}

/// What the app derives beside what was published.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Record {
    pub year_2022: Option<Check2022>,
    pub target_2023: Option<Check2023Target>,
    pub part_2023: Option<CheckPartYear>,
}

impl Record {
    pub fn new(data: &Dataset, published: &Published) -> Record {
        let total = data.total.value;
        let growth = data.total.growth_pct;
        let year_2022 = published.figure(PRODUCTION_2022).and_then(|f| {
            let value = f.value?;
            let from_published = (total / value - 1.0) * 100.0;
            Some(Check2022 {
                implied_by_sectors: data.implied_total_2022()?,
                implied_by_total: total / (1.0 + growth / 100.0),
                published: value,
                published_is_lower_bound: f.value_is_lower_bound,
                published_growth_pct: f.growth_pct?,
                growth_2023_from_published_pct: from_published,
                agrees_within_rounding: (from_published - growth).abs() < 0.05,
            })
        });
        let target_2023 = published.figure(TARGET_2023).and_then(|f| {
            let target = f.value?;
            Some(Check2023Target {
                target,
                target_growth_pct: f.growth_pct?,
                estimate: total,
                estimate_growth_pct: growth,
                shortfall: target - total,
                shortfall_pct: (target - total) / target * 100.0,
            })
        });
        let part_2023 = published.figure(JAN_MAY_2023).and_then(|f| {
            let value = f.value?;
            Some(CheckPartYear {
                months: f.to_month - f.from_month + 1,
                value,
                growth_pct: f.growth_pct?,
                share_pct: value / total * 100.0,
                even_share_pct: f64::from(f.to_month - f.from_month + 1) / 12.0 * 100.0,
            })
        });
        Record {
            year_2022,
            target_2023,
            part_2023,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::schema::PublishedError;
    use crate::so_far::{needed_rest_growth, RestNeed};

    fn data() -> &'static Dataset {
        Dataset::bundled().unwrap()
    }

    fn close(a: f64, b: f64, tolerance: f64) -> bool {
        (a - b).abs() <= tolerance
    }

    const JSON: &str = include_str!("../../../data/published.json");

    fn parsed() -> Published {
        serde_json::from_str(JSON).unwrap()
    }

    #[test]
    fn the_wasm_gets_only_the_offers_and_the_named_figures_with_their_sources() {
        let trimmed = parsed().for_app(&[]);
        let ids: Vec<&str> = trimmed.figures.iter().map(|f| &*f.id).collect();
        assert_eq!(ids, ["q1-2024"]);
        let sources: Vec<&str> = trimmed.sources.iter().map(|s| &*s.id).collect();
        assert_eq!(sources, ["vnhn-2024-06-24"]);
        let with_2023 = parsed().for_app(&[TARGET_2023]);
        let ids: Vec<&str> = with_2023.figures.iter().map(|f| &*f.id).collect();
        assert_eq!(ids, ["q1-2024", TARGET_2023]);
        assert_eq!(with_2023.sources.len(), 2);
        assert!(trimmed.product_growth.is_empty());
        assert_eq!(trimmed.check(), Ok(()));
        assert_eq!(
            trimmed.so_far_offers().len(),
            parsed().so_far_offers().len()
        );
    }

    #[test]
    fn the_bundled_figures_are_the_file_and_pass_the_check() {
        assert_eq!(&parsed(), Published::bundled());
        assert_eq!(Published::bundled().check(), Ok(()));
        for id in [PRODUCTION_2022, TARGET_2023, JAN_MAY_2023] {
            assert!(Published::bundled().figure(id).is_some(), "{id}");
        }
    }

    #[test]
    fn every_figure_has_a_quote_and_a_dated_source_with_an_address() {
        let p = Published::bundled();
        for f in p.figures.iter() {
            assert!(!f.quote.is_empty(), "{}", f.id);
            let source = p.source(&f.source).expect("known source");
            assert!(source.url.starts_with("https://"), "{}", source.id);
            assert!(source.date.starts_with("20"), "{}", source.id);
        }
        for products in p.product_growth.iter() {
            assert!(!products.quotes.is_empty());
            assert!(p.source(&products.source).is_some());
        }
    }

    #[test]
    fn a_figure_without_quote_or_source_is_refused() {
        let no_quote = JSON.replacen(
            "\"quote\": \"In the first quarter",
            "\"quote\": \" \", \"x_was\": \"",
            1,
        );
        // serde refuses the unknown field first; a blank quote alone:
        assert!(serde_json::from_str::<Published>(&no_quote).is_err());
        let mut blank = parsed();
        blank.figures.to_mut()[0].quote = " ".into();
        assert_eq!(
            blank.check(),
            Err(PublishedError::NoQuote {
                id: "q1-2024".into()
            })
        );
        let mut unknown = parsed();
        unknown.figures.to_mut()[0].source = "nowhere".into();
        assert!(matches!(
            unknown.check(),
            Err(PublishedError::UnknownSource { .. })
        ));
        let mut undated = parsed();
        undated.sources.to_mut()[0].date = "June 2024".into();
        assert!(matches!(
            undated.check(),
            Err(PublishedError::BadDate { .. })
        ));
        let mut mistyped = parsed();
        mistyped.figures.to_mut()[0].growth_pct = Some(3.9);
        assert!(matches!(
            mistyped.check(),
            Err(PublishedError::QuoteLacksFigure { .. })
        ));
        let mut wrong_value = parsed();
        wrong_value.figures.to_mut()[0].value = Some(22_710.0);
        assert!(matches!(
            wrong_value.check(),
            Err(PublishedError::QuoteLacksFigure { .. })
        ));
    }

    #[test]
    fn q1_2024_is_the_one_so_far_offer() {
        let offers = Published::bundled().so_far_offers();
        assert_eq!(offers.len(), 1);
        let (figure, so_far) = offers[0];
        assert_eq!(figure.id, "q1-2024");
        assert_eq!(
            so_far,
            SoFar {
                months: 3,
                value: 22_170.0,
                growth_pct: 3.8
            }
        );
        assert!(so_far.validate(data().total.value).is_ok());
    }

    /// By hand: Q1 2023 = 22,170 ÷ 1.038 = 21,358.38; the rest of 2023 =
    /// 102,893.2 − 21,358.38 = 81,534.82; the rest of 2024 must reach
    /// 111,816 − 22,170 = 89,646: 89,646 ÷ 81,534.82 − 1 = +9.948 %.
    #[test]
    fn q1_2024_as_published_leaves_the_rest_needing_9_95_pct() {
        let (_, so_far) = Published::bundled().so_far_offers()[0];
        let need = needed_rest_growth(&so_far, data().total.value, data().target.value);
        let RestNeed::Growth(pct) = need else {
            panic!("{need:?}")
        };
        assert!(close(pct, 9.948, 0.001), "{pct}");
    }

    /// By hand: the sectors' implied 2022 values sum to 99,446.7 (the
    /// table); the total's own +3.4 % gives 102,893.2 ÷ 1.034 = 99,509.86;
    /// the published "over 99,500" gives 102,893.2 ÷ 99,500 − 1 = +3.410 %,
    /// which rounds to the stated +3.4 %.
    #[test]
    fn published_2022_agrees_with_2023_within_rounding() {
        let check = Record::new(data(), Published::bundled()).year_2022.unwrap();
        assert_eq!(check.published, 99_500.0);
        assert!(check.published_is_lower_bound);
        assert_eq!(check.published_growth_pct, 7.2);
        assert!(
            close(check.implied_by_sectors, 99_446.7, 0.05),
            "{}",
            check.implied_by_sectors
        );
        assert!(
            close(check.implied_by_total, 99_509.86, 0.01),
            "{}",
            check.implied_by_total
        );
        assert!(close(check.growth_2023_from_published_pct, 3.410, 0.001));
        assert!(check.agrees_within_rounding);
    }

    /// By hand: 110,000 − 102,893.2 = 7,106.8 short; 7,106.8 ÷ 110,000 =
    /// 6.461 % of the target.
    #[test]
    fn the_2023_target_was_missed_by_6_5_pct() {
        let check = Record::new(data(), Published::bundled())
            .target_2023
            .unwrap();
        assert_eq!(check.target, 110_000.0);
        assert_eq!(check.target_growth_pct, 10.0);
        assert!(close(check.shortfall, 7_106.8, 1e-6));
        assert!(
            close(check.shortfall_pct, 6.461, 0.001),
            "{}",
            check.shortfall_pct
        );
    }

    /// By hand: 40,865 ÷ 102,893.2 = 39.716 %; five twelfths = 41.667 %.
    #[test]
    fn january_to_may_2023_was_two_fifths_of_the_year() {
        let check = Record::new(data(), Published::bundled()).part_2023.unwrap();
        assert_eq!(
            (check.months, check.value, check.growth_pct),
            (5, 40_865.0, 4.9)
        );
        assert!(close(check.share_pct, 39.716, 0.001), "{}", check.share_pct);
        assert!(close(check.even_share_pct, 41.667, 0.001));
    }

    #[test]
    fn q1_product_growth_sits_beside_the_three_products() {
        let p = Published::bundled();
        for (id, growth) in [
            ("rolled_steel", 18.9),
            ("electronic_components", 16.3),
            ("camera_lenses", 45.2),
        ] {
            let (item, from, to) = p.product_growth(id).unwrap();
            assert_eq!((item.growth_pct, from, to), (Some(growth), 1, 3), "{id}");
            assert!(data().products.iter().any(|product| product.id == id));
        }
        assert!(p.product_growth("stone").is_none());
    }
}
