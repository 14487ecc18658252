//! What happened, beside the verdict, for an edition whose year is over:
//! the total as published, its growth, the target met or missed and by
//! how much, and where the scenario stands against it
//! (`model::catalog::Happened`); a link to the record, which says in plain
//! words how the app's own method fares (drawn at build time, so the page
//! carries those words once). "What you changed" offers to set every
//! sector to what happened (`changes_panel`); each lever shows its
//! sector's actual growth.
//!
//! Draws nothing for an edition whose outcome is not published (2024).
//! A view function, not a component: the verdict panel that draws it
//! re-renders when it would (each component type costs the wasm about
//! 1 KB of generic code).

use yew::prelude::*;

use crate::format::{self, ReaderFormat as _};
use crate::i18n::strings;
use crate::model::page_index::Landmark;
use crate::state::AppContext;

/// `total` is the scenario's projected total, billion VND.
pub fn outcome_view(app: &AppContext, total: f64) -> Html {
    let edition = app.edition;
    let Some(happened) = edition.happened() else {
        return Html::default();
    };
    let reader = app.reader;
    let lang = reader.lang;
    let t = strings(lang);
    let money = |v: f64| format!("{} {}", reader.money(v), reader.unit_label());
    let difference = total - happened.total;
    let happened = t.outcome_summary(
        [
            &money(happened.total),
            &format::signed_pct(lang, happened.growth_pct, 2),
            &money(happened.target),
            &money(happened.gap.abs()),
            &money(difference.abs()),
        ],
        edition.years.base,
        happened.met,
        // Within the figures' rounding (0.1 billion VND), the same total.
        (difference.abs() >= 0.05).then_some(difference > 0.0),
    );
    html! {
        <section class="outcome" aria-labelledby="outcome-heading" data-testid="outcome">
            <h3 id="outcome-heading">{ t.outcome_heading(edition.years.target) }</h3>
            <p>{ happened }</p>
            <p class="hint"><a href={format!("#{}", Landmark::Record.id())}>{ t.outcome_method() }</a></p>
        </section>
    }
}
