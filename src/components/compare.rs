//! Compare: save named scenarios on this device and show up to three side
//! by side (inputs, total, gap, probability). The store is versioned; one
//! this version cannot read is cleared with a message, never a crash.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::Data;
use crate::browser;
use crate::format::{self, ReaderPrefs};
use crate::hooks::use_monte_carlo;
use crate::i18n::{strings, Strings};
use crate::model::scenario::Scenario;
use crate::model::{evaluate, Lang, TargetReading};
use crate::share::code::{decode, encode};
use crate::share::store::{Saved, StoreError, MAX_SAVED, MAX_SAVED_NAME_CHARS, STORE_VERSION};
use crate::state::{use_app, Action, AppContext};

pub const MAX_COMPARED: usize = 3;

/// Reads the current scenario only when saving (through `Latest`), so a
/// scenario edit does not re-render the list.
#[component]
pub fn Compare() -> Html {
    let app = use_app();
    let reader = app.reader;
    let lang = reader.lang;
    let t = strings(lang);
    let data = app.data;
    // Read the store once; a store we cannot read is cleared and explained.
    let notice = use_state(|| None::<String>);
    let saved = {
        let notice = notice.clone();
        use_state(move || load_store_or_explain(lang, &notice))
    };
    let selected = use_state(Vec::<usize>::new);
    let name = use_state(String::new);

    let persist = persist_or_warn(notice.clone(), lang);
    let on_name = name_input_handler(name.clone());
    let on_save = save_handler(&app, saved.clone(), name.clone(), persist.clone());

    let decoded: Vec<Option<Scenario>> = saved
        .iter()
        .map(|s| {
            decode(&s.code, &data, app.assumptions, lang)
                .ok()
                .map(|shared| shared.scenario)
        })
        .collect();

    let items = saved.iter().enumerate().map(|(i, s)| {
        let actions = SavedItemActions {
            toggle: toggle_compared(selected.clone(), i),
            load: load_scenario(&app, decoded[i].clone()),
            remove: remove_saved(saved.clone(), selected.clone(), persist.clone(), i),
        };
        saved_item(t, i, s, decoded[i].is_some(), &selected, actions)
    });

    let columns = selected.iter().filter_map(|&i| {
        let scenario = decoded.get(i)?.clone()?;
        Some(html! { <CompareColumn key={saved[i].code.clone() + &i.to_string()} data={data} name={saved[i].name.clone()} {scenario} {reader} /> })
    });

    html! {
        <section class="compare" aria-labelledby="compare-heading">
            <h2 id="compare-heading">{ t.compare_heading }</h2>
            <p class="notice" role="status" data-testid="store-notice" hidden={notice.is_none()}>{ (*notice).clone().unwrap_or_default() }</p>
            <form class="save-form" onsubmit={on_save}>
                <label>
                    <span>{ t.save_name_label }</span>
                    <input type="text" value={(*name).clone()} maxlength={MAX_SAVED_NAME_CHARS.to_string()}
                           placeholder={t.scenario_n(saved.len() + 1)} oninput={on_name} />
                </label>
                <button type="submit" disabled={saved.len() >= MAX_SAVED}>{ t.save_scenario }</button>
            </form>
            <ul class="saved-list">{ for items }</ul>
            <p class="hint">{ t.compare_hint(MAX_COMPARED) }</p>
            <div class="compare-grid" data-testid="compare-grid">{ for columns }</div>
        </section>
    }
}

fn load_store_or_explain(lang: Lang, notice: &UseStateHandle<Option<String>>) -> Vec<Saved> {
    match browser::load_saved() {
        Ok(list) => list,
        Err(e) => {
            let t = strings(lang);
            let newer = match &e {
                StoreError::Version(v) => v.parse::<u32>().is_ok_and(|v| v > STORE_VERSION),
                StoreError::Corrupt => false,
            };
            // A newer app's store is left alone (this may be an old
            // build served offline); anything else cannot be read by
            // any version, so it is cleared.
            notice.set(Some(match e {
                _ if newer => t.store_newer_kept.to_owned(),
                StoreError::Version(v) => t.store_version_cleared(&v),
                StoreError::Corrupt => t.store_corrupt_cleared.to_owned(),
            }));
            if !newer {
                browser::clear_saved();
            }
            Vec::new()
        }
    }
}

/// A store that refuses the write (full or disabled) is explained: the
/// list on screen would otherwise be lost on reload without a word.
fn persist_or_warn(
    notice: UseStateHandle<Option<String>>,
    lang: Lang,
) -> impl Fn(&[Saved]) + Clone + 'static {
    move |list: &[Saved]| {
        if !browser::store_saved(list) {
            notice.set(Some(strings(lang).store_unavailable.to_owned()));
        }
    }
}

fn name_input_handler(name: UseStateHandle<String>) -> Callback<InputEvent> {
    Callback::from(move |e: InputEvent| {
        name.set(
            e.target_unchecked_into::<HtmlInputElement>()
                .value()
                .chars()
                .take(MAX_SAVED_NAME_CHARS)
                .collect(),
        );
    })
}

fn save_handler(
    app: &AppContext,
    saved: UseStateHandle<Vec<Saved>>,
    name: UseStateHandle<String>,
    persist: impl Fn(&[Saved]) + 'static,
) -> Callback<SubmitEvent> {
    let latest = app.latest.clone();
    let data = app.data;
    let assumptions = app.assumptions;
    let default_name = strings(app.reader.lang).scenario_n(saved.len() + 1);
    Callback::from(move |e: SubmitEvent| {
        e.prevent_default();
        let Some(shared) = latest.shared() else {
            return;
        };
        let code = encode(&shared, &data, assumptions);
        // Re-read first: another tab may have saved since this one loaded.
        let mut list = browser::load_saved().unwrap_or_else(|_| (*saved).clone());
        if list.len() >= MAX_SAVED {
            return;
        }
        let label = if name.trim().is_empty() {
            default_name.clone()
        } else {
            name.trim().to_owned()
        };
        list.push(Saved { name: label, code });
        persist(&list);
        saved.set(list);
        name.set(String::new());
    })
}

fn toggle_compared(selected: UseStateHandle<Vec<usize>>, i: usize) -> Callback<Event> {
    Callback::from(move |_| {
        let mut next = (*selected).clone();
        if let Some(pos) = next.iter().position(|&k| k == i) {
            next.remove(pos);
        } else if next.len() < MAX_COMPARED {
            next.push(i);
        }
        selected.set(next);
    })
}

/// Loading replaces the scenario only: the reader's language and units are
/// theirs, whatever the saved scenario was read in.
fn load_scenario(app: &AppContext, scenario: Option<Scenario>) -> Callback<MouseEvent> {
    let dispatch = app.dispatch.clone();
    Callback::from(move |_| {
        if let Some(s) = scenario.clone() {
            dispatch.dispatch(Action::Replace(Box::new(s)));
        }
    })
}

/// Removing shifts the later entries down, so the selection follows them.
fn remove_saved(
    saved: UseStateHandle<Vec<Saved>>,
    selected: UseStateHandle<Vec<usize>>,
    persist: impl Fn(&[Saved]) + 'static,
    i: usize,
) -> Callback<MouseEvent> {
    Callback::from(move |_| {
        let mut list = (*saved).clone();
        list.remove(i);
        persist(&list);
        saved.set(list);
        selected.set(
            selected
                .iter()
                .filter(|&&k| k != i)
                .map(|&k| if k > i { k - 1 } else { k })
                .collect(),
        );
    })
}

struct SavedItemActions {
    toggle: Callback<Event>,
    load: Callback<MouseEvent>,
    remove: Callback<MouseEvent>,
}

fn saved_item(
    t: &Strings,
    i: usize,
    s: &Saved,
    readable: bool,
    selected: &[usize],
    actions: SavedItemActions,
) -> Html {
    let SavedItemActions {
        toggle,
        load,
        remove,
    } = actions;
    let is_selected = selected.contains(&i);
    html! {
        <li data-testid={format!("saved-{i}")}>
            <label>
                <input type="checkbox" checked={is_selected} disabled={!readable || (!is_selected && selected.len() >= MAX_COMPARED)}
                       onchange={toggle} />
                <span class="saved-name">{ &s.name }</span>
            </label>
            <span class="field-error" hidden={readable}>{ t.saved_unreadable }</span>
            <button type="button" onclick={load} disabled={!readable}
                    aria-label={format!("{} {}", t.load_saved, s.name)}>{ t.load_saved }</button>
            <button type="button" class="remove" onclick={remove} aria-label={t.delete_saved(&s.name)}>{ "✕" }</button>
        </li>
    }
}

#[derive(Properties, PartialEq)]
struct CompareColumnProps {
    data: Data,
    name: String,
    scenario: Scenario,
    reader: ReaderPrefs,
}

#[component]
fn CompareColumn(props: &CompareColumnProps) -> Html {
    let reader = props.reader;
    let lang = reader.lang;
    let t = strings(lang);
    let data = props.data;
    let s = &props.scenario;
    let outcome = evaluate(&data, &s.growth_pct, &s.projects, s.target);
    let mc = use_monte_carlo(s.mc_spec(&data));
    let unit = reader.unit_label();
    let growth = data.sectors.iter().zip(&s.growth_pct).map(|(sector, g)| {
        html! { <li>{ format!("{}: {} %", sector.name.get(lang), format::signed_pct(lang, *g, 2)) }</li> }
    });
    let projects: Vec<String> = s
        .projects
        .iter()
        .filter(|p| p.enabled)
        .map(|p| {
            format!(
                "{} ({})",
                t.project_name(&data, p),
                reader.signed_money(p.output_2024())
            )
        })
        .collect();
    let probability = match (&mc.summary, mc.running) {
        (Some(summary), false) => {
            format!("{} %", format::pct(lang, summary.probability * 100.0, 1))
        }
        _ => t.mc_pending.to_owned(),
    };
    html! {
        <article class="compare-column" data-testid="compare-column">
            <h3>{ &props.name }</h3>
            <dl>
                <dt>{ t.levers_heading }</dt>
                <dd><ul>{ for growth }</ul></dd>
                <dt>{ t.projects_editor_heading }</dt>
                <dd>{ if projects.is_empty() { t.none.to_owned() } else { projects.join("; ") } }</dd>
                <dt>{ t.target_reading_legend }</dt>
                <dd>{ match s.target { TargetReading::Absolute => t.reading_absolute_short, TargetReading::StatedGrowth => t.reading_stated_short } }</dd>
                <dt>{ t.projected_total }</dt>
                <dd data-testid="compare-total">{ format!("{} {unit}", reader.money(outcome.projection.total_2024)) }</dd>
                <dt>{ t.gap_label }</dt>
                <dd data-testid="compare-gap" class={if outcome.verdict.met { "met" } else { "not-met" }}>
                    { format!("{} {unit}", reader.signed_money(outcome.verdict.gap)) }
                    { format!(" ({})", if outcome.verdict.met { t.verdict_met } else { t.verdict_not_met }) }
                </dd>
                <dt>{ t.mc_probability }</dt>
                <dd data-testid="compare-probability">{ probability }</dd>
            </dl>
        </article>
    }
}
