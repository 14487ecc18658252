//! "Data notes": the rounding facts and the price basis, stated plainly.
//!
//! Every figure here is computed from the bundled dataset (the published
//! growth against the one its rounded values imply, the target's two
//! readings), never typed in, and the versions are the data's and the
//! link format's own constants; the section reads only the language.

use yew::prelude::*;

use crate::format;
use crate::i18n::strings;
use crate::model::TargetReading;
use crate::state::use_app;

/// Depends on the language and the data only: a scenario edit never
/// re-renders it.
#[component]
pub fn DataNotes() -> Html {
    let app = use_app();
    let lang = app.reader.lang;
    let t = strings(lang);
    let data = app.data;
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
