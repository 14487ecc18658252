//! The few places the app touches the browser outside of rendering:
//! language preference, the document's `lang` and title, a performance
//! mark for the benchmark, and a last-resort panic message.
//!
//! Every call here tolerates a missing window, storage or API: the app
//! falls back to defaults rather than failing.

use gloo::storage::{LocalStorage, Storage};

use crate::model::Lang;

const LANG_KEY: &str = "ninh-binh-industry.lang";

/// The language to start in: the one the user chose last time on this
/// device, else the first of the browser's languages the app speaks, else
/// English (the common language of visitors who read neither).
pub fn preferred_lang() -> Lang {
    if let Ok(tag) = LocalStorage::get::<String>(LANG_KEY) {
        if let Some(lang) = Lang::from_tag(&tag) {
            return lang;
        }
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
    let _ = LocalStorage::set(LANG_KEY, lang.tag());
}

pub fn set_document_language(lang: Lang, title: &str) {
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        if let Some(root) = document.document_element() {
            let _ = root.set_attribute("lang", lang.tag());
        }
        document.set_title(title);
    }
}

/// Marks the moment the first verdict is in the DOM; the benchmark reads it.
pub fn mark_first_verdict() {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark("first-verdict");
    }
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
