//! Money unit choice (billion VND, trillion VND, million USD) and, for USD,
//! the exchange rate the user assumes, validated like every other field.

use yew::prelude::*;

use super::number_field::{FieldKind, NumberField};
use crate::i18n::strings;
use crate::model::units::{MoneyUnit, MAX_VND_PER_USD, MIN_VND_PER_USD};
use crate::model::Lang;

pub struct UnitPickerProps {
    pub lang: Lang,
    pub unit: MoneyUnit,
    pub vnd_per_usd: f64,
    pub on_unit: Callback<MoneyUnit>,
    pub on_rate: Callback<f64>,
}

/// Stateless, so a plain function rather than a component (see `components`).
pub fn view(props: &UnitPickerProps) -> Html {
    let lang = props.lang;
    let t = strings(lang);
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
    // Rendered always and hidden unless USD is chosen, so the radios
    // beside it keep their identity (and focus) when it appears.
    html! {
        <fieldset class="unit-picker">
            <legend>{ t.units_label }</legend>
            { for options }
            <div class="rate" hidden={props.unit != MoneyUnit::MillionUsd}>
                <span aria-hidden="true">{ t.usd_rate_label }</span>
                <NumberField id="usd-rate" label={t.usd_rate_label} value={props.vnd_per_usd}
                    kind={FieldKind::Whole { min: MIN_VND_PER_USD, max: MAX_VND_PER_USD }} {lang}
                    on_change={props.on_rate.clone()} />
            </div>
        </fieldset>
    }
}
