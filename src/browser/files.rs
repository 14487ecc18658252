//! The clipboard, downloads (text, QR PNG) and reading an imported file.

use crate::model::errors::{FileReadError, MAX_IMPORT_BYTES};

/// Copies `text` with the Clipboard API; where that is missing or refused
/// (insecure context, permissions), selects the text in `fallback_input`
/// and tries the older copy command. `done` learns whether it worked, so
/// the UI can say "copied" or "press Ctrl+C".
pub fn copy_text(
    text: &str,
    fallback_input: Option<web_sys::HtmlInputElement>,
    done: yew::Callback<bool>,
) {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;
    let fallback = {
        let done = done.clone();
        move || {
            let ok = fallback_input.as_ref().is_some_and(|input| {
                input.select();
                web_sys::window()
                    .and_then(|w| w.document())
                    .and_then(|d| d.dyn_into::<web_sys::HtmlDocument>().ok())
                    .and_then(|d| d.exec_command("copy").ok())
                    .unwrap_or(false)
            });
            done.emit(ok);
        }
    };
    let clipboard = web_sys::window().map(|w| w.navigator().clipboard());
    match clipboard {
        Some(clipboard) if !clipboard.is_undefined() => {
            let on_ok = Closure::once(move |_: wasm_bindgen::JsValue| done.emit(true));
            let on_refused = Closure::once(move |_: wasm_bindgen::JsValue| fallback());
            let _ = clipboard.write_text(text).then2(&on_ok, &on_refused);
            // Each runs at most once; the promise owns them from here.
            on_ok.forget();
            on_refused.forget();
        }
        _ => fallback(),
    }
}

/// Offers `content` as a file download (no server involved).
pub fn download_text(filename: &str, mime: &str, content: &str) {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(content));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    if let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) {
        download_blob(filename, &blob);
    }
}

fn download_blob(filename: &str, blob: &web_sys::Blob) {
    use wasm_bindgen::JsCast;
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(blob) else {
        return;
    };
    if let Ok(anchor) = document.create_element("a") {
        if let Ok(anchor) = anchor.dyn_into::<web_sys::HtmlAnchorElement>() {
            anchor.set_href(&url);
            anchor.set_download(filename);
            anchor.click();
        }
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// Draws a QR matrix on a canvas, `scale` pixels per module, and offers it
/// as a PNG download.
pub fn download_qr_png(matrix: &crate::share::qr::QrMatrix, scale: usize, filename: &str) {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(canvas) = document
        .create_element("canvas")
        .ok()
        .and_then(|c| c.dyn_into::<web_sys::HtmlCanvasElement>().ok())
    else {
        return;
    };
    let side = (matrix.side() * scale) as u32;
    canvas.set_width(side);
    canvas.set_height(side);
    let Some(ctx) = canvas
        .get_context("2d")
        .ok()
        .flatten()
        .and_then(|c| c.dyn_into::<web_sys::CanvasRenderingContext2d>().ok())
    else {
        return;
    };
    ctx.set_fill_style_str("#fff");
    ctx.fill_rect(0.0, 0.0, f64::from(side), f64::from(side));
    ctx.set_fill_style_str("#000");
    let s = scale as f64;
    let q = crate::share::qr::QUIET_ZONE;
    for y in 0..matrix.size {
        for x in 0..matrix.size {
            if matrix.is_dark(x, y) {
                ctx.fill_rect(((x + q) as f64) * s, ((y + q) as f64) * s, s, s);
            }
        }
    }
    let filename = filename.to_owned();
    let on_blob = Closure::once_into_js(move |blob: wasm_bindgen::JsValue| {
        if let Ok(blob) = blob.dyn_into::<web_sys::Blob>() {
            download_blob(&filename, &blob);
        }
    });
    let _ = canvas.to_blob(on_blob.unchecked_ref());
}

/// Reads a chosen file as text and passes it on, or says why it could not:
/// too large to be an export (refused before reading), or unreadable.
pub fn read_file_text(file: web_sys::File, done: yew::Callback<Result<String, FileReadError>>) {
    use wasm_bindgen::closure::Closure;
    if file.size() > MAX_IMPORT_BYTES {
        done.emit(Err(FileReadError::TooLarge));
        return;
    }
    let failed = done.clone();
    let on_text = Closure::once(move |text: wasm_bindgen::JsValue| {
        done.emit(text.as_string().ok_or(FileReadError::Unreadable));
    });
    let on_error = Closure::once(move |_: wasm_bindgen::JsValue| {
        failed.emit(Err(FileReadError::Unreadable));
    });
    let _ = file.text().then2(&on_text, &on_error);
    on_text.forget();
    on_error.forget();
}

/// The share code inside an exported scenario file, read with the
/// browser's JSON parser. `None` if the text is not such a file.
pub fn code_from_export(text: &str) -> Option<String> {
    let value = js_sys::JSON::parse(text).ok()?;
    let field =
        |name: &str| js_sys::Reflect::get(&value, &wasm_bindgen::JsValue::from_str(name)).ok();
    if field("format")?.as_string()? != crate::share::export::JSON_FORMAT {
        return None;
    }
    field("code")?.as_string()
}
