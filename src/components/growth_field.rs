//! A sector's 2024 growth field: free text in either decimal notation,
//! validated as typed, with an inline message when it cannot be used.
//!
//! The field keeps the user's raw text (the draft) while it is being edited
//! so that "9," or "-" survive re-renders; only valid rates go up through
//! `on_change`. When the scenario's rate changes for another reason (a
//! reset), the draft no longer matches it and is dropped.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::format;
use crate::i18n::strings;
use crate::model::growth_input::{parse_growth_pct, GrowthInputError};
use crate::model::Lang;

#[derive(Properties, PartialEq)]
pub struct GrowthFieldProps {
    /// Unique, stable id for the input; the message id derives from it.
    pub id: AttrValue,
    pub label: AttrValue,
    pub value_pct: f64,
    pub lang: Lang,
    pub on_change: Callback<f64>,
}

#[component]
pub fn GrowthField(props: &GrowthFieldProps) -> Html {
    let draft = use_state(|| None::<String>);

    {
        let draft = draft.clone();
        use_effect_with(props.value_pct, move |value| {
            let still_matches = draft
                .as_deref()
                .map(|text| parse_growth_pct(text) == Ok(*value))
                .unwrap_or(true);
            if !still_matches {
                draft.set(None);
            }
        });
    }

    let oninput = {
        let draft = draft.clone();
        let on_change = props.on_change.clone();
        Callback::from(move |e: InputEvent| {
            let text = e.target_unchecked_into::<HtmlInputElement>().value();
            if let Ok(pct) = parse_growth_pct(&text) {
                on_change.emit(pct);
            }
            draft.set(Some(text));
        })
    };

    // A valid draft is shown in the language's own notation once the user
    // leaves the field; an invalid one stays so the user can see and fix it.
    let onblur = {
        let draft = draft.clone();
        Callback::from(move |_: FocusEvent| {
            if draft
                .as_deref()
                .map(parse_growth_pct)
                .is_some_and(|r| r.is_ok())
            {
                draft.set(None);
            }
        })
    };

    let t = strings(props.lang);
    let error = draft
        .as_deref()
        .and_then(|text| parse_growth_pct(text).err());
    let shown = draft
        .as_deref()
        .map(str::to_owned)
        .unwrap_or_else(|| format::editable_pct(props.lang, props.value_pct));
    let message_id = format!("{}-error", props.id);
    let message = error
        .map(|e| {
            let reason = match e {
                GrowthInputError::Empty => t.error_empty,
                GrowthInputError::NotANumber => t.error_not_a_number,
                GrowthInputError::BelowMinimum => t.error_below_minimum,
                GrowthInputError::AboveMaximum => t.error_above_maximum,
            };
            let kept = t.still_using(&format::editable_pct(props.lang, props.value_pct));
            format!("{reason} {kept}")
        })
        .unwrap_or_default();

    html! {
        <div class={classes!("growth-field", error.is_some().then_some("invalid"))}>
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
                {onblur}
            />
            <span class="unit" aria-hidden="true">{ "%" }</span>
            // Always in the DOM, hidden when empty: a node that comes and
            // goes beside the input would make yew rebuild the input and
            // take the focus from the user mid-typing.
            <span class="field-error" id={message_id} role="alert" hidden={error.is_none()}>
                { message }
            </span>
        </div>
    }
}
