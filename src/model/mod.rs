//! The pure model: the bundled dataset and every calculation the UI shows.
//!
//! Nothing under `model` imports yew, web-sys or js-sys, so every number on
//! screen can be computed and tested natively with `cargo test`.

pub mod dataset;
pub mod explore;
pub mod growth_input;
pub mod projection;
pub mod schema;
pub mod units;

pub use dataset::{Dataset, Lang, Localized, Product, ProductGrowth, Sector};
pub use projection::{evaluate, Outcome, Projection, TargetReading, Verdict};
