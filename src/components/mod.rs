//! One view per file. Each takes the data, the language and `Callback<T>`
//! props; none keeps scenario state of its own. Views with local UI state
//! (a draft, a sort order, an open tooltip) are components; stateless ones
//! are plain `view(&Props) -> Html` functions, since every component type
//! adds kilobytes of generic lifecycle code to the wasm.

pub mod compare;
pub mod data_notes;
pub mod figure;
pub mod header;
pub mod levers;
pub mod number_field;
pub mod preset_bar;
pub mod products;
pub mod project_list;
pub mod sector_table;
pub mod select_field;
pub mod share_panel;
pub mod target_picker;
pub mod uncertainty;
pub mod unit_picker;
pub mod verdict_panel;

use std::ops::Deref;

use crate::model::Dataset;

/// The bundled dataset as a prop: compared by address, since it is one
/// static value for the life of the page.
#[derive(Clone, Copy, Debug)]
pub struct Data(pub &'static Dataset);

impl PartialEq for Data {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.0, other.0)
    }
}

impl Deref for Data {
    type Target = Dataset;

    fn deref(&self) -> &Dataset {
        self.0
    }
}
