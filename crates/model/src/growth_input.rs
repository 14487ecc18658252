//! Reading a number typed by a user, in either language's notation: growth
//! rates, and the other numeric fields (project figures, ranges, seeds).
//!
//! Accepts "9", "9.5", "9,5" (Vietnamese decimal comma), "+9.5 %", "−2"
//! (typographic minus). A valid number is finite and within the field's
//! bounds (for growth [`MIN_GROWTH_PCT`, `MAX_GROWTH_PCT`]); anything else
//! is an error the UI explains next to the field, while the last valid
//! value stays in force.

use super::dataset::Lang;
use super::decimal::parse_decimal;

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
    parse_number(text, MIN_GROWTH_PCT, MAX_GROWTH_PCT, Lang::En)
}

/// Reads a number within `[min, max]` as a reader of `lang` writes it;
/// "%" after it is allowed and ignored. A lone separator is the decimal
/// mark ("9,5" and "9.5" are both 9.5), unless it is the language's
/// thousands separator followed by groups of exactly three digits: "1,500"
/// is 1500 in English, "1.000" is 1000 in Vietnamese, as the article writes.
pub fn parse_number(text: &str, min: f64, max: f64, lang: Lang) -> Result<f64, GrowthInputError> {
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
    let (sign, body) = match normalized.strip_prefix(['-', '+']) {
        Some(rest) => (&normalized[..1], rest),
        None => ("", normalized.as_str()),
    };
    let canonical = canonical_decimal(body, lang).ok_or(GrowthInputError::NotANumber)?;
    let value = parse_decimal(&format!("{sign}{canonical}")).ok_or(GrowthInputError::NotANumber)?;
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

/// Digits with at most one '.' decimal point, from text in `lang`'s
/// notation; `None` if the separators make no sense.
fn canonical_decimal(body: &str, lang: Lang) -> Option<String> {
    let (group, decimal) = match lang {
        Lang::En => (',', '.'),
        Lang::Vi => ('.', ','),
    };
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    // "1,234,567" (en) / "1.234.567" (vi): first group 1–3 digits, the rest 3.
    let grouped = |s: &str| {
        let parts: Vec<&str> = s.split(group).collect();
        parts.len() >= 2
            && (1..=3).contains(&parts[0].len())
            && parts.iter().all(|p| digits(p))
            && parts[1..].iter().all(|p| p.len() == 3)
    };
    let has_group = body.contains(group);
    let decimals = body.matches(decimal).count();
    match (has_group, decimals) {
        (false, 0) => digits(body).then(|| body.to_owned()),
        (false, 1) => {
            let (whole, frac) = body.split_once(decimal)?;
            (digits(whole) && digits(frac)).then(|| format!("{whole}.{frac}"))
        }
        (true, 0) if grouped(body) => Some(body.replace(group, "")),
        (true, 0) => {
            // A lone "other" separator used as the decimal mark: "9,5" in English.
            let (whole, frac) = body.split_once(group)?;
            (digits(whole) && digits(frac)).then(|| format!("{whole}.{frac}"))
        }
        (true, 1) => {
            let (whole, frac) = body.split_once(decimal)?;
            (grouped(whole) && digits(frac)).then(|| format!("{}.{frac}", whole.replace(group, "")))
        }
        _ => None,
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
        assert_eq!(parse_growth_pct("1,000.5"), Err(AboveMaximum));
        assert_eq!(parse_growth_pct("1.000,5"), Err(NotANumber));
        assert_eq!(parse_growth_pct("1,2,3"), Err(NotANumber));
        assert_eq!(parse_growth_pct("inf"), Err(NotANumber));
        assert_eq!(parse_growth_pct("NaN"), Err(NotANumber));
        assert_eq!(parse_growth_pct("-100.1"), Err(BelowMinimum));
        assert_eq!(parse_growth_pct("300.01"), Err(AboveMaximum));
        assert_eq!(parse_growth_pct("1e308"), Err(NotANumber));
        assert_eq!(parse_growth_pct("5000"), Err(AboveMaximum));
        assert_eq!(parse_growth_pct("1e999"), Err(NotANumber));
    }

    #[test]
    fn other_bounds() {
        assert_eq!(parse_number("12", 1.0, 12.0, Lang::En), Ok(12.0));
        assert_eq!(parse_number("0", 1.0, 12.0, Lang::En), Err(BelowMinimum));
        assert_eq!(parse_number("1000,5", 0.0, 1e6, Lang::En), Ok(1000.5));
    }

    #[test]
    fn thousands_separators_follow_the_language() {
        let en = |t| parse_number(t, -1e7, 1e7, Lang::En);
        let vi = |t| parse_number(t, -1e7, 1e7, Lang::Vi);
        assert_eq!(en("1,500"), Ok(1_500.0));
        assert_eq!(en("1,500.25"), Ok(1_500.25));
        assert_eq!(en("1,234,567"), Ok(1_234_567.0));
        assert_eq!(en("9,5"), Ok(9.5));
        assert_eq!(en("1.000"), Ok(1.0));
        assert_eq!(vi("1.000"), Ok(1_000.0));
        assert_eq!(vi("1.000,5"), Ok(1_000.5));
        assert_eq!(vi("9.5"), Ok(9.5));
        assert_eq!(vi("9,5"), Ok(9.5));
        assert_eq!(vi("-1.000"), Ok(-1_000.0));
        assert_eq!(en("1,5,0"), Err(NotANumber));
        assert_eq!(en("1.000,5"), Err(NotANumber));
        assert_eq!(vi("1,000.5"), Err(NotANumber));
        assert_eq!(en("12,34,567"), Err(NotANumber));
    }

    #[test]
    fn validity_matches_the_parser_bounds() {
        assert!(is_valid_growth_pct(-100.0));
        assert!(is_valid_growth_pct(300.0));
        assert!(!is_valid_growth_pct(f64::NAN));
        assert!(!is_valid_growth_pct(300.5));
    }
}
