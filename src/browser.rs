//! The few places the app touches the browser outside of rendering, one
//! module per concern: `address` (the language to start in, the share code
//! in the address, the document's `lang` and title), `storage` (the
//! remembered language, saved scenarios), `takeover` (the prerendered
//! page replaced by the app, with the reader's edits made on it,
//! `carried_edits`; the build's copy of the record), `timing` (tasks,
//! frames, performance marks for the benchmark), `events` (window
//! listeners, keyboard shortcuts), `files` (clipboard, the files the app
//! offers, imports), and here a last-resort panic message.
//!
//! Every call tolerates a missing window, storage or API: the app falls
//! back to defaults rather than failing.

mod address;
mod carried_edits;
mod events;
mod files;
mod storage;
mod takeover;
mod timing;

pub use address::*;
pub use events::*;
pub use files::*;
pub use storage::*;
pub use takeover::*;
pub use timing::*;

/// A panic must never leave a blank page: replace it with a message.
/// The release build aborts at the panic itself, before any hook could
/// run (`-Cpanic=immediate-abort`, scripts/build.sh): js/fatal.js says it
/// there, and the hook is left out of that wasm.
pub fn install_panic_message() {
    #[cfg(not(panic = "immediate-abort"))]
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&info.to_string().into());
        if let Some(body) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.body())
        {
            body.set_inner_html(crate::i18n::page_notes::CRASH_HTML);
        }
    }));
}
