//! Every user-facing string, in Vietnamese and English.
//!
//! One `Strings` value per language, so a key missing in one language is a
//! compile error. Texts that embed numbers take them already formatted (see
//! `format`), which keeps this module free of locale rules and of the browser.

use crate::model::Lang;

pub struct Strings {
    pub lang: Lang,
    pub app_title: &'static str,
    pub app_question: &'static str,
    pub source_label: &'static str,
    pub estimates_note: &'static str,
    pub price_basis_note: &'static str,
    pub language_label: &'static str,
    pub table_caption: &'static str,
    pub col_sector: &'static str,
    pub col_vsic: &'static str,
    pub col_value_2023: &'static str,
    pub col_share: &'static str,
    pub col_growth_2023: &'static str,
    pub col_growth_2024: &'static str,
    pub total_row: &'static str,
    pub growth_field_suffix: &'static str,
    pub error_empty: &'static str,
    pub error_not_a_number: &'static str,
    pub error_below_minimum: &'static str,
    pub error_above_maximum: &'static str,
    pub result_heading: &'static str,
    pub projected_total: &'static str,
    pub growth_over_2023: &'static str,
    pub target_label: &'static str,
    pub verdict_met: &'static str,
    pub verdict_not_met: &'static str,
    pub what_it_takes: &'static str,
    pub reset_all: &'static str,
    pub data_notes_heading: &'static str,
    pub data_error_heading: &'static str,
    pub unit_bn_vnd: &'static str,
    pub percentage_points: &'static str,
}

pub fn strings(lang: Lang) -> &'static Strings {
    match lang {
        Lang::Vi => &VI,
        Lang::En => &EN,
    }
}

pub static EN: Strings = Strings {
    lang: Lang::En,
    app_title: "Ninh Bình industry 2024",
    app_question: "Will 2024 industrial output reach the province's target?",
    source_label: "Source",
    estimates_note: "2023 figures are estimates (“ước đạt”)",
    price_basis_note:
        "values as published; the source does not say whether prices are current or comparable",
    language_label: "Language",
    table_caption: "Industrial production value by sector, 2023, and your 2024 growth",
    col_sector: "Sector",
    col_vsic: "VSIC",
    col_value_2023: "2023, billion VND",
    col_share: "Share of total",
    col_growth_2023: "2023 growth",
    col_growth_2024: "2024 growth, %",
    total_row: "Whole province",
    growth_field_suffix: "2024 growth, %",
    error_empty: "Enter a growth rate, e.g. 9.5.",
    error_not_a_number: "Not a number. Use digits, e.g. 9.5 or -2.",
    error_below_minimum: "Growth cannot be below −100 % (output cannot fall below zero).",
    error_above_maximum: "Above +300 % is outside what this tool accepts.",
    result_heading: "2024 projection",
    projected_total: "Projected 2024 total",
    growth_over_2023: "Growth over 2023",
    target_label: "Target (published)",
    verdict_met: "Target met",
    verdict_not_met: "Target not met",
    what_it_takes: "What it would take",
    reset_all: "Reset all to 2023 growth",
    data_notes_heading: "Data notes",
    data_error_heading: "The bundled data could not be read",
    unit_bn_vnd: "billion VND",
    percentage_points: "pp",
};

pub static VI: Strings = Strings {
    lang: Lang::Vi,
    app_title: "Công nghiệp Ninh Bình 2024",
    app_question: "Giá trị sản xuất công nghiệp năm 2024 có đạt mục tiêu của tỉnh?",
    source_label: "Nguồn",
    estimates_note: "số liệu 2023 là ước đạt",
    price_basis_note: "giá trị theo số liệu công bố; nguồn không nêu giá hiện hành hay giá so sánh",
    language_label: "Ngôn ngữ",
    table_caption: "Giá trị sản xuất công nghiệp theo ngành năm 2023 và tăng trưởng 2024 bạn chọn",
    col_sector: "Ngành",
    col_vsic: "VSIC",
    col_value_2023: "2023, tỷ đồng",
    col_share: "Tỷ trọng",
    col_growth_2023: "Tăng 2023",
    col_growth_2024: "Tăng 2024, %",
    total_row: "Toàn tỉnh",
    growth_field_suffix: "tăng trưởng 2024, %",
    error_empty: "Hãy nhập tốc độ tăng, ví dụ 9,5.",
    error_not_a_number: "Không phải là số. Hãy nhập chữ số, ví dụ 9,5 hoặc -2.",
    error_below_minimum: "Không thể giảm quá −100 % (sản lượng không thể âm).",
    error_above_maximum: "Trên +300 % nằm ngoài phạm vi công cụ chấp nhận.",
    result_heading: "Dự báo năm 2024",
    projected_total: "Tổng giá trị dự báo 2024",
    growth_over_2023: "Tăng so với 2023",
    target_label: "Mục tiêu (công bố)",
    verdict_met: "Đạt mục tiêu",
    verdict_not_met: "Chưa đạt mục tiêu",
    what_it_takes: "Cần gì để đạt",
    reset_all: "Đặt lại theo mức tăng 2023",
    data_notes_heading: "Ghi chú số liệu",
    data_error_heading: "Không đọc được số liệu đi kèm",
    unit_bn_vnd: "tỷ đồng",
    percentage_points: "điểm %",
};

/// Sentences that embed formatted numbers.
impl Strings {
    pub fn growth_field_label(&self, sector: &str) -> String {
        format!("{sector} — {}", self.growth_field_suffix)
    }

    pub fn still_using(&self, last_valid: &str) -> String {
        if self.lang == Lang::Vi {
            format!("Kết quả vẫn dùng {last_valid} %.")
        } else {
            format!("The result still uses {last_valid} %.")
        }
    }

    pub fn gap_sentence(&self, met: bool, gap: &str, gap_pp: &str) -> String {
        match (self.lang == Lang::Vi, met) {
            (true, true) => format!("Vượt mục tiêu {gap} tỷ đồng ({gap_pp} điểm %)."),
            (true, false) => format!("Còn thiếu {gap} tỷ đồng so với mục tiêu ({gap_pp} điểm %)."),
            (false, true) => {
                format!("{gap} billion VND above the target ({gap_pp} percentage points).")
            }
            (false, false) => {
                format!("{gap} billion VND short of the target ({gap_pp} percentage points).")
            }
        }
    }

    pub fn target_reading_absolute(&self, target: &str, growth: &str, stated: &str) -> String {
        if self.lang == Lang::Vi {
            format!("Kiểm tra mục tiêu tuyệt đối đã công bố: {target} tỷ đồng (tăng {growth} %, công bố là {stated} %).")
        } else {
            format!("Tests the published absolute target: {target} billion VND (+{growth} % on 2023, published as {stated} %).")
        }
    }

    pub fn target_reading_stated(&self, target: &str, stated: &str, published: &str) -> String {
        if self.lang == Lang::Vi {
            format!("Kiểm tra cách đọc “tăng {stated} % so với 2023”: {target} tỷ đồng (mục tiêu tuyệt đối công bố là {published} tỷ đồng).")
        } else {
            format!("Tests the “+{stated} % on 2023” reading: {target} billion VND (the published absolute target is {published} billion VND).")
        }
    }

    pub fn sector_cannot_alone(&self, sector: &str, pct: &str) -> String {
        if self.lang == Lang::Vi {
            format!("{sector} không thể một mình bù khoảng thiếu: sẽ cần tăng {pct} %, vượt xa mọi mức hợp lý.")
        } else {
            format!("{sector} cannot close the gap alone: it would need {pct} %, far beyond anything plausible.")
        }
    }

    pub fn uniform_needed(&self, pct: &str) -> String {
        if self.lang == Lang::Vi {
            format!("Nếu mọi ngành tăng như nhau: mỗi ngành cần tăng {pct} %.")
        } else {
            format!("If every sector grew alike, each would need {pct} %.")
        }
    }

    pub fn sector_alone_needs(&self, sector: &str, pct: &str) -> String {
        if self.lang == Lang::Vi {
            format!("{sector} một mình cần tăng {pct} % (các ngành khác như đã đặt).")
        } else {
            format!("{sector} alone would need {pct} % (other sectors as set).")
        }
    }

    pub fn note_total_growth(&self, stated: &str, implied: &str) -> String {
        if self.lang == Lang::Vi {
            format!("Tốc độ tăng toàn tỉnh 2023 công bố là {stated} %, nhưng tính từ bốn ngành thì là {implied} %. Ứng dụng dùng số liệu từng ngành và nêu rõ chênh lệch này.")
        } else {
            format!("The stated 2023 growth of the total is {stated} %, but the four sectors' own growth rates imply {implied} %. The app computes from the sectors and shows this difference.")
        }
    }

    pub fn note_target_growth(&self, target: &str, exact: &str, stated: &str, alt: &str) -> String {
        if self.lang == Lang::Vi {
            format!("Mục tiêu {target} tỷ đồng là tăng {exact} % so với 2023, được công bố là “{stated} %”; tăng đúng {stated} % sẽ là {alt} tỷ đồng.")
        } else {
            format!("The target of {target} billion VND is +{exact} % on 2023, published as “{stated} %”; exactly +{stated} % would be {alt} billion VND.")
        }
    }

    pub fn note_price_basis(&self) -> &'static str {
        if self.lang == Lang::Vi {
            "Nguồn không nêu giá trị tính theo giá hiện hành hay giá so sánh 2010; ứng dụng dùng đúng số đã công bố và không suy đoán."
        } else {
            "The source does not say whether values are at current or at comparable (2010) prices; the app uses the figures as published and does not guess."
        }
    }
}
