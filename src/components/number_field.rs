//! A numeric field: free text in either decimal notation, validated as
//! typed, with an inline message when it cannot be used. Growth fields
//! explain their bounds in growth terms; other fields name their bounds.
//!
//! The field keeps the user's raw text (the draft) while it is being edited
//! so that "9," or "-" survive re-renders, and while it has the focus so
//! that the scenario rounding "12.75" to "12.8" does not rewrite what is
//! being typed; only valid values go up through `on_change`. When the value
//! changes for another reason (a slider) and the field is not focused, the
//! draft is dropped. Resets that leave the value unchanged remount the
//! field through its `key`: the scenario's `revision` (see `state.rs`).

use std::cell::RefCell;
use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::format::{self, NumberStyle};
use crate::i18n::strings;
use crate::model::growth_input::{parse_number, GrowthInputError, MAX_GROWTH_PCT, MIN_GROWTH_PCT};
use crate::model::Lang;

/// What a field accepts, which also decides how its errors read.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum FieldKind {
    /// A 2024 growth rate in percent, −100 to +300.
    Growth,
    /// Any number within bounds, shown with up to `decimals` places.
    Bounded { min: f64, max: f64, decimals: u8 },
    /// A whole number within bounds, typed with or without thousands
    /// separators in either notation ("24000", "24,000", "24.000").
    Whole { min: f64, max: f64 },
}

impl FieldKind {
    fn bounds(self) -> (f64, f64) {
        match self {
            FieldKind::Growth => (MIN_GROWTH_PCT, MAX_GROWTH_PCT),
            FieldKind::Bounded { min, max, .. } | FieldKind::Whole { min, max } => (min, max),
        }
    }

    fn parse(self, text: &str, lang: Lang) -> Result<f64, GrowthInputError> {
        let (min, max) = self.bounds();
        match self {
            FieldKind::Whole { .. } => {
                let digits: String = text
                    .chars()
                    .filter(|c| !matches!(c, ',' | '.' | ' ' | '\u{a0}'))
                    .collect();
                parse_number(&digits, min, max, lang)
            }
            _ => parse_number(text, min, max, lang),
        }
    }

    fn shown(self, lang: Lang, value: f64) -> String {
        match self {
            FieldKind::Growth => format::editable_pct(lang, value),
            FieldKind::Bounded { decimals, .. } => {
                format::number(lang, value, NumberStyle::editable(decimals))
            }
            // Ungrouped: "2.024" would read as a decimal to Vietnamese eyes.
            FieldKind::Whole { .. } => format::number(lang, value, NumberStyle::editable(0)),
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct NumberFieldProps {
    /// Unique, stable id for the input; the message id derives from it.
    pub id: AttrValue,
    pub label: AttrValue,
    pub value: f64,
    pub kind: FieldKind,
    pub lang: Lang,
    pub on_change: Callback<f64>,
    /// Unit shown after the field ("%", "pp", …); empty for none.
    #[prop_or_default]
    pub suffix: AttrValue,
}

#[component]
pub fn NumberField(props: &NumberFieldProps) -> Html {
    let kind = props.kind;
    let field_lang = props.lang;
    let parse = move |text: &str| kind.parse(text, field_lang);
    let draft = use_state(|| None::<String>);
    let focused = use_mut_ref(|| false);

    {
        let draft = draft.clone();
        let focused = focused.clone();
        use_effect_with(props.value, move |value| {
            if *focused.borrow() {
                return;
            }
            let still_matches = draft
                .as_deref()
                .map(|text| parse(text) == Ok(*value))
                .unwrap_or(true);
            if !still_matches {
                draft.set(None);
            }
        });
    }

    let oninput = input_handler(props, draft.clone());
    let onfocus = {
        let focused = focused.clone();
        Callback::from(move |_: FocusEvent| *focused.borrow_mut() = true)
    };
    let onblur = blur_handler(props, draft.clone(), focused);

    let error = draft.as_deref().and_then(|text| parse(text).err());
    let shown = draft
        .as_deref()
        .map(str::to_owned)
        .unwrap_or_else(|| props.kind.shown(props.lang, props.value));
    let message_id = format!("{}-error", props.id);
    let message = error.map(|e| error_message(props, e)).unwrap_or_default();

    html! {
        <div class={if error.is_some() { "number-field invalid" } else { "number-field" }}>
            <input
                id={props.id.clone()}
                type="text"
                inputmode="decimal"
                autocomplete="off"
                spellcheck="false"
                aria-label={props.label.clone()}
                aria-invalid={error.is_some().to_string()}
                aria-describedby={error.map(|_| message_id.clone())}
                value={shown}
                {oninput}
                {onfocus}
                {onblur}
            />
            <span class="unit" aria-hidden="true">{ &props.suffix }</span>
            // Always in the DOM, hidden when empty: a node that comes and
            // goes beside the input would make yew rebuild the input and
            // take the focus from the user mid-typing.
            <span class="field-error" id={message_id} role="alert" hidden={error.is_none()}>
                { message }
            </span>
        </div>
    }
}

/// The text stays as typed even while it does not parse yet ("9,", "-"):
/// rewriting it would fight the user mid-number.
fn input_handler(
    props: &NumberFieldProps,
    draft: UseStateHandle<Option<String>>,
) -> Callback<InputEvent> {
    let (kind, lang) = (props.kind, props.lang);
    let on_change = props.on_change.clone();
    Callback::from(move |e: InputEvent| {
        let text = e.target_unchecked_into::<HtmlInputElement>().value();
        if let Ok(value) = kind.parse(&text, lang) {
            on_change.emit(value);
        }
        draft.set(Some(text));
    })
}

/// A valid draft is shown in the language's own notation once the user
/// leaves the field; an invalid one stays so the user can see and fix it.
fn blur_handler(
    props: &NumberFieldProps,
    draft: UseStateHandle<Option<String>>,
    focused: Rc<RefCell<bool>>,
) -> Callback<FocusEvent> {
    let (kind, lang) = (props.kind, props.lang);
    Callback::from(move |_: FocusEvent| {
        *focused.borrow_mut() = false;
        if draft
            .as_deref()
            .map(|text| kind.parse(text, lang))
            .is_some_and(|r| r.is_ok())
        {
            draft.set(None);
        }
    })
}

/// Why the draft cannot be used, then which value the scenario keeps
/// meanwhile: nothing the user typed is applied silently.
fn error_message(props: &NumberFieldProps, error: GrowthInputError) -> String {
    let t = strings(props.lang);
    let lang = props.lang;
    let (min, max) = props.kind.bounds();
    let shown = (props.kind.shown(lang, min), props.kind.shown(lang, max));
    let limits = (props.kind != FieldKind::Growth).then_some((shown.0.as_str(), shown.1.as_str()));
    let reason = t.input_error(error, limits);
    let kept = t.still_using(&format!(
        "{} {}",
        props.kind.shown(lang, props.value),
        props.suffix
    ));
    format!("{reason} {kept}")
}
