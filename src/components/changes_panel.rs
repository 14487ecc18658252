//! "What you changed": the inputs that differ from the baseline, each with
//! its effect on the 2024 total, and one click back to the baseline (which
//! undo takes back like any step). Follows the scenario once edits rest.

use std::rc::Rc;

use yew::prelude::*;

use crate::format;
use crate::format::ReaderFormat as _;
use crate::i18n::{strings, Strings};
use crate::model::changes::{changes, Change, ChangeKind};
use crate::model::reader::ReaderPrefs;
use crate::model::Dataset;
use crate::state::{use_app, Action, Scenario};

#[derive(Properties, PartialEq)]
pub struct ChangesPanelProps {
    pub scenario: Rc<Scenario>,
}

#[component]
pub fn ChangesPanel(props: &ChangesPanelProps) -> Html {
    let app = use_app();
    let reader = app.reader;
    let t = strings(reader.lang);
    let (data, assumptions) = (app.data, app.assumptions);
    let list = changes(&data, assumptions, &props.scenario);
    let on_baseline = {
        let dispatch = app.dispatch.clone();
        Callback::from(move |_: MouseEvent| {
            let base = Scenario::baseline(&data, assumptions);
            dispatch.dispatch(Action::Replace(Box::new(base)).into());
        })
    };
    // An edition whose year is over: every sector to what happened.
    let to_actual = app.edition.actual_growth().map(|actual| {
        let dispatch = app.dispatch.clone();
        Callback::from(move |_: MouseEvent| {
            dispatch.dispatch(Action::SetAllGrowth(actual.clone()).into());
        })
    });
    let items = list.iter().map(|c| {
        let (what, effect) = describe(t, reader, &data, &props.scenario, c);
        html! { <li><span>{ what }</span>{ ": " }<span class="effect">{ effect }</span></li> }
    });
    html! {
        <section class="changes" aria-labelledby="changes-heading" data-testid="changes">
            <h2 id="changes-heading">{ t.changes_heading() }</h2>
            if list.is_empty() && data.base_growth_published() {
                <p class="hint">{ t.changes_none(app.data.years()) }</p>
            } else if list.is_empty() {
                <p class="hint">{ t.changes_none_on_path(data.years().base) }</p>
            } else {
                <ul>{ for items }</ul>
                <p class="hint">{ t.changes_note(app.data.years()) }</p>
                <button type="button" onclick={on_baseline}>{ t.return_to_baseline() }</button>
            }
            if let Some(onclick) = to_actual {
                <button type="button" data-testid="reset-to-actual" {onclick}>{ t.reset_to_actual() }</button>
            }
        </section>
    }
}

fn describe(
    t: &Strings,
    reader: ReaderPrefs,
    data: &Dataset,
    scenario: &Scenario,
    change: &Change,
) -> (String, String) {
    let lang = reader.lang;
    let unit = reader.unit_label();
    let years = data.years();
    let what = match &change.kind {
        ChangeKind::Growth { sector, from, to } => t.change_growth(
            data.sectors[*sector].name.get(lang),
            &format::signed_pct(lang, *from, 1),
            &format::signed_pct(lang, *to, 2),
        ),
        ChangeKind::TargetReading { from, to } => t.change_target(
            &format::signed_pct(lang, data.target.stated_growth_pct, 1),
            &reader.money(*from),
            &reader.money(*to),
            unit,
            years,
        ),
        ChangeKind::Project { index, added } => {
            let project = &scenario.projects[*index];
            t.change_project(&t.project_name(data, project), *added, project.enabled)
        }
        ChangeKind::ProjectRemoved { data_index } => {
            t.change_project_removed(data.projects[*data_index].name.get(lang))
        }
        ChangeKind::Uncertainty => t.change_uncertainty().to_owned(),
        ChangeKind::SoFar(s) => t.change_so_far(
            &t.month_span(1, s.months),
            &reader.money(s.value),
            &format::signed_pct(lang, s.growth_pct, 2),
            unit,
            years,
        ),
    };
    (
        what,
        t.change_effect(&reader.signed_money(change.effect), unit, years),
    )
}
