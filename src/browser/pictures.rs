//! Pictures for slides, from the SVG documents `charts::slide` writes:
//! saved as SVG, as PNG, or that PNG copied, by the page's js/pictures.js
//! (a canvas and a download are a few lines of script, and kilobytes of
//! wasm bindings). `done` learns whether it worked.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::JsValue;

#[wasm_bindgen]
extern "C" {
    /// js/pictures.js; missing only where the page's scripts are not.
    #[wasm_bindgen(catch, js_name = nbPicture)]
    fn page_picture(svg: &str, name: &str, how: &str) -> Result<js_sys::Promise, JsValue>;
}

/// How a picture is taken: "png", "svg" or "copy".
pub fn take_picture(svg: &str, name: &str, how: &str, done: yew::Callback<bool>) {
    let Ok(promise) = page_picture(svg, name, how) else {
        return done.emit(false);
    };
    let on_done = Closure::once(move |ok: JsValue| done.emit(ok.is_truthy()));
    let _ = promise.then(&on_done);
    // It runs once; the promise owns it from here.
    on_done.forget();
}

/// Whether "Copy image" can work here: the asynchronous clipboard with
/// `ClipboardItem` (missing in older browsers and insecure contexts).
pub fn can_copy_pictures() -> bool {
    web_sys::window().is_some_and(|w| {
        js_sys::Reflect::has(&w, &JsValue::from_str("ClipboardItem")).unwrap_or(false)
            && !w.navigator().clipboard().is_undefined()
    })
}
