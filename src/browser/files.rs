//! The clipboard, the files the app offers (exports, pictures for
//! slides, QR codes) and reading an imported file, all by the page's
//! js/files.js.

use crate::model::errors::{FileReadError, MAX_IMPORT_BYTES};

/// Copies `text` with the Clipboard API; where that is missing or refused
/// (insecure context, permissions), selects the text in the field whose id
/// is `fallback_field` and tries the older copy command (js/files.js).
/// `done` learns whether it worked, so the UI can say "copied" or "press
/// Ctrl+C".
pub fn copy_text(text: &str, fallback_field: &str, done: yew::Callback<bool>) {
    take_file(text, fallback_field, "text", done);
}

/// Offers `content` as a file download of type `mime` (no server
/// involved).
pub fn download_text(filename: &str, mime: &str, content: &str) {
    take_file(content, filename, mime, yew::Callback::from(|_| ()));
}

#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    /// js/files.js; missing only where the page's scripts are not.
    #[wasm_bindgen(catch, js_name = nbFile)]
    fn page_file(
        content: &str,
        name: &str,
        how: &str,
    ) -> Result<js_sys::Promise, wasm_bindgen::JsValue>;
}

/// Hands `content` to the page's js/files.js, which makes the file:
/// `how` is a MIME type to save it as it is, "png" to save the PNG of an
/// SVG document, or "copy" to put that PNG on the clipboard (a canvas, a
/// blob and a download are a few lines of script, and kilobytes of wasm
/// bindings). `done` learns whether it worked.
pub fn take_file(content: &str, name: &str, how: &str, done: yew::Callback<bool>) {
    settle(page_file(content, name, how), done);
}

#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    /// js/files.js: a picture for slides.
    #[wasm_bindgen(catch, js_name = nbPicture)]
    fn page_picture(
        words: &str,
        chart: &web_sys::Element,
        qr: Option<&str>,
        name: &str,
        how: &str,
    ) -> Result<js_sys::Promise, wasm_bindgen::JsValue>;
}

/// A picture for slides, 1920 × 1080, made by the page's js/files.js from
/// a chart as drawn and `words`, one a line (see there): `chart` is a
/// chart's picture button (the script finds its figure, and says in the
/// button's row how a copy went), or the waterfall's `<svg>` with `qr`
/// (the link's QR code as an SVG document) for the scenario's slide.
/// `how`: "png", "image/svg+xml" or "copy".
pub fn take_picture(
    words: &str,
    chart: &web_sys::Element,
    qr: Option<&str>,
    (name, how): (&str, &str),
) {
    // Nothing more to say here: a download shows by itself, a copy is
    // answered in the page.
    let _ = page_picture(words, chart, qr, name, how);
}

fn settle(promise: Result<js_sys::Promise, wasm_bindgen::JsValue>, done: yew::Callback<bool>) {
    use wasm_bindgen::closure::Closure;
    let Ok(promise) = promise else {
        return done.emit(false);
    };
    let on_done = Closure::once(move |ok: wasm_bindgen::JsValue| done.emit(ok.is_truthy()));
    let _ = promise.then(&on_done);
    // It runs once; the promise owns it from here.
    on_done.forget();
}

#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    /// js/files.js: an imported file's share code.
    #[wasm_bindgen(catch, js_name = nbRead)]
    fn page_read(
        file: &web_sys::File,
        max: f64,
        format: &str,
    ) -> Result<js_sys::Promise, wasm_bindgen::JsValue>;
}

/// Reads a chosen file, with the browser's JSON parser, for the share code
/// of an exported scenario in it (`None` if the file is not such an
/// export), or says why it could not: too large to be an export (refused
/// before reading), or unreadable.
pub fn read_export_code(
    file: web_sys::File,
    done: yew::Callback<Result<Option<String>, FileReadError>>,
) {
    use wasm_bindgen::closure::Closure;
    let format = crate::share::export::JSON_FORMAT;
    let Ok(promise) = page_read(&file, MAX_IMPORT_BYTES, format) else {
        return done.emit(Err(FileReadError::Unreadable));
    };
    let on_read = Closure::once(move |code: wasm_bindgen::JsValue| {
        done.emit(match code.as_string() {
            _ if code.is_null() => Err(FileReadError::TooLarge),
            None => Err(FileReadError::Unreadable),
            Some(code) => Ok(Some(code).filter(|c| !c.is_empty())),
        });
    });
    let _ = promise.then(&on_read);
    // It runs once; the promise owns it from here.
    on_read.forget();
}
