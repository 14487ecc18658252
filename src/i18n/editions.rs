//! Texts of the editions: the control that chooses one, and what happened
//! in an edition whose year is over, in both languages. Numbers arrive
//! formatted; years arrive as numbers.

use super::Strings;
use crate::model::Lang;

impl Strings {
    pub fn edition_label(&self) -> &'static str {
        match self.lang {
            Lang::Vi => "Câu hỏi của năm",
            Lang::En => "Which year's question",
        }
    }

    /// The waterfall's line at what happened.
    pub fn actual_line(&self, total: &str) -> String {
        match self.lang {
            Lang::Vi => format!("Thực tế {total}"),
            Lang::En => format!("Actual {total}"),
        }
    }

    /// "What you changed" at the baseline of an edition whose growth into
    /// the base year is not published: the levers start on the target path.
    pub fn changes_none_on_path(&self, base_year: u16) -> String {
        match self.lang {
            Lang::Vi => format!("Chưa thay đổi gì: đây là kịch bản gốc (mọi ngành theo lộ trình đạt mục tiêu, vì tăng trưởng năm {base_year} của từng ngành chưa được công bố)."),
            Lang::En => format!("Nothing yet: this is the baseline (every sector on the target path, since each sector's {base_year} growth is not published)."),
        }
    }

    /// In the source line, where the target comes from another source.
    pub fn target_source(&self, publisher: &str, title: &str, date: &str) -> String {
        match self.lang {
            Lang::Vi => format!("Mục tiêu: {publisher}, “{title}” ({date}). "),
            Lang::En => format!("Target: {publisher}, “{title}” ({date}). "),
        }
    }

    /// In the source line of an edition whose base levels are implied.
    pub fn base_total_published(&self, label: &str, quote: &str) -> String {
        match self.lang {
            Lang::Vi => format!("{label}, như đã công bố: “{quote}” "),
            Lang::En => format!("{label}, as published: “{quote}” "),
        }
    }

    /// A base-year value implied by the next year's article.
    pub fn provenance_implied_by_outcome(&self, year: u16, publisher: &str, quote: &str) -> String {
        match self.lang {
            Lang::Vi => format!("Suy ra từ bài báo năm {year} ({publisher}): giá trị năm {year} ÷ (1 + tốc độ tăng năm {year}). Bài báo: “{quote}”."),
            Lang::En => format!("Implied by the {year} article ({publisher}): its {year} value ÷ (1 + its {year} growth). Article (Vietnamese): “{quote}”."),
        }
    }

    /// The base-year total of an edition whose levels are implied: the
    /// sectors' sum, with the total as published beside it.
    pub fn provenance_implied_total(&self, year: u16, published: &str) -> String {
        match self.lang {
            Lang::Vi => format!("Tổng các ngành, suy ra từ bài báo năm {year}. Tổng đã công bố: “{published}”."),
            Lang::En => format!("The sectors' sum, implied by the {year} article. The total as published: “{published}”."),
        }
    }

    pub fn products_not_published(&self, year: u16) -> String {
        match self.lang {
            Lang::Vi => format!("Số liệu sản phẩm năm {year} chưa được công bố."),
            Lang::En => format!("The products' figures for {year} are not published."),
        }
    }

    /// Beside a lever: the sector's growth as it happened.
    pub fn lever_actual(&self, growth: &str) -> String {
        match self.lang {
            Lang::Vi => format!("thực tế {growth} %"),
            Lang::En => format!("actual {growth} %"),
        }
    }

    pub fn reset_to_actual(&self) -> &'static str {
        match self.lang {
            Lang::Vi => "Đặt mọi ngành theo thực tế",
            Lang::En => "Set every sector to what happened",
        }
    }

    pub fn outcome_heading(&self, year: u16) -> String {
        match self.lang {
            Lang::Vi => format!("Thực tế năm {year}"),
            Lang::En => format!("What happened in {year}"),
        }
    }

    /// "102,893.2 billion VND, +3.47 % on 2022 (the sectors' sum)".
    pub fn outcome_total(&self, total: &str, growth: &str, base_year: u16) -> String {
        match self.lang {
            Lang::Vi => format!("Giá trị sản xuất đạt {total}, tăng {growth} % so với {base_year} (tổng các ngành)."),
            Lang::En => format!("Industrial output reached {total}, {growth} % on {base_year} (the sectors' sum)."),
        }
    }

    pub fn outcome_against_target(&self, met: bool, target: &str, gap: &str) -> String {
        match (self.lang, met) {
            (Lang::Vi, true) => format!("Mục tiêu {target} đã đạt, vượt {gap}."),
            (Lang::Vi, false) => format!("Mục tiêu {target} không đạt, thiếu {gap}."),
            (Lang::En, true) => format!("The target of {target} was met, by {gap}."),
            (Lang::En, false) => format!("The target of {target} was missed by {gap}."),
        }
    }

    /// Where the scenario stands against what happened.
    pub fn outcome_vs_scenario(&self, above: bool, difference: &str) -> String {
        match (self.lang, above) {
            (Lang::Vi, true) => format!("Kịch bản của bạn cao hơn thực tế {difference}."),
            (Lang::Vi, false) => format!("Kịch bản của bạn thấp hơn thực tế {difference}."),
            (Lang::En, true) => format!("Your scenario is {difference} above what happened."),
            (Lang::En, false) => format!("Your scenario is {difference} below what happened."),
        }
    }

    /// The backtest in plain words: the app's method with every sector at
    /// its actual growth, and the "so far" method on the months published.
    pub fn outcome_method(&self, year: u16, total: &str, gap: &str) -> String {
        match self.lang {
            Lang::Vi => format!("Phương pháp của ứng dụng, với mỗi ngành ở mức tăng thực tế năm {year}, cho lại {total}: thiếu mục tiêu {gap}."),
            Lang::En => format!("The app's method, with every sector at its actual {year} growth, gives back {total}: short of the target by {gap}."),
        }
    }

    pub fn outcome_so_far_method(&self, months: &str, needed: &str, grew: &str) -> String {
        match self.lang {
            Lang::Vi => format!("Phương pháp “đến nay” áp dụng cho {months} cho thấy các tháng còn lại cần tăng {needed} %; thực tế các tháng đó tăng {grew} %."),
            Lang::En => format!("The “so far” method applied to {months} said the rest of the year needed {needed} %; the rest of the year grew {grew} %."),
        }
    }
}
