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

use std::future::Future;
use std::pin::pin;
use std::task::{Context, Poll, Waker};

use ninh_binh_industry::app::{Baseline, BaselineProps};
use ninh_binh_industry::components::record::{PublishedRecord, PublishedRecordProps};
use ninh_binh_industry::model::Lang;
use yew::{BaseComponent, LocalServerRenderer};

/// Drives a future that never waits on anything outside itself (no
/// suspense, no timers): rendering completes within a few polls.
fn block_on<F: Future>(future: F) -> F::Output {
    let mut future = pin!(future);
    let mut context = Context::from_waker(Waker::noop());
    for _ in 0..10_000 {
        if let Poll::Ready(output) = future.as_mut().poll(&mut context) {
            return output;
        }
    }
    eprintln!("prerender: rendering did not finish");
    std::process::exit(1);
}

fn render<C: BaseComponent>(props: C::Properties) -> String {
    block_on(
        LocalServerRenderer::<C>::with_props(props)
            .hydratable(false)
            .render(),
    )
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
