//! The "so far" section's texts (the target year's months already
//! published), in both languages. Numbers arrive formatted; errors arrive
//! as `SoFarError` and are named here, in one place.

use super::{fill, Strings};
use crate::model::so_far::SoFarError;
use crate::model::{Lang, Years};

impl Strings {
    pub fn so_far_heading(&self, years: Years) -> String {
        fill(
            match self.lang {
                Lang::Vi => "Năm {target} đến nay",
                Lang::En => "{target} so far",
            },
            years,
        )
    }

    pub fn so_far_intro(&self) -> &'static str {
        match self.lang {
            Lang::Vi => "Nhập số liệu lũy kế mới nhất tỉnh công bố (ví dụ “6 tháng đạt … tỷ đồng, tăng …% so với cùng kỳ”). Để trống thì các thanh điều chỉnh mô tả cả năm.",
            Lang::En => "Type the province's latest published cumulative figure (e.g. “the first six months reached … billion VND, up …% on the same period”). Left empty, the levers describe the whole year.",
        }
    }

    pub fn so_far_months_label(&self, years: Years) -> String {
        fill(
            match self.lang {
                Lang::Vi => "Số tháng của năm {target} đã có (1–12, từ tháng 1 đến tháng đó)",
                Lang::En => "Months of {target} covered (1–12, January to that month)",
            },
            years,
        )
    }

    pub fn so_far_value_label(&self, years: Years) -> String {
        fill(
            match self.lang {
                Lang::Vi => "Giá trị năm {target} đến nay (tỷ đồng)",
                Lang::En => "{target} value so far (billion VND)",
            },
            years,
        )
    }

    pub fn so_far_growth_label(&self, years: Years) -> String {
        fill(
            match self.lang {
                Lang::Vi => "Tăng so với cùng kỳ năm {base} (%)",
                Lang::En => "Growth on the same period of {base} (%)",
            },
            years,
        )
    }

    pub fn so_far_clear(&self) -> &'static str {
        match self.lang {
            Lang::Vi => "Xóa số liệu đến nay",
            Lang::En => "Clear the figures so far",
        }
    }

    pub fn so_far_error(&self, error: SoFarError, total_base: &str, years: Years) -> String {
        let base = years.base;
        match (self.lang, error) {
            (Lang::Vi, SoFarError::Missing) => "Cần nhập cả ô này.".into(),
            (Lang::En, SoFarError::Missing) => "This one is needed too.".into(),
            (Lang::Vi, SoFarError::NotANumber) => "Không đọc được số này.".into(),
            (Lang::En, SoFarError::NotANumber) => "This is not a number.".into(),
            (Lang::Vi, SoFarError::MonthsOutOfRange) => "Số tháng là số nguyên từ 1 đến 12.".into(),
            (Lang::En, SoFarError::MonthsOutOfRange) => "Months are a whole number from 1 to 12.".into(),
            (Lang::Vi, SoFarError::ValueNotPositive) => "Giá trị phải lớn hơn 0.".into(),
            (Lang::En, SoFarError::ValueNotPositive) => "The value must be more than 0.".into(),
            (Lang::Vi, SoFarError::ValueTooLarge) => "Giá trị quá lớn: tối đa 1.000.000 tỷ đồng.".into(),
            (Lang::En, SoFarError::ValueTooLarge) => "Too large: at most 1,000,000 billion VND.".into(),
            (Lang::Vi, SoFarError::GrowthAtOrBelowMinus100) => "Tốc độ tăng phải lớn hơn −100 %.".into(),
            (Lang::En, SoFarError::GrowthAtOrBelowMinus100) => "Growth must be above −100 %.".into(),
            (Lang::Vi, SoFarError::GrowthTooLarge) => "Tốc độ tăng tối đa +300 %.".into(),
            (Lang::En, SoFarError::GrowthTooLarge) => "Growth is at most +300 %.".into(),
            (Lang::Vi, SoFarError::ReachesTotal2023) => format!(
                "Với tốc độ tăng này, cùng kỳ năm {base} sẽ bằng hoặc vượt cả năm {base} ({total_base} tỷ đồng): kiểm tra lại giá trị hoặc tốc độ tăng."
            ),
            (Lang::En, SoFarError::ReachesTotal2023) => format!(
                "With this growth the same period of {base} would be all of {base} ({total_base} billion VND) or more: check the value or the growth."
            ),
        }
    }

    /// "January–June" / "tháng 1–6".
    pub fn month_span(&self, first: u8, last: u8) -> String {
        match self.lang {
            Lang::Vi if first == last => format!("tháng {first}"),
            Lang::Vi => format!("tháng {first}–{last}"),
            Lang::En if first == last => self.month_name(first),
            Lang::En => format!("{}–{}", self.month_name(first), self.month_name(last)),
        }
    }

    pub fn so_far_verdict_label(&self, span: &str, years: Years) -> String {
        let target = years.target;
        match self.lang {
            Lang::Vi => format!("Năm {target} đến nay ({span})"),
            Lang::En => format!("{target} so far ({span})"),
        }
    }

    pub fn same_period_base(&self, span: &str, value: &str, unit: &str, years: Years) -> String {
        let base = years.base;
        match self.lang {
            Lang::Vi => format!(
                "Cùng kỳ năm {base} ({span}): {value} {unit} = giá trị đến nay ÷ (1 + tốc độ tăng)."
            ),
            Lang::En => format!(
                "Same period of {base} ({span}): {value} {unit} = value so far ÷ (1 + growth)."
            ),
        }
    }

    pub fn rest_of_base(&self, span: &str, value: &str, unit: &str, years: Years) -> String {
        let base = years.base;
        match self.lang {
            Lang::Vi => format!(
                "Phần còn lại của năm {base} ({span}): {value} {unit} = cả năm {base} − cùng kỳ."
            ),
            Lang::En => {
                format!("Rest of {base} ({span}): {value} {unit} = {base} total − same period.")
            }
        }
    }

    pub fn rest_needs(
        &self,
        span: &str,
        pct: &str,
        target: &str,
        unit: &str,
        years: Years,
    ) -> String {
        let base = years.base;
        match self.lang {
            Lang::Vi => format!("Để cả năm đạt {target} {unit}, các tháng còn lại ({span}) cần tăng {pct} % so với cùng kỳ năm {base} (chưa tính dự án)."),
            Lang::En => format!("For the year to reach {target} {unit}, the remaining months ({span}) need {pct} % on the same months of {base} (before any project)."),
        }
    }

    pub fn rest_needs_nothing(&self, target: &str, unit: &str) -> String {
        match self.lang {
            Lang::Vi => format!("Giá trị đến nay đã đạt mục tiêu {target} {unit}: các tháng còn lại không cần tăng gì thêm."),
            Lang::En => format!("The value so far already reaches the target of {target} {unit}: the remaining months need nothing more."),
        }
    }

    pub fn rest_needs_beyond(&self, span: &str, pct: &str, max: &str, years: Years) -> String {
        let base = years.base;
        match self.lang {
            Lang::Vi => format!("Các tháng còn lại ({span}) sẽ phải tăng {pct} % so với cùng kỳ năm {base}, hơn cả {max} %: mục tiêu gần như không thể đạt."),
            Lang::En => format!("The remaining months ({span}) would need {pct} % on the same months of {base}, more than {max} %: the target is out of plausible reach."),
        }
    }

    pub fn year_complete(
        &self,
        met: bool,
        total: &str,
        gap: &str,
        unit: &str,
        years: Years,
    ) -> String {
        let target = years.target;
        match (self.lang, met) {
            (Lang::Vi, true) => format!("Đã có đủ 12 tháng: năm {target} đạt {total} {unit}, vượt mục tiêu {gap} {unit}."),
            (Lang::Vi, false) => format!("Đã có đủ 12 tháng: năm {target} đạt {total} {unit}, thiếu {gap} {unit} so với mục tiêu."),
            (Lang::En, true) => format!("All twelve months are in: {target} reached {total} {unit}, {gap} {unit} above the target."),
            (Lang::En, false) => format!("All twelve months are in: {target} reached {total} {unit}, {gap} {unit} short of the target."),
        }
    }

    pub fn levers_year_complete(&self, years: Years) -> String {
        fill(
            match self.lang {
                Lang::Vi => "Đã có đủ 12 tháng của năm {target}: các thanh điều chỉnh không còn làm thay đổi kết quả.",
                Lang::En => "All twelve months of {target} are in: the levers no longer change the result.",
            },
            years,
        )
    }

    pub fn scenario_gives_rest(
        &self,
        pct: &str,
        rest: &str,
        total: &str,
        unit: &str,
        projects: Option<&str>,
        years: Years,
    ) -> String {
        let base = years.base;
        match (self.lang, projects) {
            (Lang::Vi, None) => format!("Kịch bản của bạn cho các tháng còn lại tăng {pct} % (bình quân theo tỷ trọng {base}), tức {rest} {unit}, và cả năm {total} {unit}."),
            (Lang::Vi, Some(p)) => format!("Kịch bản của bạn cho các tháng còn lại tăng {pct} % (bình quân theo tỷ trọng {base}); cộng {p} {unit} từ dự án, các tháng đó đạt {rest} {unit}, và cả năm {total} {unit}."),
            (Lang::En, None) => format!("Your scenario gives the remaining months {pct} % (weighted by {base} shares), that is {rest} {unit}, and the year {total} {unit}."),
            (Lang::En, Some(p)) => format!("Your scenario gives the remaining months {pct} % (weighted by {base} shares); with {p} {unit} from projects they make {rest} {unit}, and the year {total} {unit}."),
        }
    }

    pub fn so_far_assumption(&self, after: &str, years: Years) -> String {
        let base = years.base;
        match self.lang {
            Lang::Vi => format!("Giả định của ứng dụng: không tính yếu tố mùa vụ; giá trị đến nay và phần còn lại của năm {base} chia cho các ngành theo tỷ trọng {base}; các thanh điều chỉnh là tốc độ tăng của các tháng còn lại; dự án chỉ tính các tháng sau {after}."),
            Lang::En => format!("The app's assumptions: no seasonal pattern; the value so far and the rest of {base} split among sectors by their {base} shares; the levers are the growth of the remaining months; projects count only after {after}."),
        }
    }

    pub fn levers_describe_rest(&self, span: &str, years: Years) -> String {
        let Years { base, target, .. } = years;
        match self.lang {
            Lang::Vi => format!("Với số liệu {target} đến nay, mỗi thanh là tốc độ tăng của {span} so với cùng kỳ {base}."),
            Lang::En => format!("With {target} so far entered, each lever is the growth of {span} on the same months of {base}."),
        }
    }

    pub fn so_far_chart_title(&self, years: Years) -> String {
        fill(
            match self.lang {
                Lang::Vi => "Năm {target} đến nay và phần còn lại",
                Lang::En => "{target} so far and the rest of the year",
            },
            years,
        )
    }

    pub fn so_far_chart_summary(
        &self,
        so_far: &str,
        rest: &str,
        needed: &str,
        unit: &str,
        years: Years,
    ) -> String {
        let target = years.target;
        match self.lang {
            Lang::Vi => format!("Năm {target} đã có {so_far} {unit}; kịch bản cho phần còn lại {rest} {unit}, trong khi để đạt mục tiêu phần còn lại cần {needed} {unit}."),
            Lang::En => format!("{target} has {so_far} {unit} so far; the scenario gives the rest {rest} {unit}, where reaching the target needs {needed} {unit} from it."),
        }
    }

    pub fn so_far_part(&self, year: &str, part: &str, value: &str, unit: &str) -> String {
        format!("{year}, {part}: {value} {unit}")
    }

    pub fn part_same_period(&self) -> &'static str {
        match self.lang {
            Lang::Vi => "cùng kỳ",
            Lang::En => "same period",
        }
    }

    pub fn part_so_far(&self) -> &'static str {
        match self.lang {
            Lang::Vi => "đến nay",
            Lang::En => "so far",
        }
    }

    pub fn part_rest(&self) -> &'static str {
        match self.lang {
            Lang::Vi => "phần còn lại",
            Lang::En => "rest of year",
        }
    }

    pub fn part_rest_needed(&self) -> &'static str {
        match self.lang {
            Lang::Vi => "phần còn lại cần để đạt mục tiêu",
            Lang::En => "rest needed for the target",
        }
    }

    /// "+3.4 % in 2024", or with the year so far "+3.4 % in July–December
    /// 2024" (the target year).
    pub fn growth_in_target(&self, pct: &str, span: Option<&str>, years: Years) -> String {
        let target = years.target;
        match (self.lang, span) {
            (Lang::Vi, None) => format!("{pct} % năm {target}"),
            (Lang::Vi, Some(span)) => format!("{pct} % {span} năm {target}"),
            (Lang::En, None) => format!("{pct} % in {target}"),
            (Lang::En, Some(span)) => format!("{pct} % in {span} {target}"),
        }
    }
}
