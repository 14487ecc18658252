//! Build-time prerender (`--features prerender`), rendered natively by yew
//! from the same model and sections as the app, written to stdout:
//!
//! - with no argument, the baseline in both languages, as
//!   `<div data-prerender="vi" lang="vi">…</div><div data-prerender="en" …>`,
//!   so the page shows real figures before the wasm arrives and with
//!   scripting off;
//! - with `record`, the record section and the page's index in both
//!   languages, as `<template id="record-vi">…</template>…` and
//!   `<template id="toc-vi">…`, and the data notes of each edition, as
//!   `<template id="notes-2024-vi">…`, which the app shows instead of
//!   drawing them (`components::record::BuiltCopy`);
//! - with `page-values`, a JSON object of what the page's own scripts
//!   (js/) share with the app: storage keys, address parameters, the
//!   languages and how the first is chosen, and the scripts' words
//!   (`i18n::page_notes`). Each key names a `'__KEY__'` placeholder.
//!
//! `scripts/site/build.mjs` puts them into index.html and its scripts.

use ninh_binh_industry::app::{Baseline, BaselineProps};
use ninh_binh_industry::browser::{CODE_PARAM, LANG_KEY, LANG_PARAM, OFFLINE_FAILED_KEY};
use ninh_binh_industry::components::data_notes::{DataNotes, DataNotesProps};
use ninh_binh_industry::components::page_index::{PageIndex, PageIndexProps};
use ninh_binh_industry::components::record::{PublishedRecord, PublishedRecordProps};
use ninh_binh_industry::i18n::page_notes::{page_notes, CRASH_BODY, CRASH_TITLE};
use ninh_binh_industry::model::catalog::Catalog;
use ninh_binh_industry::model::{Data, Dataset, Lang};
use ninh_binh_industry::static_html;
use yew::BaseComponent;

fn render<C: BaseComponent>(props: C::Properties) -> String {
    static_html::render::<C>(props).unwrap_or_else(|| {
        eprintln!("prerender: rendering did not finish");
        std::process::exit(1);
    })
}

fn main() {
    let out = match std::env::args().nth(1).as_deref() {
        None => {
            both_langs(|lang| {
                let tag = lang.tag();
                let html = render::<Baseline>(BaselineProps { lang });
                format!("<div class=\"prerendered\" data-prerender=\"{tag}\" lang=\"{tag}\">{html}</div>")
            })
        }
        Some("record") => both_langs(|lang| {
            let tag = lang.tag();
            let record = render::<PublishedRecord>(PublishedRecordProps { lang });
            let index = render::<PageIndex>(PageIndexProps { lang });
            let notes: String = Catalog::bundled()
                .all()
                .iter()
                .map(|edition| {
                    let id = edition.id;
                    let data = Data(edition.data);
                    let notes = render::<DataNotes>(DataNotesProps { lang, data });
                    format!("<template id=\"notes-{id}-{tag}\">{notes}</template>")
                })
                .collect();
            format!("<template id=\"record-{tag}\">{record}</template><template id=\"toc-{tag}\">{index}</template>{notes}")
        }),
        Some("page-values") => page_values().to_string(),
        Some(other) => {
            eprintln!("prerender: unknown argument {other:?} (none, record or page-values)");
            std::process::exit(2);
        }
    };
    print!("{out}");
}

fn both_langs(one: impl Fn(Lang) -> String) -> String {
    Lang::ALL.into_iter().map(one).collect()
}

/// The bundled dataset (the default edition's), or the prerender stops.
fn bundled() -> &'static Dataset {
    Dataset::bundled().unwrap_or_else(|_| {
        eprintln!("prerender: the bundled data could not be read");
        std::process::exit(1);
    })
}

fn page_values() -> serde_json::Value {
    let years = bundled().years();
    let words = |lang: Lang| {
        let notes = page_notes(lang, years);
        serde_json::json!({
            "loading": notes.loading,
            "stillLoading": notes.still_loading,
            "reload": notes.reload,
            "failed": notes.failed,
            "failedLink": notes.failed_link,
            "tryAgain": notes.try_again,
            "noWasm": notes.no_wasm,
            "noWasmLink": notes.no_wasm_link,
            "offlineFailed": notes.offline_failed,
        })
    };
    serde_json::json!({
        "LANG_KEY": LANG_KEY,
        "OFFLINE_FAILED_KEY": OFFLINE_FAILED_KEY,
        "LANG_PARAM": LANG_PARAM,
        "CODE_PARAM": CODE_PARAM,
        "LANGS": Lang::ALL.map(Lang::tag),
        "FALLBACK_LANG": Lang::FALLBACK.tag(),
        "WORDS": { "vi": words(Lang::Vi), "en": words(Lang::En) },
        "CRASH": { "title": CRASH_TITLE, "body": CRASH_BODY },
    })
}
