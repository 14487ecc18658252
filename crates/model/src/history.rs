//! Undo and redo: the scenarios before and after the current one.
//!
//! A step is recorded when the scenario changes. Changes that carry the
//! same `StepKey` while the step is open (a slider being dragged, a field
//! being typed in) merge into one step; the step closes when the edit is
//! committed (`seal`: the browser's `change` event, on release or when the
//! field is left) or when any other kind of change comes. Invariant: at
//! most `MAX_STEPS` steps back; a new step after undoing drops the redo
//! list, as everywhere else.

use std::collections::VecDeque;

/// How many steps can be undone (the issue asks for at least 50).
pub const MAX_STEPS: usize = 100;

/// Which input a change came from, for merging a run of changes to it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StepKey {
    Growth(usize),
    Project(usize),
    Range(usize),
    Seed,
    Draws,
    SoFar,
}

#[derive(Clone, Debug, PartialEq)]
pub struct History<T> {
    past: VecDeque<T>,
    future: Vec<T>,
    /// The step that further changes with this key still belong to.
    open: Option<StepKey>,
}

impl<T> Default for History<T> {
    fn default() -> Self {
        History {
            past: VecDeque::new(),
            future: Vec::new(),
            open: None,
        }
    }
}

impl<T> History<T> {
    /// The scenario changed from `before`; `key` is `None` for changes
    /// that are always a step of their own (presets, resets, loads).
    pub fn record(&mut self, before: T, key: Option<StepKey>) {
        if key.is_some() && key == self.open {
            return;
        }
        if self.past.len() == MAX_STEPS {
            self.past.pop_front();
        }
        self.past.push_back(before);
        self.future.clear();
        self.open = key;
    }

    /// The open step is complete: the next change starts a new one.
    pub fn seal(&mut self) {
        self.open = None;
    }

    /// The scenario to go back to, given the current one.
    pub fn undo(&mut self, current: T) -> Option<T> {
        let previous = self.past.pop_back()?;
        self.future.push(current);
        self.open = None;
        Some(previous)
    }

    pub fn redo(&mut self, current: T) -> Option<T> {
        let next = self.future.pop()?;
        self.past.push_back(current);
        self.open = None;
        Some(next)
    }

    pub fn is_open(&self) -> bool {
        self.open.is_some()
    }

    pub fn can_undo(&self) -> bool {
        !self.past.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.future.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_run_of_changes_to_one_input_is_one_step() {
        let mut h = History::default();
        // Dragging the manufacturing slider: 3.4 → 4 → 5 → 6, then release.
        h.record(3.4, Some(StepKey::Growth(1)));
        h.record(4.0, Some(StepKey::Growth(1)));
        h.record(5.0, Some(StepKey::Growth(1)));
        h.seal();
        assert_eq!(h.undo(6.0), Some(3.4));
        assert_eq!(h.undo(3.4), None);
        assert_eq!(h.redo(3.4), Some(6.0));
        assert_eq!(h.redo(6.0), None);
    }

    #[test]
    fn another_input_or_a_sealed_run_starts_a_new_step() {
        let mut h = History::default();
        h.record(1, Some(StepKey::Growth(1)));
        h.record(2, Some(StepKey::Growth(2)));
        h.record(3, Some(StepKey::Growth(2)));
        h.seal();
        h.record(4, Some(StepKey::Growth(2)));
        h.record(5, None);
        h.record(6, None);
        assert_eq!(h.undo(7), Some(6));
        assert_eq!(h.undo(6), Some(5));
        assert_eq!(h.undo(5), Some(4));
        assert_eq!(h.undo(4), Some(2));
        assert_eq!(h.undo(2), Some(1));
        assert!(!h.can_undo());
    }

    #[test]
    fn a_new_step_after_undo_drops_the_redo_list() {
        let mut h = History::default();
        h.record('a', None);
        assert_eq!(h.undo('b'), Some('a'));
        assert!(h.can_redo());
        h.record('a', None);
        assert!(!h.can_redo());
    }

    #[test]
    fn keeps_the_last_hundred_steps() {
        let mut h = History::default();
        for i in 0..150 {
            h.record(i, None);
        }
        let mut current = 150;
        let mut undone = 0;
        while let Some(previous) = h.undo(current) {
            current = previous;
            undone += 1;
        }
        assert_eq!(undone, MAX_STEPS);
        assert_eq!(current, 50);
    }
}
