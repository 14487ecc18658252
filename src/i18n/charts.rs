//! Charts and tables: summaries, tooltips and axis notes, the products
//! list, Monte Carlo and tornado.

use super::{fill, Strings};
use crate::model::{Lang, Years};

impl Strings {
    pub fn table_caption(&self, years: Years) -> String {
        fill(
            match self.lang {
                Lang::Vi => "Giá trị sản xuất công nghiệp theo ngành năm {base} và tăng trưởng {target} bạn chọn",
                Lang::En => "Industrial production value by sector, {base}, and your {target} growth",
            },
            years,
        )
    }

    pub fn col_base_growth(&self, years: Years) -> String {
        fill(
            match self.lang {
                Lang::Vi => "Tăng {base}",
                Lang::En => "{base} growth",
            },
            years,
        )
    }

    pub fn col_implied_before(&self, years: Years) -> String {
        fill(
            match self.lang {
                Lang::Vi => "{before} (suy ra)",
                Lang::En => "{before} (implied)",
            },
            years,
        )
    }

    pub fn products_heading(&self, years: Years) -> String {
        fill(
            match self.lang {
                Lang::Vi => "Sản phẩm tăng khá năm {base}",
                Lang::En => "Products with notable growth, {base}",
            },
            years,
        )
    }

    pub fn col_base_volume(&self, years: Years) -> String {
        fill(
            match self.lang {
                Lang::Vi => "Sản lượng {base}",
                Lang::En => "{base} volume",
            },
            years,
        )
    }

    pub fn col_product_growth(&self, years: Years) -> String {
        fill(
            match self.lang {
                Lang::Vi => "So với {before}",
                Lang::En => "Growth on {before}",
            },
            years,
        )
    }

    pub fn col_implied_before_volume(&self, years: Years) -> String {
        fill(
            match self.lang {
                Lang::Vi => "Sản lượng {before} (suy ra)",
                Lang::En => "Implied {before} volume",
            },
            years,
        )
    }

    pub fn chart_shares_title(&self, years: Years) -> String {
        fill(
            match self.lang {
                Lang::Vi => "Tỷ trọng trong tổng {base}",
                Lang::En => "Share of the {base} total",
            },
            years,
        )
    }

    pub fn chart_levels_title(&self, years: Years) -> String {
        fill(
            match self.lang {
                Lang::Vi => "{before} (suy ra) → {base} → {target} (kịch bản của bạn)",
                Lang::En => "{before} (implied) → {base} → {target} (your scenario)",
            },
            years,
        )
    }

    pub fn chart_waterfall_title(&self, years: Years) -> String {
        fill(
            match self.lang {
                Lang::Vi => "Từ tổng {base} đến tổng {target} của bạn, theo từng ngành",
                Lang::En => "From the {base} total to your {target} total, sector by sector",
            },
            years,
        )
    }

    pub fn chart_products_title(&self, years: Years) -> String {
        fill(
            match self.lang {
                Lang::Vi => "Tăng trưởng sản phẩm nổi bật, {base} so với {before}",
                Lang::En => "Growth of notable products, {base} on {before}",
            },
            years,
        )
    }

    pub fn chart_histogram_title(&self, years: Years) -> String {
        fill(
            match self.lang {
                Lang::Vi => "Khả năng đạt mục tiêu: phân bố tổng giá trị {target}",
                Lang::En => "How likely is the target? Distribution of {target} totals",
            },
            years,
        )
    }

    pub fn hist_bin_col(&self, years: Years) -> String {
        fill(
            match self.lang {
                Lang::Vi => "Tổng {target}",
                Lang::En => "{target} total",
            },
            years,
        )
    }

    pub fn chart_tornado_title(&self, years: Years) -> String {
        fill(
            match self.lang {
                Lang::Vi => "Yếu tố tác động đến tổng {target}: ±1 điểm % tăng trưởng và từng dự án đang bật",
                Lang::En => "What moves the {target} total: ±1 pp of growth, and each active project",
            },
            years,
        )
    }

    /// The waterfall's first bar: the base year, the same in both languages.
    pub fn label_base_total(&self, years: Years) -> String {
        years.base.to_string()
    }

    /// The waterfall's last bar: the target year, the same in both languages.
    pub fn label_target_total(&self, years: Years) -> String {
        years.target.to_string()
    }

    pub fn product_multiple(&self, times: &str) -> String {
        match self.lang {
            Lang::Vi => format!("gấp {times} lần"),
            Lang::En => format!("×{times}"),
        }
    }

    pub fn products_count(&self, n: usize) -> String {
        format!("{} ({n})", self.products_button)
    }

    pub fn table_hint(&self, unit: &str, years: Years) -> String {
        let base = years.base;
        match self.lang {
            Lang::Vi => format!("Giá trị tính bằng {unit}. Đóng góp: số điểm phần trăm vào mức tăng {base} của toàn tỉnh. Chọn tiêu đề cột để sắp xếp."),
            Lang::En => format!("Values in {unit}. Contribution: percentage points of the {base} growth of the total. Select a column heading to sort."),
        }
    }

    pub fn sort_by(&self, column: &str) -> String {
        match self.lang {
            Lang::Vi => format!("Sắp xếp theo {column}"),
            Lang::En => format!("Sort by {column}"),
        }
    }

    pub fn shares_summary(&self, largest: &str, share: &str, rest: &str, years: Years) -> String {
        let base = years.base;
        match self.lang {
            Lang::Vi => format!("{largest} chiếm {share} % tổng giá trị {base}; ba ngành còn lại cộng lại {rest} %."),
            Lang::En => format!("{largest} makes up {share} % of the {base} total; the other three sectors together {rest} %."),
        }
    }

    pub fn small_shares_summary(&self, largest: &str, share: &str, max: &str) -> String {
        match self.lang {
            Lang::Vi => format!("Trong ba ngành nhỏ, {largest} lớn nhất với {share} % tổng; thang đo chỉ đến {max} %."),
            Lang::En => format!("Among the small sectors, {largest} is the largest at {share} % of the total; this scale ends at {max} %."),
        }
    }

    pub fn share_tooltip(
        &self,
        name: &str,
        share: &str,
        value: &str,
        unit: &str,
        years: Years,
    ) -> String {
        let base = years.base;
        match self.lang {
            Lang::Vi => format!("{name}: {share} % tổng {base} ({value} {unit}). Suy ra từ số liệu công bố."),
            Lang::En => format!("{name}: {share} % of the {base} total ({value} {unit}). Derived from published figures."),
        }
    }

    /// The whole province's three levels, each value given formatted.
    pub fn levels_summary(&self, values: [&str; 3], unit: &str, years: Years) -> String {
        let [v_before, v_base, v_target] = values;
        let Years {
            before,
            base,
            target,
        } = years;
        match self.lang {
            Lang::Vi => format!("Toàn tỉnh: {v_before} ({before}, suy ra) → {v_base} ({base}) → {v_target} {unit} ({target}, kịch bản của bạn). Mỗi ô có thang đo riêng."),
            Lang::En => format!("Whole province: {v_before} ({before}, implied) → {v_base} ({base}) → {v_target} {unit} ({target}, your scenario). Each panel has its own scale."),
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
        years: Years,
    ) -> String {
        let Years { base, target, .. } = years;
        match (self.lang, met) {
            (Lang::Vi, true) => format!("Từ {start} năm {base}, các ngành đưa tổng lên {end} {unit} năm {target}, vượt đường mục tiêu {gap} {unit}."),
            (Lang::Vi, false) => format!("Từ {start} năm {base}, các ngành đưa tổng lên {end} {unit} năm {target}, còn thiếu {gap} {unit} so với đường mục tiêu."),
            (Lang::En, true) => format!("From {start} in {base} the sectors take the total to {end} {unit} in {target}, {gap} {unit} above the target line."),
            (Lang::En, false) => format!("From {start} in {base} the sectors take the total to {end} {unit} in {target}, {gap} {unit} short of the target line."),
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

    pub fn product_tooltip(
        &self,
        name: &str,
        growth: &str,
        volume: &str,
        unit: &str,
        years: Years,
    ) -> String {
        let Years { before, base, .. } = years;
        match self.lang {
            Lang::Vi => format!(
                "{name}: {growth} so với {before}; {volume} {unit} năm {base} (số liệu công bố)."
            ),
            Lang::En => {
                format!("{name}: {growth} on {before}; {volume} {unit} in {base} (published).")
            }
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

    pub fn percentile_tooltip(&self, label: &str, value: &str, years: Years) -> String {
        let target = years.target;
        match self.lang {
            Lang::Vi => format!("{label}: {value} (phân vị của tổng {target})."),
            Lang::En => format!("{label}: {value} (percentile of the {target} total)."),
        }
    }

    pub fn histogram_summary(&self, pct: &str, draws: &str, p10: &str, p90: &str) -> String {
        match self.lang {
            Lang::Vi => format!("{pct} % trong {draws} lần rút đạt mục tiêu; 80 % số lần rơi vào khoảng {p10} đến {p90}."),
            Lang::En => format!("{pct} % of {draws} draws reach the target; 80 % of them fall between {p10} and {p90}."),
        }
    }

    pub fn tornado_sector(
        &self,
        sector: &str,
        step: &str,
        change: &str,
        unit: &str,
        years: Years,
    ) -> String {
        let target = years.target;
        match self.lang {
            Lang::Vi => format!("{sector} {step} điểm %: tổng {target} thay đổi {change} {unit}."),
            Lang::En => {
                format!("{sector} {step} pp: the {target} total changes by {change} {unit}.")
            }
        }
    }

    pub fn tornado_project(&self, project: &str, change: &str, unit: &str, years: Years) -> String {
        let target = years.target;
        match self.lang {
            Lang::Vi => format!("Không có {project}: tổng {target} thay đổi {change} {unit}."),
            Lang::En => {
                format!("Without {project}: the {target} total changes by {change} {unit}.")
            }
        }
    }

    pub fn tornado_summary(&self, top: &str, change: &str, unit: &str) -> String {
        match self.lang {
            Lang::Vi => format!("{top} tác động lớn nhất: mỗi điểm % tăng trưởng làm tổng thay đổi {change} {unit}."),
            Lang::En => format!("{top} moves the total most: each point of its growth is worth {change} {unit}."),
        }
    }
}
