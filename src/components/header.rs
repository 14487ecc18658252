//! Title, question, source line and the language switch.
//!
//! The switch changes the reader's preferences only, never the scenario
//! (so it is not an undo step); exactly one of its buttons is pressed.

use yew::prelude::*;

use super::edition_picker::edition_picker;
use crate::i18n::strings;
use crate::model::published::Published;
use crate::model::reader::ReaderPrefs;
use crate::model::Lang;
use crate::state::{use_app, AppContext};

/// Where the target comes from when it is not the article's own (the
/// 2023 edition's, from the January 2023 report). The base year's total as
/// published is quoted where the table shows the sectors' sum.
fn target_source(app: &AppContext, lang: Lang) -> String {
    let figure = app.edition.target_figure;
    let source = figure.and_then(|f| Published::bundled().source(&f.source));
    source
        .map(|s| strings(lang).target_source(&s.publisher, &s.title, &s.date))
        .unwrap_or_default()
}

/// The source line: the article, the target's own source where it has
/// one, and the note on the figures' basis. Also the pictures' for
/// slides (`pictures`).
pub fn source_line(app: &AppContext, lang: Lang) -> String {
    let t = strings(lang);
    let meta = &app.data.meta;
    // The publisher's own name is Vietnamese; English readers get a gloss.
    let publisher = match lang {
        Lang::Vi => meta.publisher.vi.to_string(),
        Lang::En => format!("{} ({})", meta.publisher.vi, meta.publisher.en),
    };
    // The article's figures are estimates of its own year: the base year,
    // or the target year for a base implied by the outcome.
    let years = app.data.years();
    let estimates = if app.edition.base_implied {
        crate::model::Years::after(years.target)
    } else {
        years
    };
    format!(
        "{}: {publisher}, “{}”. {}{}; {}.",
        t.source_label,
        meta.source_title.get(lang),
        target_source(app, lang),
        t.estimates_note(estimates),
        t.price_basis_note
    )
}

/// Depends on the language and the data only: a scenario edit never
/// re-renders it.
#[component]
pub fn Header() -> Html {
    let app = use_app();
    let current = app.reader.lang;
    let reader = app.reader;
    let on_lang = app
        .set_reader
        .reform(move |lang| ReaderPrefs { lang, ..reader });
    let t = strings(current);
    let years = app.data.years();
    let lang_buttons = Lang::ALL.iter().map(|&lang| {
        let on_lang = on_lang.clone();
        let label = match lang {
            Lang::Vi => "Tiếng Việt",
            Lang::En => "English",
        };
        html! {
            <button
                type="button"
                lang={lang.tag()}
                aria-pressed={(lang == current).to_string()}
                onclick={move |_| on_lang.emit(lang)}
            >{ label }</button>
        }
    });
    html! {
        <header class="app-header">
            <div class="title-row">
                <h1>{ t.app_title(years) }</h1>
                { edition_picker(&app) }
                <div class="lang-switch" role="group" aria-label={t.language_label}>
                    { for lang_buttons }
                </div>
            </div>
            <p class="question">{ t.app_question(years) }</p>
            <p class="source" data-testid="source">{ source_line(&app, current) }</p>
        </header>
    }
}
