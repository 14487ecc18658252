//! The root (`App`): opens the bundled editions and holds which one is
//! open. Each edition's `Explorer` holds its one reducer, derives what
//! the scenario implies once per change and provides the two contexts
//! (`AppContext` for what rarely changes, `McView` for the Monte Carlo run,
//! which ticks). The views it switches between are layouts in
//! `components`; each section there re-renders only when its own inputs do.

use std::rc::Rc;

use gloo::timers::callback::Timeout;
use yew::prelude::*;

use crate::browser;
use crate::commands::{commit_seals, use_shortcuts, ShortcutTargets};
use crate::components::baseline_view::BaselineRoot;
use crate::components::embed_view::EmbedView;
use crate::components::full_view::FullView;
use crate::components::presenter_view::PresenterView;
use crate::components::shortcuts_dialog::ShortcutsDialog;
use crate::hooks::{use_monte_carlo, use_settled, McView};
use crate::i18n::strings;
use crate::model::catalog::{Catalog, EditionRef};
use crate::model::errors::DecodeError;
use crate::model::reader::ReaderPrefs;
use crate::model::{Data, Dataset, Lang};
use crate::share::code::{decode, decode_in, edition_of, encode, Shared, View};
use crate::state::{
    AppContext, AppState, DeckSlide, Derived, Latest, Notice, OpenRequest, Scenario, Settled,
};

/// How long edits must rest before the charts and the link follow.
const SETTLE_MS: u32 = 120;
/// How long edits must rest before the address follows.
const ADDRESS_REST_MS: u32 = 120;

/// What an `Explorer` opens with: the edition, its scenario and view, and
/// the reason a link was refused, if one was.
#[derive(Debug, PartialEq)]
struct Start {
    edition: EditionRef,
    shared: Shared,
    refused: Option<DecodeError>,
}

/// What the page opens with: the scenario in the address, in the edition
/// it names, if it reads; else the baseline of the edition it names (a
/// link of one edition never opens another), or of the default one when
/// it names none this build has, and the reason the link was refused.
fn start_from_address(catalog: &'static Catalog, default: EditionRef) -> Start {
    let lang = browser::initial_lang();
    let code = browser::url_code();
    match code.as_deref().map(|code| decode_in(code, catalog, lang)) {
        Some(Ok((edition, shared))) => Start {
            edition: EditionRef(edition),
            shared,
            refused: None,
        },
        found => {
            let named = code.as_deref().and_then(|c| edition_of(c).ok());
            let edition = named
                .and_then(|id| catalog.get(&id))
                .map_or(default, EditionRef);
            Start {
                edition,
                shared: baseline(edition, ReaderPrefs::new(lang)),
                refused: found.and_then(Result::err),
            }
        }
    }
}

fn baseline(edition: EditionRef, reader: ReaderPrefs) -> Shared {
    Shared {
        scenario: Scenario::baseline(edition.data, edition.assumptions),
        reader,
        view: View::Full,
    }
}

/// Where a request to open an edition lands: its saved scenario, else the
/// one last open in it (`remembered`), else its baseline; the reader's
/// preferences and the view carry over.
fn start_of(
    catalog: &'static Catalog,
    request: &OpenRequest,
    remembered: Option<&String>,
    reader: ReaderPrefs,
) -> Option<Start> {
    let edition = EditionRef(catalog.get(request.edition)?);
    let code = request.code.as_ref().or(remembered);
    let decoded = code.map(|code| decode(code, edition.data, edition.assumptions, reader.lang));
    let (shared, refused) = match decoded {
        // The reader's language and units are theirs, not the saved code's.
        Some(Ok(shared)) => (
            Shared {
                reader,
                view: View::Full,
                ..shared
            },
            None,
        ),
        Some(Err(e)) => (baseline(edition, reader), Some(e)),
        None => (baseline(edition, reader), None),
    };
    Some(Start {
        edition,
        shared,
        refused,
    })
}

/// The root: holds which edition is open and the scenario last open in
/// each, so that switching back finds it as it was (its undo history
/// starts afresh); each edition gets its own explorer. Without a default edition (the
/// bundled data did not load) it says so instead.
#[component]
pub fn App() -> Html {
    let catalog = Catalog::bundled();
    let start = use_state(|| {
        let default = catalog.default_edition().map(EditionRef);
        default.map(|default| Rc::new(start_from_address(catalog, default)))
    });
    // A few editions: a list, not a map (a hash map costs the wasm more).
    let remembered = use_mut_ref(Vec::<(&'static str, String)>::new);
    // What the open explorer last rendered: its scenario and reader (read
    // when the edition changes, so never a stale render's).
    let latest = use_memo((), |_| Latest::default());
    let open_edition = {
        let current = (*start).as_ref().map(|start| start.edition);
        let (start, latest) = (start.setter(), (*latest).clone());
        use_callback(current, move |request: OpenRequest, current| {
            let (Some(current), Some(shared)) = (current, latest.shared()) else {
                return;
            };
            let code = encode(&shared, current.data, current.assumptions);
            let mut remembered = remembered.borrow_mut();
            remembered.retain(|(id, _)| *id != current.id);
            remembered.push((current.id, code));
            let kept = remembered.iter().find(|(id, _)| *id == request.edition);
            let reader = shared.reader;
            if let Some(next) = start_of(catalog, &request, kept.map(|(_, code)| code), reader) {
                start.set(Some(Rc::new(next)));
            }
        })
    };
    match &*start {
        Some(start) => html! {
            <Explorer key={start.edition.id} start={start.clone()} {open_edition} latest={(*latest).clone()} />
        },
        None => {
            browser::take_over();
            html! {
                <main class="fatal" role="alert">
                    <h1>{ "Không đọc được số liệu / The bundled data could not be read" }</h1>
                    <p>{ Dataset::bundled().err().map(ToString::to_string).unwrap_or_default() }</p>
                </main>
            }
        }
    }
}

#[derive(Properties, PartialEq)]
struct ExplorerProps {
    start: Rc<Start>,
    open_edition: Callback<OpenRequest>,
    /// Set to the scenario and the reader's preferences on every render,
    /// so the root can remember the scenario when the edition changes.
    latest: Latest,
}

#[component]
fn Explorer(props: &ExplorerProps) -> Html {
    let start = props.start.clone();
    let edition = start.edition;
    let (data, assumptions) = (Data(edition.data), edition.assumptions);
    let state = use_reducer(|| AppState::new(edition, start.shared.scenario.clone()));
    let view = use_state(|| start.shared.view);
    let reader = use_state(|| start.shared.reader);
    let notice = use_state(|| start.refused.clone().map(Notice::BadLink));
    let help = use_state(|| false);
    let deck = use_state(|| None::<DeckSlide>);
    // Made once, from setters that never change, so the context keeps
    // its identity; one memo costs the wasm less than a hook each.
    let callbacks = {
        let first_view = start.shared.view;
        let setters = (
            view.setter(),
            notice.setter(),
            reader.setter(),
            help.setter(),
        );
        let dispatch = state.dispatcher();
        use_memo((), move |_| {
            // The full view shows itself once its top is built
            // (`FullView`); the others are small enough to build in the
            // page at once.
            if first_view != View::Full {
                browser::take_over();
            }
            let (view, notice, reader, help) = setters;
            (
                Callback::from(move |next: View| view.set(next)),
                Callback::from(move |next: Option<Notice>| notice.set(next)),
                Callback::from(move |next: ReaderPrefs| reader.set(next)),
                Callback::from(move |()| help.set(true)),
                // Kept for the explorer's life, like the callbacks.
                commit_seals(dispatch),
            )
        })
    };
    let (set_view, notify, set_reader, open_shortcuts, _) = &*callbacks;
    let (set_view, notify, set_reader, open_shortcuts) = (
        set_view.clone(),
        notify.clone(),
        set_reader.clone(),
        open_shortcuts.clone(),
    );
    let scenario = state.scenario.clone();
    let derived = use_memo((scenario.clone(), *reader, *view), move |(s, r, v)| {
        Derived::new(&data, assumptions, s, *r, *v)
    });
    // What follows an edit only once edits rest (charts below the fold,
    // the link and its QR code): a slider drag then redraws the levers and
    // the verdict alone at each step.
    let settled = use_settled((scenario.clone(), derived.clone()), SETTLE_MS);
    let link = use_memo(settled.1.full_code.clone(), |code| {
        AttrValue::from(browser::link_for(code).unwrap_or_default())
    });
    use_page_effects(reader.lang, derived.code.clone(), &start);
    let mc = use_monte_carlo(derived.mc_spec.clone());

    let latest = &props.latest;
    let finished = mc.summary.as_ref().filter(|_| !mc.running);
    latest.set(scenario.clone(), *reader, finished.map(|s| s.probability));
    use_shortcuts(ShortcutTargets {
        data,
        assumptions,
        lang: reader.lang,
        view: *view,
        dispatch: state.dispatcher(),
        set_view: set_view.clone(),
        help: help.clone(),
        deck: deck.clone(),
    });
    let context = AppContext {
        edition,
        open_edition: props.open_edition.clone(),
        open_shortcuts,
        data,
        assumptions,
        reader: *reader,
        dispatch: state.dispatcher(),
        set_reader,
        latest: latest.clone(),
        set_view,
        notify,
    };
    let settled = Settled {
        scenario: settled.0,
        outcome: settled.1.outcome.clone(),
        link: (*link).clone(),
    };
    let body = page_body(
        *view,
        &state,
        &derived,
        settled,
        (*notice).clone(),
        (*deck).clone(),
    );
    let close_help = {
        let help = help.clone();
        Callback::from(move |()| help.set(false))
    };
    html! {
        <ContextProvider<AppContext> {context}>
            <ContextProvider<McView> context={mc}>
                { body }
                if *help { <ShortcutsDialog on_close={close_help} /> }
            </ContextProvider<McView>>
        </ContextProvider<AppContext>>
    }
}

fn page_body(
    view: View,
    state: &AppState,
    derived: &Rc<Derived>,
    settled: Settled,
    notice: Option<Notice>,
    deck: Option<DeckSlide>,
) -> Html {
    let outcome = derived.outcome.clone();
    let link = settled.link.clone();
    match view {
        View::Embed => html! {
            <EmbedView {outcome} growth_pct={state.scenario.growth_pct.clone()} {link} {notice} />
        },
        View::Presenter => html! {
            <PresenterView {outcome} growth_pct={state.scenario.growth_pct.clone()} {link} {notice} {deck} />
        },
        View::Full => html! {
            <FullView scenario={state.scenario.clone()} {outcome} {settled} {notice}
                      revision={state.revision} can_undo={state.history.can_undo()}
                      can_redo={state.history.can_redo()} />
        },
    }
}

/// The document follows the scenario: its language and title, and the
/// address, which links to what is on screen (history replaced, not
/// pushed, so editing does not flood the back button). The address is
/// rewritten once edits rest (`ADDRESS_REST_MS`): a history update per
/// slider step would cost a frame now and then on a phone, and browsers
/// throttle them. A language switch is written at once. Also the
/// "first-verdict" mark for a page that opens in the embed or presenter
/// view (the full view marks its own, at the takeover). The view cannot
/// change before the app shows: nothing off screen can be clicked, and
/// keyboard shortcuts wait for it (`commands`).
///
/// A refused link stays in the address until the scenario changes, so
/// the reader keeps what they came with (a newer version may open it).
#[hook]
fn use_page_effects(lang: crate::model::Lang, code: String, start: &Start) {
    let first_view = start.shared.view;
    let keep_first = use_mut_ref(|| start.refused.is_some());
    let years = start.edition.years;
    let last_lang = use_mut_ref(|| None::<crate::model::Lang>);
    let pending = use_mut_ref(|| None::<Timeout>);
    // One effect, on the code alone (it names the language, so a switch
    // changes it too): each effect costs the wasm about 0.3 KB.
    use_effect_with(code, move |code| {
        let first = last_lang.borrow().is_none();
        let switched = *last_lang.borrow() != Some(lang);
        if switched {
            browser::set_document_language(lang, &strings(lang).app_title(years));
            browser::remember_lang(lang);
        }
        if first && first_view != View::Full {
            browser::mark("first-verdict");
        }
        // A language switch shows at once; the first address waits like
        // an edit, so it is not written while the page is being built.
        let at_once = switched && !first;
        *last_lang.borrow_mut() = Some(lang);
        if std::mem::take(&mut *keep_first.borrow_mut()) {
            return;
        }
        let code = code.clone();
        let write = move || browser::write_url_code(&code);
        if at_once {
            pending.borrow_mut().take();
            write();
        } else {
            *pending.borrow_mut() = Some(Timeout::new(ADDRESS_REST_MS, write));
        }
    });
}

#[derive(Properties, PartialEq)]
pub struct BaselineProps {
    pub lang: Lang,
}

/// The baseline scenario in one language, for the build-time prerender
/// (`src/bin/prerender.rs`): the same model and sections as the app, in
/// the default edition.
#[component]
pub fn Baseline(props: &BaselineProps) -> Html {
    match Catalog::bundled().default_edition() {
        Some(edition) => html! { <BaselineRoot edition={EditionRef(edition)} lang={props.lang} /> },
        None => Html::default(),
    }
}
