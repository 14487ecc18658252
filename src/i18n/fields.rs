//! Input fields: their labels and what they say when a value is refused.

use super::Strings;
use crate::model::growth_input::GrowthInputError;
use crate::model::{Lang, Years};

impl Strings {
    pub fn growth_field_label(&self, sector: &str, years: Years) -> String {
        let target = years.target;
        match self.lang {
            Lang::Vi => format!("{sector} — tăng trưởng {target}, %"),
            Lang::En => format!("{sector} — {target} growth, %"),
        }
    }

    pub fn still_using(&self, last_valid: &str) -> String {
        let last_valid = last_valid.trim_end();
        match self.lang {
            Lang::Vi => format!("Kết quả vẫn dùng {last_valid}."),
            Lang::En => format!("The result still uses {last_valid}."),
        }
    }

    /// Why a field's text cannot be used. A growth field says its limits
    /// in words (`limits: None`); any other names the limit it crossed,
    /// given as the field shows it (lowest, highest).
    pub fn input_error(&self, error: GrowthInputError, limits: Option<(&str, &str)>) -> String {
        match (error, limits) {
            (GrowthInputError::Empty, _) => self.error_empty.to_owned(),
            (GrowthInputError::NotANumber, _) => self.error_not_a_number.to_owned(),
            (GrowthInputError::BelowMinimum, None) => self.error_below_minimum.to_owned(),
            (GrowthInputError::AboveMaximum, None) => self.error_above_maximum.to_owned(),
            (GrowthInputError::BelowMinimum, Some((min, _))) => self.error_at_least(min),
            (GrowthInputError::AboveMaximum, Some((_, max))) => self.error_at_most(max),
        }
    }

    fn error_at_least(&self, min: &str) -> String {
        match self.lang {
            Lang::Vi => format!("Giá trị nhỏ nhất được chấp nhận là {min}."),
            Lang::En => format!("The lowest accepted value is {min}."),
        }
    }

    fn error_at_most(&self, max: &str) -> String {
        match self.lang {
            Lang::Vi => format!("Giá trị lớn nhất được chấp nhận là {max}."),
            Lang::En => format!("The highest accepted value is {max}."),
        }
    }
}
