//! Presets from `data/assumptions.json`, each with its one-line rationale.
//!
//! A preset is applied by its index in the bundled list (`on_apply`): the
//! bar holds no scenario of its own, and a button is described to screen
//! readers by the rationale beside it (`aria-describedby`).

use yew::prelude::*;

use crate::i18n::strings;
use crate::model::presets::Preset;
use crate::model::Lang;

pub struct PresetBarProps {
    pub presets: &'static [Preset],
    pub lang: Lang,
    pub on_apply: Callback<usize>,
}

pub fn view(props: &PresetBarProps) -> Html {
    let lang = props.lang;
    let t = strings(lang);
    let items = props.presets.iter().enumerate().map(|(i, preset)| {
        let on_apply = props.on_apply.clone();
        let rationale_id = format!("preset-{}-why", preset.id);
        html! {
            <li>
                <button type="button" data-testid={format!("preset-{}", preset.id)}
                        aria-describedby={rationale_id.clone()} onclick={move |_| on_apply.emit(i)}>
                    { preset.name.get(lang) }
                </button>
                <span class="rationale" id={rationale_id}>{ preset.rationale.get(lang) }</span>
            </li>
        }
    });
    html! {
        <section class="presets" aria-labelledby="presets-heading">
            <h3 id="presets-heading">{ t.presets_heading }</h3>
            <ul>{ for items }</ul>
        </section>
    }
}
