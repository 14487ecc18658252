//! Texts of the published figures' "2024 so far" offers, and what stands
//! where a figure is not published, in both languages. Numbers arrive
//! formatted.

use super::Strings;
use crate::model::Lang;

impl Strings {
    /// Where a figure an edition needs was never published.
    pub fn not_published(&self) -> &'static str {
        match self.lang {
            Lang::Vi => "chưa công bố",
            Lang::En => "not published",
        }
    }

    pub fn published_offers_heading(&self) -> &'static str {
        match self.lang {
            Lang::Vi => "Hoặc dùng số liệu tỉnh đã công bố:",
            Lang::En => "Or use what the province has published:",
        }
    }

    /// "Q1 2024 as published: 22,170 billion VND, +3.8 %"
    pub fn published_offer(&self, label: &str, value: &str, unit: &str, growth: &str) -> String {
        match self.lang {
            Lang::Vi => format!("{label} đã công bố: {value} {unit}, {growth}"),
            Lang::En => format!("{label} as published: {value} {unit}, {growth}"),
        }
    }

    pub fn published_lower_bound(&self) -> &'static str {
        match self.lang {
            Lang::Vi => "Nguồn ghi “hơn” con số này: ứng dụng dùng đúng con số, nên nhu cầu cho các tháng còn lại có thể thấp hơn một chút.",
            Lang::En => "The source says “over” this figure: the app uses the figure itself, so what the remaining months need may be slightly less.",
        }
    }
}
