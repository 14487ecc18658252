//! Scheduling and measuring: the next task, the next painted frame, the
//! clock, and performance marks the benchmark reads.

/// A performance mark the benchmark and the tests read: "app-start" when
/// the wasm starts running, "first-verdict" once the app's verdict is in
/// the document (at the takeover), "section-N" and "all-rendered" as the
/// sections below the fold follow, "mc-start", one `MC_SLICE_MARK` per
/// slice and "mc-done" for each Monte Carlo run.
pub fn mark(name: &str) {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark(name);
    }
}

/// Marked at the end of each slice of a Monte Carlo run; cleared as a run
/// starts, so only the latest run's are kept (and they never pile up).
pub const MC_SLICE_MARK: &str = "mc-slice";

/// Removes every mark of this name.
pub fn clear_marks(name: &str) {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        performance.clear_marks_with_mark_name(name);
    }
}

/// Runs `f` once the browser has painted the current frame (a timeout
/// queued from an animation frame), or at once if there is no window.
pub fn after_next_paint(f: impl FnOnce() + 'static) {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;
    let Some(window) = web_sys::window() else {
        f();
        return;
    };
    let timeout_window = window.clone();
    let on_frame = Closure::once_into_js(move || {
        let run = Closure::once_into_js(f);
        let _ = timeout_window
            .set_timeout_with_callback_and_timeout_and_arguments_0(run.unchecked_ref(), 0);
    });
    let _ = window.request_animation_frame(on_frame.unchecked_ref());
}

/// Milliseconds from the page's time origin (0 where there is no window).
pub fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map(|p| p.now())
        .unwrap_or(0.0)
}

/// Runs `f` in a new browser task (input can be handled in between; a
/// frame may or may not be rendered), via a message channel: unlike a
/// zero timeout it is not clamped to 4 ms when chained, so slices of work
/// follow each other closely.
pub fn next_task(f: impl FnOnce() + 'static) {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;
    let Ok(channel) = web_sys::MessageChannel::new() else {
        f();
        return;
    };
    let on_message = Closure::once_into_js(move |_: web_sys::MessageEvent| f());
    channel
        .port1()
        .set_onmessage(Some(on_message.unchecked_ref()));
    let _ = channel.port2().post_message(&wasm_bindgen::JsValue::NULL);
}

/// A first guess at a content box's width before it can be measured: the
/// window's width less the page's margins, at most the layout's width.
pub fn content_width_estimate() -> f64 {
    let window_width = web_sys::window()
        .and_then(|w| w.inner_width().ok())
        .and_then(|w| w.as_f64())
        .unwrap_or(640.0);
    (window_width - 64.0).clamp(240.0, 832.0)
}
