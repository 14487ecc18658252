//! The scenario as yew state, and what every section reads through context.
//!
//! - `AppState` is the one `use_reducer` of an edition's explorer: the
//!   edition the scenario belongs to (its data and assumptions, fixed for
//!   the reducer's life), the scenario (a `model` value), `revision`, which keys the input fields so that resets, loads, undo
//!   and redo drop half-typed drafts, and the undo `History`. Every change
//!   goes through a `Step`: an `Action` on the scenario (recorded as an
//!   undo step, merged with the open one when it edits the same input),
//!   `Undo`, `Redo`, or `Seal`, which the browser's `change` event sends
//!   when the user commits an edit and which closes the open step.
//! - `AppContext` carries what many sections read and what never changes
//!   on a lever edit: the open edition with its data and assumptions, the
//!   reader's preferences (their own state, not part of the scenario), the
//!   dispatcher and a few stable callbacks (`open_edition` asks the root
//!   for another edition, with an `OpenRequest`). Its equality
//!   is by identity, so consumers re-render only when the language, unit
//!   or rate changes.
//! - `Derived` is computed once per scenario change (`use_memo` in the
//!   explorer): outcome, share codes, link, Monte Carlo spec.
//! - `Latest` lets click handlers (save, export) read the current scenario
//!   without making it a prop, so the sections that own those buttons do
//!   not re-render on every edit.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use crate::format::ReaderPrefs;
use crate::model::catalog::EditionRef;
use crate::model::errors::{DecodeError, FileReadError};
use crate::model::history::History;
use crate::model::montecarlo::McSpec;
use crate::model::presets::Assumptions;
pub use crate::model::scenario::{Action, Scenario, ScenarioError};
use crate::model::{Data, Dataset, Outcome};
use crate::share::code::{encode, Shared, View};

#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    /// The edition the scenario belongs to: its data and assumptions.
    pub edition: EditionRef,
    pub scenario: Rc<Scenario>,
    /// Bumped by every action that sets fields from outside (see
    /// `Action::resets_fields`) and by undo and redo; keys the fields so
    /// they drop drafts.
    pub revision: u32,
    pub history: History<Rc<Scenario>>,
}

/// What the reducer takes: an edit of the scenario, or a move in its history.
#[derive(Clone, Debug, PartialEq)]
pub enum Step {
    Edit(Action),
    Undo,
    Redo,
    /// The user committed an edit (the browser's `change` event): the
    /// next change to the same input is a new undo step.
    Seal,
}

impl From<Action> for Step {
    fn from(action: Action) -> Self {
        Step::Edit(action)
    }
}

impl AppState {
    pub fn new(edition: EditionRef, scenario: Scenario) -> Self {
        AppState {
            edition,
            scenario: Rc::new(scenario),
            revision: 0,
            history: History::default(),
        }
    }

    fn edit(self: Rc<Self>, action: Action) -> Rc<Self> {
        let (data, assumptions) = (self.edition.data, self.edition.assumptions);
        let resets = action.resets_fields();
        let key = action.step_key();
        let next = self.scenario.apply(data, assumptions, action);
        if next == *self.scenario {
            if !resets {
                return self;
            }
            return Rc::new(AppState {
                revision: self.revision.wrapping_add(1),
                ..(*self).clone()
            });
        }
        let mut history = self.history.clone();
        history.record(self.scenario.clone(), key);
        Rc::new(AppState {
            edition: self.edition,
            scenario: Rc::new(next),
            revision: self.revision.wrapping_add(u32::from(resets)),
            history,
        })
    }

    fn travel(self: Rc<Self>, back: bool) -> Rc<Self> {
        let mut history = self.history.clone();
        let current = self.scenario.clone();
        let target = if back {
            history.undo(current)
        } else {
            history.redo(current)
        };
        match target {
            Some(scenario) => Rc::new(AppState {
                edition: self.edition,
                scenario,
                revision: self.revision.wrapping_add(1),
                history,
            }),
            None => self,
        }
    }
}

impl Reducible for AppState {
    type Action = Step;

    fn reduce(self: Rc<Self>, step: Step) -> Rc<Self> {
        match step {
            Step::Edit(action) => self.edit(action),
            Step::Undo => self.travel(true),
            Step::Redo => self.travel(false),
            Step::Seal if self.history.is_open() => {
                let mut next = (*self).clone();
                next.history.seal();
                Rc::new(next)
            }
            Step::Seal => self,
        }
    }
}

/// A saved scenario on the presenter's screen, as a deck slide: shown with
/// its own verdict, link and QR, without touching the scenario being
/// edited (no undo step; Escape returns to it).
#[derive(Clone, Debug, PartialEq)]
pub struct DeckSlide {
    /// Counting from 0.
    pub position: usize,
    pub count: usize,
    pub name: String,
    pub scenario: Rc<Scenario>,
}

/// What the banner reports; kept as data so it reads in the current language.
#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    BadLink(DecodeError),
    NotAnExport,
    BadImport(DecodeError),
    ImportFile(FileReadError),
}

/// The current scenario, reader and probability, for click handlers only.
#[derive(Clone, Default)]
pub struct Latest(Rc<RefCell<LatestValue>>);

#[derive(Default)]
struct LatestValue {
    shared: Option<(Rc<Scenario>, ReaderPrefs)>,
    probability: Option<f64>,
}

impl Latest {
    pub fn set(&self, scenario: Rc<Scenario>, reader: ReaderPrefs, probability: Option<f64>) {
        *self.0.borrow_mut() = LatestValue {
            shared: Some((scenario, reader)),
            probability,
        };
    }

    /// What a link to the current scenario holds, in the full view.
    pub fn shared(&self) -> Option<Shared> {
        let value = self.0.borrow();
        let (scenario, reader) = value.shared.as_ref()?;
        Some(Shared {
            scenario: (**scenario).clone(),
            reader: *reader,
            view: View::Full,
        })
    }

    /// The finished Monte Carlo probability of the current scenario.
    pub fn probability(&self) -> Option<f64> {
        self.0.borrow().probability
    }
}

impl PartialEq for Latest {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// Asks the root to open another edition: with `code` (a saved scenario
/// of it), else with the scenario last open in it, else its baseline.
#[derive(Clone, Debug, PartialEq)]
pub struct OpenRequest {
    pub edition: &'static str,
    pub code: Option<String>,
}

#[derive(Clone)]
pub struct AppContext {
    /// The edition open; `data` and `assumptions` are its own.
    pub edition: EditionRef,
    pub data: Data,
    pub assumptions: &'static Assumptions,
    pub reader: ReaderPrefs,
    pub dispatch: UseReducerDispatcher<AppState>,
    pub set_reader: Callback<ReaderPrefs>,
    pub latest: Latest,
    pub set_view: Callback<View>,
    pub notify: Callback<Option<Notice>>,
    pub open_shortcuts: Callback<()>,
    pub open_edition: Callback<OpenRequest>,
}

impl PartialEq for AppContext {
    fn eq(&self, other: &Self) -> bool {
        self.edition == other.edition
            && self.data == other.data
            && std::ptr::eq(self.assumptions, other.assumptions)
            && self.reader == other.reader
            && self.dispatch == other.dispatch
            && self.set_reader == other.set_reader
            && self.latest == other.latest
            && self.set_view == other.set_view
            && self.notify == other.notify
            && self.open_shortcuts == other.open_shortcuts
            && self.open_edition == other.open_edition
    }
}

impl AppContext {
    /// A callback that turns its value into an action on the scenario.
    pub fn action<T: 'static>(&self, action: impl Fn(T) -> Action + 'static) -> Callback<T> {
        let dispatch = self.dispatch.clone();
        Callback::from(move |value| dispatch.dispatch(Step::Edit(action(value))))
    }
}

/// The context every section reads. Only components under the root's
/// provider call it; outside one it is a programming error.
#[hook]
pub fn use_app() -> AppContext {
    use_context::<AppContext>().expect("AppContext is provided by the root")
}

/// What the scenario implies, computed once per change.
#[derive(Debug, PartialEq)]
pub struct Derived {
    pub outcome: Rc<Outcome>,
    /// The code for the address bar (with the view).
    pub code: String,
    /// The code of the full view, for links, saves and exports.
    pub full_code: String,
    pub mc_spec: McSpec,
}

impl Derived {
    pub fn new(
        data: &Dataset,
        assumptions: &Assumptions,
        scenario: &Scenario,
        reader: ReaderPrefs,
        view: View,
    ) -> Self {
        let outcome = scenario.outcome(data);
        let shared = |view| Shared {
            scenario: scenario.clone(),
            reader,
            view,
        };
        let full_code = encode(&shared(View::Full), data, assumptions);
        let code = if view == View::Full {
            full_code.clone()
        } else {
            encode(&shared(view), data, assumptions)
        };
        Derived {
            mc_spec: scenario.mc_spec(&outcome),
            outcome: Rc::new(outcome),
            code,
            full_code,
        }
    }
}

/// The scenario as it was when edits last rested (`hooks::use_settled`),
/// with its outcome and link: what the sections below the fold show.
#[derive(Clone, Debug, PartialEq)]
pub struct Settled {
    pub scenario: Rc<Scenario>,
    pub outcome: Rc<Outcome>,
    pub link: AttrValue,
}

#[cfg(test)]
mod reducer_tests {
    use super::*;
    use crate::model::catalog::Catalog;

    fn start() -> Rc<AppState> {
        let edition = EditionRef(Catalog::bundled().default_edition().unwrap());
        let scenario = Scenario::baseline(edition.data, edition.assumptions);
        Rc::new(AppState::new(edition, scenario))
    }

    fn growth(sector: usize, pct: f64) -> Step {
        Step::Edit(Action::SetGrowth { sector, pct })
    }

    #[test]
    fn a_run_of_edits_to_one_input_is_one_undo_step_until_sealed() {
        let base = start();
        let dragged = base
            .clone()
            .reduce(growth(0, 5.0))
            .reduce(growth(0, 6.0))
            .reduce(growth(0, 7.0));
        assert_eq!(dragged.scenario.growth_pct[0], 7.0);
        let undone = dragged.clone().reduce(Step::Undo);
        assert_eq!(undone.scenario, base.scenario, "the whole drag is one step");
        assert!(!undone.history.can_undo());

        let sealed = dragged.reduce(Step::Seal).reduce(growth(0, 8.0));
        let once = sealed.reduce(Step::Undo);
        assert_eq!(once.scenario.growth_pct[0], 7.0, "sealed: a new step");
    }

    #[test]
    fn edits_to_another_input_open_a_new_step() {
        let base = start();
        let both = base.clone().reduce(growth(0, 5.0)).reduce(growth(1, 1.0));
        let once = both.reduce(Step::Undo);
        assert_eq!(once.scenario.growth_pct[0], 5.0);
        assert_eq!(once.scenario.growth_pct[1], base.scenario.growth_pct[1]);
    }

    #[test]
    fn an_edit_that_changes_nothing_is_no_step_and_keeps_the_state() {
        let base = start();
        let same = base.scenario.growth_pct[0];
        let after = base.clone().reduce(growth(0, same));
        assert!(Rc::ptr_eq(&base, &after), "same state, no re-render");
        assert!(!after.history.can_undo());
        // A reset that changes nothing still drops half-typed drafts.
        let reset = base.clone().reduce(Step::Edit(Action::ResetAll));
        assert_eq!(reset.revision, base.revision + 1);
        assert_eq!(reset.scenario, base.scenario);
        assert!(!reset.history.can_undo());
    }

    #[test]
    fn revisions_follow_resets_undo_and_redo_but_not_typing() {
        let base = start();
        let typed = base.clone().reduce(growth(2, 4.0));
        assert_eq!(
            typed.revision, base.revision,
            "typing keeps the fields' drafts"
        );
        let preset = typed.reduce(Step::Edit(Action::ApplyPreset(1)));
        assert_eq!(preset.revision, base.revision + 1);
        let undone = preset.reduce(Step::Undo);
        assert_eq!(undone.revision, base.revision + 2);
        assert_eq!(undone.scenario.growth_pct[2], 4.0);
        let redone = undone.reduce(Step::Redo);
        assert_eq!(redone.revision, base.revision + 3);
        let nothing = redone.clone().reduce(Step::Redo);
        assert!(Rc::ptr_eq(&redone, &nothing), "nothing to redo");
    }

    #[test]
    fn an_invalid_edit_is_ignored() {
        let base = start();
        let after = base.clone().reduce(growth(99, 5.0));
        assert_eq!(after.scenario, base.scenario);
        assert!(!after.history.can_undo());
        let sealed = base.clone().reduce(Step::Seal);
        assert!(Rc::ptr_eq(&base, &sealed), "nothing open to seal");
    }
}
