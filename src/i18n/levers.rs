//! The levers: sliders, what each sector needs alone, target readings, months.

use super::{fill, Strings};
use crate::model::{Lang, Years};

impl Strings {
    pub fn scenario_heading(&self, years: Years) -> String {
        fill(
            match self.lang {
                Lang::Vi => "Kịch bản {target} của bạn",
                Lang::En => "Your {target} scenario",
            },
            years,
        )
    }

    pub fn levers_heading(&self, years: Years) -> String {
        fill(
            match self.lang {
                Lang::Vi => "Tăng trưởng {target} theo ngành",
                Lang::En => "{target} growth by sector",
            },
            years,
        )
    }

    pub fn reset_all(&self, years: Years) -> String {
        fill(
            match self.lang {
                Lang::Vi => "Đặt lại theo mức tăng {base}",
                Lang::En => "Reset all to {base} growth",
            },
            years,
        )
    }

    /// The target is met even with nothing from this sector.
    pub fn needs_nothing(&self, years: Years) -> String {
        fill(
            match self.lang {
                Lang::Vi => "Mục tiêu vẫn đạt kể cả khi ngành này không sản xuất gì năm {target}.",
                Lang::En => "The target is met even if this sector produced nothing in {target}.",
            },
            years,
        )
    }

    /// The stated-growth reading, short (the compare table).
    pub fn reading_stated_short(&self, years: Years) -> String {
        fill(
            match self.lang {
                Lang::Vi => "tăng 8,7 % so với {base}",
                Lang::En => "+8.7 % on {base}",
            },
            years,
        )
    }

    pub fn slider_label(&self, sector: &str, years: Years) -> String {
        let target = years.target;
        match self.lang {
            Lang::Vi => format!("{sector} — thanh trượt tăng trưởng {target}"),
            Lang::En => format!("{sector} — {target} growth slider"),
        }
    }

    pub fn reset_sector(&self, sector: &str, growth: &str, years: Years) -> String {
        let base = years.base;
        match self.lang {
            Lang::Vi => format!("Đặt {sector} về mức tăng {base} ({growth} %)"),
            Lang::En => format!("Reset {sector} to its {base} growth ({growth} %)"),
        }
    }

    /// Where the sectors' growth into the base year is not published, they
    /// start on the target path (`Dataset::start_growth`).
    pub fn reset_all_to_path(&self) -> &'static str {
        match self.lang {
            Lang::Vi => "Đặt lại theo lộ trình đạt mục tiêu",
            Lang::En => "Reset all to the target path",
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

    pub fn reading_stated_option(&self, stated: &str, value: &str, years: Years) -> String {
        let base = years.base;
        match self.lang {
            Lang::Vi => format!("Tăng {stated} % so với {base}: {value}"),
            Lang::En => format!("+{stated} % on {base}: {value}"),
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
