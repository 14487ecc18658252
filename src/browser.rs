//! The few places the app touches the browser outside of rendering:
//! language preference and the document's `lang` and title, the address,
//! saved scenarios, the clipboard, files and downloads, the build's copy
//! of the record (`built_record`), the takeover of
//! the prerendered page (`detached_app_root`, `take_over`, `once_shown`,
//! and the reader's edits made on it before, `carried_edits`),
//! task scheduling, performance marks for the benchmark, and a
//! last-resort panic message.
//!
//! Every call here tolerates a missing window, storage or API: the app
//! falls back to defaults rather than failing.

mod carried_edits;

use crate::model::errors::{FileReadError, MAX_IMPORT_BYTES};
use crate::model::shortcuts::KeyPress;
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

/// `?lang=vi` still chooses the language of a plain link to the app.
const LANG_PARAM: &str = "lang";
/// `?s=…` carries a whole scenario (see `share::code`).
const CODE_PARAM: &str = "s";

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
/// and editing does not flood the back button.
pub fn write_url_code(code: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let (Ok(href), Some(next)) = (window.location().href(), link_for(code)) else {
        return;
    };
    if next != href {
        if let Ok(history) = window.history() {
            let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&next));
        }
    }
}

/// The section the build drew for `lang` and put in the page as
/// `<template id="record-{lang}">` (see `components::record`).
pub fn built_record(lang: Lang) -> Option<String> {
    let document = web_sys::window()?.document()?;
    let template = document.get_element_by_id(&format!("record-{}", lang.tag()))?;
    Some(template.inner_html())
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

/// A performance mark the benchmark reads: "app-start" when the wasm
/// starts running, "first-verdict" once the app's verdict is in the
/// document (at the takeover), "section-N" and "all-rendered" as the
/// sections below the fold follow, "mc-start" and "mc-done" for each
/// Monte Carlo run.
pub fn mark(name: &str) {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark(name);
    }
}

thread_local! {
    /// The page's prerendered `#app` and the app's own root that replaces
    /// it, until `take_over` swaps them.
    static PENDING_TAKEOVER: std::cell::RefCell<Option<(web_sys::Element, web_sys::Element)>> =
        const { std::cell::RefCell::new(None) };
    /// Edits made on the prerendered page whose fields the app has not
    /// built yet (`apply_carried_edits`).
    static CARRIED: std::cell::RefCell<Option<carried_edits::Carried>> =
        const { std::cell::RefCell::new(None) };
    /// What waits for the app to be on screen (`once_shown`).
    static ON_SHOWN: std::cell::RefCell<Vec<Box<dyn FnOnce()>>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

/// Whether the app is on screen: taken over, or rendering straight into
/// the page (no prerendered `#app` to replace).
pub fn is_shown() -> bool {
    PENDING_TAKEOVER.with(|p| p.borrow().is_none())
}

/// Runs `f` once the app is on screen: in the task after `take_over`, or
/// at once if it already is. For work whose result nobody can see
/// before, so it does not compete with building the page.
pub fn once_shown(f: impl FnOnce() + 'static) {
    if is_shown() {
        f();
    } else {
        ON_SHOWN.with(|w| w.borrow_mut().push(Box::new(f)));
    }
}

/// The element the app renders into: a new, detached `#app`, so the app
/// can build the top of the page over several tasks (none long on a
/// phone) while the prerendered baseline stays on screen; `take_over` then
/// puts it in the document in one step. `None` without a document or an
/// `#app` to replace (the app then renders into the body).
pub fn detached_app_root() -> Option<web_sys::Element> {
    let document = web_sys::window()?.document()?;
    let prerendered = document.get_element_by_id("app")?;
    let root = document.create_element("div").ok()?;
    root.set_id("app");
    PENDING_TAKEOVER.with(|p| *p.borrow_mut() = Some((prerendered, root.clone())));
    Some(root)
}

/// Replaces the prerendered page with the app's root, once: true if this
/// call did (later calls do nothing). Everything the app has built so far
/// appears in the same frame, so the page never shows half of each, and
/// what the reader typed, moved or chose on the prerendered page is given
/// to the app's fields before that frame (`carried_edits`). What waits in
/// `once_shown` runs in the next task, keeping this one short.
pub fn take_over() -> bool {
    let Some((prerendered, root)) = PENDING_TAKEOVER.with(|p| p.borrow_mut().take()) else {
        return false;
    };
    let carried = carried_edits::Carried::read(&prerendered);
    let _ = prerendered.replace_with_with_node_1(&root);
    let left = carried.apply(&root);
    CARRIED.with(|c| *c.borrow_mut() = left);
    let waiting = ON_SHOWN.with(|w| std::mem::take(&mut *w.borrow_mut()));
    if !waiting.is_empty() {
        next_task(move || waiting.into_iter().for_each(|f| f()));
    }
    true
}

/// Gives the edits made on the prerendered page to the fields built since
/// the takeover (sections below the fold); does nothing once all are given.
pub fn apply_carried_edits() {
    let Some(carried) = CARRIED.with(|c| c.borrow_mut().take()) else {
        return;
    };
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("app"));
    let left = match root {
        Some(root) => carried.apply(&root),
        None => Some(carried),
    };
    CARRIED.with(|c| *c.borrow_mut() = left);
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

/// A first guess at a content box's width before it can be measured: the
/// window's width less the page's margins, at most the layout's width.
pub fn content_width_estimate() -> f64 {
    let window_width = web_sys::window()
        .and_then(|w| w.inner_width().ok())
        .and_then(|w| w.as_f64())
        .unwrap_or(640.0);
    (window_width - 64.0).clamp(240.0, 832.0)
}

/// Calls `f` on every `event` of the window ("resize"; "storage", when
/// another tab of this site changes local storage) until the returned
/// listener is dropped.
pub fn on_window(
    event: &'static str,
    f: impl Fn() + 'static,
) -> Option<gloo::events::EventListener> {
    let window = web_sys::window()?;
    Some(gloo::events::EventListener::new(
        &window,
        event,
        move |_| f(),
    ))
}

/// Calls `f` when the reader dismisses a pop-over: a click or tap anywhere
/// outside `element` (a touch that scrolls is not one), or Escape wherever
/// the focus is, which then goes no further (it closes the pop-over, not
/// also the view around it). Until the returned listeners are dropped.
pub fn on_dismiss(
    element: &web_sys::Element,
    f: impl Fn() + 'static,
) -> Option<[gloo::events::EventListener; 2]> {
    use gloo::events::{EventListener, EventListenerOptions};
    use wasm_bindgen::JsCast;
    let window = web_sys::window()?;
    let f = std::rc::Rc::new(f);
    let outside = {
        let element = element.clone();
        let f = f.clone();
        EventListener::new_with_options(
            &window,
            "click",
            EventListenerOptions::run_in_capture_phase(),
            move |event| {
                let target = event
                    .target()
                    .and_then(|t| t.dyn_into::<web_sys::Node>().ok());
                if !element.contains(target.as_ref()) {
                    f();
                }
            },
        )
    };
    let escape = EventListener::new_with_options(
        &window,
        "keydown",
        EventListenerOptions::run_in_capture_phase(),
        move |event| {
            let key = event.dyn_ref::<web_sys::KeyboardEvent>().map(|e| e.key());
            if key.as_deref() == Some("Escape") {
                event.stop_propagation();
                f();
            }
        },
    );
    Some([outside, escape])
}

/// Calls `f` with every key press on the page, as the shortcuts read it,
/// and prevents the browser's own action when `f` returns true.
pub fn on_key_press(
    f: impl Fn(&KeyPress) -> bool + 'static,
) -> Option<gloo::events::EventListener> {
    use wasm_bindgen::JsCast;
    let window = web_sys::window()?;
    let options = gloo::events::EventListenerOptions::enable_prevent_default();
    Some(gloo::events::EventListener::new_with_options(
        &window,
        "keydown",
        options,
        move |event| {
            let Some(event) = event.dyn_ref::<web_sys::KeyboardEvent>() else {
                return;
            };
            let key = event.key();
            let press = KeyPress {
                key: &key,
                ctrl: event.ctrl_key(),
                meta: event.meta_key(),
                shift: event.shift_key(),
                alt: event.alt_key(),
                in_text_field: focus_in_text_field(),
            };
            if f(&press) {
                event.prevent_default();
            }
        },
    ))
}

/// Whether the focus is where typing edits text (so the browser's own
/// undo of that text applies).
fn focus_in_text_field() -> bool {
    let Some(active) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element())
    else {
        return false;
    };
    match active.tag_name().as_str() {
        "TEXTAREA" => true,
        "INPUT" => {
            let kind = active.get_attribute("type").unwrap_or_default();
            !matches!(
                kind.as_str(),
                "range" | "checkbox" | "radio" | "button" | "file"
            )
        }
        _ => active.get_attribute("contenteditable").is_some(),
    }
}

/// Milliseconds from the page's time origin (0 where there is no window).
pub fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map(|p| p.now())
        .unwrap_or(0.0)
}

/// Runs `f` in a new browser task (input can be handled in between; a
/// frame may or may not be rendered), via a message channel: unlike a
/// zero timeout it is not clamped to 4 ms when chained, so slices of work
/// follow each other closely.
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

/// Copies `text` with the Clipboard API; where that is missing or refused
/// (insecure context, permissions), selects the text in `fallback_input`
/// and tries the older copy command. `done` learns whether it worked, so
/// the UI can say "copied" or "press Ctrl+C".
pub fn copy_text(
    text: &str,
    fallback_input: Option<web_sys::HtmlInputElement>,
    done: yew::Callback<bool>,
) {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;
    let fallback = {
        let done = done.clone();
        move || {
            let ok = fallback_input.as_ref().is_some_and(|input| {
                input.select();
                web_sys::window()
                    .and_then(|w| w.document())
                    .and_then(|d| d.dyn_into::<web_sys::HtmlDocument>().ok())
                    .and_then(|d| d.exec_command("copy").ok())
                    .unwrap_or(false)
            });
            done.emit(ok);
        }
    };
    let clipboard = web_sys::window().map(|w| w.navigator().clipboard());
    match clipboard {
        Some(clipboard) if !clipboard.is_undefined() => {
            let on_ok = Closure::once(move |_: wasm_bindgen::JsValue| done.emit(true));
            let on_refused = Closure::once(move |_: wasm_bindgen::JsValue| fallback());
            let _ = clipboard.write_text(text).then2(&on_ok, &on_refused);
            // Each runs at most once; the promise owns them from here.
            on_ok.forget();
            on_refused.forget();
        }
        _ => fallback(),
    }
}

/// Offers `content` as a file download (no server involved).
pub fn download_text(filename: &str, mime: &str, content: &str) {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(content));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    if let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) {
        download_blob(filename, &blob);
    }
}

fn download_blob(filename: &str, blob: &web_sys::Blob) {
    use wasm_bindgen::JsCast;
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(blob) else {
        return;
    };
    if let Ok(anchor) = document.create_element("a") {
        if let Ok(anchor) = anchor.dyn_into::<web_sys::HtmlAnchorElement>() {
            anchor.set_href(&url);
            anchor.set_download(filename);
            anchor.click();
        }
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// Draws a QR matrix on a canvas, `scale` pixels per module, and offers it
/// as a PNG download.
pub fn download_qr_png(matrix: &crate::share::qr::QrMatrix, scale: usize, filename: &str) {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(canvas) = document
        .create_element("canvas")
        .ok()
        .and_then(|c| c.dyn_into::<web_sys::HtmlCanvasElement>().ok())
    else {
        return;
    };
    let side = (matrix.side() * scale) as u32;
    canvas.set_width(side);
    canvas.set_height(side);
    let Some(ctx) = canvas
        .get_context("2d")
        .ok()
        .flatten()
        .and_then(|c| c.dyn_into::<web_sys::CanvasRenderingContext2d>().ok())
    else {
        return;
    };
    ctx.set_fill_style_str("#fff");
    ctx.fill_rect(0.0, 0.0, f64::from(side), f64::from(side));
    ctx.set_fill_style_str("#000");
    let s = scale as f64;
    let q = crate::share::qr::QUIET_ZONE;
    for y in 0..matrix.size {
        for x in 0..matrix.size {
            if matrix.is_dark(x, y) {
                ctx.fill_rect(((x + q) as f64) * s, ((y + q) as f64) * s, s, s);
            }
        }
    }
    let filename = filename.to_owned();
    let on_blob = Closure::once_into_js(move |blob: wasm_bindgen::JsValue| {
        if let Ok(blob) = blob.dyn_into::<web_sys::Blob>() {
            download_blob(&filename, &blob);
        }
    });
    let _ = canvas.to_blob(on_blob.unchecked_ref());
}

/// Reads a chosen file as text and passes it on, or says why it could not:
/// too large to be an export (refused before reading), or unreadable.
pub fn read_file_text(file: web_sys::File, done: yew::Callback<Result<String, FileReadError>>) {
    use wasm_bindgen::closure::Closure;
    if file.size() > MAX_IMPORT_BYTES {
        done.emit(Err(FileReadError::TooLarge));
        return;
    }
    let failed = done.clone();
    let on_text = Closure::once(move |text: wasm_bindgen::JsValue| {
        done.emit(text.as_string().ok_or(FileReadError::Unreadable));
    });
    let on_error = Closure::once(move |_: wasm_bindgen::JsValue| {
        failed.emit(Err(FileReadError::Unreadable));
    });
    let _ = file.text().then2(&on_text, &on_error);
    on_text.forget();
    on_error.forget();
}

/// The share code inside an exported scenario file, read with the
/// browser's JSON parser. `None` if the text is not such a file.
pub fn code_from_export(text: &str) -> Option<String> {
    let value = js_sys::JSON::parse(text).ok()?;
    let field =
        |name: &str| js_sys::Reflect::get(&value, &wasm_bindgen::JsValue::from_str(name)).ok();
    if field("format")?.as_string()? != crate::share::export::JSON_FORMAT {
        return None;
    }
    field("code")?.as_string()
}
