//! Keyboard shortcuts: which key press means what, and the list the "?"
//! dialog shows, from one table so the two cannot disagree.
//!
//! Inside a text field Ctrl/Cmd+Z stays the browser's own undo of that
//! field's text, and "?" is a character to type: neither is taken there.

/// What a shortcut does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shortcut {
    Undo,
    Redo,
    ShowShortcuts,
    /// Closes the shortcut list, or leaves the presenter view.
    Close,
    /// Presenter view: the next saved scenario of the deck.
    Next,
    Previous,
    /// Full page: to the Share section (its heading takes the focus).
    Share,
}

/// A key press as the browser reports it (`KeyboardEvent.key`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct KeyPress<'a> {
    pub key: &'a str,
    pub ctrl: bool,
    pub meta: bool,
    pub shift: bool,
    pub alt: bool,
    /// The focus is in a text field (text input, textarea).
    pub in_text_field: bool,
}

/// Every shortcut with the keys that trigger it, as the list shows them.
pub const SHORTCUTS: [(Shortcut, &str); 7] = [
    (Shortcut::Undo, "Ctrl+Z · ⌘Z"),
    (Shortcut::Redo, "Ctrl+Shift+Z · ⌘⇧Z · Ctrl+Y"),
    (Shortcut::ShowShortcuts, "?"),
    (Shortcut::Close, "Esc"),
    (Shortcut::Next, "→ · ↓ · PageDown"),
    (Shortcut::Previous, "← · ↑ · PageUp"),
    (Shortcut::Share, "S"),
];

/// `presenting`: arrows and Page keys step through the deck only in the
/// presenter view (elsewhere they move sliders and scroll the page).
pub fn shortcut_for(press: &KeyPress, presenting: bool) -> Option<Shortcut> {
    let command = press.ctrl || press.meta;
    let key = press.key;
    if command && !press.alt && !press.in_text_field {
        return match (key, press.shift) {
            ("z" | "Z", false) => Some(Shortcut::Undo),
            ("z" | "Z", true) => Some(Shortcut::Redo),
            ("y" | "Y", false) if press.ctrl => Some(Shortcut::Redo),
            _ => None,
        };
    }
    if command || press.alt {
        return None;
    }
    match key {
        "Escape" => Some(Shortcut::Close),
        "?" if !press.in_text_field => Some(Shortcut::ShowShortcuts),
        "s" | "S" if !press.in_text_field => Some(Shortcut::Share),
        "ArrowRight" | "ArrowDown" | "PageDown" if presenting => Some(Shortcut::Next),
        "ArrowLeft" | "ArrowUp" | "PageUp" if presenting => Some(Shortcut::Previous),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn press(key: &str) -> KeyPress<'_> {
        KeyPress {
            key,
            ctrl: false,
            meta: false,
            shift: false,
            alt: false,
            in_text_field: false,
        }
    }

    #[test]
    fn undo_and_redo_on_every_platform() {
        let ctrl = |key, shift| KeyPress {
            ctrl: true,
            shift,
            ..press(key)
        };
        let cmd = |key, shift| KeyPress {
            meta: true,
            shift,
            ..press(key)
        };
        assert_eq!(shortcut_for(&ctrl("z", false), false), Some(Shortcut::Undo));
        assert_eq!(shortcut_for(&cmd("z", false), false), Some(Shortcut::Undo));
        assert_eq!(shortcut_for(&ctrl("Z", true), false), Some(Shortcut::Redo));
        assert_eq!(shortcut_for(&cmd("z", true), false), Some(Shortcut::Redo));
        assert_eq!(shortcut_for(&ctrl("y", false), false), Some(Shortcut::Redo));
        // ⌘Y is not redo on a Mac (it opens the history in browsers).
        assert_eq!(shortcut_for(&cmd("y", false), false), None);
    }

    #[test]
    fn text_fields_keep_their_own_undo_and_their_question_marks() {
        let in_field = |key, ctrl| KeyPress {
            ctrl,
            in_text_field: true,
            ..press(key)
        };
        assert_eq!(shortcut_for(&in_field("z", true), false), None);
        assert_eq!(shortcut_for(&in_field("?", false), false), None);
        assert_eq!(shortcut_for(&in_field("s", false), false), None);
        assert_eq!(
            shortcut_for(&in_field("Escape", false), false),
            Some(Shortcut::Close)
        );
    }

    #[test]
    fn the_deck_keys_work_only_when_presenting() {
        assert_eq!(
            shortcut_for(&press("ArrowRight"), true),
            Some(Shortcut::Next)
        );
        assert_eq!(shortcut_for(&press("PageDown"), true), Some(Shortcut::Next));
        assert_eq!(
            shortcut_for(&press("PageUp"), true),
            Some(Shortcut::Previous)
        );
        assert_eq!(shortcut_for(&press("ArrowLeft"), false), None);
        assert_eq!(
            shortcut_for(&press("?"), false),
            Some(Shortcut::ShowShortcuts)
        );
    }

    #[test]
    fn s_goes_to_share_but_not_with_a_modifier() {
        assert_eq!(shortcut_for(&press("s"), false), Some(Shortcut::Share));
        assert_eq!(shortcut_for(&press("S"), false), Some(Shortcut::Share));
        let ctrl = KeyPress {
            ctrl: true,
            ..press("s")
        };
        let alt = KeyPress {
            alt: true,
            ..press("s")
        };
        assert_eq!(shortcut_for(&ctrl, false), None);
        assert_eq!(shortcut_for(&alt, false), None);
    }

    #[test]
    fn every_shortcut_is_listed_once() {
        for s in [
            Shortcut::Undo,
            Shortcut::Redo,
            Shortcut::ShowShortcuts,
            Shortcut::Close,
            Shortcut::Next,
            Shortcut::Previous,
            Shortcut::Share,
        ] {
            assert_eq!(
                SHORTCUTS.iter().filter(|(x, _)| *x == s).count(),
                1,
                "{s:?}"
            );
        }
    }
}
