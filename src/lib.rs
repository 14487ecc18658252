//! Ninh Bình industry 2024: will industrial output reach the province's target?
//!
//! `model` is pure (no browser), `state` is the scenario and its reducer,
//! `components` and `charts` render it (chart geometry is pure too), `i18n` and `format` turn it into text, and
//! `browser` is the thin layer over storage and the document.

pub mod app;
pub mod browser;
pub mod charts;
pub mod commands;
pub mod components;
pub mod format;
pub mod hooks;
pub mod i18n;
pub mod model;
pub mod share;
pub mod state;

/// Mounts the app into `#app`, replacing the baseline prerendered there
/// (or the loading message). The loader starts the wasm only once that
/// baseline has been painted (scripts/post-build.mjs), so the page's first
/// and largest paint is always the prerendered figures.
pub fn start() {
    browser::mark("app-start");
    browser::install_panic_message();
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("app"));
    match root {
        Some(root) => {
            root.set_inner_html("");
            yew::Renderer::<app::App>::with_root(root).render();
        }
        None => {
            yew::Renderer::<app::App>::new().render();
        }
    }
}
