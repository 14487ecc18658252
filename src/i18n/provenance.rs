//! Where each figure comes from: tooltips on figures and the data notes.

use super::Strings;
use crate::model::Lang;

impl Strings {
    pub fn provenance_published(&self, publisher: &str, quote: &str) -> String {
        match self.lang {
            Lang::Vi => {
                format!("Số liệu công bố: {publisher}, ước đạt năm 2023. Bài báo: “{quote}”.")
            }
            Lang::En => format!(
                "Published figure: {publisher}, 2023 estimate. Article (Vietnamese): “{quote}”."
            ),
        }
    }

    pub fn provenance_target(&self, publisher: &str, quote: &str) -> String {
        match self.lang {
            Lang::Vi => format!("Mục tiêu công bố: {publisher}. Bài báo: “{quote}”."),
            Lang::En => format!("Published target: {publisher}. Article (Vietnamese): “{quote}”."),
        }
    }

    pub fn provenance_implied_2022(&self, value: &str, growth: &str) -> String {
        match self.lang {
            Lang::Vi => {
                format!("Suy ra: giá trị 2023 ÷ (1 + tăng 2023) = {value} ÷ (1 + {growth} %).")
            }
            Lang::En => {
                format!("Derived: 2023 value ÷ (1 + 2023 growth) = {value} ÷ (1 + {growth} %).")
            }
        }
    }

    pub fn provenance_implied_total_2022(&self) -> &'static str {
        match self.lang {
            Lang::Vi => "Suy ra: tổng giá trị 2022 suy ra của bốn ngành (mỗi ngành: giá trị 2023 ÷ (1 + tăng 2023)).",
            Lang::En => "Derived: the sum of the four sectors' implied 2022 values (each: 2023 value ÷ (1 + 2023 growth)).",
        }
    }

    pub fn provenance_share(&self) -> &'static str {
        match self.lang {
            Lang::Vi => "Suy ra: giá trị 2023 của ngành ÷ tổng bốn ngành.",
            Lang::En => "Derived: the sector's 2023 value ÷ the sum of the four sectors.",
        }
    }

    pub fn provenance_contribution(&self) -> &'static str {
        match self.lang {
            Lang::Vi => "Suy ra: (giá trị 2023 − giá trị 2022 suy ra) ÷ tổng 2022 suy ra của bốn ngành × 100.",
            Lang::En => "Derived: (2023 value − implied 2022 value) ÷ implied 2022 total of the four sectors × 100.",
        }
    }

    pub fn provenance_converted(&self, rate: &str) -> String {
        match self.lang {
            Lang::Vi => format!(" Quy đổi theo tỷ giá giả định của bạn: {rate} đồng/USD."),
            Lang::En => format!(" Converted at your assumed rate of {rate} VND per USD."),
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

    pub fn note_versions(&self, dataset: u32, link: u32) -> String {
        match self.lang {
            Lang::Vi => format!("Phiên bản số liệu {dataset}; định dạng đường dẫn {link}."),
            Lang::En => format!("Data version {dataset}; link format {link}."),
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
