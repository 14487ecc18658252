//! The levers: sliders, what each sector needs alone, target readings, months.

use super::Strings;
use crate::model::Lang;

impl Strings {
    pub fn slider_label(&self, sector: &str) -> String {
        match self.lang {
            Lang::Vi => format!("{sector} — thanh trượt tăng trưởng 2024"),
            Lang::En => format!("{sector} — 2024 growth slider"),
        }
    }

    pub fn reset_sector(&self, sector: &str, growth: &str) -> String {
        match self.lang {
            Lang::Vi => format!("Đặt {sector} về mức tăng 2023 ({growth} %)"),
            Lang::En => format!("Reset {sector} to its 2023 growth ({growth} %)"),
        }
    }

    /// Where the sector's growth into the base year is not published, its
    /// lever starts on the target path (`Dataset::start_growth`).
    pub fn reset_sector_to_path(&self, sector: &str, growth: &str) -> String {
        match self.lang {
            Lang::Vi => format!("Đặt {sector} về lộ trình đạt mục tiêu ({growth} %)"),
            Lang::En => format!("Reset {sector} to the target path ({growth} %)"),
        }
    }

    pub fn outside_slider(&self, min: &str, max: &str) -> String {
        match self.lang {
            Lang::Vi => format!("Ngoài khoảng của thanh trượt ({min} % đến {max} %): ô số giữ đúng giá trị bạn nhập."),
            Lang::En => format!("Outside the slider's range ({min} % to {max} %): the field keeps the exact value you typed."),
        }
    }

    pub fn needs_alone(&self, pct: &str) -> String {
        match self.lang {
            Lang::Vi => format!("Một mình ngành này cần tăng {pct} % để đạt mục tiêu."),
            Lang::En => format!("Alone, this sector would need {pct} % to meet the target."),
        }
    }

    pub fn needs_at_least(&self, pct: &str) -> String {
        match self.lang {
            Lang::Vi => format!("Mục tiêu vẫn đạt nếu ngành này chỉ tăng {pct} %."),
            Lang::En => format!("The target is still met if this sector grows only {pct} %."),
        }
    }

    pub fn needs_implausible(&self, pct: &str) -> String {
        match self.lang {
            Lang::Vi => format!("Ngành này không thể một mình bù khoảng thiếu: sẽ cần tăng {pct} %, vượt xa mọi mức hợp lý."),
            Lang::En => format!("This sector cannot close the gap alone: it would need {pct} %, far beyond anything plausible."),
        }
    }

    /// A sector alone would need more than any growth the field accepts.
    pub fn needs_beyond_field(&self, max: &str) -> String {
        match self.lang {
            Lang::Vi => format!(
                "Ngành này không thể một mình bù khoảng thiếu: kể cả tăng {max} % cũng chưa đủ."
            ),
            Lang::En => {
                format!("This sector cannot close the gap alone: even {max} % would not be enough.")
            }
        }
    }

    /// Every sector alike would need more than any growth a field accepts.
    pub fn uniform_beyond_field(&self, max: &str) -> String {
        match self.lang {
            Lang::Vi => format!("Kể cả khi mọi ngành cùng tăng {max} %, mục tiêu vẫn chưa đạt."),
            Lang::En => format!("Even if every sector grew {max} %, the target would not be met."),
        }
    }

    pub fn reading_absolute_option(&self, value: &str) -> String {
        match self.lang {
            Lang::Vi => format!("Mục tiêu tuyệt đối đã công bố: {value}"),
            Lang::En => format!("The published absolute target: {value}"),
        }
    }

    pub fn reading_stated_option(&self, stated: &str, value: &str) -> String {
        match self.lang {
            Lang::Vi => format!("Tăng {stated} % so với 2023: {value}"),
            Lang::En => format!("+{stated} % on 2023: {value}"),
        }
    }

    pub fn month_name(&self, month: u8) -> String {
        match self.lang {
            Lang::Vi => format!("Tháng {month}"),
            Lang::En => [
                "January",
                "February",
                "March",
                "April",
                "May",
                "June",
                "July",
                "August",
                "September",
                "October",
                "November",
                "December",
            ]
            .get(usize::from(month.clamp(1, 12)) - 1)
            .copied()
            .unwrap_or_default()
            .to_owned(),
        }
    }
}
