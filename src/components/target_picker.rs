//! Which reading of the target the verdict tests: the published absolute
//! figure (default) or "+8.7 % on 2023".

use yew::prelude::*;

use super::Data;
use crate::format::ReaderFormat as _;
use crate::format::{self, ReaderPrefs};
use crate::i18n::strings;
use crate::model::TargetReading;

/// The radios' group. The prerendered page's copy has its own: while its
/// inputs column is lent to the app (`browser::take_over`), the app's own
/// column is built beside it, and one group would let a check in either
/// clear the other. Each radio's id names it alike in both, for the edits
/// carried from one to the other.
const GROUP: &str = if cfg!(target_arch = "wasm32") {
    "target-reading"
} else {
    "target-reading-prerendered"
};

pub struct TargetPickerProps {
    pub data: Data,
    pub reading: TargetReading,
    pub reader: ReaderPrefs,
    pub on_change: Callback<TargetReading>,
}

pub fn view(props: &TargetPickerProps) -> Html {
    let reader = props.reader;
    let t = strings(reader.lang);
    let data = props.data;
    let option = |reading: TargetReading, id: &'static str, label: String| {
        let on_change = props.on_change.clone();
        html! {
            <label class="choice">
                <input type="radio" name={GROUP} {id} checked={props.reading == reading}
                       onchange={move |_| on_change.emit(reading)} />
                { label }
            </label>
        }
    };
    let unit = reader.unit_label();
    let absolute =
        t.reading_absolute_option(&format!("{} {unit}", reader.money(data.target.value)));
    let stated = t.reading_stated_option(
        &format::pct(reader.lang, data.target.stated_growth_pct, 1),
        &format!(
            "{} {unit}",
            reader.money(TargetReading::StatedGrowth.value(&data))
        ),
        data.years(),
    );
    html! {
        <fieldset class="target-picker">
            <legend>{ t.target_reading_legend }</legend>
            { option(TargetReading::Absolute, "target-absolute", absolute) }
            { option(TargetReading::StatedGrowth, "target-stated", stated) }
        </fieldset>
    }
}
