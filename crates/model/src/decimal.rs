//! Decimal text to the nearest `f64`, without the standard library's
//! general float parser: its tables (powers of five and decimal shift
//! tables, about 32 KB raw) and its big-decimal fallback would be the
//! largest single item of the wasm (11.5 KiB of its brotli), for a few
//! numbers a reader types. This project's own code (exact integer division on
//! `u128`, not an adaptation of the standard library's Eisel–Lemire
//! parser or of any other); `str::parse::<f64>` is the reference its
//! tests compare it with, on hand-picked and 20,000 random inputs.
//!
//! Invariants: for text of the form `[+-]digits[.digits]` (".5" and "5."
//! too) with at most 19 significant digits and a value whose decimal
//! exponent lies within −30..=+27 of those digits, the result is exactly
//! what `str::parse::<f64>` gives (nearest, ties to even), computed in
//! integer arithmetic on `u128`. Longer inputs are first cut to 19
//! significant digits (a later non-zero digit counts as half a unit),
//! and values beyond that exponent range are computed in `f64` (close to
//! the nearest, not always it): neither occurs for numbers a scenario can
//! hold. Anything
//! else (exponents, "inf", "NaN", separators) is `None`.

/// Significant digits read exactly: 10^19 − 1 < 2^64.
const MAX_DIGITS: u32 = 19;
/// 5^27 · (10^19 − 1) < 2^128.
const MAX_EXACT_POSITIVE_EXP: i32 = 27;
/// 5^30 < 2^70, which leaves the quotient at least 57 bits.
const MAX_EXACT_NEGATIVE_EXP: i32 = 30;

/// Reads `[+-]digits[.digits]` to the nearest `f64`.
pub fn parse_decimal(text: &str) -> Option<f64> {
    let (negative, body) = match text.as_bytes().first()? {
        b'-' => (true, &text[1..]),
        b'+' => (false, &text[1..]),
        _ => (false, text),
    };
    let (whole, frac) = body.split_once('.').unwrap_or((body, ""));
    let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if whole.len() + frac.len() == 0 || !all_digits(whole) || !all_digits(frac) {
        return None;
    }
    let magnitude = magnitude(whole, frac);
    Some(if negative { -magnitude } else { magnitude })
}

/// The value of `whole.frac` (ASCII digits only).
fn magnitude(whole: &str, frac: &str) -> f64 {
    let mut mantissa: u64 = 0;
    let mut digits = 0u32;
    let mut exponent: i32 = 0;
    let mut sticky = false;
    let whole_len = whole.len();
    for (i, b) in whole.bytes().chain(frac.bytes()).enumerate() {
        let d = u64::from(b - b'0');
        let in_frac = i >= whole_len;
        if digits == 0 && d == 0 {
            // Leading zeros carry no digit, only place value.
            exponent -= i32::from(in_frac);
        } else if digits < MAX_DIGITS {
            mantissa = mantissa * 10 + d;
            digits += 1;
            exponent -= i32::from(in_frac);
        } else {
            sticky |= d != 0;
            exponent += i32::from(!in_frac);
        }
    }
    if mantissa == 0 {
        return 0.0;
    }
    // A cut tail counts as half a unit of the last kept digit.
    let (scaled, exponent) = if sticky {
        (u128::from(mantissa) * 10 + 5, exponent - 1)
    } else {
        (u128::from(mantissa), exponent)
    };
    nearest(scaled, exponent)
}

/// The nearest `f64` to `m · 10^e`, with `m < 10^20`.
fn nearest(m: u128, e: i32) -> f64 {
    if e >= 0 {
        if e <= MAX_EXACT_POSITIVE_EXP {
            if let Some(n) = m.checked_mul(5u128.pow(e as u32)) {
                // m · 10^e = (m · 5^e) · 2^e; the cast rounds to nearest
                // (ties to even) and scaling by 2^e is exact.
                return n as f64 * pow2(e);
            }
        }
        return m as f64 * 10f64.powi(e);
    }
    let k = -e;
    if k > MAX_EXACT_NEGATIVE_EXP {
        // In two steps: 10^k alone overflows past k = 308.
        let first = k.min(300);
        return m as f64 / 10f64.powi(first) / 10f64.powi(k - first);
    }
    // m / 10^k = (m · 2^s / 5^k) · 2^−(s+k): shift m to the top of a u128
    // so that the quotient has at least 57 bits; then 2q + (remainder ≠ 0)
    // rounds exactly as the true quotient does (no halfway point of the
    // 53-bit rounding lies strictly between 2q and 2q + 2).
    let divisor = 5u128.pow(k as u32);
    let shift = m.leading_zeros() as i32 - 1;
    let numerator = m << shift;
    let q = numerator / divisor;
    let inexact = u128::from(numerator % divisor != 0);
    (2 * q + inexact) as f64 * pow2(-(shift + 1 + k))
}

/// 2^n as an `f64`, for −1022 ≤ n ≤ 1023.
fn pow2(n: i32) -> f64 {
    f64::from_bits(((1023 + n) as u64) << 52)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn std_parse(text: &str) -> f64 {
        text.parse().unwrap()
    }

    #[test]
    fn reads_what_readers_type() {
        assert_eq!(parse_decimal("8.7"), Some(8.7));
        assert_eq!(parse_decimal("-3.5"), Some(-3.5));
        assert_eq!(parse_decimal("+12"), Some(12.0));
        assert_eq!(parse_decimal("111816"), Some(111_816.0));
        assert_eq!(parse_decimal("0"), Some(0.0));
        assert_eq!(parse_decimal("0.000"), Some(0.0));
        assert_eq!(parse_decimal(".5"), Some(0.5));
        assert_eq!(parse_decimal("5."), Some(5.0));
        assert_eq!(parse_decimal("0.1"), Some(0.1));
        assert_eq!(parse_decimal("0.30000000000000004"), Some(0.1 + 0.2));
    }

    #[test]
    fn refuses_what_is_not_a_plain_decimal() {
        for text in [
            "", "-", "+", ".", "1e5", "inf", "NaN", "1,5", "1.2.3", " 1", "--1", "0x10",
        ] {
            assert_eq!(parse_decimal(text), None, "{text:?}");
        }
    }

    #[test]
    fn keeps_tiny_values_past_the_exact_range() {
        let text = format!("0.{}1234567890123456789", "0".repeat(310));
        let ours = parse_decimal(&text).unwrap();
        let theirs = std_parse(&text);
        assert!(
            ours > 0.0 && ((ours - theirs) / theirs).abs() < 1e-12,
            "{ours} {theirs}"
        );
    }

    #[test]
    fn rounds_halfway_cases_to_even() {
        // 2^53 + 1 lies halfway between 2^53 and 2^53 + 2: the even one.
        assert_eq!(
            parse_decimal("9007199254740993"),
            Some(9_007_199_254_740_992.0)
        );
        // 2^53 + 3 lies halfway between 2^53 + 2 and 2^53 + 4: the even one.
        assert_eq!(
            parse_decimal("9007199254740995"),
            Some(9_007_199_254_740_996.0)
        );
        // Just above halfway rounds up, which only the remainder can tell.
        assert_eq!(
            parse_decimal("9007199254740993.0000001"),
            Some(9_007_199_254_740_994.0)
        );
    }

    #[test]
    fn agrees_with_the_standard_parser_at_the_edges() {
        for text in [
            "0.1",
            "0.2",
            "0.3",
            "2.2250738585072014",
            "1.7976931348623157",
            "179769313486231570000000000",
            "123456789012345678900000000",
            "0.000000000000000000000000000001",
            "0.000000000000000000000000000009",
            "9999999999999999999",
            "0.9999999999999999999",
            "1.0000000000000000001",
            "4.35",
            "1.005",
            "100000000000000000000000000",
            "18446744073709551615",
            "0.000123456789012345678",
        ] {
            assert_eq!(parse_decimal(text), Some(std_parse(text)), "{text}");
        }
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties {
    use super::*;
    use proptest::prelude::*;

    /// A plain decimal with up to 19 significant digits and a decimal
    /// point anywhere from 30 places left of them to 27 right.
    fn plain_decimal() -> impl Strategy<Value = String> {
        (
            1u64..10_000_000_000_000_000_000,
            0usize..30,
            0usize..28,
            any::<bool>(),
        )
            .prop_map(|(digits, frac_places, trailing_zeros, negative)| {
                let mut text = digits.to_string() + &"0".repeat(trailing_zeros);
                if frac_places > 0 {
                    let pad = (frac_places + 1).saturating_sub(text.len());
                    text = "0".repeat(pad) + &text;
                    text.insert(text.len() - frac_places, '.');
                }
                if negative {
                    text.insert(0, '-');
                }
                text
            })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(20_000))]
        #[test]
        fn is_the_standard_parse(text in plain_decimal()) {
            prop_assert_eq!(parse_decimal(&text), Some(text.parse::<f64>().unwrap()), "{}", text);
        }

        #[test]
        fn long_inputs_stay_within_an_ulp(whole in 0u64..1_000_000, frac in "[0-9]{20,40}") {
            let text = format!("{whole}.{frac}");
            let ours = parse_decimal(&text).unwrap();
            let theirs: f64 = text.parse().unwrap();
            prop_assert!((ours.to_bits() as i64 - theirs.to_bits() as i64).abs() <= 1, "{}", text);
        }
    }
}
