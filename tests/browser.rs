//! In-browser component tests (wasm-bindgen-test in headless Chromium):
//! the real App rendered into a detached root, driven through DOM events,
//! with `yew::scheduler::flush()` instead of waiting (and, while the app
//! builds the top of the page over a few tasks, a task at a time until
//! what is tested is there).
#![cfg(target_arch = "wasm32")]

use ninh_binh_industry::app::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, Event, EventInit, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

fn mount() -> Element {
    let document = gloo::utils::document();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<App>::with_root(root.clone()).render();
    root
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
        .set_item("ninh-binh-industry.lang", "en")
        .unwrap();
    let root = mount();
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
}

#[wasm_bindgen_test]
fn intl_formats_each_locale_its_own_way() {
    use ninh_binh_industry::format::bn_vnd;
    use ninh_binh_industry::model::Lang;
    assert_eq!(bn_vnd(Lang::En, 102_893.2), "102,893.2");
    assert_eq!(bn_vnd(Lang::Vi, 102_893.2), "102.893,2");
}
