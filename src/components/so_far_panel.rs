//! "2024 so far": three fields for the latest published cumulative figure,
//! and what they imply for the rest of the year.
//!
//! The fields keep the text as typed: it is rewritten only when the entry
//! in force changes from elsewhere (undo, a load, a link) to something the
//! text does not say, and, on a language switch, a valid entry is written
//! again in the new notation ("50,000" → "50.000"); half-typed text stays.
//! Whenever the three read as a valid entry it goes up as `SetSoFar`; all
//! three empty clears it; anything else is explained beside its field and
//! the scenario keeps its last valid entry.

use std::cell::RefCell;
use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::explain::Explain;
use crate::format::ReaderFormat as _;
use crate::format::{self, NumberStyle, ReaderPrefs};
use crate::i18n::{strings, Strings};
use crate::model::explain;
use crate::model::growth_input::MAX_GROWTH_PCT;
use crate::model::published::Published;
use crate::model::so_far::{read_so_far, RestNeed, SoFar, SoFarEntry, SoFarFigures};
use crate::model::{Dataset, Lang, Outcome, Years};
use crate::state::{use_app, Action, AppContext};

#[derive(Properties, PartialEq)]
pub struct SoFarPanelProps {
    /// The scenario's outcome; its `so_far` is the entry in force.
    pub outcome: Rc<Outcome>,
    /// The scenario's growth, for the formula of the rest's growth.
    pub growth_pct: Vec<f64>,
}

const FIELD_IDS: [&str; 3] = ["so-far-months", "so-far-value", "so-far-growth"];

fn shown(so_far: Option<SoFar>, lang: Lang) -> [String; 3] {
    match so_far {
        None => Default::default(),
        Some(s) => [
            s.months.to_string(),
            format::number(lang, s.value, NumberStyle::editable(1)),
            format::number(lang, s.growth_pct, NumberStyle::editable(2)),
        ],
    }
}

#[component]
pub fn SoFarPanel(props: &SoFarPanelProps) -> Html {
    let app = use_app();
    let reader = app.reader;
    let lang = reader.lang;
    let t = strings(lang);
    let total_2023 = app.data.total.value;
    let years = app.data.years();
    let applied = props.outcome.so_far.map(|f| f.so_far);
    let texts: Rc<RefCell<[String; 3]>> = use_mut_ref(|| shown(applied, lang));
    let synced = use_mut_ref(|| (applied, lang));
    follow_outside_changes(&texts, &synced, applied, lang, total_2023);
    let redraw = use_force_update();
    let current = texts.borrow().clone();
    let entry = read_so_far(&current[0], &current[1], &current[2], lang, total_2023);

    let on_input = |field: usize| {
        let texts = texts.clone();
        let redraw = redraw.clone();
        let dispatch = app.dispatch.clone();
        Callback::from(move |e: InputEvent| {
            let text = e.target_unchecked_into::<HtmlInputElement>().value();
            texts.borrow_mut()[field] = text;
            let t = texts.borrow().clone();
            match read_so_far(&t[0], &t[1], &t[2], lang, total_2023) {
                SoFarEntry::Valid(s) if applied != Some(s) => {
                    dispatch.dispatch(Action::SetSoFar(Some(s)).into())
                }
                SoFarEntry::Empty if applied.is_some() => {
                    dispatch.dispatch(Action::SetSoFar(None).into())
                }
                _ => {}
            }
            redraw.force_update();
        })
    };
    let on_clear = {
        let texts = texts.clone();
        let redraw = redraw.clone();
        let dispatch = app.dispatch.clone();
        Callback::from(move |_: MouseEvent| {
            *texts.borrow_mut() = Default::default();
            dispatch.dispatch(Action::SetSoFar(None).into());
            redraw.force_update();
        })
    };
    let errors = match entry {
        SoFarEntry::Invalid(errors) => errors,
        _ => [None; 3],
    };
    let total_text = format::bn_vnd(lang, total_2023);
    let labels = [
        t.so_far_months_label(years),
        t.so_far_value_label(years),
        t.so_far_growth_label(years),
    ];
    let fields = (0..3).map(|k| {
        field(
            k,
            &labels[k],
            &current[k],
            errors[k].map(|e| t.so_far_error(e, &total_text, years)),
            on_input(k),
        )
    });
    let kept = kept_note(t, &entry, applied, lang);
    let figures = props
        .outcome
        .so_far
        .map(|f| {
            derived(
                t,
                reader,
                &app.data,
                (&props.outcome, &props.growth_pct),
                &f,
            )
        })
        .unwrap_or_default();
    html! {
        <section class={if applied.is_some() { "so-far filled" } else { "so-far" }} aria-labelledby="so-far-heading" data-testid="so-far">
            <h2 id="so-far-heading" tabindex="-1">{ t.so_far_heading(years) }</h2>
            <p class="hint">{ t.so_far_intro() }</p>
            <div class="so-far-fields">{ for fields }</div>
            { published_offers(t, lang, &app, applied) }
            <p class="so-far-kept" hidden={kept.is_empty()}>{ kept }</p>
            { figures }
            <button type="button" class="secondary" onclick={on_clear}
                hidden={applied.is_none() && matches!(entry, SoFarEntry::Empty)}>
                { t.so_far_clear() }
            </button>
        </section>
    }
}

/// While the fields do not read as an entry, the one the scenario keeps
/// using, so the reader knows nothing was lost.
fn kept_note(t: &Strings, entry: &SoFarEntry, applied: Option<SoFar>, lang: Lang) -> String {
    match (entry, applied) {
        (SoFarEntry::Invalid(_), Some(s)) => {
            let kept = shown(Some(s), lang);
            t.still_using(&format!(
                "{} · {} · {} %",
                t.month_span(1, s.months),
                kept[1],
                kept[2]
            ))
        }
        _ => String::new(),
    }
}

/// Rewrites the text when the entry in force changed from elsewhere to one
/// it does not say, or when the language changed under a valid entry.
fn follow_outside_changes(
    texts: &RefCell<[String; 3]>,
    synced: &RefCell<(Option<SoFar>, Lang)>,
    so_far: Option<SoFar>,
    lang: Lang,
    total_2023: f64,
) {
    let (last_so_far, last_lang) = *synced.borrow();
    if last_so_far == so_far && last_lang == lang {
        return;
    }
    let says = |lang| {
        let t = texts.borrow();
        match read_so_far(&t[0], &t[1], &t[2], lang, total_2023) {
            SoFarEntry::Valid(s) => Some(s) == so_far,
            SoFarEntry::Empty => so_far.is_none(),
            SoFarEntry::Invalid(_) => false,
        }
    };
    let rewrite = if last_lang != lang {
        says(last_lang)
    } else {
        !says(lang)
    };
    if rewrite {
        *texts.borrow_mut() = shown(so_far, lang);
    }
    *synced.borrow_mut() = (so_far, lang);
}

/// One of the three fields, with its message beside it.
fn field(
    k: usize,
    label: &str,
    text: &str,
    error: Option<String>,
    oninput: Callback<InputEvent>,
) -> Html {
    let id = FIELD_IDS[k];
    let message_id = format!("{id}-error");
    let invalid = error.is_some();
    html! {
        <div class={if invalid { "so-far-field invalid" } else { "so-far-field" }}>
            <label for={id}>{ label }</label>
            <input {id} type="text" inputmode={if k == 0 { "numeric" } else { "decimal" }}
                autocomplete="off" spellcheck="false"
                value={text.to_owned()}
                aria-invalid={invalid.to_string()}
                aria-describedby={invalid.then(|| message_id.clone())}
                {oninput} />
            <span class="field-error" id={message_id} role="alert" hidden={!invalid}>
                { error.unwrap_or_default() }
            </span>
        </div>
    }
}

/// What the remaining months need, in words where a number would mislead;
/// also said in the verdict (and so on the presenter view).
pub fn need_text(
    t: &Strings,
    reader: ReaderPrefs,
    years: Years,
    outcome: &Outcome,
    f: &SoFarFigures,
) -> String {
    let lang = reader.lang;
    let unit = reader.unit_label();
    let months = f.so_far.months;
    let remaining = t.month_span(months.saturating_add(1).min(12), 12);
    let verdict = &outcome.verdict;
    match f.need {
        RestNeed::Growth(pct) => t.rest_needs(
            &remaining,
            &format::signed_pct(lang, pct, 2),
            &reader.money(verdict.target),
            unit,
            years,
        ),
        RestNeed::AlreadyReached => t.rest_needs_nothing(&reader.money(verdict.target), unit),
        RestNeed::BeyondLevers(pct) => t.rest_needs_beyond(
            &remaining,
            &format::signed_pct(lang, pct, 1),
            &format::signed_pct(lang, MAX_GROWTH_PCT, 0),
            years,
        ),
        RestNeed::YearComplete => t.year_complete(
            verdict.met,
            &reader.money(outcome.projection.total_2024),
            &reader.money(verdict.gap.abs()),
            unit,
            years,
        ),
    }
}

/// The derived figures, each with its formula in words.
fn derived(
    t: &Strings,
    reader: ReaderPrefs,
    data: &Dataset,
    (outcome, growth_pct): (&Outcome, &[f64]),
    f: &SoFarFigures,
) -> Html {
    let lang = reader.lang;
    let unit = reader.unit_label();
    let months = f.so_far.months;
    let covered = t.month_span(1, months);
    let remaining = t.month_span(months.saturating_add(1).min(12), 12);
    let complete = f.so_far.is_complete_year();
    let projects: f64 = outcome.project_output.iter().sum();
    let years = data.years();
    html! {
        <div class="so-far-derived">
            <ul>
                <li data-testid="so-far-same-period">{ t.same_period_base(&covered, &reader.money(f.same_period_2023), unit, years) }
                    <Explain id="same-period" explanation={explain::same_period_2023(f)} /></li>
                if !complete {
                    <li data-testid="so-far-rest-2023">{ t.rest_of_base(&remaining, &reader.money(f.rest_2023), unit, years) }
                        <Explain id="rest-2023" explanation={explain::rest_2023(data, f)} /></li>
                }
            </ul>
            <div class="so-far-need" data-testid="so-far-need">
                { need_text(t, reader, years, outcome, f) }
                if let Some(explanation) = explain::rest_need(f, outcome.verdict.target) {
                    <Explain id="rest-need" {explanation} />
                }
            </div>
            if !complete {
                <div data-testid="so-far-scenario">{ t.scenario_gives_rest(
                    &format::signed_pct(lang, f.scenario_rest_pct, 2),
                    &reader.money(f.rest_2024),
                    &reader.money(outcome.projection.total_2024),
                    unit,
                    (projects != 0.0).then(|| reader.money(projects)).as_deref(),
                    years,
                ) }
                <Explain id="scenario-rest" explanation={explain::scenario_rest(outcome, growth_pct, f)} /></div>
                <p class="assumption">{ t.so_far_assumption(&covered, years) }</p>
            }
        </div>
    }
}

/// The province's published cumulative figures of the edition's target
/// year, each a button that fills the three fields (through the scenario,
/// as a typed entry would).
fn published_offers(t: &Strings, lang: Lang, app: &AppContext, applied: Option<SoFar>) -> Html {
    let published = Published::bundled();
    let offers = &app.edition.so_far;
    if offers.is_empty() {
        return Html::default();
    }
    let items = offers.iter().map(|&(figure, so_far)| {
        let dispatch = app.dispatch.clone();
        let onclick = Callback::from(move |_: MouseEvent| {
            dispatch.dispatch(Action::SetSoFar(Some(so_far)).into())
        });
        let label = t.published_offer(
            figure.label.get(lang),
            &format::number(lang, so_far.value, NumberStyle::plain(0)),
            t.unit_bn_vnd,
            &format!("{} %", format::signed_pct(lang, so_far.growth_pct, 1)),
        );
        let source = published.source(&figure.source);
        html! {
            <li>
                <button type="button" class="secondary" {onclick}
                    aria-pressed={(applied == Some(so_far.quantized())).to_string()}
                    data-testid={format!("so-far-use-{}", figure.id)}>{ label }</button>
                <span class="so-far-source">
                    { for source.map(|s| html! { <a href={s.url.to_string()} rel="noreferrer">{ format!("{}, {}", s.publisher, s.date) }</a> }) }
                    { if figure.value_is_lower_bound { format!(". {}", t.published_lower_bound()) } else { String::new() } }
                </span>
            </li>
        }
    });
    html! {
        <div class="so-far-published" data-testid="so-far-published">
            <p>{ t.published_offers_heading() }</p>
            <ul>{ for items }</ul>
        </div>
    }
}
