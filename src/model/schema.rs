//! The shape of `data/*.json`: plain data types and nothing else.
//!
//! This file is shared by the library and by `build.rs`, which reads the
//! JSON into these types at build time and emits Rust code that constructs
//! them, so the app carries no JSON parser. It may use only `serde`.

use serde::Deserialize;

#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Localized {
    pub vi: String,
    pub en: String,
}

#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Unit {
    pub code: String,
    pub vi: String,
    pub en: String,
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
    pub estimate_wording_vi: String,
    pub unit: Unit,
    pub price_basis: PriceBasis,
}

#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Total {
    pub vsic: String,
    pub name: Localized,
    pub value_2023: f64,
    pub growth_pct_2023: f64,
    pub quote_vi: String,
}

#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Sector {
    pub vsic: String,
    pub name: Localized,
    pub long_name: Localized,
    pub value_2023: f64,
    pub growth_pct_2023: f64,
    pub quote_vi: String,
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
    pub id: String,
    pub name: Localized,
    pub sector_vsic: String,
    pub volume_2023: f64,
    pub unit: Localized,
    pub growth: ProductGrowth,
    pub quote_vi: String,
}

#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Target {
    pub value: f64,
    pub stated_growth_pct: f64,
    pub quote_vi: String,
}

#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct NamedProject {
    pub id: String,
    pub name: Localized,
    pub sector_vsic: String,
    pub capital: f64,
    pub quote_vi: String,
    pub note: Localized,
}

#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Dataset {
    pub dataset_version: u32,
    pub meta: Meta,
    pub total: Total,
    pub sectors: Vec<Sector>,
    pub products: Vec<Product>,
    pub target_2024: Target,
    pub projects: Vec<NamedProject>,
}

/// `data/assumptions.json`: the app's own scenario assumptions (presets,
/// default project parameters, default uncertainty), none of them
/// published by the source.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Assumptions {
    #[serde(rename = "_comment")]
    pub comment: String,
    pub assumptions_version: u32,
    pub default_range_pp: RangeDefault,
    pub default_seed: u64,
    pub project_defaults: Vec<ProjectDefault>,
    pub presets: Vec<Preset>,
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
    pub project_id: String,
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
    pub vsic: String,
    pub growth_pct: f64,
}

#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Preset {
    pub id: String,
    pub name: Localized,
    pub rationale: Localized,
    pub base: PresetBase,
    pub overrides: Vec<GrowthOverride>,
    pub projects_on: Vec<String>,
}
