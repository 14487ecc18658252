//! What happened, beside the verdict, for an edition whose year is over:
//! the total as published, its growth, the target met or missed and by
//! how much, where the scenario stands against it, and the backtest of
//! the app's own method in plain words (`model::edition::Backtest`). The
//! "What you changed" offers to set every sector to what happened
//! (`changes_panel`); each lever shows its sector's actual growth.
//!
//! Draws nothing for an edition whose outcome is not published (2024).

use yew::prelude::*;

use crate::format::{self, ReaderFormat as _};
use crate::i18n::strings;
use crate::model::so_far::RestNeed;
use crate::state::use_app;

#[derive(Properties, PartialEq)]
pub struct OutcomePanelProps {
    /// The scenario's projected total, billion VND.
    pub total: f64,
}

#[component]
pub fn OutcomePanel(props: &OutcomePanelProps) -> Html {
    let app = use_app();
    let edition = app.edition;
    let Some(backtest) = &edition.backtest else {
        return Html::default();
    };
    let reader = app.reader;
    let lang = reader.lang;
    let t = strings(lang);
    let money = |v: f64| format!("{} {}", reader.money(v), reader.unit_label());
    let year = edition.years.target;
    let difference = props.total - backtest.actual_total;
    let so_far = backtest.so_far.as_ref().and_then(|s| match s.needed {
        RestNeed::Growth(needed) => Some(t.outcome_so_far_method(
            &t.month_span(1, s.months),
            &format::signed_pct(lang, needed, 2),
            &format::signed_pct(lang, s.actual_rest_pct, 2),
        )),
        _ => None,
    });
    html! {
        <section class="outcome" aria-labelledby="outcome-heading" data-testid="outcome">
            <h3 id="outcome-heading">{ t.outcome_heading(year) }</h3>
            <p data-testid="outcome-total">{ t.outcome_total(
                &money(backtest.actual_total),
                &format::signed_pct(lang, backtest.actual_growth_pct, 2),
                edition.years.base,
            ) }</p>
            <p data-testid="outcome-target" data-met={backtest.met.to_string()}>{ t.outcome_against_target(
                backtest.met,
                &money(backtest.target),
                &money(backtest.gap.abs()),
            ) }</p>
            <p data-testid="outcome-vs-scenario">{ t.outcome_vs_scenario(difference >= 0.0, &money(difference.abs())) }</p>
            <p class="hint" data-testid="outcome-method">{ t.outcome_method(
                year,
                &money(backtest.all_actual_total),
                &money((backtest.target - backtest.all_actual_total).max(0.0)),
            ) }</p>
            if let Some(text) = so_far {
                <p class="hint" data-testid="outcome-so-far">{ text }</p>
            }
        </section>
    }
}
