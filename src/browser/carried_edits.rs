//! What a reader does on the prerendered page before the app takes over
//! (on hall Wi-Fi the wasm can take seconds to arrive): text typed into a
//! field, a slider moved, an option chosen, and the field being typed in.
//! `Carried::read` takes it from the prerendered page just before that page
//! is replaced, and from its inputs column when the app gives that back
//! (`takeover::give_back_lent`); `Carried::apply` gives each edit to the
//! app's own field as the `input` and `change` events the reader's hand
//! would have sent, so validation, undo steps and every figure follow
//! exactly as for an edit made a moment later. What the app has not built
//! yet (sections below the fold) stays carried until it is. Buttons
//! pressed before the takeover did nothing, and are not replayed, but for
//! the language: the page's early script switches the prerendered copy
//! itself (and remembers the choice, which the app reads when it starts);
//! a switch made after the app started and before it took over is given
//! to the app's own language button.
//!
//! What is carried is each field's final state, given in the order of the
//! page, not the order the reader made the edits: a sector's field and its
//! slider both edited end with the field's value. The focus is given back
//! only while nothing else has it (the reader may have moved on).
//!
//! Fields are matched by what names them alike on both pages (the
//! prerendered page is the app's own rendering, in the same language):
//! their id, else a radio group's name and position, else their
//! accessible label. A field with none of these, or whose name is not
//! unique on its page, is not carried.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement};

use crate::model::decimal::parse_decimal;

enum Change {
    Value(String),
    Checked(bool),
}

/// What names a field alike on both pages.
#[derive(Clone, PartialEq)]
enum Key {
    Id(String),
    /// A radio button: its group's name and its position in the group.
    Radio(String, usize),
    /// The field's accessible label.
    Label(String),
}

struct Edit {
    key: Key,
    change: Change,
}

impl Edit {
    /// `input` is what the app's fields act on (a plain `Event`: their
    /// handlers read only its target); `change` closes the undo step, as
    /// when a reader leaves a field or lets go of a slider
    /// (`commands::commit_seals`).
    fn give_to(&self, input: &HtmlInputElement) {
        match &self.change {
            Change::Value(value) => input.set_value(value),
            Change::Checked(checked) => input.set_checked(*checked),
        }
        for name in ["input", "change"] {
            let init = web_sys::EventInit::new();
            init.set_bubbles(true);
            if let Ok(event) = web_sys::Event::new_with_event_init_dict(name, &init) {
                let _ = input.dispatch_event(&event);
            }
        }
    }
}

/// The field that had the focus, and the caret or selection in it.
struct Focus {
    key: Key,
    selection: Option<(u32, u32)>,
}

/// Edits not yet given to the app, in the order of the page.
pub struct Carried {
    /// The language of the prerendered copy on screen.
    lang: Option<String>,
    edits: Vec<Edit>,
    focus: Option<Focus>,
}

impl Carried {
    /// The fields of the prerendered page that differ from how it was
    /// written, the focused one, and the language shown.
    pub fn read(prerendered: &Element) -> Carried {
        let fields = fields(prerendered);
        let edits: Vec<Edit> = fields
            .iter()
            .filter_map(|(key, input)| {
                let change = if matches!(input.type_().as_str(), "radio" | "checkbox") {
                    let checked = input.checked();
                    // A radio that lost its check follows from the one that got it.
                    let changed = checked != input.default_checked()
                        && (checked || input.type_() == "checkbox");
                    changed.then_some(Change::Checked(checked))
                } else {
                    let value = input.value();
                    let default = input.default_value();
                    // A slider reads its value back in its shortest form
                    // ("10" for a written "10.0"): compare numbers.
                    let changed = if input.type_() == "range" {
                        parse_decimal(&default) != Some(input.value_as_number())
                    } else {
                        value != default
                    };
                    changed.then_some(Change::Value(value))
                }?;
                Some(Edit {
                    key: key.clone(),
                    change,
                })
            })
            .collect();
        let active = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.active_element());
        let focus = fields.iter().find_map(|(key, input)| {
            let focused = active.as_ref()? == input.unchecked_ref::<Element>();
            focused.then(|| Focus {
                key: key.clone(),
                selection: selection(input),
            })
        });
        let lang = prerendered
            .query_selector("[data-prerender]")
            .ok()
            .flatten()
            .and_then(|copy| copy.get_attribute("lang"));
        Carried { lang, edits, focus }
    }

    /// Gives each edit whose field `root` holds to that field, then the
    /// focus; what is left (fields not built yet), if anything.
    pub fn apply(mut self, root: &Element) -> Option<Carried> {
        if let Some(lang) = self.lang.take() {
            // Only the language the app does not show has an unpressed button.
            let other = format!(".lang-switch button[lang=\"{lang}\"][aria-pressed=\"false\"]");
            if let Ok(Some(button)) = root.query_selector(&other) {
                button.unchecked_into::<web_sys::HtmlElement>().click();
            }
        }
        let fields = fields(root);
        let find = |key: &Key| {
            fields
                .iter()
                .find(|(k, _)| k == key)
                .map(|(_, input)| input)
        };
        self.edits.retain(|edit| match find(&edit.key) {
            Some(input) => {
                edit.give_to(input);
                false
            }
            None => true,
        });
        if let Some(focus) = &self.focus {
            if let Some(input) = find(&focus.key) {
                if nothing_focused() {
                    let options = web_sys::FocusOptions::new();
                    options.set_prevent_scroll(true);
                    let _ = input.focus_with_options(&options);
                    if let Some((start, end)) = focus.selection {
                        let _ = input.set_selection_range(start, end);
                    }
                }
                self.focus = None;
            }
        }
        (!self.edits.is_empty() || self.focus.is_some()).then_some(self)
    }
}

/// Whether the focus is on no field or control (on the page's body).
fn nothing_focused() -> bool {
    let document = web_sys::window().and_then(|w| w.document());
    let active = document.as_ref().and_then(|d| d.active_element());
    let body = document.as_ref().and_then(|d| d.body());
    match (active, body) {
        (None, _) => true,
        (Some(active), Some(body)) => active == *body.unchecked_ref::<Element>(),
        (Some(_), None) => false,
    }
}

/// Where the caret is, in a field that has one (not a slider).
fn selection(input: &HtmlInputElement) -> Option<(u32, u32)> {
    let start = input.selection_start().ok()??;
    let end = input.selection_end().ok()??;
    Some((start, end))
}

/// The page's inputs with the key that names each (the prerendered page
/// has no select or textarea).
fn fields(root: &Element) -> Vec<(Key, HtmlInputElement)> {
    let Ok(list) = root.query_selector_all("input") else {
        return Vec::new();
    };
    let mut radio_groups: Vec<(String, usize)> = Vec::new();
    let named: Vec<(Key, HtmlInputElement)> = (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<HtmlInputElement>().ok())
        .filter_map(|input| Some((key(&input, &mut radio_groups)?, input)))
        .collect();
    let unique = |key: &Key| named.iter().filter(|(k, _)| k == key).count() == 1;
    named
        .iter()
        .filter(|(key, _)| unique(key))
        .cloned()
        .collect()
}

/// The field's id; else, for a radio, its group's name and position in
/// the group; else its accessible label.
fn key(input: &HtmlInputElement, radio_groups: &mut Vec<(String, usize)>) -> Option<Key> {
    let id = input.id();
    if !id.is_empty() {
        return Some(Key::Id(id));
    }
    if input.type_() == "radio" {
        let name = input.name();
        let position = match radio_groups.iter_mut().find(|(group, _)| *group == name) {
            Some((_, seen)) => {
                *seen += 1;
                *seen
            }
            None => {
                radio_groups.push((name.clone(), 0));
                0
            }
        };
        return Some(Key::Radio(name, position));
    }
    let label = input.get_attribute("aria-label")?;
    (!label.is_empty()).then_some(Key::Label(label))
}
