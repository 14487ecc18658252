//! The shape of `data/*.json`: plain data types and nothing else.
//!
//! This file is shared by the library and by `build.rs`, which reads the
//! JSON into these types at build time and emits them as `static` items,
//! so the app carries no JSON parser and builds nothing at start: texts
//! and lists are `Cow`s, borrowed from the wasm's data in the app and
//! owned when read from JSON (build.rs, native tests). It may use only
//! `serde`.

use std::borrow::Cow;

use serde::Deserialize;

/// A text of the data files.
pub type Text = Cow<'static, str>;
/// A list of the data files.
pub type List<T> = Cow<'static, [T]>;

#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Localized {
    pub vi: Text,
    pub en: Text,
}

#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Unit {
    pub code: Text,
    pub vi: Text,
    pub en: Text,
}

#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum PriceBasis {
    /// The source does not say whether prices are current or comparable.
    AsPublished,
}

#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Meta {
    pub province: Localized,
    pub publisher: Localized,
    pub source_title: Localized,
    pub indicator: Localized,
    pub year: u16,
    pub values_are_estimates: bool,
    pub estimate_wording_vi: Text,
    pub unit: Unit,
    pub price_basis: PriceBasis,
}

#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Total {
    pub vsic: Text,
    pub name: Localized,
    pub value_2023: f64,
    pub growth_pct_2023: f64,
    pub quote_vi: Text,
}

#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Sector {
    pub vsic: Text,
    pub name: Localized,
    pub long_name: Localized,
    pub value_2023: f64,
    pub growth_pct_2023: f64,
    pub quote_vi: Text,
}

/// How the article states a product's growth: a percentage, or "×2.1".
#[derive(Clone, Copy, Debug, Deserialize, PartialEq)]
#[serde(tag = "kind", content = "value", rename_all = "snake_case")]
pub enum ProductGrowth {
    Percent(f64),
    Multiple(f64),
}

#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Product {
    pub id: Text,
    pub name: Localized,
    pub sector_vsic: Text,
    pub volume_2023: f64,
    pub unit: Localized,
    pub growth: ProductGrowth,
    pub quote_vi: Text,
}

#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Target {
    pub value: f64,
    pub stated_growth_pct: f64,
    pub quote_vi: Text,
}

#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct NamedProject {
    pub id: Text,
    pub name: Localized,
    pub sector_vsic: Text,
    pub capital: f64,
    pub quote_vi: Text,
    pub note: Localized,
}

#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Dataset {
    pub dataset_version: u32,
    pub meta: Meta,
    pub total: Total,
    pub sectors: List<Sector>,
    pub products: List<Product>,
    pub target_2024: Target,
    pub projects: List<NamedProject>,
}

/// `data/assumptions.json`: the app's own scenario assumptions (presets,
/// default project parameters, default uncertainty), none of them
/// published by the source.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Assumptions {
    #[serde(rename = "_comment")]
    pub comment: Text,
    pub assumptions_version: u32,
    pub default_range_pp: RangeDefault,
    pub default_seed: u64,
    pub project_defaults: List<ProjectDefault>,
    pub presets: List<Preset>,
}

#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct RangeDefault {
    pub low: f64,
    pub high: f64,
}

#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ProjectDefault {
    pub project_id: Text,
    pub output_per_capital: f64,
    pub first_month: u8,
    pub note: Localized,
}

#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum PresetBase {
    /// Each sector at its 2023 growth.
    #[serde(rename = "repeat_2023")]
    Repeat2023,
    /// One common growth that meets the target exactly.
    TargetPath,
}

#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct GrowthOverride {
    pub vsic: Text,
    pub growth_pct: f64,
}

#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Preset {
    pub id: Text,
    pub name: Localized,
    pub rationale: Localized,
    pub base: PresetBase,
    pub overrides: List<GrowthOverride>,
    pub projects_on: List<Text>,
}
