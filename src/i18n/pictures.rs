//! Texts of the pictures for slides: the buttons beside each chart and the
//! share panel's, what they say when copying, and the words a picture
//! adds to its chart (the verdict in one line, whose figures the scenario
//! holds, the QR code's caption).

use super::Strings;
use crate::model::Lang;

impl Strings {
    pub fn pictures_label(&self) -> &'static str {
        match self.lang {
            Lang::Vi => "Ảnh 1920 × 1080 cho trang chiếu:",
            Lang::En => "Picture for slides, 1920 × 1080:",
        }
    }

    pub fn picture_copy(&self) -> &'static str {
        match self.lang {
            Lang::Vi => "Sao chép ảnh",
            Lang::En => "Copy image",
        }
    }

    /// After "Copy image": nothing yet, copied, or refused.
    pub fn picture_copied(&self, copied: Option<bool>) -> &'static str {
        match (self.lang, copied) {
            (_, None) => "",
            (Lang::Vi, Some(true)) => "Đã sao chép ảnh.",
            (Lang::En, Some(true)) => "Image copied.",
            (Lang::Vi, Some(false)) => "Không sao chép được; hãy tải ảnh PNG.",
            (Lang::En, Some(false)) => "Could not copy; download the PNG instead.",
        }
    }

    pub fn slide_button(&self) -> &'static str {
        match self.lang {
            Lang::Vi => "Trang chiếu (PNG)",
            Lang::En => "Slide (PNG)",
        }
    }

    pub fn slide_scan(&self) -> &'static str {
        match self.lang {
            Lang::Vi => "Quét để mở kịch bản này",
            Lang::En => "Scan to open this scenario",
        }
    }

    /// In a picture's source line, when the scenario is not the baseline.
    pub fn entered_by_reader(&self) -> &'static str {
        match self.lang {
            Lang::Vi => " Kịch bản: tốc độ tăng và dự án do người dùng nhập.",
            Lang::En => " Scenario: growth rates and projects entered by the reader.",
        }
    }
}
