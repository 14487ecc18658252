//! What the page's own scripts say while the app loads, when it cannot
//! load, and when it crashes (js/loader.js, js/fatal.js). Those scripts run
//! before the app, or instead of it, so they cannot call it: the build
//! prints these words (`prerender page-values`) and scripts/site fills
//! them into the scripts. Only the crash message is used by the wasm too.
//!
//! Each note where the page was opened from a link has its own wording:
//! the figures on such a page are hidden until the app shows the link's
//! scenario, so it must not point to them.

use super::fill;
use crate::model::{Lang, Years};

/// The notes of one language.
pub struct PageNotes {
    /// After a second of downloading the app.
    pub loading: &'static str,
    /// After 20 s: a stalled download never fails by itself.
    pub still_loading: &'static str,
    pub reload: &'static str,
    /// The download or the compilation failed; a retry keeps the edits.
    pub failed: String,
    pub failed_link: String,
    pub try_again: &'static str,
    /// WebAssembly is turned off (a policy, a lockdown mode): no retry.
    pub no_wasm: String,
    pub no_wasm_link: String,
    /// A new build's offline copy failed to install; the old one serves.
    pub offline_failed: &'static str,
}

/// The notes of one language, for the edition whose years are `years`
/// (the page's baseline shows its base-year figures).
pub fn page_notes(lang: Lang, years: Years) -> PageNotes {
    match lang {
        Lang::Vi => {
            let shown = fill(
                "Số liệu đang hiện là số liệu {base} đã công bố và dự báo lặp lại mức tăng {base}",
                years,
            );
            let failed = "Không tải được công cụ kịch bản (có thể mạng đã ngắt).";
            let no_wasm =
                "Trình duyệt này đang tắt WebAssembly nên không chạy được công cụ kịch bản";
            PageNotes {
                loading: "Đang tải công cụ kịch bản…",
                still_loading: "Vẫn đang tải công cụ kịch bản (mạng chậm).",
                reload: "Tải lại trang",
                failed: format!(
                    "{failed} {shown}; các nút, thanh trượt và ô nhập chỉ hoạt động khi tải được."
                ),
                failed_link: format!("{failed} Bấm Thử lại để mở kịch bản trong liên kết."),
                try_again: "Thử lại",
                no_wasm: format!("{no_wasm}. {shown}."),
                no_wasm_link: format!("{no_wasm} và không mở được kịch bản trong liên kết."),
                offline_failed:
                    "Không cập nhật được bản dùng ngoại tuyến; bản đang có vẫn dùng được.",
            }
        }
        Lang::En => {
            let shown = fill(
                "The figures shown are the published {base} figures and the repeat-{base}-growth projection",
                years,
            );
            let failed = "The scenario tools could not load (the connection may have dropped).";
            let no_wasm = "This browser has WebAssembly turned off, which the scenario tools need";
            PageNotes {
                loading: "Loading the scenario tools…",
                still_loading: "Still loading the scenario tools (a slow connection).",
                reload: "Reload",
                failed: format!(
                    "{failed} {shown}; buttons, sliders and fields work once the tools load."
                ),
                failed_link: format!("{failed} Press Try again to open the linked scenario."),
                try_again: "Try again",
                no_wasm: format!("{no_wasm}. {shown}."),
                no_wasm_link: format!("{no_wasm}, so the linked scenario cannot open here."),
                offline_failed:
                    "The offline copy could not be updated; the one you have still works.",
            }
        }
    }
}

/// A crash leaves no app to ask for the reader's language: both at once.
macro_rules! crash_words {
    (title) => {
        "Lỗi ứng dụng / Application error"
    };
    (body) => {
        "Xin tải lại trang. Kịch bản của bạn vẫn nằm trong địa chỉ trang. / \
         Please reload the page. Your scenario is still in the address."
    };
}

pub const CRASH_TITLE: &str = crash_words!(title);
pub const CRASH_BODY: &str = crash_words!(body);

/// The crash message as markup, for the wasm's panic hook: made by the
/// compiler, so the hook needs no formatting code.
pub const CRASH_HTML: &str = concat!(
    "<main class=\"fatal\" role=\"alert\"><h1>",
    crash_words!(title),
    "</h1><p>",
    crash_words!(body),
    "</p></main>"
);
