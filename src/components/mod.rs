//! The views. Sections are components that read the data, assumptions,
//! reader preferences and dispatcher from `AppContext` and take as props
//! only the slices of the scenario they show, so each re-renders only when
//! its own inputs change. Small stateless parts inside a section stay
//! plain `view(&Props) -> Html` functions: every component type adds
//! generic lifecycle code to the wasm, and they would gain nothing.

pub mod banner;
pub mod baseline_view;
pub mod changes_panel;
pub mod chart_panels;
pub mod compare;
pub mod data_notes;
pub mod edition_picker;
pub mod embed_view;
pub mod explain;
pub mod figure;
pub mod full_view;
pub mod header;
pub mod history_bar;
pub mod levers;
pub mod number_field;
pub mod outcome_panel;
pub mod overview;
pub mod page_index;
pub mod pictures;
pub mod presenter_view;
pub mod preset_bar;
pub mod products;
pub mod project_list;
pub mod record;
pub mod scenario_panel;
pub mod sections;
pub mod sector_table;
pub mod select_field;
pub mod share_panel;
pub mod shortcuts_dialog;
pub mod so_far_panel;
pub mod target_picker;
pub mod uncertainty;
pub mod unit_picker;
pub mod verdict_panel;

pub use crate::model::Data;
