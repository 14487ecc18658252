//! Reading a number typed by a user, in either language's notation: growth
//! rates, and the other numeric fields (project figures, ranges, seeds).
//!
//! Accepts "9", "9.5", "9,5" (Vietnamese decimal comma), "+9.5 %", "−2"
//! (typographic minus). A valid number is finite and within the field's
//! bounds (for growth [`MIN_GROWTH_PCT`, `MAX_GROWTH_PCT`]); anything else
//! is an error the UI explains next to the field, while the last valid
//! value stays in force.

/// −100 % means the sector produces nothing in 2024; below that is meaningless.
pub const MIN_GROWTH_PCT: f64 = -100.0;
/// Beyond +300 % (output ×4 in a year) a typo is far likelier than a forecast.
pub const MAX_GROWTH_PCT: f64 = 300.0;

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum GrowthInputError {
    Empty,
    NotANumber,
    BelowMinimum,
    AboveMaximum,
}

pub fn parse_growth_pct(text: &str) -> Result<f64, GrowthInputError> {
    parse_number(text, MIN_GROWTH_PCT, MAX_GROWTH_PCT)
}

/// Reads a number within `[min, max]`; "%" after it is allowed and ignored.
pub fn parse_number(text: &str, min: f64, max: f64) -> Result<f64, GrowthInputError> {
    let trimmed = text.trim();
    let trimmed = trimmed.strip_suffix('%').unwrap_or(trimmed).trim_end();
    if trimmed.is_empty() {
        return Err(GrowthInputError::Empty);
    }
    let normalized: String = trimmed
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| if c == '\u{2212}' { '-' } else { c })
        .collect();
    let has_comma = normalized.contains(',');
    let has_point = normalized.contains('.');
    if has_comma && (has_point || normalized.matches(',').count() > 1) {
        return Err(GrowthInputError::NotANumber);
    }
    let normalized = normalized.replace(',', ".");
    // Rust's float parser also takes "inf" and "NaN"; only digits may pass.
    let plain = normalized
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, '.' | '-' | '+' | 'e' | 'E'));
    let value: f64 = match normalized.parse() {
        Ok(v) if plain => v,
        _ => return Err(GrowthInputError::NotANumber),
    };
    if !value.is_finite() {
        return Err(GrowthInputError::NotANumber);
    }
    if value < min {
        Err(GrowthInputError::BelowMinimum)
    } else if value > max {
        Err(GrowthInputError::AboveMaximum)
    } else {
        Ok(value)
    }
}

/// Whether a rate may stand in a scenario: the same bounds as typed input.
pub fn is_valid_growth_pct(value: f64) -> bool {
    value.is_finite() && (MIN_GROWTH_PCT..=MAX_GROWTH_PCT).contains(&value)
}

#[cfg(test)]
mod tests {
    use super::GrowthInputError::*;
    use super::*;

    #[test]
    fn accepts_both_notations() {
        assert_eq!(parse_growth_pct("9"), Ok(9.0));
        assert_eq!(parse_growth_pct(" 9.5 "), Ok(9.5));
        assert_eq!(parse_growth_pct("9,5"), Ok(9.5));
        assert_eq!(parse_growth_pct("+9.5 %"), Ok(9.5));
        assert_eq!(parse_growth_pct("\u{2212}2"), Ok(-2.0));
        assert_eq!(parse_growth_pct("-100"), Ok(-100.0));
        assert_eq!(parse_growth_pct("300"), Ok(300.0));
        assert_eq!(parse_growth_pct("0"), Ok(0.0));
    }

    #[test]
    fn explains_what_is_wrong() {
        assert_eq!(parse_growth_pct(""), Err(Empty));
        assert_eq!(parse_growth_pct("  % "), Err(Empty));
        assert_eq!(parse_growth_pct("abc"), Err(NotANumber));
        assert_eq!(parse_growth_pct("1,000.5"), Err(NotANumber));
        assert_eq!(parse_growth_pct("1,2,3"), Err(NotANumber));
        assert_eq!(parse_growth_pct("inf"), Err(NotANumber));
        assert_eq!(parse_growth_pct("NaN"), Err(NotANumber));
        assert_eq!(parse_growth_pct("-100.1"), Err(BelowMinimum));
        assert_eq!(parse_growth_pct("300.01"), Err(AboveMaximum));
        assert_eq!(parse_growth_pct("1e308"), Err(AboveMaximum));
        assert_eq!(parse_growth_pct("1e999"), Err(NotANumber));
    }

    #[test]
    fn other_bounds() {
        assert_eq!(parse_number("12", 1.0, 12.0), Ok(12.0));
        assert_eq!(parse_number("0", 1.0, 12.0), Err(BelowMinimum));
        assert_eq!(parse_number("1.000,5", 0.0, 1e6), Err(NotANumber));
        assert_eq!(parse_number("1000,5", 0.0, 1e6), Ok(1000.5));
    }

    #[test]
    fn validity_matches_the_parser_bounds() {
        assert!(is_valid_growth_pct(-100.0));
        assert!(is_valid_growth_pct(300.0));
        assert!(!is_valid_growth_pct(f64::NAN));
        assert!(!is_valid_growth_pct(300.5));
    }
}
