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

    /// Beside the sectors' sum: the total as published, "over" where the
    /// source gives a lower bound.
    pub fn published_beside(&self, total: &str, lower_bound: bool) -> String {
        match (self.lang, lower_bound) {
            (Lang::Vi, true) => format!(" (công bố: trên {total})"),
            (Lang::Vi, false) => format!(" (công bố: {total})"),
            (Lang::En, true) => format!(" (published: over {total})"),
            (Lang::En, false) => format!(" (published: {total})"),
        }
    }

    /// A figure published outside the article, with its source.
    pub fn provenance_source(&self, publisher: &str, date: &str, quote: &str) -> String {
        match self.lang {
            Lang::Vi => format!("Số liệu công bố: {publisher} ({date}): “{quote}”."),
            Lang::En => format!("Published figure: {publisher} ({date}): “{quote}”."),
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

    /// What happened, against the target and the scenario, in one
    /// paragraph: "Industrial output reached 102,893.2 billion VND, +3.47 %
    /// on 2022 (the sectors' sum). The target of 110,000.0 … was missed by
    /// 7,106.8 …. Your scenario is 7,106.8 … above what happened."
    pub fn outcome_summary(
        &self,
        figures: [&str; 5],
        base_year: u16,
        met: bool,
        above: Option<bool>,
    ) -> String {
        let [total, growth, target, gap, difference] = figures;
        match self.lang {
            Lang::Vi => {
                let verdict = if met {
                    "đã đạt, vượt"
                } else {
                    "không đạt, thiếu"
                };
                let scenario = match above {
                    None => "Kịch bản của bạn cho đúng kết quả thực tế.".to_owned(),
                    Some(above) => {
                        let side = if above { "cao hơn" } else { "thấp hơn" };
                        format!("Kịch bản của bạn {side} thực tế {difference}.")
                    }
                };
                format!("Giá trị sản xuất đạt {total}, tăng {growth} % so với {base_year} (tổng các ngành). Mục tiêu {target} {verdict} {gap}. {scenario}")
            }
            Lang::En => {
                let verdict = if met { "met" } else { "missed" };
                let scenario = match above {
                    None => "Your scenario gives what happened.".to_owned(),
                    Some(above) => {
                        let side = if above { "above" } else { "below" };
                        format!("Your scenario is {difference} {side} what happened.")
                    }
                };
                format!("Industrial output reached {total}, {growth} % on {base_year} (the sectors' sum). The target of {target} was {verdict} by {gap}. {scenario}")
            }
        }
    }

    /// A link to the record, which says how the app's method fares.
    pub fn outcome_method(&self) -> &'static str {
        match self.lang {
            Lang::Vi => "Phương pháp của ứng dụng so với thực tế: xem phần Đối chiếu.",
            Lang::En => "How the app's own method fares against it: see the record.",
        }
    }
}
