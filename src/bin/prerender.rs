//! Build-time prerender (`--features prerender`): writes the baseline in
//! both languages as HTML, rendered natively by yew from the same model and
//! sections as the app, to stdout as
//! `<div data-prerender="vi" lang="vi">…</div><div data-prerender="en" …>`.
//! `scripts/site/build.mjs` puts it into index.html, so the page shows real
//! figures before the wasm arrives and with scripting off.

use std::future::Future;
use std::pin::pin;
use std::task::{Context, Poll, Waker};

use ninh_binh_industry::app::{Baseline, BaselineProps};
use ninh_binh_industry::model::Lang;
use yew::LocalServerRenderer;

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

fn main() {
    let mut out = String::new();
    for lang in Lang::ALL {
        let html = block_on(
            LocalServerRenderer::<Baseline>::with_props(BaselineProps { lang })
                .hydratable(false)
                .render(),
        );
        let tag = lang.tag();
        out.push_str(&format!(
            "<div class=\"prerendered\" data-prerender=\"{tag}\" lang=\"{tag}\">{html}</div>"
        ));
    }
    print!("{out}");
}
