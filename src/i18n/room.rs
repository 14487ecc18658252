//! Texts for use in a room: undo and redo, the shortcut list, the
//! presenter's deck, and the list of what changed from the baseline.

use super::{fill, Strings};
use crate::model::shortcuts::Shortcut;
use crate::model::{Lang, Years};

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
            (Lang::Vi, Shortcut::Share) => "Tới phần Chia sẻ (sao chép đường dẫn)",
            (Lang::En, Shortcut::Share) => "Go to Share (copy the link)",
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

impl Strings {
    pub fn changes_heading(&self) -> &'static str {
        match self.lang {
            Lang::Vi => "Bạn đã thay đổi gì",
            Lang::En => "What you changed",
        }
    }

    pub fn changes_none(&self, years: Years) -> String {
        fill(
            match self.lang {
                Lang::Vi => "Chưa thay đổi gì: đây là kịch bản gốc (mỗi ngành tăng như năm {base}, không bật dự án nào).",
                Lang::En => "Nothing yet: this is the baseline (every sector repeats its {base} growth, no project on).",
            },
            years,
        )
    }

    pub fn changes_note(&self, years: Years) -> String {
        fill(
            match self.lang {
                Lang::Vi => "Mỗi tác động là phần tổng {target} sẽ mất nếu chỉ đưa riêng mục đó về kịch bản gốc.",
                Lang::En => "Each effect is what putting that input alone back to the baseline would take off the {target} total.",
            },
            years,
        )
    }

    pub fn return_to_baseline(&self) -> &'static str {
        match self.lang {
            Lang::Vi => "Về kịch bản gốc",
            Lang::En => "Return to the baseline",
        }
    }

    pub fn change_growth(&self, sector: &str, from: &str, to: &str) -> String {
        match self.lang {
            Lang::Vi => format!("{sector}: tăng {from} % → {to} %"),
            Lang::En => format!("{sector} growth {from} % → {to} %"),
        }
    }

    pub fn change_target(
        &self,
        stated: &str,
        from: &str,
        to: &str,
        unit: &str,
        years: Years,
    ) -> String {
        let base = years.base;
        match self.lang {
            Lang::Vi => format!("Mục tiêu đọc là {stated} % so với {base}: {from} → {to} {unit} (tổng không đổi, mục tiêu đổi)"),
            Lang::En => format!("Target read as {stated} % on {base}: {from} → {to} {unit} (the target moves, not the total)"),
        }
    }

    pub fn change_project(&self, name: &str, added: bool, on: bool) -> String {
        match (self.lang, added, on) {
            (Lang::Vi, true, true) => format!("Thêm dự án {name} (đang bật)"),
            (Lang::Vi, true, false) => format!("Thêm dự án {name} (đang tắt)"),
            (Lang::Vi, false, true) => format!("{name}: bật hoặc sửa giả định"),
            (Lang::Vi, false, false) => format!("{name}: sửa giả định (đang tắt)"),
            (Lang::En, true, true) => format!("{name} added (on)"),
            (Lang::En, true, false) => format!("{name} added (off)"),
            (Lang::En, false, true) => format!("{name} switched on or edited"),
            (Lang::En, false, false) => format!("{name} edited (off)"),
        }
    }

    pub fn change_project_removed(&self, name: &str) -> String {
        match self.lang {
            Lang::Vi => format!("{name}: bỏ khỏi danh sách"),
            Lang::En => format!("{name} taken off the list"),
        }
    }

    pub fn change_uncertainty(&self) -> &'static str {
        match self.lang {
            Lang::Vi => "Khoảng bất định, hạt giống hoặc số lần rút (chỉ đổi xác suất)",
            Lang::En => "Uncertainty ranges, seed or draws (the probability only)",
        }
    }

    pub fn change_so_far(
        &self,
        span: &str,
        value: &str,
        growth: &str,
        unit: &str,
        years: Years,
    ) -> String {
        let target = years.target;
        match self.lang {
            Lang::Vi => format!("Năm {target} đến nay ({span}): {value} {unit}, {growth} %"),
            Lang::En => format!("{target} so far ({span}): {value} {unit}, {growth} %"),
        }
    }

    pub fn change_effect(&self, effect: &str, unit: &str, years: Years) -> String {
        let target = years.target;
        match self.lang {
            Lang::Vi => format!("{effect} {unit} vào tổng {target}"),
            Lang::En => format!("{effect} {unit} on the {target} total"),
        }
    }
}

impl Strings {
    pub fn how_computed(&self, subject: &str) -> String {
        match self.lang {
            Lang::Vi => format!("Cách tính: {subject}"),
            Lang::En => format!("How it is computed: {subject}"),
        }
    }

    pub fn explain_subject(
        &self,
        data: &crate::model::Dataset,
        subject: crate::model::explain::Subject,
    ) -> String {
        use crate::model::explain::Subject as S;
        let sector = |i: usize| {
            data.sectors
                .get(i)
                .map(|s| s.name.get(self.lang))
                .unwrap_or_default()
        };
        let years = data.years();
        let Years { before, base, .. } = years;
        let template = match (self.lang, subject) {
            (Lang::Vi, S::Total2024) => "Tổng {target}",
            (Lang::En, S::Total2024) => "{target} total",
            (Lang::Vi, S::Growth2024) => "Tăng so với {base}",
            (Lang::En, S::Growth2024) => "Growth over {base}",
            (Lang::Vi, S::Gap) => "Chênh lệch với mục tiêu",
            (Lang::En, S::Gap) => "Gap to the target",
            (Lang::Vi, S::GapPp) => "Chênh lệch (điểm %)",
            (Lang::En, S::GapPp) => "Gap in percentage points",
            (Lang::Vi, S::SectorNeed(i)) => return format!("Mức {} một mình cần", sector(i)),
            (Lang::En, S::SectorNeed(i)) => return format!("{} alone needs", sector(i)),
            (Lang::Vi, S::Uniform) => "Mức mọi ngành cùng cần",
            (Lang::En, S::Uniform) => "Every sector alike needs",
            (Lang::Vi, S::Share(i)) => return format!("Tỷ trọng {} năm {base}", sector(i)),
            (Lang::En, S::Share(i)) => return format!("{}'s share of {base}", sector(i)),
            (Lang::Vi, S::Implied2022(i)) => return format!("{} năm {before} (suy ra)", sector(i)),
            (Lang::En, S::Implied2022(i)) => return format!("{} in {before} (implied)", sector(i)),
            (Lang::Vi, S::Implied2022Total) => "Tổng {before} (suy ra)",
            (Lang::En, S::Implied2022Total) => "{before} total (implied)",
            (Lang::Vi, S::Contribution(i)) => {
                return format!("Đóng góp của {} vào tăng trưởng {base}", sector(i))
            }
            (Lang::En, S::Contribution(i)) => {
                return format!("{}'s contribution to {base} growth", sector(i))
            }
            (Lang::Vi, S::Probability) => "Xác suất đạt mục tiêu",
            (Lang::En, S::Probability) => "Probability of meeting the target",
            (_, S::Percentile(p)) => return format!("P{p}"),
            (Lang::Vi, S::SamePeriod2023) => "Cùng kỳ năm {base}",
            (Lang::En, S::SamePeriod2023) => "Same period of {base}",
            (Lang::Vi, S::Rest2023) => "Phần còn lại của năm {base}",
            (Lang::En, S::Rest2023) => "Rest of {base}",
            (Lang::Vi, S::RestNeed) => "Mức các tháng còn lại cần",
            (Lang::En, S::RestNeed) => "What the remaining months need",
            (Lang::Vi, S::ScenarioRest) => "Tăng của các tháng còn lại theo kịch bản",
            (Lang::En, S::ScenarioRest) => "The scenario's growth of the remaining months",
        };
        fill(template, years)
    }

    pub fn explain_word(&self, word: crate::model::explain::Word, years: Years) -> String {
        use crate::model::explain::Word as W;
        let template = match (self.lang, word) {
            (Lang::Vi, W::Projects) => "dự án",
            (Lang::En, W::Projects) => "projects",
            (Lang::Vi, W::ValueSoFar) => "giá trị đến nay",
            (Lang::En, W::ValueSoFar) => "value so far",
            (Lang::Vi, W::Others) => "phần còn lại của tổng {target}",
            (Lang::En, W::Others) => "the rest of the {target} total",
            (Lang::Vi, W::Target) => "mục tiêu",
            (Lang::En, W::Target) => "target",
            (Lang::Vi, W::Total2023) => "tổng {base}",
            (Lang::En, W::Total2023) => "{base} total",
            (Lang::Vi, W::Total2024) => "tổng {target}",
            (Lang::En, W::Total2024) => "{target} total",
            (Lang::Vi, W::Total2022) => "tổng {before}",
            (Lang::En, W::Total2022) => "{before} total",
            (Lang::Vi, W::DrawsMeeting) => "lần rút đạt mục tiêu",
            (Lang::En, W::DrawsMeeting) => "draws meeting the target",
            (Lang::Vi, W::Draws) => "lần rút",
            (Lang::En, W::Draws) => "draws",
            (Lang::Vi, W::Rest2023) => "phần còn lại của {base}",
            (Lang::En, W::Rest2023) => "rest of {base}",
        };
        fill(template, years)
    }

    pub fn explain_percentile(&self, p: u8, rank: &str, result: &str) -> String {
        match self.lang {
            Lang::Vi => format!("P{p} = tổng mà {p} % số lần rút thấp hơn: tổng ở thứ hạng {rank} tính từ thấp lên, đọc (nội suy) từ biểu đồ tần suất chi tiết của các lần rút = {result}"),
            Lang::En => format!("P{p} = the total {p} % of draws fall below: the total at rank {rank} from the lowest, read (interpolated) from a fine histogram of the draws = {result}"),
        }
    }
}
