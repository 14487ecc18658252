//! The few places the app touches the browser outside of rendering:
//! language preference, the document's `lang` and title, a performance
//! mark for the benchmark, and a last-resort panic message.
//!
//! Every call here tolerates a missing window, storage or API: the app
//! falls back to defaults rather than failing.

use crate::model::Lang;
use crate::share::store::{decode_store, encode_store, Saved, StoreError};

const LANG_KEY: &str = "ninh-binh-industry.lang";
const SAVED_KEY: &str = "ninh-binh-industry.saved";

/// Local storage, if the browser allows it (private modes may not).
fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

fn read_item(key: &str) -> Option<String> {
    storage()?.get_item(key).ok()?
}

/// Whether the value was stored (storage may be full or disabled).
fn write_item(key: &str, value: &str) -> bool {
    storage().is_some_and(|s| s.set_item(key, value).is_ok())
}

const LANG_PARAM: &str = "lang";

/// The language to start in: the one in the address (a shared link), else
/// the one the user chose last time on this device, else the first of the
/// browser's languages the app speaks, else English (the common language of
/// visitors who read neither).
pub fn initial_lang() -> Lang {
    if let Some(lang) = url_param(LANG_PARAM).and_then(|tag| Lang::from_tag(&tag)) {
        return lang;
    }
    if let Some(lang) = read_item(LANG_KEY).and_then(|tag| Lang::from_tag(&tag)) {
        return lang;
    }
    browser_langs()
        .find_map(|tag| Lang::from_tag(&tag))
        .unwrap_or(Lang::En)
}

fn browser_langs() -> impl Iterator<Item = String> {
    let languages = web_sys::window()
        .map(|w| w.navigator().languages())
        .unwrap_or_default();
    languages.into_iter().filter_map(|v| v.as_string())
}

pub fn remember_lang(lang: Lang) {
    // Storage may be full or disabled (private mode); the choice then lasts
    // for this visit only, which is the best that can be done.
    let _ = write_item(LANG_KEY, lang.tag());
}

/// The scenarios saved on this device. A store this version cannot read
/// is reported, and the caller clears it.
pub fn load_saved() -> Result<Vec<Saved>, StoreError> {
    decode_store(read_item(SAVED_KEY).as_deref())
}

pub fn store_saved(saved: &[Saved]) -> bool {
    write_item(SAVED_KEY, &encode_store(saved))
}

pub fn clear_saved() {
    if let Some(s) = storage() {
        let _ = s.remove_item(SAVED_KEY);
    }
}

fn url_param(name: &str) -> Option<String> {
    let search = web_sys::window()?.location().search().ok()?;
    web_sys::UrlSearchParams::new_with_str(&search)
        .ok()?
        .get(name)
}

/// Puts the language into the address without adding a history entry, so a
/// copied link opens in the language the reader was using.
pub fn write_url_lang(lang: Lang) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(href) = window.location().href() else {
        return;
    };
    let Ok(url) = web_sys::Url::new(&href) else {
        return;
    };
    url.search_params().set(LANG_PARAM, lang.tag());
    let next = url.href();
    if next != href {
        if let Ok(history) = window.history() {
            let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&next));
        }
    }
}

pub fn set_document_language(lang: Lang, title: &str) {
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        if let Some(root) = document.document_element() {
            let _ = root.set_attribute("lang", lang.tag());
        }
        document.set_title(title);
    }
}

/// A performance mark the benchmark reads: "app-start" when the wasm
/// starts running, "first-verdict" once the verdict is in the DOM.
pub fn mark(name: &str) {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark(name);
    }
}

/// Runs `f` once the browser has painted the current frame (a timeout
/// queued from an animation frame), or at once if there is no window.
pub fn after_next_paint(f: impl FnOnce() + 'static) {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;
    let Some(window) = web_sys::window() else {
        f();
        return;
    };
    let timeout_window = window.clone();
    let on_frame = Closure::once_into_js(move || {
        let run = Closure::once_into_js(f);
        let _ = timeout_window
            .set_timeout_with_callback_and_timeout_and_arguments_0(run.unchecked_ref(), 0);
    });
    let _ = window.request_animation_frame(on_frame.unchecked_ref());
}

/// Milliseconds from the page's time origin (0 where there is no window).
pub fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map(|p| p.now())
        .unwrap_or(0.0)
}

/// Runs `f` in a new browser task, after pending input and rendering, via
/// a message channel: unlike a zero timeout it is not clamped to 4 ms when
/// chained, so slices of work follow each other closely.
pub fn next_task(f: impl FnOnce() + 'static) {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;
    let Ok(channel) = web_sys::MessageChannel::new() else {
        f();
        return;
    };
    let on_message = Closure::once_into_js(move |_: web_sys::MessageEvent| f());
    channel
        .port1()
        .set_onmessage(Some(on_message.unchecked_ref()));
    let _ = channel.port2().post_message(&wasm_bindgen::JsValue::NULL);
}

/// A panic must never leave a blank page: replace it with a message.
pub fn install_panic_message() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&info.to_string().into());
        if let Some(body) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.body())
        {
            body.set_inner_html(
                "<main class=\"fatal\" role=\"alert\"><h1>Lỗi ứng dụng / Application error</h1>\
                 <p>Xin tải lại trang. / Please reload the page.</p></main>",
            );
        }
    }));
}
