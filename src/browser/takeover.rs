//! The takeover of the prerendered page: the app builds off screen, then
//! replaces the page in one step, giving the reader's edits made on it to
//! the app's fields (`carried_edits`); what waits for the app to show; the
//! build's copy of the record.
//!
//! The app can take over before its inputs column is built
//! (`take_over`): the prerendered column is then lent to it, shown
//! in its place and still taking edits, until the app's own column is
//! complete and replaces it in one step (`give_back_lent`). Only one of
//! the two columns is ever displayed: the app's stays `hidden` until then
//! (also where there is nothing to lend, so it shows complete).

use wasm_bindgen::JsCast;

use super::carried_edits;
use super::timing::after_next_paint;
use crate::model::Lang;

thread_local! {
    /// The page's prerendered `#app` and the app's own root that replaces
    /// it, until `take_over` swaps them.
    static PENDING_TAKEOVER: std::cell::RefCell<Option<(web_sys::Element, web_sys::Element)>> =
        const { std::cell::RefCell::new(None) };
    /// Edits made on the prerendered page whose fields the app has not
    /// built yet (`apply_carried_edits`).
    static CARRIED: std::cell::RefCell<Option<carried_edits::Carried>> =
        const { std::cell::RefCell::new(None) };
    /// The app's inputs column, hidden until it is complete, and the
    /// prerendered one lent in its place, if the page has one (`take_over`).
    static LENDING: std::cell::RefCell<Option<(web_sys::Element, Option<web_sys::Element>)>> =
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

/// Runs `f` once the app is on screen: asked before the takeover, once
/// `take_over` has removed the prerendered page (two frames after it);
/// asked after, at once. For work whose result nobody can see before, so
/// it does not compete with building the page.
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
/// `once_shown` runs once the prerendered page is gone, keeping this task
/// short.
///
/// The prerendered page is not removed by script: its boxes would go one
/// by one, and a browser recording a trace (Lighthouse does) records each
/// with the script's stack, some 600 of them, 30–50 ms at 1x CPU in this
/// task. It stops being drawn here (`data-leaving`: `content-visibility:
/// hidden` keeps its boxes, and skips them), its boxes go in the next
/// frame's style pass (`hidden`), and the element after that, with no box
/// left to take down (`leave`): the takeover's own frame lays out only the
/// app, and the next one nothing new of the app's (the sections below
/// wait for the page to be gone, `hooks::use_stages`; the inputs column
/// the app builds meanwhile is `hidden`). The app's root goes before it,
/// so an id finds the app's element meanwhile.
///
/// Where the app's inputs column is not built yet (the full view takes
/// over once its verdict and header are), the prerendered column is lent
/// to it: moved into the app's page, before the app's own (`hidden` until
/// `give_back_lent`), keeping its edits, the focus and the caret. A
/// language switched on the prerendered page after the app started is
/// given to the app here, so the app shows the lent column's language.
pub fn take_over() -> bool {
    let Some((prerendered, root)) = PENDING_TAKEOVER.with(|p| p.borrow_mut().take()) else {
        return false;
    };
    let lent = lend_column(&prerendered, &root);
    let carried = carried_edits::Carried::read(&prerendered);
    blur_within(&prerendered);
    let _ = prerendered.set_attribute("data-leaving", "");
    let _ = prerendered.before_with_node_1(&root);
    let left = carried.apply(&root);
    CARRIED.with(|c| *c.borrow_mut() = left);
    // The field the reader was in gets the focus and the caret back (its
    // edits, given to it again, change nothing: it kept them).
    if let Some(lent) = lent {
        let _ = lent.apply(&root);
    }
    leave(
        prerendered,
        ON_SHOWN.with(|w| std::mem::take(&mut *w.borrow_mut())),
        false,
    );
    true
}

/// Hides the app's inputs column, not complete yet, and moves the
/// prerendered one before it, where there is one (an id then finds the
/// lent field, the one shown); before the page is read, so the column's
/// edits are read when it is given back, with those made on it meanwhile.
/// The app's column is hidden here, not by its view: yew may let the
/// browser paint between a render and its effects, and the column must
/// show in the same task as the lent one goes (`give_back_lent`). Moving
/// a field takes the focus from it: what the column held is returned, for
/// its field to get the focus back, with the caret, once the app's page
/// is in the document.
fn lend_column(
    prerendered: &web_sys::Element,
    root: &web_sys::Element,
) -> Option<carried_edits::Carried> {
    let own = root.query_selector(".inputs").ok()??;
    let _ = own.set_attribute("hidden", "");
    let column = prerendered
        .query_selector("[data-prerender] .inputs")
        .ok()
        .flatten();
    // Only a reader in one of its fields needs anything back: the rest of
    // the column keeps its state as it moves, and is read when given back.
    let active = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element());
    let held = column.as_ref().and_then(|column| {
        let focused = active.is_some_and(|a| column.contains(Some(&a)));
        let held = focused.then(|| carried_edits::Carried::read(column));
        let _ = own.before_with_node_1(column);
        held
    });
    LENDING.with(|l| *l.borrow_mut() = Some((own, column)));
    held
}

/// Shows the app's inputs column, now complete, and takes the lent one
/// away, in one task: the edits made on the lent column, before or since
/// the takeover, and its focus go to the app's fields. Nothing is left to
/// carry: the app's column has a twin of each field, named by its id
/// whatever the language. Does nothing when nothing waits.
pub fn give_back_lent() {
    let Some((own, column)) = LENDING.with(|l| l.borrow_mut().take()) else {
        return;
    };
    // Gone with the view that had it (another edition opened meanwhile):
    // its edits were the other edition's.
    let lent = column.filter(|c| c.is_connected()).map(|column| {
        let lent = carried_edits::Carried::read(&column);
        column.remove();
        lent
    });
    let _ = own.remove_attribute("hidden");
    if let (Some(lent), Some(root)) = (lent, app_root()) {
        let _ = lent.apply(&root);
    }
}

fn app_root() -> Option<web_sys::Element> {
    web_sys::window()?.document()?.get_element_by_id("app")
}

/// After the next frame: hides `prerendered` and comes back after the
/// frame after (`hidden` false); else removes it and runs what waited for
/// the app to show.
fn leave(prerendered: web_sys::Element, waiting: Vec<Box<dyn FnOnce()>>, hidden: bool) {
    after_next_paint(move || {
        if hidden {
            prerendered.remove();
            waiting.into_iter().for_each(|f| f());
        } else {
            let _ = prerendered.set_attribute("hidden", "");
            leave(prerendered, waiting, true);
        }
    });
}

/// Takes the focus off a field of `element`, so the app's twin of that
/// field can have it (`carried_edits` gives it only when nothing has).
fn blur_within(element: &web_sys::Element) {
    let active = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element());
    if let Some(active) = active.filter(|a| element.contains(Some(a))) {
        if let Some(active) = active.dyn_ref::<web_sys::HtmlElement>() {
            let _ = active.blur();
        }
    }
}

/// Gives the edits made on the prerendered page to the fields built since
/// the takeover (sections below the fold); does nothing once all are given.
pub fn apply_carried_edits() {
    let Some(carried) = CARRIED.with(|c| c.borrow_mut().take()) else {
        return;
    };
    let left = match app_root() {
        Some(root) => carried.apply(&root),
        None => Some(carried),
    };
    CARRIED.with(|c| *c.borrow_mut() = left);
}

/// The part the build drew for `lang` and put in the page as
/// `<template id="{part}-{lang}">` (see `components::record`).
pub fn built_part(part: &str, lang: Lang) -> Option<String> {
    let document = web_sys::window()?.document()?;
    let template = document.get_element_by_id(&format!("{part}-{}", lang.tag()))?;
    Some(template.inner_html())
}
