//! In-browser component tests (wasm-bindgen-test in headless Chromium):
//! the real App rendered into a detached root, driven through DOM events,
//! with `yew::scheduler::flush()` instead of waiting (and, while the app
//! builds the top of the page over a few tasks and frames, a task at a
//! time until what is tested is there).
#![cfg(target_arch = "wasm32")]

use ninh_binh_industry::app::App;
use ninh_binh_industry::browser::LANG_KEY;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, Event, EventInit, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

/// The app in a root of its own; the handle lets a test take it down, so
/// its timers (an edit's Monte Carlo run, 150 ms later) cannot mark the
/// performance timeline a later test counts.
fn mount() -> (Element, yew::AppHandle<App>) {
    let document = gloo::utils::document();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    let app = yew::Renderer::<App>::with_root(root.clone()).render();
    (root, app)
}

/// Resolves in a later browser task (a zero timeout).
async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        gloo::utils::window()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// Waits, a task at a time, until `selector` is rendered: the full view
/// builds its top in a few tasks (`components::full_view`).
async fn rendered(root: &Element, selector: &str) {
    for _ in 0..100 {
        yew::scheduler::flush().await;
        if root.query_selector(selector).unwrap().is_some() {
            return;
        }
        next_task().await;
    }
    panic!("{selector} never rendered");
}

fn text(root: &Element, selector: &str) -> String {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("{selector} not rendered"))
        .text_content()
        .unwrap_or_default()
}

fn attr(root: &Element, selector: &str, name: &str) -> Option<String> {
    root.query_selector(selector).unwrap()?.get_attribute(name)
}

fn type_into(root: &Element, selector: &str, value: &str) {
    let input: HtmlInputElement = root
        .query_selector(selector)
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    input.set_value(value);
    let init = EventInit::new();
    init.set_bubbles(true);
    let event = Event::new_with_event_init_dict("input", &init).unwrap();
    input.dispatch_event(&event).unwrap();
}

#[wasm_bindgen_test]
async fn verdict_follows_manufacturing_growth() {
    gloo::utils::window()
        .local_storage()
        .unwrap()
        .unwrap()
        .set_item(LANG_KEY, "en")
        .unwrap();
    let (root, app) = mount();
    rendered(&root, "#growth-C").await;

    assert!(text(&root, "[data-testid=total-2024]").contains("106,462.4"));
    assert_eq!(
        attr(&root, "[data-testid=verdict]", "data-met").as_deref(),
        Some("false")
    );

    type_into(&root, "#growth-C", "9");
    yew::scheduler::flush().await;
    assert!(text(&root, "[data-testid=total-2024]").contains("112,110.9"));
    assert_eq!(
        attr(&root, "[data-testid=verdict]", "data-met").as_deref(),
        Some("true")
    );

    type_into(&root, "#growth-C", "nine");
    yew::scheduler::flush().await;
    assert!(text(&root, "#growth-C-error").contains("Not a number"));
    assert!(text(&root, "[data-testid=total-2024]").contains("112,110.9"));
    app.destroy();
    root.remove();
}

fn marks(name: &str) -> u32 {
    gloo::utils::window()
        .performance()
        .unwrap()
        .get_entries_by_name(name)
        .length()
}

/// `start()` as the page runs it: the app builds its verdict and header
/// off screen while the prerendered `#app` stays, then shows in one step
/// (the prerendered page no longer drawn, and removed two frames later:
/// `browser::take_over`), its inputs column hidden until it is complete
/// (this page has no prerendered column to lend in its place), marks its
/// verdict once and only then starts the first Monte Carlo run.
#[wasm_bindgen_test]
async fn app_replaces_the_prerendered_page_once_its_verdict_is_built() {
    let document = gloo::utils::document();
    let performance = gloo::utils::window().performance().unwrap();
    performance.clear_marks();
    let prerendered = document.create_element("div").unwrap();
    prerendered.set_id("app");
    // The reader switched the prerendered copy to Vietnamese after the
    // app had started (in English): the app follows at the takeover.
    prerendered.set_inner_html("<p data-prerender=\"vi\" lang=\"vi\">baseline</p>");
    document.body().unwrap().append_child(&prerendered).unwrap();

    // What the new #app holds at the very moment it enters the page (the
    // observer runs before any later task could add to it).
    let at_swap = std::rc::Rc::new(std::cell::RefCell::new(None::<(bool, bool, bool)>));
    let on_mutation = {
        let at_swap = at_swap.clone();
        wasm_bindgen::closure::Closure::<dyn FnMut()>::new(move || {
            let document = gloo::utils::document();
            let app = document.get_element_by_id("app");
            if let Some(app) =
                app.filter(|a| a.query_selector("[data-prerender]").unwrap().is_none())
            {
                let has = |s: &str| app.query_selector(s).unwrap().is_some();
                // The prerendered page, if still there, is no longer drawn.
                let leaving = document
                    .query_selector("#app:has([data-prerender])")
                    .unwrap()
                    .is_none_or(|p| p.has_attribute("data-leaving"));
                at_swap.borrow_mut().get_or_insert((
                    has("[data-testid=verdict]"),
                    has(".inputs[hidden]"),
                    leaving,
                ));
            }
        })
    };
    let observer = web_sys::MutationObserver::new(on_mutation.as_ref().unchecked_ref()).unwrap();
    let options = web_sys::MutationObserverInit::new();
    options.set_child_list(true);
    observer
        .observe_with_options(&document.body().unwrap(), &options)
        .unwrap();

    ninh_binh_industry::start();
    yew::scheduler::flush().await;
    assert!(
        prerendered.is_connected(),
        "replaced before the app was built"
    );

    let mut live = None;
    for _ in 0..100 {
        yew::scheduler::flush().await;
        live = document.get_element_by_id("app").filter(|app| {
            let shown = app.query_selector(".inputs:not([hidden]) #growth-C");
            shown.unwrap().is_some()
        });
        if live.is_some() {
            break;
        }
        next_task().await;
    }
    let live = live.expect("the app never showed");
    observer.disconnect();
    assert_eq!(
        *at_swap.borrow(),
        Some((true, true, true)),
        "the page showed before its verdict was built, with its inputs column half built, or beside the prerendered one"
    );
    for _ in 0..200 {
        if !prerendered.is_connected() {
            break;
        }
        next_task().await;
    }
    assert!(!prerendered.is_connected(), "the prerendered page stayed");
    assert!(live.query_selector("[data-prerender]").unwrap().is_none());
    assert!(live
        .query_selector("[data-testid=verdict]")
        .unwrap()
        .is_some());
    assert_eq!(marks("first-verdict"), 1);
    yew::scheduler::flush().await;
    assert_eq!(
        attr(&live, ".lang-switch button[lang=vi]", "aria-pressed").as_deref(),
        Some("true"),
        "the language shown on the prerendered page"
    );
    // Other tests read English: the choice the app remembered goes.
    let _ = gloo::utils::window()
        .local_storage()
        .unwrap()
        .unwrap()
        .remove_item(LANG_KEY);
    for _ in 0..100 {
        if marks("mc-start") > 0 {
            break;
        }
        next_task().await;
    }
    assert_eq!(marks("mc-start"), 1);
}

#[wasm_bindgen_test]
fn intl_formats_each_locale_its_own_way() {
    use ninh_binh_industry::format::bn_vnd;
    use ninh_binh_industry::model::Lang;
    assert_eq!(bn_vnd(Lang::En, 102_893.2), "102,893.2");
    assert_eq!(bn_vnd(Lang::Vi, 102_893.2), "102.893,2");
}
