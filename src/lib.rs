//! Ninh Bình industry 2024: will industrial output reach the province's target?
//!
//! `model` is pure (no browser): the `ninh-binh-model` crate in
//! `crates/model`, which depends on neither yew nor web-sys. `state` is the
//! scenario and its reducer, `components` and `charts` render it (chart
//! geometry is pure too), `i18n` and `format` turn it into text, and
//! `browser` is the thin layer over storage and the document.

pub mod app;
pub mod browser;
pub mod charts;
pub mod commands;
pub mod components;
pub mod format;
pub mod hooks;
pub mod i18n;
pub use ninh_binh_model as model;
pub mod share;
pub mod state;
#[cfg(feature = "prerender")]
pub mod static_html;

/// Mounts the app. It renders into a detached root (see
/// `browser::detached_app_root`) that replaces the baseline prerendered in
/// `#app` once the top of the page is built: the loader starts the wasm
/// only once that baseline has been painted (js/after-first-paint.js), so
/// the page's first and largest paint is always the prerendered figures,
/// and they stay until the app can show as much.
///
/// The first render runs in a task of its own, after the one that
/// instantiated the wasm: each is then short enough not to hold up input.
pub fn start() {
    browser::mark("app-start");
    browser::install_panic_message();
    browser::next_task(|| match browser::detached_app_root() {
        Some(root) => {
            yew::Renderer::<app::App>::with_root(root).render();
        }
        None => {
            yew::Renderer::<app::App>::new().render();
        }
    });
}

/// TLSF in its size-optimised form: a fraction of the default dlmalloc's
/// code (2.1 KB less brotli), constant-time allocation and free; the wasm
/// is single-threaded, as rlsf's wasm32 build assumes (it would not
/// compile with atomics). What the small form gives up is cheap here:
/// `realloc` always moves (growing vectors copy, as they mostly did) and
/// each `memory.grow` stays a pool of its own, which wastes room only
/// around blocks near 64 KiB or more, and the app's largest is the Monte
/// Carlo's fine histogram (16 KB); measured side by side, load, input and
/// the Monte Carlo run are as fast as with dlmalloc.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: rlsf::SmallGlobalTlsf = rlsf::SmallGlobalTlsf::new();
