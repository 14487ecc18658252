//! The verdict and the target: the gap, the target's reading, units, the
//! common growth.

use super::{fill, Strings};
use crate::model::units::MoneyUnit;
use crate::model::{Lang, Years};

impl Strings {
    pub fn result_heading(&self, years: Years) -> String {
        fill(
            match self.lang {
                Lang::Vi => "Dự báo năm {target}",
                Lang::En => "{target} projection",
            },
            years,
        )
    }

    pub fn projected_total(&self, years: Years) -> String {
        fill(
            match self.lang {
                Lang::Vi => "Tổng giá trị dự báo {target}",
                Lang::En => "Projected {target} total",
            },
            years,
        )
    }

    pub fn growth_over_base(&self, years: Years) -> String {
        fill(
            match self.lang {
                Lang::Vi => "Tăng so với {base}",
                Lang::En => "Growth over {base}",
            },
            years,
        )
    }

    pub fn gap_sentence(&self, met: bool, gap: &str, unit: &str, gap_pp: &str) -> String {
        match (self.lang, met) {
            (Lang::Vi, true) => format!("Vượt mục tiêu {gap} {unit} ({gap_pp} điểm %)."),
            (Lang::Vi, false) => {
                format!("Còn thiếu {gap} {unit} so với mục tiêu ({gap_pp} điểm %).")
            }
            (Lang::En, true) => {
                format!("{gap} {unit} above the target ({gap_pp} percentage points).")
            }
            (Lang::En, false) => {
                format!("{gap} {unit} short of the target ({gap_pp} percentage points).")
            }
        }
    }

    pub fn target_reading_absolute(
        &self,
        target: &str,
        growth: &str,
        stated: &str,
        years: Years,
    ) -> String {
        let base = years.base;
        if self.lang == Lang::Vi {
            format!("Kiểm tra mục tiêu tuyệt đối đã công bố: {target} (tăng {growth} %, công bố là {stated} %).")
        } else {
            format!("Tests the published absolute target: {target} (+{growth} % on {base}, published as {stated} %).")
        }
    }

    pub fn target_reading_stated(
        &self,
        target: &str,
        stated: &str,
        published: &str,
        years: Years,
    ) -> String {
        let base = years.base;
        if self.lang == Lang::Vi {
            format!("Kiểm tra cách đọc “tăng {stated} % so với {base}”: {target} (mục tiêu tuyệt đối công bố là {published}).")
        } else {
            format!("Tests the “+{stated} % on {base}” reading: {target} (the published absolute target is {published}).")
        }
    }

    pub fn unit_label(&self, unit: MoneyUnit) -> &'static str {
        match unit {
            MoneyUnit::BillionVnd => self.unit_bn_vnd,
            MoneyUnit::TrillionVnd => self.unit_tn_vnd,
            MoneyUnit::MillionUsd => self.unit_m_usd,
        }
    }

    /// The projects alone reach the target: no growth is needed at all.
    pub fn uniform_needs_nothing(&self, years: Years) -> String {
        fill(
            match self.lang {
                Lang::Vi => "Các dự án đã đủ đạt mục tiêu, kể cả khi các ngành không sản xuất gì năm {target}.",
                Lang::En => "The projects alone reach the target, even if the sectors produced nothing in {target}.",
            },
            years,
        )
    }

    pub fn uniform_needed(&self, pct: &str) -> String {
        if self.lang == Lang::Vi {
            format!("Nếu mọi ngành tăng như nhau: mỗi ngành cần tăng {pct} %.")
        } else {
            format!("If every sector grew alike, each would need {pct} %.")
        }
    }
}
