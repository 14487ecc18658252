//! Build-time prerender (`--features prerender`), rendered natively by yew
//! from the same model and sections as the app, written to stdout:
//!
//! - with no argument, the baseline in both languages, as
//!   `<div data-prerender="vi" lang="vi">…</div><div data-prerender="en" …>`,
//!   so the page shows real figures before the wasm arrives and with
//!   scripting off;
//! - with `record`, the record section in both languages, as
//!   `<template id="record-vi">…</template><template id="record-en">…`,
//!   which the app shows instead of drawing it (`components::record`).
//!
//! `scripts/site/build.mjs` puts both into index.html.

use ninh_binh_industry::app::{Baseline, BaselineProps};
use ninh_binh_industry::components::record::{PublishedRecord, PublishedRecordProps};
use ninh_binh_industry::model::Lang;
use ninh_binh_industry::static_html;
use yew::BaseComponent;

fn render<C: BaseComponent>(props: C::Properties) -> String {
    static_html::render::<C>(props).unwrap_or_else(|| {
        eprintln!("prerender: rendering did not finish");
        std::process::exit(1);
    })
}

fn main() {
    let record = std::env::args().nth(1).as_deref() == Some("record");
    let mut out = String::new();
    for lang in Lang::ALL {
        let tag = lang.tag();
        if record {
            let html = render::<PublishedRecord>(PublishedRecordProps { lang });
            out.push_str(&format!("<template id=\"record-{tag}\">{html}</template>"));
        } else {
            let html = render::<Baseline>(BaselineProps { lang });
            out.push_str(&format!(
                "<div class=\"prerendered\" data-prerender=\"{tag}\" lang=\"{tag}\">{html}</div>"
            ));
        }
    }
    print!("{out}");
}
