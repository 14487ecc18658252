//! A chart's figures as a table: the alternative every chart offers to
//! screen readers, print and "Show as table". One renderer for all of
//! them, as `svg_chart` is for the drawings: each table written with its
//! own `html!` cost the wasm its own copy of the same element code.
//!
//! Invariants: the first column names the row (`th scope="row"`), every
//! other column is a number (`td class="num"`); a row has one cell per
//! column after the first.

use yew::prelude::*;

/// Column titles (the first one titles the row names) and rows of a name
/// and its figures, all as display text.
pub struct DataTable {
    pub columns: Vec<String>,
    pub rows: Vec<(String, Vec<String>)>,
}

pub fn data_table(table: &DataTable) -> Html {
    let header = table.columns.iter().enumerate().map(|(i, title)| {
        html! { <th scope="col" class={(i > 0).then_some("num")}>{ title }</th> }
    });
    let rows = table.rows.iter().map(|(name, figures)| {
        html! {
            <tr>
                <th scope="row">{ name }</th>
                { for figures.iter().map(|f| html! { <td class="num">{ f }</td> }) }
            </tr>
        }
    });
    html! {
        <table class="data-table">
            <thead><tr>{ for header }</tr></thead>
            <tbody>{ for rows }</tbody>
        </table>
    }
}
