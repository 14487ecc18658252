//! A component rendered to HTML natively, without a browser (yew's SSR
//! renderer): what the build-time prerender writes into the page, and what
//! native tests read. Only with the `prerender` feature (yew's `ssr`).

use std::future::Future;
use std::pin::pin;
use std::task::{Context, Poll, Waker};

use yew::{BaseComponent, LocalServerRenderer};

/// The component's HTML (not hydratable), or `None` if rendering did not
/// finish: it waits on nothing outside itself (no suspense, no timers), so
/// a few polls complete it and a bounded number of them is enough.
pub fn render<C: BaseComponent>(props: C::Properties) -> Option<String> {
    let mut future = pin!(LocalServerRenderer::<C>::with_props(props)
        .hydratable(false)
        .render());
    let mut context = Context::from_waker(Waker::noop());
    (0..10_000).find_map(|_| match future.as_mut().poll(&mut context) {
        Poll::Ready(html) => Some(html),
        Poll::Pending => None,
    })
}
