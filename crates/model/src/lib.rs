//! The pure model: the bundled dataset and every calculation the UI shows.
//!
//! Nothing under `model` imports yew, web-sys or js-sys, so every number on
//! screen can be computed and tested natively with `cargo test`.

pub mod catalog;
pub mod changes;
pub mod dataset;
pub mod dataset_check;
pub mod decimal;
pub mod edition;
pub mod edition_schema;

/// The bundled data files, compiled into Rust by build.rs.
mod generated {
    use super::edition_schema::*;
    use super::schema::*;
    include!(concat!(env!("OUT_DIR"), "/bundled_data.rs"));
}

pub mod errors;
pub mod explain;
pub mod explore;
pub mod growth_input;
pub mod history;
pub mod montecarlo;
pub mod page_index;
pub mod precision;
pub mod presets;
pub mod projection;
pub mod projects;
pub mod published;
pub mod reader;
pub mod scenario;
pub mod schema;
pub mod sensitivity;
pub mod shortcuts;
pub mod so_far;
pub mod units;
pub mod years;

pub use dataset::{Data, Dataset, Lang, Localized, Product, ProductGrowth, Sector};
pub use projection::{evaluate, Outcome, Projection, TargetReading, Verdict};
pub use years::Years;
