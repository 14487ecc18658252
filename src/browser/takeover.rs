//! The takeover of the prerendered page: the app builds in the document
//! but not drawn, then replaces the page in one step, giving the reader's
//! edits made on it to the app's fields (`carried_edits`); what waits for
//! the app to show; the build's copy of the record.
//!
//! The app can take over before its inputs column is built
//! (`take_over`): a copy of the prerendered column is then lent to it
//! (`prepare_lending`), shown in its place and taking edits, until the
//! app's own column is complete and replaces it in one step
//! (`give_back_lent`). Only one of the two columns is ever displayed: the
//! app's stays `hidden` until then (also where there is nothing to lend,
//! so it shows complete).

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
    /// The app's inputs column, hidden until it is complete, and what
    /// stands in for it (`prepare_lending`, `take_over`).
    static LENDING: std::cell::RefCell<Option<Lending>> =
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

/// The element the app renders into: a new `#app`, put in the document
/// after the prerendered one but `data-arriving` (no height, not drawn),
/// so the app can build the top of the page over several tasks (none long
/// on a phone) while the prerendered baseline stays on screen, and the
/// browser lays out each part in the frame after its task: `take_over`
/// then only has to show it. After, not before: until then an id (a
/// label's field, a link to a section) finds the prerendered element, the
/// one on screen. `None` without a document or an `#app` to replace (the
/// app then renders into the body).
pub fn arriving_app_root() -> Option<web_sys::Element> {
    let document = web_sys::window()?.document()?;
    let prerendered = document.get_element_by_id("app")?;
    let root = document.create_element("div").ok()?;
    root.set_id("app");
    let _ = root.set_attribute("data-arriving", "");
    prerendered
        .parent_node()?
        .insert_before(&root, prerendered.next_sibling().as_ref())
        .ok()?;
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
/// The app's root was laid out while it arrived (`arriving_app_root`):
/// the frame that shows it draws it, with little left to lay out. The
/// prerendered page is not removed by script: its boxes would go one by
/// one, and a browser recording a trace (Lighthouse does) records each
/// with the script's stack, some 600 of them, 30–50 ms at 1x CPU in this
/// task. It stops being drawn here (`data-leaving`: `content-visibility:
/// hidden` keeps its boxes, skips them and takes no room), its boxes go in
/// the next frame's style pass (`hidden`), and the element after that,
/// with no box left to take down (`leave`); the sections below wait for
/// it to be gone (`hooks::use_stages`). It gives up its ids here, so an id
/// finds the app's element from now on, though the app's root comes
/// after it.
///
/// Where the app's inputs column is not built yet (the full view takes
/// over once its verdict and header are), a copy of the prerendered
/// column is lent to it (`prepare_lending`), and given the reader's edits,
/// the focus and the caret here, with the rest of the page's. A language
/// switched on the prerendered page after the app started is given to the
/// app here, so the app shows the lent column's language.
pub fn take_over() -> bool {
    prepare_lending();
    let Some((prerendered, root)) = PENDING_TAKEOVER.with(|p| p.borrow_mut().take()) else {
        return false;
    };
    let carried = carried_edits::Carried::read(&prerendered);
    blur_within(&prerendered);
    let _ = prerendered.set_attribute("data-leaving", "");
    give_up_ids(&prerendered);
    let _ = root.remove_attribute("data-arriving");
    let left = carried.apply(&root);
    CARRIED.with(|c| *c.borrow_mut() = left);
    leave(
        prerendered,
        ON_SHOWN.with(|w| std::mem::take(&mut *w.borrow_mut())),
        false,
    );
    true
}

/// Takes the ids off `element` and everything in it: the app's twins,
/// after it in the document, are the ones an id names from now on (a
/// label's field, a link to a section, `app_root`).
fn give_up_ids(element: &web_sys::Element) {
    each(element, "[id]", |named| {
        let _ = named.remove_attribute("id");
    });
    let _ = element.remove_attribute("id");
}

/// Calls `f` with each element in `within` that `selector` matches.
fn each(within: &web_sys::Element, selector: &str, f: impl Fn(&web_sys::Element)) {
    if let Ok(found) = within.query_selector_all(selector) {
        for i in 0..found.length() {
            if let Some(node) = found.item(i) {
                f(node.unchecked_ref());
            }
        }
    }
}

/// The app's inputs column while it is built, and what stands in for it.
struct Lending {
    own: web_sys::Element,
    /// A copy of the prerendered column, in the app's page before `own`
    /// (an id then finds the lent field, the one shown); none where the
    /// page has no column to lend.
    lent: Option<web_sys::Element>,
    /// The prerendered column `lent` copies.
    copied_from: Option<web_sys::Element>,
}

/// Hides the app's inputs column, not complete yet, and puts a copy of
/// the prerendered one before it, where the page has one, while the app's
/// page arrives: the browser lays the copy out while the app builds the
/// rest of the top, and the takeover's frame has only to draw it. Called
/// once the verdict is built: yew puts it before the app's column, and a
/// copy put there first would come before the verdict. The
/// copy is made from the column's markup, so its fields hold what the page
/// was written with: `take_over` gives them the reader's edits, whenever
/// made, as it gives those of the whole page. Its radio groups are
/// renamed: in the same group as the prerendered page's, a copy's default
/// check would take the reader's. The app's column is hidden here, not by
/// its view: yew may let the browser paint between a render and its
/// effects, and the column must show in the same task as the lent one goes
/// (`give_back_lent`). Does nothing after the takeover, before the app's
/// column exists, or once done for the column on screen (a language
/// switched on the prerendered page puts another there: it is copied at
/// the takeover).
pub fn prepare_lending() {
    PENDING_TAKEOVER.with(|p| {
        let Some((prerendered, root)) = &*p.borrow() else {
            return;
        };
        let column = prerendered
            .query_selector("[data-prerender] .inputs")
            .ok()
            .flatten();
        let own = match LENDING.with(|l| l.borrow_mut().take()) {
            Some(done) if done.copied_from == column => {
                LENDING.with(|l| *l.borrow_mut() = Some(done));
                return;
            }
            Some(stale) => {
                stale.lent.inspect(|copy| copy.remove());
                stale.own
            }
            None => match root.query_selector(".inputs") {
                Ok(Some(own)) => own,
                _ => return,
            },
        };
        let _ = own.set_attribute("hidden", "");
        let lent = column.as_ref().and_then(copy_of);
        if let Some(lent) = &lent {
            let _ = own.before_with_node_1(lent);
        }
        LENDING.with(|l| {
            *l.borrow_mut() = Some(Lending {
                own,
                lent,
                copied_from: column,
            })
        });
    });
}

/// `column` as its markup says, fields at their defaults, with its radio
/// groups renamed; not in the document.
fn copy_of(column: &web_sys::Element) -> Option<web_sys::Element> {
    let holder = web_sys::window()?.document()?.create_element("div").ok()?;
    holder.set_inner_html(&column.outer_html());
    let copy = holder.query_selector(".inputs").ok()??;
    each(&copy, "[type=radio]", |radio| {
        let mut group = radio.get_attribute("name").unwrap_or_default();
        group.push_str("-lent");
        let _ = radio.set_attribute("name", &group);
    });
    Some(copy)
}

/// Shows the app's inputs column, now complete, and takes the lent one
/// away, in one task: the edits made on the lent column, before or since
/// the takeover, and its focus go to the app's fields. Nothing is left to
/// carry: the app's column has a twin of each field, named by its id
/// whatever the language. Does nothing when nothing waits.
pub fn give_back_lent() {
    let Some(Lending {
        own, lent: column, ..
    }) = LENDING.with(|l| l.borrow_mut().take())
    else {
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
