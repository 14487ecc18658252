//! Charts and tables: summaries, tooltips and axis notes, the products
//! list, Monte Carlo and tornado.

use super::Strings;
use crate::model::Lang;

impl Strings {
    pub fn product_multiple(&self, times: &str) -> String {
        match self.lang {
            Lang::Vi => format!("gấp {times} lần"),
            Lang::En => format!("×{times}"),
        }
    }

    pub fn products_count(&self, n: usize) -> String {
        format!("{} ({n})", self.products_button)
    }

    pub fn table_hint(&self, unit: &str) -> String {
        match self.lang {
            Lang::Vi => format!("Giá trị tính bằng {unit}. Đóng góp: số điểm phần trăm vào mức tăng 2023 của toàn tỉnh. Chọn tiêu đề cột để sắp xếp."),
            Lang::En => format!("Values in {unit}. Contribution: percentage points of the 2023 growth of the total. Select a column heading to sort."),
        }
    }

    pub fn sort_by(&self, column: &str) -> String {
        match self.lang {
            Lang::Vi => format!("Sắp xếp theo {column}"),
            Lang::En => format!("Sort by {column}"),
        }
    }

    pub fn shares_summary(&self, largest: &str, share: &str, rest: &str) -> String {
        match self.lang {
            Lang::Vi => format!("{largest} chiếm {share} % tổng giá trị 2023; ba ngành còn lại cộng lại {rest} %."),
            Lang::En => format!("{largest} makes up {share} % of the 2023 total; the other three sectors together {rest} %."),
        }
    }

    pub fn small_shares_summary(&self, largest: &str, share: &str, max: &str) -> String {
        match self.lang {
            Lang::Vi => format!("Trong ba ngành nhỏ, {largest} lớn nhất với {share} % tổng; thang đo chỉ đến {max} %."),
            Lang::En => format!("Among the small sectors, {largest} is the largest at {share} % of the total; this scale ends at {max} %."),
        }
    }

    pub fn share_tooltip(&self, name: &str, share: &str, value: &str, unit: &str) -> String {
        match self.lang {
            Lang::Vi => format!("{name}: {share} % tổng 2023 ({value} {unit}). Suy ra từ số liệu công bố."),
            Lang::En => format!("{name}: {share} % of the 2023 total ({value} {unit}). Derived from published figures."),
        }
    }

    pub fn levels_summary(&self, y2022: &str, y2023: &str, y2024: &str, unit: &str) -> String {
        match self.lang {
            Lang::Vi => format!("Toàn tỉnh: {y2022} (2022, suy ra) → {y2023} (2023) → {y2024} {unit} (2024, kịch bản của bạn). Mỗi ô có thang đo riêng."),
            Lang::En => format!("Whole province: {y2022} (2022, implied) → {y2023} (2023) → {y2024} {unit} (2024, your scenario). Each panel has its own scale."),
        }
    }

    pub fn level_tooltip(
        &self,
        name: &str,
        year: &str,
        value: &str,
        unit: &str,
        kind: &str,
    ) -> String {
        format!("{name}, {year}: {value} {unit} ({kind}).")
    }

    pub fn waterfall_summary(
        &self,
        start: &str,
        end: &str,
        unit: &str,
        met: bool,
        gap: &str,
    ) -> String {
        match (self.lang, met) {
            (Lang::Vi, true) => format!("Từ {start} năm 2023, các ngành đưa tổng lên {end} {unit} năm 2024, vượt đường mục tiêu {gap} {unit}."),
            (Lang::Vi, false) => format!("Từ {start} năm 2023, các ngành đưa tổng lên {end} {unit} năm 2024, còn thiếu {gap} {unit} so với đường mục tiêu."),
            (Lang::En, true) => format!("From {start} in 2023 the sectors take the total to {end} {unit} in 2024, {gap} {unit} above the target line."),
            (Lang::En, false) => format!("From {start} in 2023 the sectors take the total to {end} {unit} in 2024, {gap} {unit} short of the target line."),
        }
    }

    pub fn step_tooltip(&self, name: &str, delta: &str, unit: &str, growth: &str) -> String {
        match self.lang {
            Lang::Vi => format!("{name}: {delta} {unit} ({growth}, kịch bản của bạn)."),
            Lang::En => format!("{name}: {delta} {unit} ({growth}, your scenario)."),
        }
    }

    pub fn total_tooltip(&self, year: &str, value: &str, unit: &str, kind: &str) -> String {
        match self.lang {
            Lang::Vi => format!("Tổng {year}: {value} {unit} ({kind})."),
            Lang::En => format!("Total {year}: {value} {unit} ({kind})."),
        }
    }

    pub fn target_line(&self, value: &str) -> String {
        match self.lang {
            Lang::Vi => format!("Mục tiêu {value}"),
            Lang::En => format!("Target {value}"),
        }
    }

    pub fn axis_note(&self, floor: &str, unit: &str) -> String {
        match self.lang {
            Lang::Vi => format!(
                "Trục bắt đầu từ {floor} {unit}, không từ 0, để thấy rõ phần tăng của từng ngành."
            ),
            Lang::En => format!(
                "Axis starts at {floor} {unit}, not at zero, so each sector's step is visible."
            ),
        }
    }

    pub fn products_summary(
        &self,
        fastest: &str,
        growth: &str,
        others_low: &str,
        others_high: &str,
    ) -> String {
        match self.lang {
            Lang::Vi => format!("{fastest} tăng nhanh nhất ({growth}); các sản phẩm khác tăng {others_low}–{others_high} %."),
            Lang::En => format!("{fastest} grew fastest ({growth}); the other products grew {others_low}–{others_high} %."),
        }
    }

    pub fn product_tooltip(&self, name: &str, growth: &str, volume: &str, unit: &str) -> String {
        match self.lang {
            Lang::Vi => {
                format!("{name}: {growth} so với 2022; {volume} {unit} năm 2023 (số liệu công bố).")
            }
            Lang::En => format!("{name}: {growth} on 2022; {volume} {unit} in 2023 (published)."),
        }
    }

    pub fn mc_running(&self, done: &str, total: &str) -> String {
        match self.lang {
            Lang::Vi => format!("Đang mô phỏng: {done} / {total} lần rút…"),
            Lang::En => format!("Simulating: {done} of {total} draws…"),
        }
    }

    pub fn probability_sentence(&self, pct: &str, draws: &str) -> String {
        match self.lang {
            Lang::Vi => format!("Xác suất đạt mục tiêu: {pct} % ({draws} lần rút, theo khoảng bất định của bạn)."),
            Lang::En => format!("Probability of meeting the target: {pct} % ({draws} draws over your uncertainty ranges)."),
        }
    }

    pub fn percentile_tooltip(&self, label: &str, value: &str) -> String {
        match self.lang {
            Lang::Vi => format!("{label}: {value} (phân vị của tổng 2024)."),
            Lang::En => format!("{label}: {value} (percentile of the 2024 total)."),
        }
    }

    pub fn histogram_summary(&self, pct: &str, draws: &str, p10: &str, p90: &str) -> String {
        match self.lang {
            Lang::Vi => format!("{pct} % trong {draws} lần rút đạt mục tiêu; 80 % số lần rơi vào khoảng {p10} đến {p90}."),
            Lang::En => format!("{pct} % of {draws} draws reach the target; 80 % of them fall between {p10} and {p90}."),
        }
    }

    pub fn tornado_sector(&self, sector: &str, step: &str, change: &str, unit: &str) -> String {
        match self.lang {
            Lang::Vi => format!("{sector} {step} điểm %: tổng 2024 thay đổi {change} {unit}."),
            Lang::En => format!("{sector} {step} pp: the 2024 total changes by {change} {unit}."),
        }
    }

    pub fn tornado_project(&self, project: &str, change: &str, unit: &str) -> String {
        match self.lang {
            Lang::Vi => format!("Không có {project}: tổng 2024 thay đổi {change} {unit}."),
            Lang::En => format!("Without {project}: the 2024 total changes by {change} {unit}."),
        }
    }

    pub fn tornado_summary(&self, top: &str, change: &str, unit: &str) -> String {
        match self.lang {
            Lang::Vi => format!("{top} tác động lớn nhất: mỗi điểm % tăng trưởng làm tổng thay đổi {change} {unit}."),
            Lang::En => format!("{top} moves the total most: each point of its growth is worth {change} {unit}."),
        }
    }
}
