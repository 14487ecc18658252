//! "Data notes": the rounding facts and the price basis, stated plainly.
//!
//! Every figure here is computed from the bundled dataset (the published
//! growth against the one its rounded values imply, the target's two
//! readings), never typed in, and the versions are the data's and the
//! link format's own constants.
//!
//! The section depends on the edition and the language alone: it is drawn
//! at build time, in the native prerender, for each edition and language
//! (`<template id="notes-2024-vi">`, …), and the app shows that copy
//! (`record::BuiltCopy`). Drawn by the wasm, it cost about 1.1 KB of the
//! first visit; as HTML, next to the prerendered baseline's own copy, a
//! few bytes.

use yew::prelude::*;

use crate::format;
use crate::i18n::strings;
use crate::model::{Data, Lang, TargetReading};

#[derive(Properties, PartialEq)]
pub struct DataNotesProps {
    pub lang: Lang,
    /// The edition's dataset.
    pub data: Data,
}

#[component]
pub fn DataNotes(props: &DataNotesProps) -> Html {
    let lang = props.lang;
    let t = strings(lang);
    let data = props.data;
    let stated_target_growth = format::pct(lang, data.target.stated_growth_pct, 1);
    html! {
        <section class="data-notes" aria-labelledby="data-notes-heading">
            <h2 id="data-notes-heading" tabindex="-1">{ t.data_notes_heading }</h2>
            <ul>
                // Only where the sectors' own growth is published.
                if let Some(implied) = data.implied_total_growth_pct() {
                    <li data-testid="note-total-growth">{ t.note_total_growth(
                        &format::pct(lang, data.total.growth_pct, 1),
                        &format::pct(lang, implied, 2),
                        data.years(),
                    ) }</li>
                }
                <li data-testid="note-target-growth">{ t.note_target_growth(
                    &format::bn_vnd(lang, data.target.value),
                    &format::pct(lang, data.target_growth_pct(), 2),
                    &stated_target_growth,
                    &format::bn_vnd(lang, TargetReading::StatedGrowth.value(&data)),
                    data.years(),
                ) }</li>
                <li data-testid="note-price-basis">{ t.note_price_basis() }</li>
                <li data-testid="note-versions">{ t.note_versions(data.dataset_version, crate::share::code::FORMAT_VERSION) }</li>
            </ul>
        </section>
    }
}
