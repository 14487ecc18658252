//! Charts drawn by the app as SVG: pure geometry in `geometry`, one generic
//! renderer in `svg_chart` and one for their tables in `data_table`, and
//! one `view(&Props) -> Html` per chart that turns the scenario into a spec
//! with localized texts. The views are plain functions, not components, as
//! `components` says of small stateless parts: a component type adds
//! lifecycle code to the wasm, and they would gain nothing.

pub mod data_table;
pub mod geometry;
pub mod histogram;
pub mod levels;
pub mod shares;
pub mod so_far;
pub mod svg_chart;
pub mod tornado;
pub mod waterfall;
