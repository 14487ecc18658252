//! Money unit choice (billion VND, trillion VND, million USD) and, for USD,
//! the exchange rate the user assumes, validated like every other field.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::format::{number, NumberStyle};
use crate::i18n::strings;
use crate::model::units::{is_valid_vnd_per_usd, MoneyUnit};
use crate::model::Lang;

#[derive(Properties, PartialEq)]
pub struct UnitPickerProps {
    pub lang: Lang,
    pub unit: MoneyUnit,
    pub vnd_per_usd: f64,
    pub on_unit: Callback<MoneyUnit>,
    pub on_rate: Callback<f64>,
}

/// Reads "24000", "24,000" or "24.000": separators are ignored, since a
/// rate in VND per USD is a whole number in any plausible notation.
fn parse_rate(text: &str) -> Option<f64> {
    let digits: String = text
        .chars()
        .filter(|c| !matches!(c, ',' | '.' | ' ' | '\u{a0}'))
        .collect();
    if digits.is_empty() || !digits.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok().filter(|r| is_valid_vnd_per_usd(*r))
}

#[component]
pub fn UnitPicker(props: &UnitPickerProps) -> Html {
    let t = strings(props.lang);
    let rate_draft = use_state(|| None::<String>);
    let options = MoneyUnit::ALL.iter().map(|&unit| {
        let on_unit = props.on_unit.clone();
        html! {
            <label class="unit-option">
                <input type="radio" name="money-unit" checked={unit == props.unit}
                       onchange={move |_| on_unit.emit(unit)} />
                { t.unit_label(unit) }
            </label>
        }
    });
    let oninput = {
        let rate_draft = rate_draft.clone();
        let on_rate = props.on_rate.clone();
        Callback::from(move |e: InputEvent| {
            let text = e.target_unchecked_into::<HtmlInputElement>().value();
            if let Some(rate) = parse_rate(&text) {
                on_rate.emit(rate);
            }
            rate_draft.set(Some(text));
        })
    };
    let invalid = rate_draft
        .as_deref()
        .is_some_and(|t| parse_rate(t).is_none());
    let shown = rate_draft
        .as_deref()
        .map(str::to_owned)
        .unwrap_or_else(|| number(props.lang, props.vnd_per_usd, NumberStyle::plain(0)));
    // Rendered always and hidden unless USD is chosen, so the radios
    // beside it keep their identity (and focus) when it appears.
    let rate = html! {
        <label class={classes!("rate", invalid.then_some("invalid"))} hidden={props.unit != MoneyUnit::MillionUsd}>
            <span>{ t.usd_rate_label }</span>
            <input id="usd-rate" type="text" inputmode="numeric" value={shown}
                   aria-invalid={invalid.to_string()}
                   aria-describedby={invalid.then_some("usd-rate-error")} {oninput} />
            <span class="field-error" id="usd-rate-error" role="alert" hidden={!invalid}>{ t.usd_rate_error }</span>
        </label>
    };
    html! {
        <fieldset class="unit-picker">
            <legend>{ t.units_label }</legend>
            { for options }
            { rate }
        </fieldset>
    }
}

#[cfg(test)]
mod tests {
    use super::parse_rate;

    #[test]
    fn rates_in_any_notation() {
        assert_eq!(parse_rate("24000"), Some(24_000.0));
        assert_eq!(parse_rate("24,000"), Some(24_000.0));
        assert_eq!(parse_rate("24.000"), Some(24_000.0));
        assert_eq!(parse_rate("0"), None);
        assert_eq!(parse_rate("-24000"), None);
        assert_eq!(parse_rate("abc"), None);
        assert_eq!(parse_rate(""), None);
        assert_eq!(parse_rate("9999999"), None);
    }
}
