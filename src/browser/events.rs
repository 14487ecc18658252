//! Window listeners: resize and the like, dismissing a popup, keyboard
//! shortcuts (never while typing in a text field).

use crate::model::shortcuts::KeyPress;

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

/// Moves the focus to the element `id` (a section's heading, which takes
/// it: `tabindex="-1"`), scrolling it into view; false if it is not drawn.
pub fn focus_id(id: &str) -> bool {
    use wasm_bindgen::JsCast;
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .is_some_and(|e| e.unchecked_ref::<web_sys::HtmlElement>().focus().is_ok())
}

/// Follows the address's `#section` once the sections are drawn: an index
/// link taken before its section was built (or on the prerendered page the
/// app replaced) left the focus on the link or nowhere.
pub fn focus_address_target() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let href = document
        .location()
        .and_then(|l| l.href().ok())
        .unwrap_or_default();
    let Some((_, id)) = href.split_once('#').filter(|(_, id)| !id.is_empty()) else {
        return;
    };
    let left = document.active_element().is_none_or(|e| {
        e.tag_name() == "BODY"
            || e.get_attribute("href")
                .is_some_and(|h| h.strip_prefix('#') == Some(id))
    });
    if left {
        focus_id(id);
    }
}
