//! The shape of `data/*.json`: plain data types and nothing else.
//!
//! This file is shared by the library and by `build.rs`, which reads the
//! JSON into these types at build time and emits them as `static` items,
//! so the app carries no JSON parser and builds nothing at start: texts
//! and lists are `Cow`s, borrowed from the wasm's data in the app and
//! owned when read from JSON (build.rs, native tests). It may use only
//! `serde`.
//!
//! `Deserialize` reads the JSON; `Serialize` is what build.rs writes the
//! Rust from, so the fields are listed here only. Renames are therefore
//! for deserializing only: serializing gives Rust's names (`comment`,
//! `AsPublished`), not the JSON's.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

/// A text of the data files.
pub type Text = Cow<'static, str>;
/// A list of the data files.
pub type List<T> = Cow<'static, [T]>;

#[derive(Clone, Debug, Deserialize, PartialEq, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Localized {
    pub vi: Text,
    pub en: Text,
}

#[derive(Clone, Debug, Deserialize, PartialEq, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Unit {
    pub code: Text,
    pub vi: Text,
    pub en: Text,
}

#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq, Serialize)]
#[serde(rename_all(deserialize = "snake_case"))]
pub enum PriceBasis {
    /// The source does not say whether prices are current or comparable.
    AsPublished,
}

#[derive(Clone, Debug, Deserialize, PartialEq, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Meta {
    pub province: Localized,
    pub publisher: Localized,
    pub source_title: Localized,
    pub indicator: Localized,
    /// The year the article's figures are for.
    pub year: u16,
    pub values_are_estimates: bool,
    pub estimate_wording_vi: Text,
    pub unit: Unit,
    pub price_basis: PriceBasis,
}

#[derive(Clone, Debug, Deserialize, PartialEq, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Total {
    pub vsic: Text,
    pub name: Localized,
    /// Billion VND in the article's year (`meta.year`).
    pub value: f64,
    /// Percent on the year before.
    pub growth_pct: f64,
    pub quote_vi: Text,
}

#[derive(Clone, Debug, Deserialize, PartialEq, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Sector {
    pub vsic: Text,
    pub name: Localized,
    pub long_name: Localized,
    /// Billion VND in the article's year (`meta.year`).
    pub value: f64,
    /// Percent on the year before; `None` where it is not published (an
    /// edition whose base levels are implied by its outcome).
    pub growth_pct: Option<f64>,
    pub quote_vi: Text,
}

/// How the article states a product's growth: a percentage, or "×2.1".
#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Serialize)]
#[serde(
    tag = "kind",
    content = "value",
    rename_all(deserialize = "snake_case")
)]
pub enum ProductGrowth {
    Percent(f64),
    Multiple(f64),
}

#[derive(Clone, Debug, Deserialize, PartialEq, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Product {
    pub id: Text,
    pub name: Localized,
    pub sector_vsic: Text,
    /// The volume in the article's year (`meta.year`), in `unit`.
    pub volume: f64,
    pub unit: Localized,
    pub growth: ProductGrowth,
    pub quote_vi: Text,
}

#[derive(Clone, Debug, Deserialize, PartialEq, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Target {
    pub value: f64,
    pub stated_growth_pct: f64,
    pub quote_vi: Text,
}

#[derive(Clone, Debug, Deserialize, PartialEq, Serialize)]
#[serde(deny_unknown_fields)]
pub struct NamedProject {
    pub id: Text,
    pub name: Localized,
    pub sector_vsic: Text,
    pub capital: f64,
    pub quote_vi: Text,
    pub note: Localized,
}

#[derive(Clone, Debug, Deserialize, PartialEq, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Dataset {
    pub dataset_version: u32,
    pub meta: Meta,
    pub total: Total,
    pub sectors: List<Sector>,
    pub products: List<Product>,
    /// The target the article sets for the year after `meta.year`.
    pub target: Target,
    pub projects: List<NamedProject>,
}

/// `data/assumptions.json`: the app's own scenario assumptions (presets,
/// default project parameters, default uncertainty), none of them
/// published by the source.
#[derive(Clone, Debug, Deserialize, PartialEq, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Assumptions {
    #[serde(rename(deserialize = "_comment"))]
    pub comment: Text,
    pub assumptions_version: u32,
    pub default_range_pp: RangeDefault,
    pub default_seed: u64,
    pub project_defaults: List<ProjectDefault>,
    pub presets: List<Preset>,
}

#[derive(Clone, Debug, Deserialize, PartialEq, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RangeDefault {
    pub low: f64,
    pub high: f64,
}

#[derive(Clone, Debug, Deserialize, PartialEq, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ProjectDefault {
    pub project_id: Text,
    pub output_per_capital: f64,
    pub first_month: u8,
    pub note: Localized,
}

#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq, Serialize)]
#[serde(rename_all(deserialize = "snake_case"))]
pub enum PresetBase {
    /// Each sector at its 2023 growth.
    #[serde(rename(deserialize = "repeat_2023"))]
    Repeat2023,
    /// One common growth that meets the target exactly.
    TargetPath,
}

#[derive(Clone, Debug, Deserialize, PartialEq, Serialize)]
#[serde(deny_unknown_fields)]
pub struct GrowthOverride {
    pub vsic: Text,
    pub growth_pct: f64,
}

#[derive(Clone, Debug, Deserialize, PartialEq, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Preset {
    pub id: Text,
    pub name: Localized,
    pub rationale: Localized,
    pub base: PresetBase,
    pub overrides: List<GrowthOverride>,
    pub projects_on: List<Text>,
}

/// `data/published.json`: figures the province published outside the 2023
/// article, each with the sentence it comes from and its source.
#[derive(Clone, Debug, Deserialize, PartialEq, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Published {
    pub published_version: u32,
    pub sources: List<PublishedSource>,
    pub figures: List<PublishedFigure>,
    pub product_growth: List<PublishedProducts>,
}

#[derive(Clone, Debug, Deserialize, PartialEq, Serialize)]
#[serde(deny_unknown_fields)]
pub struct PublishedSource {
    pub id: Text,
    pub publisher: Text,
    pub title: Text,
    pub url: Text,
    /// `YYYY-MM-DD`, or `YYYY-MM` where the page prints no day.
    pub date: Text,
    /// What a reader should know about the source (a headline that
    /// disagrees with its text, a date read from the address).
    pub note: Option<Localized>,
}

/// What a figure measures, as its source says.
#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq, Serialize)]
#[serde(rename_all(deserialize = "snake_case"))]
pub enum Measure {
    /// Industrial production value, billion VND: what the app models.
    ProductionValue,
    /// The index of industrial production (IIP): a volume index.
    ProductionIndex,
}

#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq, Serialize)]
#[serde(rename_all(deserialize = "snake_case"))]
pub enum Prices {
    Current,
    #[serde(rename(deserialize = "comparable_2010"))]
    Comparable2010,
    /// The source does not say.
    NotStated,
    /// An index: no price basis.
    NotApplicable,
}

#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq, Serialize)]
#[serde(rename_all(deserialize = "snake_case"))]
pub enum FigureKind {
    /// A year that is over, as reported.
    Result,
    /// "ước đạt": estimated before the period's data were final.
    Estimate,
    Target,
}

#[derive(Clone, Debug, Deserialize, PartialEq, Serialize)]
#[serde(deny_unknown_fields)]
pub struct PublishedFigure {
    pub id: Text,
    /// A `PublishedSource::id`.
    pub source: Text,
    pub label: Localized,
    pub year: u16,
    /// The months covered, `from_month` to `to_month` (1–12).
    pub from_month: u8,
    pub to_month: u8,
    pub measure: Measure,
    pub prices: Prices,
    pub kind: FigureKind,
    /// Billion VND; `None` for an index.
    pub value: Option<f64>,
    /// "over 22.17 trillion": the value is a lower bound.
    pub value_is_lower_bound: bool,
    /// Percent on the same period of the year before (a target: on the
    /// year before).
    pub growth_pct: Option<f64>,
    /// The sentence the figure comes from, in the source's language.
    pub quote: Text,
}

#[derive(Clone, Debug, Deserialize, PartialEq, Serialize)]
#[serde(deny_unknown_fields)]
pub struct PublishedProducts {
    pub id: Text,
    pub source: Text,
    pub year: u16,
    pub from_month: u8,
    pub to_month: u8,
    /// The sentences the items come from.
    pub quotes: List<Text>,
    pub items: List<PublishedProductGrowth>,
}

#[derive(Clone, Debug, Deserialize, PartialEq, Serialize)]
#[serde(deny_unknown_fields)]
pub struct PublishedProductGrowth {
    pub name: Localized,
    /// Percent on the same period of the year before…
    pub growth_pct: Option<f64>,
    /// …or a multiple of it ("up 2.3-fold").
    pub times: Option<f64>,
    /// The dataset's product it can be set beside, if any.
    pub product: Option<Text>,
    pub note: Option<Localized>,
}

/// Why `data/published.json` was refused (at build time: build.rs).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PublishedError {
    NoQuote { id: String },
    UnknownSource { id: String, source: String },
    SourceWithoutAddress { id: String },
    BadDate { id: String },
    BadMonths { id: String },
    NoFigure { id: String },
    QuoteLacksFigure { id: String },
    DuplicateId { id: String },
}

fn is_date(text: &str) -> bool {
    let parts: Vec<&str> = text.split('-').collect();
    let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
    match parts.as_slice() {
        [y, m] => digits(y, 4) && digits(m, 2),
        [y, m, d] => digits(y, 4) && digits(m, 2) && digits(d, 2),
        _ => false,
    }
}

/// A growth or value as the source writes it: "3.8" in English, "3,8" in
/// Vietnamese; a whole number without decimals ("10%", "-12%" as "12").
fn written_in(quote: &str, number: f64) -> bool {
    let magnitude = number.abs();
    let plain = if magnitude.fract() == 0.0 {
        format!("{magnitude:.0}")
    } else {
        format!("{magnitude}")
    };
    quote.contains(&plain) || quote.contains(&plain.replace('.', ","))
}

impl PublishedFigure {
    /// A cumulative production value of `year` from January to before
    /// December (a whole year is an outcome), reported rather than aimed
    /// at, with its value and growth: what "so far" can take.
    pub fn is_so_far_of(&self, year: u16) -> bool {
        self.year == year
            && self.from_month == 1
            && self.to_month < 12
            && self.measure == Measure::ProductionValue
            && self.kind != FigureKind::Target
            && self.value.is_some()
            && self.growth_pct.is_some()
    }

    /// What "2024 so far" can take.
    pub fn is_so_far_offer(&self) -> bool {
        self.is_so_far_of(2024)
    }
}

impl Published {
    pub fn figure(&self, id: &str) -> Option<&PublishedFigure> {
        self.figures.iter().find(|f| f.id == id)
    }
}

impl Published {
    /// Only what the app's own views read: the "2024 so far" offers and
    /// the figures the editions name (`named`), with their sources (less
    /// their notes). The
    /// record, which needs the rest, is drawn at build time, so build.rs
    /// ships this to the wasm and keeps the quotes of the other figures
    /// out of the first visit.
    pub fn for_app(&self, named: &[&str]) -> Published {
        let figures: Vec<PublishedFigure> = self
            .figures
            .iter()
            .filter(|f| f.is_so_far_offer() || named.contains(&&*f.id))
            .cloned()
            .collect();
        let sources = self
            .sources
            .iter()
            .filter(|s| figures.iter().any(|f| f.source == s.id))
            // The notes on a source are for the record, drawn at build time.
            .map(|s| PublishedSource {
                note: None,
                ..s.clone()
            })
            .collect::<Vec<_>>();
        Published {
            published_version: self.published_version,
            sources: sources.into(),
            figures: figures.into(),
            product_growth: Cow::Borrowed(&[]),
        }
    }
}

impl Published {
    /// Every figure has its quote and a known source with an address and a
    /// date; months are a range within a year; each growth (and each value
    /// under 1,000 billion VND or in trillions as the source writes it)
    /// appears in its quote; ids are unique.
    pub fn check(&self) -> Result<(), PublishedError> {
        let mut ids: Vec<&str> = Vec::new();
        for source in self.sources.iter() {
            if !source.url.starts_with("https://") && !source.url.starts_with("http://") {
                return Err(PublishedError::SourceWithoutAddress {
                    id: source.id.to_string(),
                });
            }
            if !is_date(&source.date) {
                return Err(PublishedError::BadDate {
                    id: source.id.to_string(),
                });
            }
        }
        let known = |source: &str| self.sources.iter().any(|s| s.id == source);
        for f in self.figures.iter() {
            let id = f.id.to_string();
            if ids.contains(&&*f.id) {
                return Err(PublishedError::DuplicateId { id });
            }
            ids.push(&f.id);
            if f.quote.trim().is_empty() {
                return Err(PublishedError::NoQuote { id });
            }
            if !known(&f.source) {
                return Err(PublishedError::UnknownSource {
                    id,
                    source: f.source.to_string(),
                });
            }
            if !(1..=12).contains(&f.from_month) || !(f.from_month..=12).contains(&f.to_month) {
                return Err(PublishedError::BadMonths { id });
            }
            if f.value.is_none() && f.growth_pct.is_none() {
                return Err(PublishedError::NoFigure { id });
            }
            let growth_quoted = f.growth_pct.is_none_or(|g| written_in(&f.quote, g));
            // Values are written in trillions ("22.17 trillion") or in
            // billions ("40.865 tỷ"): either form counts.
            let value_quoted = f.value.is_none_or(|v| {
                written_in(&f.quote, v / 1000.0) || written_in(&f.quote.replace('.', ""), v)
            });
            if !growth_quoted || !value_quoted {
                return Err(PublishedError::QuoteLacksFigure { id });
            }
        }
        for p in self.product_growth.iter() {
            let id = p.id.to_string();
            if p.quotes.iter().all(|q| q.trim().is_empty()) {
                return Err(PublishedError::NoQuote { id });
            }
            if !known(&p.source) {
                return Err(PublishedError::UnknownSource {
                    id,
                    source: p.source.to_string(),
                });
            }
            if !(1..=12).contains(&p.from_month) || !(p.from_month..=12).contains(&p.to_month) {
                return Err(PublishedError::BadMonths { id });
            }
            for item in p.items.iter() {
                let quoted = match (item.growth_pct, item.times) {
                    (Some(g), None) => p.quotes.iter().any(|q| written_in(q, g)),
                    (None, Some(t)) => p.quotes.iter().any(|q| written_in(q, t)),
                    _ => false,
                };
                if !quoted {
                    return Err(PublishedError::QuoteLacksFigure {
                        id: item.name.en.to_string(),
                    });
                }
            }
        }
        Ok(())
    }
}
