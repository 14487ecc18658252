//! Texts for use in a room: undo and redo, the shortcut list, the
//! presenter's deck, and the list of what changed from the baseline.

use super::Strings;
use crate::model::shortcuts::Shortcut;
use crate::model::Lang;

impl Strings {
    pub fn undo(&self) -> &'static str {
        match self.lang {
            Lang::Vi => "Hoàn tác",
            Lang::En => "Undo",
        }
    }

    pub fn redo(&self) -> &'static str {
        match self.lang {
            Lang::Vi => "Làm lại",
            Lang::En => "Redo",
        }
    }

    pub fn shortcuts_button(&self) -> &'static str {
        match self.lang {
            Lang::Vi => "Phím tắt (?)",
            Lang::En => "Keyboard shortcuts (?)",
        }
    }

    pub fn shortcuts_heading(&self) -> &'static str {
        match self.lang {
            Lang::Vi => "Phím tắt",
            Lang::En => "Keyboard shortcuts",
        }
    }

    pub fn close(&self) -> &'static str {
        match self.lang {
            Lang::Vi => "Đóng",
            Lang::En => "Close",
        }
    }

    pub fn shortcuts_note(&self) -> &'static str {
        match self.lang {
            Lang::Vi => "Trong ô nhập chữ, Ctrl+Z hoàn tác chữ vừa gõ của chính ô đó; ra khỏi ô để hoàn tác kịch bản.",
            Lang::En => "Inside a text field Ctrl+Z undoes that field's typing; leave the field to undo the scenario.",
        }
    }

    pub fn shortcut(&self, shortcut: Shortcut) -> &'static str {
        match (self.lang, shortcut) {
            (Lang::Vi, Shortcut::Undo) => "Hoàn tác thay đổi kịch bản gần nhất",
            (Lang::En, Shortcut::Undo) => "Undo the last scenario change",
            (Lang::Vi, Shortcut::Redo) => "Làm lại thay đổi vừa hoàn tác",
            (Lang::En, Shortcut::Redo) => "Redo the change just undone",
            (Lang::Vi, Shortcut::ShowShortcuts) => "Mở hoặc đóng danh sách phím tắt này",
            (Lang::En, Shortcut::ShowShortcuts) => "Open or close this list",
            (Lang::Vi, Shortcut::Close) => {
                "Đóng danh sách; trong chế độ trình chiếu: trở về ứng dụng đầy đủ"
            }
            (Lang::En, Shortcut::Close) => {
                "Close this list; in the presenter view: back to the full app"
            }
            (Lang::Vi, Shortcut::Next) => "Trình chiếu: kịch bản đã lưu tiếp theo",
            (Lang::En, Shortcut::Next) => "Presenter view: the next saved scenario",
            (Lang::Vi, Shortcut::Previous) => "Trình chiếu: kịch bản đã lưu trước đó",
            (Lang::En, Shortcut::Previous) => "Presenter view: the previous saved scenario",
        }
    }

    pub fn deck_position(&self, position: usize, count: usize, name: &str) -> String {
        match self.lang {
            Lang::Vi => format!("Kịch bản {position}/{count}: {name}"),
            Lang::En => format!("Scenario {position} of {count}: {name}"),
        }
    }

    pub fn deck_hint(&self, count: usize) -> String {
        match (self.lang, count) {
            (Lang::Vi, 0) => "Kịch bản hiện tại. Lưu kịch bản trong ứng dụng đầy đủ để trình chiếu lần lượt bằng phím ← →.".into(),
            (Lang::En, 0) => "The current scenario. Save scenarios in the full app to step through them here with ← →.".into(),
            (Lang::Vi, n) => format!("Kịch bản hiện tại. ← → (hoặc PageUp/PageDown) để chuyển qua {n} kịch bản đã lưu."),
            (Lang::En, n) => format!("The current scenario. ← → (or PageUp/PageDown) step through the {n} saved scenarios."),
        }
    }

    /// The gap as a signed number (the sign says above or short).
    pub fn presenter_gap(&self, met: bool, gap: &str) -> String {
        if met {
            format!("+{gap}")
        } else {
            format!("−{gap}")
        }
    }

    pub fn presenter_gap_label(&self, met: bool, gap_pp: &str) -> String {
        match (self.lang, met) {
            (Lang::Vi, true) => format!("vượt mục tiêu ({gap_pp} điểm %)"),
            (Lang::Vi, false) => format!("thiếu so với mục tiêu ({gap_pp} điểm %)"),
            (Lang::En, true) => format!("above the target ({gap_pp} percentage points)"),
            (Lang::En, false) => format!("short of the target ({gap_pp} percentage points)"),
        }
    }

    pub fn presenter_target(&self, target: &str, unit: &str) -> String {
        match self.lang {
            Lang::Vi => format!("Mục tiêu: {target} {unit}"),
            Lang::En => format!("Target: {target} {unit}"),
        }
    }
}
