//! What the keyboard does, page-wide: undo and redo, the shortcut list,
//! a jump to Share, leaving the presenter view, and stepping through the
//! saved scenarios as a deck there (shown by the presenter alone: the
//! scenario being edited stays as it is). Also where an edit is committed: the browser's
//! `change` event (a slider released, a field left) seals the undo step.
//!
//! Which key means what is decided by the pure `model::shortcuts`; this
//! module only listens and carries it out.

use std::rc::Rc;

use yew::prelude::*;

use crate::browser;
use crate::model::page_index::Landmark;
use crate::model::presets::Assumptions;
use crate::model::shortcuts::{shortcut_for, Shortcut};
use crate::model::{Data, Dataset, Lang};
use crate::share::code::{decode, View};
use crate::state::{AppState, DeckSlide, Step};

/// The next (or previous) saved scenario after `current`, wrapping round;
/// `None` when nothing is saved or the store cannot be read. A saved code
/// that no longer reads is skipped.
pub fn deck_step(
    data: &Dataset,
    assumptions: &Assumptions,
    lang: Lang,
    current: Option<usize>,
    forward: bool,
) -> Option<DeckSlide> {
    // The deck is this edition's saved scenarios: another's would be
    // counted and never shown.
    let saved = browser::load_saved_of(data.years().target).ok()?;
    let count = saved.len();
    let mut position = current;
    for _ in 0..count {
        let next = match (position, forward) {
            (None, true) => 0,
            (None, false) => count - 1,
            (Some(p), true) => (p + 1) % count,
            (Some(p), false) => (p + count - 1) % count,
        };
        position = Some(next);
        if let Ok(shared) = decode(&saved[next].code, data, assumptions, lang) {
            return Some(DeckSlide {
                position: next,
                count,
                name: saved[next].name.clone(),
                scenario: Rc::new(shared.scenario),
            });
        }
    }
    None
}

/// Seals the open undo step whenever the user commits an edit, until the
/// returned listener is dropped.
pub fn commit_seals(
    dispatch: UseReducerDispatcher<AppState>,
) -> Option<gloo::events::EventListener> {
    browser::on_window("change", move || dispatch.dispatch(Step::Seal))
}

/// What the page-wide shortcuts act on.
pub struct ShortcutTargets {
    pub data: Data,
    pub assumptions: &'static Assumptions,
    pub lang: Lang,
    pub view: View,
    pub dispatch: UseReducerDispatcher<AppState>,
    pub set_view: Callback<View>,
    pub help: UseStateHandle<bool>,
    pub deck: UseStateHandle<Option<DeckSlide>>,
}

#[hook]
pub fn use_shortcuts(targets: ShortcutTargets) {
    let deps = (
        targets.view,
        *targets.help,
        (*targets.deck).clone(),
        targets.lang,
    );
    use_effect_with(deps, move |_| {
        // Leaving the presenter ends the deck, whichever way it is left
        // (here, not in an effect of its own: each costs the wasm).
        if targets.view != View::Presenter && targets.deck.is_some() {
            targets.deck.set(None);
        }
        let listener = browser::on_key_press(move |press| {
            // Keys reach the prerendered page until the app shows: a
            // dialog opened off screen could not be shown.
            if !browser::is_shown() {
                return false;
            }
            let presenting = targets.view == View::Presenter;
            match shortcut_for(press, presenting) {
                Some(shortcut) => run(&targets, shortcut),
                None => false,
            }
        });
        move || drop(listener)
    });
}

/// Carries out a shortcut; false when it did nothing here (so the key
/// keeps its usual meaning).
fn run(t: &ShortcutTargets, shortcut: Shortcut) -> bool {
    match shortcut {
        Shortcut::Undo => t.dispatch.dispatch(Step::Undo),
        Shortcut::Redo => t.dispatch.dispatch(Step::Redo),
        Shortcut::ShowShortcuts => t.help.set(!*t.help),
        Shortcut::Close if *t.help => t.help.set(false),
        Shortcut::Close if t.view == View::Presenter => t.set_view.emit(View::Full),
        Shortcut::Close => return false,
        // Not drawn yet (or not this view): the key keeps its meaning.
        Shortcut::Share => {
            return t.view == View::Full && !*t.help && browser::focus_id(Landmark::Share.id())
        }
        Shortcut::Next | Shortcut::Previous => {
            let current = t.deck.as_ref().map(|slide| slide.position);
            let forward = shortcut == Shortcut::Next;
            match deck_step(&t.data, t.assumptions, t.lang, current, forward) {
                Some(slide) => t.deck.set(Some(slide)),
                // Nothing saved: the keys keep their usual meaning (scrolling).
                None => return false,
            }
        }
    }
    true
}
