//! Texts of "the record" (`components::record`), in both languages. The
//! record is drawn only at build time (the native prerender), so none of
//! this reaches the wasm. Numbers arrive formatted; what the figures say
//! (agree, missed, leaned) arrives as values and is worded here.

use super::Strings;
use crate::model::Lang;

impl Strings {
    pub fn record_heading(&self) -> &'static str {
        match self.lang {
            Lang::Vi => "Đối chiếu với số liệu đã công bố",
            Lang::En => "The record: published figures beside the app's",
        }
    }

    pub fn record_intro(&self) -> &'static str {
        match self.lang {
            Lang::Vi => "Những số liệu tỉnh công bố ở nơi khác, đặt cạnh số ứng dụng tính từ bài báo năm 2023, mỗi số kèm nguồn. Không số nào trong đây thay đổi dự báo, trừ khi bạn dùng nó ở mục số liệu “đến nay”.",
            Lang::En => "What the province published elsewhere, beside what the app derives from the 2023 article, each with its source. None of these changes the projection unless you use it in the “so far” section.",
        }
    }

    /// 2022 as published against 2022 as the 2023 figures imply it.
    #[allow(clippy::too_many_arguments)]
    pub fn record_2022(
        &self,
        published: &str,
        published_growth: &str,
        by_total: &str,
        by_sectors: &str,
        from_published: &str,
        stated: &str,
        agrees: bool,
    ) -> String {
        match (self.lang, agrees) {
            (Lang::Vi, _) => format!(
                "Năm 2022: công bố “hơn {published} tỷ đồng”, {published_growth} so với 2021. Mức tăng {stated} của bài báo năm 2023 cho năm 2022 là {by_total} tỷ đồng; tổng các ngành theo mức tăng riêng của từng ngành là {by_sectors} tỷ đồng. Lấy số 2022 đã công bố thì mức tăng năm 2023 là {from_published}, {}",
                if agrees { format!("làm tròn đúng bằng {stated}: hai nguồn khớp nhau trong phạm vi làm tròn.") } else { format!("không làm tròn thành {stated}: hai nguồn không khớp.") }
            ),
            (Lang::En, _) => format!(
                "2022: published as “over {published} billion VND”, {published_growth} on 2021. The 2023 article's {stated} puts 2022 at {by_total} billion VND; the four sectors' own growth rates put it at {by_sectors} billion VND. Taking the published 2022 value, 2023's growth is {from_published}, {}",
                if agrees { format!("which rounds to the stated {stated}: the two sources agree within rounding.") } else { format!("which does not round to the stated {stated}: the two sources disagree.") }
            ),
        }
    }

    #[allow(clippy::too_many_arguments)]
    pub fn record_target_2023(
        &self,
        target: &str,
        target_growth: &str,
        estimate: &str,
        estimate_growth: &str,
        shortfall: &str,
        shortfall_pct: &str,
        target_2024_growth: &str,
    ) -> String {
        match self.lang {
            Lang::Vi => format!(
                "Mục tiêu 2023: {target} tỷ đồng, {target_growth} so với 2022. Ước thực hiện 2023 là {estimate} tỷ đồng ({estimate_growth}): thiếu {shortfall} tỷ đồng, tức {shortfall_pct} so với mục tiêu. Nên cân nhắc điều này khi xét mục tiêu 2024 ({target_2024_growth})."
            ),
            Lang::En => format!(
                "2023 target: {target} billion VND, {target_growth} on 2022. The 2023 estimate is {estimate} billion VND ({estimate_growth}): the target was missed by {shortfall} billion VND, {shortfall_pct} of the target. Worth weighing against the 2024 target of {target_2024_growth}."
            ),
        }
    }

    pub fn record_part_2023(
        &self,
        months: u8,
        value: &str,
        growth: &str,
        share: &str,
        even_share: &str,
        later_heavier: bool,
    ) -> String {
        match self.lang {
            Lang::Vi => format!(
                "{months} tháng đầu năm 2023: {value} tỷ đồng, {growth} so với cùng kỳ; bằng {share} giá trị cả năm 2023, trong khi {months} tháng chia đều sẽ là {even_share}: {}",
                if later_heavier { "các tháng cuối năm làm ra nhiều hơn." } else { "các tháng đầu năm làm ra nhiều hơn." }
            ),
            Lang::En => format!(
                "The first {months} months of 2023: {value} billion VND, {growth} on the same months of 2022; {share} of the 2023 total, where {months} even months would be {even_share}: {}",
                if later_heavier { "the later months produced more." } else { "the early months produced more." }
            ),
        }
    }

    /// A single month's production value, beside the quarter it ends.
    pub fn record_month(&self, label: &str, value: &str, growth: &str) -> String {
        match self.lang {
            Lang::Vi => format!(
                "{label}: {value} tỷ đồng, {growth} so với cùng tháng năm trước. Một tháng riêng lẻ: mục số liệu “đến nay” dùng số lũy kế từ tháng 1."
            ),
            Lang::En => format!(
                "{label}: {value} billion VND, {growth} on the same month a year before. A single month: the “so far” section takes totals from January."
            ),
        }
    }

    pub fn record_index(&self, label: &str, growth: &str) -> String {
        match self.lang {
            Lang::Vi => format!(
                "{label}: {growth} so với cùng tháng năm trước. Đây là chỉ số khối lượng sản xuất, không phải giá trị sản xuất mà mục tiêu dùng: chỉ để tham khảo, không dùng trong số nào của ứng dụng."
            ),
            Lang::En => format!(
                "{label}: {growth} on the same month a year before. An index of volumes, not the production value the target is set in: context only, used in no figure of the app."
            ),
        }
    }

    pub fn record_products_intro(&self) -> &'static str {
        match self.lang {
            Lang::Vi => "Sản phẩm: Quý I/2024 so với Quý I/2023 theo số liệu công bố, bên cạnh mức tăng năm 2023 của bài báo.",
            Lang::En => "Products: Q1 2024 on Q1 2023 as published, beside the article's 2023 growth.",
        }
    }

    /// The products table's column heads: the product as the Q1 report
    /// names it, its Q1 growth, the article's product and its 2023 growth.
    pub fn record_products_columns(&self) -> [&'static str; 3] {
        match self.lang {
            Lang::Vi => [
                "Sản phẩm (báo cáo Quý I)",
                "Quý I/2024",
                "Năm 2023 (bài báo)",
            ],
            Lang::En => ["Product (Q1 report)", "Q1 2024", "2023 (article)"],
        }
    }

    pub fn record_products_others(&self, others: &str) -> String {
        match self.lang {
            Lang::Vi => format!("Các sản phẩm khác trong cùng báo cáo: {others}."),
            Lang::En => format!("Other products in the same report: {others}."),
        }
    }

    /// "Source: publisher, “title”, date (quote)".
    pub fn record_source_label(&self) -> &'static str {
        match self.lang {
            Lang::Vi => "Nguồn",
            Lang::En => "Source",
        }
    }

    pub fn record_quote_label(&self) -> &'static str {
        match self.lang {
            Lang::Vi => "Nguyên văn",
            Lang::En => "Quoted",
        }
    }

    pub fn figure_prices(&self, prices: crate::model::published::Prices) -> &'static str {
        use crate::model::published::Prices;
        match (self.lang, prices) {
            (Lang::Vi, Prices::Current) => "giá hiện hành",
            (Lang::En, Prices::Current) => "at current prices",
            (Lang::Vi, Prices::Comparable2010) => "giá so sánh 2010",
            (Lang::En, Prices::Comparable2010) => "at 2010 prices",
            (Lang::Vi, Prices::NotStated) => "nguồn không nêu giá hiện hành hay giá so sánh",
            (Lang::En, Prices::NotStated) => "the source does not say at which prices",
            (Lang::Vi, Prices::NotApplicable) => "chỉ số, không theo giá",
            (Lang::En, Prices::NotApplicable) => "an index, no prices",
        }
    }

    /// A year that is over, asked again with the app's own method: every
    /// sector at the growth the year's estimates give it, from its level
    /// the year before (an edition's backtest). Where that level is
    /// implied by the same estimates, the method gives them back by
    /// construction, and the sentence says so.
    pub fn record_backtest(
        &self,
        year: u16,
        projected: &str,
        gap: &str,
        short: bool,
        target: &str,
        implied: bool,
    ) -> String {
        let before = year - 1;
        match self.lang {
            Lang::Vi => {
                let side = if short { "thiếu" } else { "vượt" };
                if implied {
                    format!("Phương pháp của ứng dụng, thử lại với năm {year}: mức năm {before} của từng ngành được suy ra từ số ước tính năm {year}, nên khi cho mỗi ngành tăng đúng mức ước tính năm {year}, dự báo cho lại đúng số ước tính, {projected} tỷ đồng: {side} {gap} tỷ đồng so với mục tiêu {target} tỷ đồng.")
                } else {
                    format!("Phương pháp của ứng dụng, thử lại với năm {year}: cho mỗi ngành tăng đúng mức ước tính năm {year} từ mức năm {before} đã công bố, dự báo cho {projected} tỷ đồng: {side} {gap} tỷ đồng so với mục tiêu {target} tỷ đồng.")
                }
            }
            Lang::En => {
                let side = if short { "short of" } else { "above" };
                if implied {
                    format!("The app's own method, tried on {year}: its {before} levels are implied by the {year} estimates, so with each sector at its estimated {year} growth the projection gives back the estimate, {projected} billion VND: {gap} billion VND {side} the target of {target} billion VND.")
                } else {
                    format!("The app's own method, tried on {year}: with each sector at its estimated {year} growth from its published {before} level, the projection gives {projected} billion VND: {gap} billion VND {side} the target of {target} billion VND.")
                }
            }
        }
    }

    /// What the "so far" method said of the rest of that year, and what
    /// the rest of the year did by the year's estimate.
    #[allow(clippy::too_many_arguments)]
    pub fn record_backtest_so_far(
        &self,
        year: u16,
        span: &str,
        base_total: &str,
        needed: &str,
        actual: &str,
        difference_pp: &str,
        fell_short: bool,
    ) -> String {
        let before = year - 1;
        match self.lang {
            Lang::Vi => format!(
                "Với số liệu {span} năm {year}, cách tính “đến nay” cho rằng các tháng còn lại cần tăng {needed} so với cùng kỳ năm {before} để đạt mục tiêu (lấy năm {before} là tổng các ngành, {base_total} tỷ đồng); theo số ước tính cả năm, các tháng còn lại tăng {actual}, {} {difference_pp} điểm phần trăm.",
                if fell_short { "thấp hơn" } else { "cao hơn" }
            ),
            Lang::En => format!(
                "From {span} {year}, its “so far” method said the rest of the year needed {needed} on the same months of {before} to meet the target (taking {before} as the sectors' sum, {base_total} billion VND); by the year's estimate, the rest of the year grew {actual}, {difference_pp} percentage points {}.",
                if fell_short { "less" } else { "more" }
            ),
        }
    }
}
