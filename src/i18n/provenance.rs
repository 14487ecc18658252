//! Where each figure comes from: tooltips on figures and the data notes.

use super::{fill, Strings};
use crate::model::{Lang, Years};

impl Strings {
    pub fn provenance_published(&self, publisher: &str, quote: &str, years: Years) -> String {
        let base = years.base;
        match self.lang {
            Lang::Vi => {
                format!("Số liệu công bố: {publisher}, ước đạt năm {base}. Bài báo: “{quote}”.")
            }
            Lang::En => format!(
                "Published figure: {publisher}, {base} estimate. Article (Vietnamese): “{quote}”."
            ),
        }
    }

    pub fn provenance_target(&self, publisher: &str, quote: &str) -> String {
        match self.lang {
            Lang::Vi => format!("Mục tiêu công bố: {publisher}. Bài báo: “{quote}”."),
            Lang::En => format!("Published target: {publisher}. Article (Vietnamese): “{quote}”."),
        }
    }

    pub fn provenance_implied_before(&self, value: &str, growth: &str, years: Years) -> String {
        let base = years.base;
        match self.lang {
            Lang::Vi => {
                format!("Suy ra: giá trị {base} ÷ (1 + tăng {base}) = {value} ÷ (1 + {growth} %).")
            }
            Lang::En => {
                format!("Derived: {base} value ÷ (1 + {base} growth) = {value} ÷ (1 + {growth} %).")
            }
        }
    }

    pub fn provenance_implied_before_total(&self, years: Years) -> String {
        fill(
            match self.lang {
                Lang::Vi => "Suy ra: tổng giá trị {before} suy ra của bốn ngành (mỗi ngành: giá trị {base} ÷ (1 + tăng {base})).",
                Lang::En => "Derived: the sum of the four sectors' implied {before} values (each: {base} value ÷ (1 + {base} growth)).",
            },
            years,
        )
    }

    pub fn provenance_share(&self, years: Years) -> String {
        fill(
            match self.lang {
                Lang::Vi => "Suy ra: giá trị {base} của ngành ÷ tổng bốn ngành.",
                Lang::En => "Derived: the sector's {base} value ÷ the sum of the four sectors.",
            },
            years,
        )
    }

    pub fn provenance_contribution(&self, years: Years) -> String {
        fill(
            match self.lang {
                Lang::Vi => "Suy ra: (giá trị {base} − giá trị {before} suy ra) ÷ tổng {before} suy ra của bốn ngành × 100.",
                Lang::En => "Derived: ({base} value − implied {before} value) ÷ implied {before} total of the four sectors × 100.",
            },
            years,
        )
    }

    pub fn provenance_converted(&self, rate: &str) -> String {
        match self.lang {
            Lang::Vi => format!(" Quy đổi theo tỷ giá giả định của bạn: {rate} đồng/USD."),
            Lang::En => format!(" Converted at your assumed rate of {rate} VND per USD."),
        }
    }

    pub fn note_total_growth(&self, stated: &str, implied: &str, years: Years) -> String {
        let base = years.base;
        if self.lang == Lang::Vi {
            format!("Tốc độ tăng toàn tỉnh {base} công bố là {stated} %, nhưng tính từ bốn ngành thì là {implied} %. Ứng dụng dùng số liệu từng ngành và nêu rõ chênh lệch này.")
        } else {
            format!("The stated {base} growth of the total is {stated} %, but the four sectors' own growth rates imply {implied} %. The app computes from the sectors and shows this difference.")
        }
    }

    pub fn note_target_growth(
        &self,
        target: &str,
        exact: &str,
        stated: &str,
        alt: &str,
        years: Years,
    ) -> String {
        let base = years.base;
        if self.lang == Lang::Vi {
            format!("Mục tiêu {target} tỷ đồng là tăng {exact} % so với {base}, được công bố là “{stated} %”; tăng đúng {stated} % sẽ là {alt} tỷ đồng.")
        } else {
            format!("The target of {target} billion VND is +{exact} % on {base}, published as “{stated} %”; exactly +{stated} % would be {alt} billion VND.")
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
