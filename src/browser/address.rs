//! The address and the document: the language to start in, the share
//! code in `?s=`, links to share, the document's `lang` and title.

use super::storage::{read_item, LANG_KEY};
use crate::model::Lang;

/// `?lang=vi` still chooses the language of a plain link to the app.
pub const LANG_PARAM: &str = "lang";

/// `?s=…` carries a whole scenario (see `share::code`).
pub const CODE_PARAM: &str = "s";

/// The language to start in (`Lang::choose`): the address's, else the
/// remembered one, else the browser's, else English.
pub fn initial_lang() -> Lang {
    Lang::choose(
        url_param(LANG_PARAM).as_deref(),
        read_item(LANG_KEY).as_deref(),
        browser_langs(),
    )
}

fn browser_langs() -> impl Iterator<Item = String> {
    let languages = web_sys::window()
        .map(|w| w.navigator().languages())
        .unwrap_or_default();
    languages.into_iter().filter_map(|v| v.as_string())
}

fn url_param(name: &str) -> Option<String> {
    let search = web_sys::window()?.location().search().ok()?;
    web_sys::UrlSearchParams::new_with_str(&search)
        .ok()?
        .get(name)
}

/// The share code in the address, if any (`?s=…`).
pub fn url_code() -> Option<String> {
    url_param(CODE_PARAM)
}

/// The address with this share code and nothing else in its query, as a
/// link to share (`None` where there is no window).
pub fn link_for(code: &str) -> Option<String> {
    let href = web_sys::window()?.location().href().ok()?;
    let url = web_sys::Url::new(&href).ok()?;
    url.set_hash("");
    // Set as text, not through URLSearchParams, which would percent-encode
    // the code's "~" and "*" (both fine in a query) and lengthen the link.
    url.set_search(&format!("{CODE_PARAM}={code}"));
    Some(url.href())
}

/// Puts the scenario's share code into the address without adding a
/// history entry, so the address is always a link to what is on screen
/// and editing does not flood the back button. The `#section` a page
/// index link went to stays (`focus_address_target` may still need it).
pub fn write_url_code(code: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let (Ok(href), Some(link)) = (window.location().href(), link_for(code)) else {
        return;
    };
    let next = link + href.find('#').map_or("", |at| &href[at..]);
    if next != href {
        if let Ok(history) = window.history() {
            let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&next));
        }
    }
}

pub fn set_document_language(lang: Lang, title: &str) {
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        // Unchanged values are not written again: setting `lang` on the
        // root restyles the whole page, even to the value it had (as the
        // page's head script sets it before the app starts).
        if let Some(root) = document.document_element() {
            if root.get_attribute("lang").as_deref() != Some(lang.tag()) {
                let _ = root.set_attribute("lang", lang.tag());
            }
        }
        if document.title() != title {
            document.set_title(title);
        }
    }
}
