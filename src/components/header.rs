//! Title, question, source line and the language switch.

use yew::prelude::*;

use super::Data;
use crate::i18n::strings;
use crate::model::Lang;

pub struct HeaderProps {
    pub data: Data,
    pub lang: Lang,
    pub on_lang: Callback<Lang>,
}

/// Stateless, so a plain function rather than a component: each component
/// type costs kilobytes of wasm, and this one would gain nothing from it.
pub fn view(props: &HeaderProps) -> Html {
    let t = strings(props.lang);
    let meta = &props.data.meta;
    // The publisher's own name is Vietnamese; English readers get a gloss.
    let publisher = match props.lang {
        Lang::Vi => meta.publisher.vi.clone(),
        Lang::En => format!("{} ({})", meta.publisher.vi, meta.publisher.en),
    };
    let lang_buttons = Lang::ALL.iter().map(|&lang| {
        let on_lang = props.on_lang.clone();
        let label = match lang {
            Lang::Vi => "Tiếng Việt",
            Lang::En => "English",
        };
        html! {
            <button
                type="button"
                lang={lang.tag()}
                aria-pressed={(lang == props.lang).to_string()}
                onclick={move |_| on_lang.emit(lang)}
            >{ label }</button>
        }
    });
    html! {
        <header class="app-header">
            <div class="title-row">
                <h1>{ t.app_title }</h1>
                <div class="lang-switch" role="group" aria-label={t.language_label}>
                    { for lang_buttons }
                </div>
            </div>
            <p class="question">{ t.app_question }</p>
            <p class="source" data-testid="source">
                { format!("{}: {publisher}, “{}”. ", t.source_label, meta.source_title.get(props.lang)) }
                { format!("{}; {}.", t.estimates_note, t.price_basis_note) }
            </p>
        </header>
    }
}
