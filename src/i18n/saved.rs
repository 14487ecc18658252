//! Saved scenarios, imported files and links: names, notices and errors
//! (each error enum mapped to text here, exhaustively).

use super::{fill, Strings};
use crate::model::errors::{DecodeError, EditRefused, FileReadError, LinkPart, StoreNotice};
use crate::model::{Lang, Years};

impl Strings {
    pub fn scenario_n(&self, n: usize) -> String {
        match self.lang {
            Lang::Vi => format!("Kịch bản {n}"),
            Lang::En => format!("Scenario {n}"),
        }
    }

    pub fn delete_saved(&self, name: &str) -> String {
        match self.lang {
            Lang::Vi => format!("Xóa {name}"),
            Lang::En => format!("Delete {name}"),
        }
    }

    pub fn compare_hint(&self, max: usize) -> String {
        match self.lang {
            Lang::Vi => format!("Chọn tối đa {max} kịch bản để xem cạnh nhau."),
            Lang::En => format!("Tick up to {max} scenarios to see them side by side."),
        }
    }

    fn store_version_cleared(&self, version: &str) -> String {
        match self.lang {
            Lang::Vi => {
                format!("Các kịch bản đã lưu thuộc định dạng khác (“{version}”) nên đã được xóa.")
            }
            Lang::En => format!(
                "The saved scenarios were in another format (“{version}”) and were cleared."
            ),
        }
    }

    /// The name of a part of a share code, in this language.
    /// A part of a link, named in this language (every part, both
    /// languages: no fall-back to English).
    pub(super) fn link_part(&self, part: LinkPart, years: Years) -> String {
        let template = match (self.lang, part) {
            (Lang::Vi, LinkPart::EmptyPart) => "phần trống",
            (Lang::En, LinkPart::EmptyPart) => "empty part",
            (Lang::Vi, LinkPart::DataVersion) => "phiên bản số liệu",
            (Lang::En, LinkPart::DataVersion) => "data version",
            (Lang::Vi, LinkPart::Language) => "ngôn ngữ",
            (Lang::En, LinkPart::Language) => "language",
            (Lang::Vi, LinkPart::Growth) => "tốc độ tăng",
            (Lang::En, LinkPart::Growth) => "growth",
            (Lang::Vi, LinkPart::GrowthRate) => "tốc độ tăng",
            (Lang::En, LinkPart::GrowthRate) => "growth rate",
            (Lang::Vi, LinkPart::TargetReading) => "cách đọc mục tiêu",
            (Lang::En, LinkPart::TargetReading) => "target reading",
            (Lang::Vi, LinkPart::Project) => "dự án",
            (Lang::En, LinkPart::Project) => "project",
            (Lang::Vi, LinkPart::ProjectName) => "tên dự án",
            (Lang::En, LinkPart::ProjectName) => "project name",
            (Lang::Vi, LinkPart::ProjectCount) => "số dự án",
            (Lang::En, LinkPart::ProjectCount) => "number of projects",
            (Lang::Vi, LinkPart::UncertaintyRange) => "khoảng bất định",
            (Lang::En, LinkPart::UncertaintyRange) => "uncertainty range",
            (Lang::Vi, LinkPart::UncertaintyRanges) => "khoảng bất định",
            (Lang::En, LinkPart::UncertaintyRanges) => "uncertainty ranges",
            (Lang::Vi, LinkPart::Seed) => "hạt giống",
            (Lang::En, LinkPart::Seed) => "seed",
            (Lang::Vi, LinkPart::Draws) => "số lần rút",
            (Lang::En, LinkPart::Draws) => "number of draws",
            (Lang::Vi, LinkPart::MoneyUnit) => "đơn vị tiền",
            (Lang::En, LinkPart::MoneyUnit) => "money unit",
            (Lang::Vi, LinkPart::ExchangeRate) => "tỷ giá",
            (Lang::En, LinkPart::ExchangeRate) => "exchange rate",
            (Lang::Vi, LinkPart::View) => "chế độ xem",
            (Lang::En, LinkPart::View) => "view",
            (Lang::Vi, LinkPart::SectorCount) => "số ngành",
            (Lang::En, LinkPart::SectorCount) => "number of sectors",
            (Lang::Vi, LinkPart::SoFar) => "số liệu {target} đến nay",
            (Lang::En, LinkPart::SoFar) => "{target} so far",
            (Lang::Vi, LinkPart::Edition) => "năm mục tiêu",
            (Lang::En, LinkPart::Edition) => "target year",
        };
        fill(template, years)
    }

    /// What the saved-scenario list says about the store.
    pub fn store_notice(&self, notice: &StoreNotice) -> String {
        match notice {
            StoreNotice::NewerKept => self.store_newer_kept.to_owned(),
            StoreNotice::VersionCleared(version) => self.store_version_cleared(version),
            StoreNotice::CorruptCleared => self.store_corrupt_cleared.to_owned(),
            StoreNotice::Refused(EditRefused::NewerVersion) => {
                self.store_newer_refused().to_owned()
            }
            StoreNotice::Refused(EditRefused::Full) => self.store_full().to_owned(),
            StoreNotice::Unavailable => self.store_unavailable.to_owned(),
        }
    }

    /// A save or delete refused: the store belongs to a newer version.
    fn store_newer_refused(&self) -> &'static str {
        match self.lang {
            Lang::Vi => "Không lưu được: các kịch bản trên thiết bị này do phiên bản mới hơn của ứng dụng lưu, và phiên bản này không ghi đè lên chúng. Hãy mở phiên bản mới nhất.",
            Lang::En => "Not saved: the scenarios on this device were saved by a newer version of the app, and this version does not write over them. Open the latest version.",
        }
    }

    fn store_full(&self) -> &'static str {
        match self.lang {
            Lang::Vi => "Không lưu được: đã có đủ số kịch bản tối đa; hãy xóa bớt một kịch bản.",
            Lang::En => "Not saved: the list is full; delete a saved scenario first.",
        }
    }

    /// Why a chosen file was not read, in this language.
    pub fn file_error(&self, error: FileReadError) -> &'static str {
        match (self.lang, error) {
            (Lang::Vi, FileReadError::TooLarge) => "Tệp quá lớn (trên 1 MB) để là một kịch bản đã xuất; kịch bản hiện tại không đổi.",
            (Lang::En, FileReadError::TooLarge) => "That file is too large (over 1 MB) to be an exported scenario; your scenario is unchanged.",
            (Lang::Vi, FileReadError::Unreadable) => "Không đọc được tệp này; kịch bản hiện tại không đổi.",
            (Lang::En, FileReadError::Unreadable) => "That file could not be read; your scenario is unchanged.",
        }
    }

    /// Why an imported file could not be used (the scenario stays as it was).
    pub fn import_error(&self, error: &DecodeError, years: Years) -> String {
        let reason = self.decode_reason(error, years);
        match self.lang {
            Lang::Vi => {
                format!("Không nhập được tệp: {reason}. Kịch bản hiện tại được giữ nguyên.")
            }
            Lang::En => format!(
                "The file could not be imported: {reason}. The current scenario is unchanged."
            ),
        }
    }

    /// Why a link could not be opened, for the banner.
    pub fn link_error(&self, error: &DecodeError, years: Years) -> String {
        let reason = self.decode_reason(error, years);
        match self.lang {
            Lang::Vi => format!("Không mở được kịch bản trong đường dẫn: {reason}. Đang hiển thị kịch bản gốc."),
            Lang::En => format!("The scenario in this link could not be opened: {reason}. Showing the baseline instead."),
        }
    }

    fn decode_reason(&self, error: &DecodeError, years: Years) -> String {
        let reason = match (self.lang, error) {
            (Lang::Vi, DecodeError::Empty) => "đường dẫn không chứa kịch bản".to_owned(),
            (Lang::En, DecodeError::Empty) => "the link holds no scenario".to_owned(),
            (Lang::Vi, DecodeError::TooLong) => "đoạn mã kịch bản quá dài".to_owned(),
            (Lang::En, DecodeError::TooLong) => "the scenario text is too long".to_owned(),
            (Lang::Vi, DecodeError::UnsupportedVersion(v)) => format!(
                "định dạng “{v}” không được hỗ trợ (có thể bị cắt hoặc tạo bởi phiên bản mới hơn)"
            ),
            (Lang::En, DecodeError::UnsupportedVersion(v)) => {
                format!("its format “{v}” is unknown (cut short, or made by a newer version)")
            }
            (Lang::Vi, DecodeError::DatasetVersion { found, expected }) => format!(
                "được tạo với số liệu phiên bản {found}, ứng dụng này có phiên bản {expected}"
            ),
            (Lang::En, DecodeError::DatasetVersion { found, expected }) => {
                format!("it was made with data version {found}; this app has version {expected}")
            }
            (Lang::Vi, DecodeError::UnknownSegment(p)) => format!("có phần không hợp lệ “{p}”"),
            (Lang::En, DecodeError::UnknownSegment(p)) => format!("it has an unknown part “{p}”"),
            (Lang::Vi, DecodeError::Malformed(part)) => {
                format!(
                    "không đọc được một giá trị ({})",
                    self.link_part(*part, years)
                )
            }
            (Lang::En, DecodeError::Malformed(part)) => {
                format!("the {} cannot be read", self.link_part(*part, years))
            }
            (Lang::Vi, DecodeError::OutOfRange(part)) => format!(
                "một giá trị nằm ngoài phạm vi cho phép ({})",
                self.link_part(*part, years)
            ),
            (Lang::En, DecodeError::OutOfRange(part)) => {
                format!("the {} is out of range", self.link_part(*part, years))
            }
            (Lang::Vi, DecodeError::UnknownEdition(year)) => {
                format!("đường dẫn dành cho mục tiêu năm {year}, phiên bản ứng dụng này chưa có")
            }
            (Lang::En, DecodeError::UnknownEdition(year)) => {
                format!("it is for the {year} target, which this version of the app does not have")
            }
            (Lang::Vi, DecodeError::Repeated(part)) => {
                format!(
                    "một phần xuất hiện hai lần ({})",
                    self.link_part(*part, years)
                )
            }
            (Lang::En, DecodeError::Repeated(part)) => {
                format!("the {} appears twice", self.link_part(*part, years))
            }
        };
        reason
    }
}
