//! Compare: save named scenarios on this device and show up to three side
//! by side (inputs, total, gap, probability). The store is versioned; one
//! this version cannot read is cleared with a message, never a crash.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::Data;
use crate::browser;
use crate::format::ReaderFormat as _;
use crate::format::{self, ReaderPrefs};
use crate::hooks::use_monte_carlo;
use crate::i18n::{strings, Strings};
use crate::model::catalog::{Catalog, EditionRef};
use crate::model::scenario::Scenario;
use crate::model::TargetReading;
use crate::share::code::{decode_in, encode};
use crate::share::store::{
    apply_edit, unreadable_notice, Saved, StoreEdit, StoreNotice, MAX_SAVED, MAX_SAVED_NAME_CHARS,
};
use crate::state::{use_app, Action, AppContext, OpenRequest};

pub const MAX_COMPARED: usize = 3;

/// Reads the current scenario only when saving (through `Latest`), so a
/// scenario edit does not re-render the list. Every save and delete is
/// applied to the store as it is at that moment (`share::store::
/// apply_edit`), and the list follows other tabs' changes (`storage`
/// events): nothing one tab saved is ever dropped by another.
#[component]
pub fn Compare() -> Html {
    let app = use_app();
    let reader = app.reader;
    let lang = reader.lang;
    let t = strings(lang);
    let data = app.data;
    // Read the store once; a store we cannot read is cleared and explained.
    let notice = use_state(|| None::<StoreNotice>);
    let saved = {
        let notice = notice.clone();
        use_state(move || load_store_or_explain(&notice))
    };
    use_other_tabs(saved.clone());
    // Compared entries by value: positions change when other tabs edit.
    let selected = use_state(Vec::<Saved>::new);
    let name = use_state(String::new);
    let store = StoreWriter {
        saved: saved.clone(),
        notice: notice.clone(),
    };
    let on_name = name_input_handler(name.clone());
    let on_save = save_handler(&app, store.clone(), name.clone());

    // A scenario of another edition is listed with it and opens it; only
    // this edition's can be compared side by side.
    let decoded: Vec<Result<(EditionRef, Scenario), ()>> = saved
        .iter()
        .map(|s| {
            decode_in(&s.code, Catalog::bundled(), lang)
                .map(|(edition, shared)| (EditionRef(edition), shared.scenario))
                .map_err(drop)
        })
        .collect();
    let here = |i: usize| match &decoded[i] {
        Ok((edition, scenario)) if *edition == app.edition => Some(scenario.clone()),
        _ => None,
    };
    let shown: Vec<&Saved> = selected.iter().filter(|s| saved.contains(s)).collect();

    let items = saved.iter().enumerate().map(|(i, s)| {
        let actions = SavedItemActions {
            toggle: toggle_compared(selected.clone(), s.clone()),
            load: load_scenario(&app, decoded[i].clone(), &s.code),
            remove: remove_saved(store.clone(), selected.clone(), s.clone()),
        };
        let is_selected = shown.contains(&s);
        let can_select = is_selected || shown.len() < MAX_COMPARED;
        let edition = decoded[i].as_ref().ok().map(|(e, _)| e.label.get(lang));
        let comparable = here(i).is_some();
        saved_item(
            t,
            (i, s, edition),
            comparable,
            (is_selected, can_select),
            actions,
        )
    });

    let columns = saved.iter().enumerate().filter(|(_, s)| shown.contains(s)).filter_map(|(i, s)| {
        let scenario = here(i)?;
        Some(html! { <CompareColumn key={s.code.clone() + &s.name} data={data} name={s.name.clone()} {scenario} {reader} /> })
    });

    html! {
        <section class="compare" aria-labelledby="compare-heading">
            <h2 id="compare-heading" tabindex="-1">{ t.compare_heading }</h2>
            <p class="notice" role="status" data-testid="store-notice" hidden={notice.is_none()}>{ notice.as_ref().map(|n| t.store_notice(n)).unwrap_or_default() }</p>
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

fn load_store_or_explain(notice: &UseStateHandle<Option<StoreNotice>>) -> Vec<Saved> {
    match browser::load_saved() {
        Ok(list) => list,
        Err(error) => {
            let told = unreadable_notice(error);
            if told != StoreNotice::NewerKept {
                browser::clear_saved();
            }
            notice.set(Some(told));
            Vec::new()
        }
    }
}

/// Another tab saved or deleted: show the store as it now is. The
/// listener lives in a memo, for the section's life (a memo costs the
/// wasm less than an effect).
#[hook]
fn use_other_tabs(saved: UseStateHandle<Vec<Saved>>) {
    use_memo((), move |_| {
        browser::on_window("storage", move || {
            if let Ok(list) = browser::load_saved() {
                saved.set(list);
            }
        })
    });
}

/// Writes edits to the store and says why one was refused: a newer
/// version's store, a full list, or a browser that will not store.
#[derive(Clone)]
struct StoreWriter {
    saved: UseStateHandle<Vec<Saved>>,
    notice: UseStateHandle<Option<StoreNotice>>,
}

impl StoreWriter {
    fn write(&self, edit: StoreEdit) -> bool {
        let refused = match apply_edit(browser::load_saved(), edit) {
            Ok(list) if browser::store_saved(&list) => {
                self.saved.set(list);
                return true;
            }
            Ok(_) => StoreNotice::Unavailable,
            Err(refused) => StoreNotice::Refused(refused),
        };
        self.notice.set(Some(refused));
        false
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
    store: StoreWriter,
    name: UseStateHandle<String>,
) -> Callback<SubmitEvent> {
    let latest = app.latest.clone();
    let data = app.data;
    let assumptions = app.assumptions;
    let default_name = strings(app.reader.lang).scenario_n(store.saved.len() + 1);
    Callback::from(move |e: SubmitEvent| {
        e.prevent_default();
        let Some(shared) = latest.shared() else {
            return;
        };
        let code = encode(&shared, &data, assumptions);
        let label = if name.trim().is_empty() {
            default_name.clone()
        } else {
            name.trim().to_owned()
        };
        if store.write(StoreEdit::Add(Saved { name: label, code })) {
            name.set(String::new());
        }
    })
}

fn toggle_compared(selected: UseStateHandle<Vec<Saved>>, item: Saved) -> Callback<Event> {
    Callback::from(move |_| {
        let mut next = (*selected).clone();
        if let Some(pos) = next.iter().position(|k| *k == item) {
            next.remove(pos);
        } else if next.len() < MAX_COMPARED {
            next.push(item.clone());
        }
        selected.set(next);
    })
}

/// Loading replaces the scenario only: the reader's language and units are
/// theirs, whatever the saved scenario was read in.
/// Loads a scenario of this edition in place; one of another edition
/// opens that edition with it.
fn load_scenario(
    app: &AppContext,
    decoded: Result<(EditionRef, Scenario), ()>,
    code: &str,
) -> Callback<MouseEvent> {
    let (dispatch, open, current) = (app.dispatch.clone(), app.open_edition.clone(), app.edition);
    let code = code.to_owned();
    Callback::from(move |_| match &decoded {
        Ok((edition, s)) if *edition == current => {
            dispatch.dispatch(Action::Replace(Box::new(s.clone())).into());
        }
        Ok((edition, _)) => open.emit(OpenRequest {
            edition: edition.id,
            code: Some(code.clone()),
        }),
        Err(()) => {}
    })
}

fn remove_saved(
    store: StoreWriter,
    selected: UseStateHandle<Vec<Saved>>,
    item: Saved,
) -> Callback<MouseEvent> {
    Callback::from(move |_| {
        if store.write(StoreEdit::Remove(item.clone())) {
            selected.set(selected.iter().filter(|&k| *k != item).cloned().collect());
        }
    })
}

struct SavedItemActions {
    toggle: Callback<Event>,
    load: Callback<MouseEvent>,
    remove: Callback<MouseEvent>,
}

/// One saved entry; `(is_selected, can_select)` for its compare box.
/// `edition` is the label of the edition the entry belongs to (`None`:
/// unreadable); only an entry of the open edition is `comparable`.
fn saved_item(
    t: &Strings,
    (i, s, edition): (usize, &Saved, Option<&str>),
    comparable: bool,
    (is_selected, can_select): (bool, bool),
    actions: SavedItemActions,
) -> Html {
    let readable = edition.is_some();
    let SavedItemActions {
        toggle,
        load,
        remove,
    } = actions;
    html! {
        <li data-testid={format!("saved-{i}")}>
            <label>
                <input type="checkbox" checked={is_selected} disabled={!comparable || !can_select}
                       onchange={toggle} />
                <span class="saved-name">{ &s.name }</span>
            </label>
            if let Some(label) = edition {
                <span class="saved-edition" data-testid={format!("saved-{i}-edition")}>{ label }</span>
            }
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
    let years = data.years();
    let s = &props.scenario;
    let outcome = s.outcome(&data);
    let mc = use_monte_carlo(s.mc_spec(&outcome));
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
                reader.signed_money(p.output_after(outcome.basis.covered_months))
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
                <dt>{ t.levers_heading(years) }</dt>
                <dd><ul>{ for growth }</ul></dd>
                <dt>{ t.projects_editor_heading }</dt>
                <dd>{ if projects.is_empty() { t.none.to_owned() } else { projects.join("; ") } }</dd>
                if let Some(f) = &s.so_far {
                    <dt>{ t.so_far_heading(years) }</dt>
                    <dd data-testid="compare-so-far">{ t.change_so_far(
                        &t.month_span(1, f.months),
                        &reader.money(f.value),
                        &format::signed_pct(lang, f.growth_pct, 2),
                        unit,
                        years,
                    ) }</dd>
                }
                <dt>{ t.target_reading_legend }</dt>
                <dd>{ match s.target { TargetReading::Absolute => t.reading_absolute_short.to_owned(), TargetReading::StatedGrowth => t.reading_stated_short(years) } }</dd>
                <dt>{ t.projected_total(years) }</dt>
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
