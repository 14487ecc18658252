//! The page's index, "On this page": its title and each entry's name,
//! short. Where a section's own heading is short it is the entry's name.
//! No entry names a year: the index is drawn once, at build time, and
//! serves every edition.

use super::Strings;
use crate::model::page_index::Landmark;
use crate::model::Lang;

impl Strings {
    pub fn index_heading(&self) -> &'static str {
        match self.lang {
            Lang::Vi => "Trên trang này",
            Lang::En => "On this page",
        }
    }

    pub fn index_entry(&self, landmark: Landmark) -> &'static str {
        match (self.lang, landmark) {
            (Lang::Vi, Landmark::Verdict) => "Kết luận",
            (Lang::En, Landmark::Verdict) => "Verdict",
            (Lang::Vi, Landmark::Levers) => "Điều chỉnh theo ngành",
            (Lang::En, Landmark::Levers) => "Levers",
            (Lang::Vi, Landmark::SoFar) => "Số liệu đến nay",
            (Lang::En, Landmark::SoFar) => "So far this year",
            (_, Landmark::Charts) => self.charts_heading,
            (_, Landmark::Uncertainty) => self.uncertainty_heading,
            (Lang::Vi, Landmark::Share) => "Chia sẻ",
            (Lang::En, Landmark::Share) => "Share",
            (Lang::Vi, Landmark::Saved) => "Đã lưu",
            (Lang::En, Landmark::Saved) => "Saved",
            (Lang::Vi, Landmark::Record) => "Đối chiếu",
            (Lang::En, Landmark::Record) => "The record",
            (_, Landmark::DataNotes) => self.data_notes_heading,
        }
    }
}
