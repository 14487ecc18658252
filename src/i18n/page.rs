//! The page's own words that name the edition's years: its title, its
//! question and the header's note on the figures.

use super::{fill, Strings};
use crate::model::{Lang, Years};

impl Strings {
    pub fn app_title(&self, years: Years) -> String {
        fill(
            match self.lang {
                Lang::Vi => "Công nghiệp Ninh Bình {target}",
                Lang::En => "Ninh Bình industry {target}",
            },
            years,
        )
    }

    pub fn app_question(&self, years: Years) -> String {
        fill(
            match self.lang {
                Lang::Vi => "Giá trị sản xuất công nghiệp năm {target} có đạt mục tiêu của tỉnh?",
                Lang::En => "Will {target} industrial output reach the province's target?",
            },
            years,
        )
    }

    pub fn estimates_note(&self, years: Years) -> String {
        fill(
            match self.lang {
                Lang::Vi => "Số liệu {base} là ước đạt",
                Lang::En => "{base} figures are estimates (“ước đạt”)",
            },
            years,
        )
    }
}
