//! The one number formatter: every number on screen passes through here.
//!
//! Written in Rust for both languages' conventions (vi: 102.893,2; en:
//! 102,893.2), the same in the browser, the prerendered page and native
//! tests. This project's own code, not adapted from an ICU or other
//! formatter: it writes what `Intl.NumberFormat` wrote before it (checked
//! against Node's Intl by a fixture, scripts/number-fixture.mjs), which building one formatter per
//! style made cost about 15 ms of the page's first render at 1x CPU
//! (60 ms at 4x). Unlike Intl, a negative number that rounds to zero is
//! written without a sign ("0.0", not "-0.0").

use crate::i18n::strings;
use crate::model::units::MoneyUnit;
use crate::model::Lang;

/// How this reader wants numbers (a model value, from the model crate).
pub use crate::model::reader::ReaderPrefs;

/// Money in the reader's unit and language: every money figure on screen
/// goes through `money`. A trait because `ReaderPrefs` lives in the model
/// crate, which knows no words or notation.
pub trait ReaderFormat {
    /// A billion-VND amount in the reader's unit, without the unit name.
    fn money(&self, billion_vnd: f64) -> String;
    fn signed_money(&self, billion_vnd: f64) -> String;
    fn unit_label(&self) -> &'static str;
    /// Appended to a provenance note when the figure shown was converted.
    fn conversion_note(&self) -> String;
}

impl ReaderFormat for ReaderPrefs {
    fn money(&self, billion_vnd: f64) -> String {
        let value = self.unit.from_billion_vnd(billion_vnd, self.vnd_per_usd);
        number(self.lang, value, NumberStyle::plain(self.unit.decimals()))
    }

    fn signed_money(&self, billion_vnd: f64) -> String {
        let value = self.unit.from_billion_vnd(billion_vnd, self.vnd_per_usd);
        number(self.lang, value, NumberStyle::signed(self.unit.decimals()))
    }

    fn unit_label(&self) -> &'static str {
        strings(self.lang).unit_label(self.unit)
    }

    fn conversion_note(&self) -> String {
        match self.unit {
            MoneyUnit::MillionUsd => strings(self.lang).provenance_converted(&number(
                self.lang,
                self.vnd_per_usd,
                NumberStyle::plain(0),
            )),
            _ => String::new(),
        }
    }
}

/// How a number is to be written.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct NumberStyle {
    pub decimals: u8,
    /// Always show the sign, except on zero ("+3.4", "−5.2", "0.0").
    pub signed: bool,
    /// Thousands separators; off for values put back into input fields.
    pub grouping: bool,
}

impl NumberStyle {
    pub const fn plain(decimals: u8) -> Self {
        NumberStyle {
            decimals,
            signed: false,
            grouping: true,
        }
    }

    pub const fn signed(decimals: u8) -> Self {
        NumberStyle {
            decimals,
            signed: true,
            grouping: true,
        }
    }

    pub const fn editable(decimals: u8) -> Self {
        NumberStyle {
            decimals,
            signed: false,
            grouping: false,
        }
    }
}

/// A billion-VND amount, one decimal as the source publishes.
pub fn bn_vnd(lang: Lang, value: f64) -> String {
    number(lang, value, NumberStyle::plain(1))
}

/// A percentage's number part (the caller adds "%" or "pp").
pub fn pct(lang: Lang, value: f64, decimals: u8) -> String {
    number(lang, value, NumberStyle::plain(decimals))
}

pub fn signed_pct(lang: Lang, value: f64, decimals: u8) -> String {
    number(lang, value, NumberStyle::signed(decimals))
}

/// A growth rate as put back into an input field: no grouping, at most two
/// decimals and no trailing zeros, in the language's decimal notation.
pub fn editable_pct(lang: Lang, value: f64) -> String {
    number(lang, value, NumberStyle::editable(2))
}

/// A number with one decimal and a '.' point, for machine-read text such as
/// SVG coordinates. Written with integer formatting only: Rust's float
/// formatting would add several kilobytes to the wasm for no visible gain.
pub fn tenths(value: f64) -> String {
    if !value.is_finite() {
        return String::from("0");
    }
    let tenths = (value * 10.0).round() as i64;
    let sign = if tenths < 0 { "-" } else { "" };
    let magnitude = tenths.unsigned_abs();
    format!("{sign}{}.{}", magnitude / 10, magnitude % 10)
}

/// Orders two texts as the language's readers expect (Intl.Collator).
pub fn compare_text(lang: Lang, a: &str, b: &str) -> std::cmp::Ordering {
    imp::compare(lang, a, b)
}

/// Places after the point `number` writes at most.
pub const MAX_DECIMALS: u8 = 6;

pub fn number(lang: Lang, value: f64, style: NumberStyle) -> String {
    if value.is_nan() {
        return String::from("NaN");
    }
    if value.is_infinite() {
        let sign = if value < 0.0 {
            "-"
        } else if style.signed {
            "+"
        } else {
            ""
        };
        return format!("{sign}∞");
    }
    let (group, point) = match lang {
        Lang::En => (',', '.'),
        Lang::Vi => ('.', ','),
    };
    // Six places are more than any figure here shows; the arithmetic
    // below is exact up to there.
    let decimals = usize::from(style.decimals.min(MAX_DECIMALS));
    let digits = rounded_digits(value.abs(), decimals);
    let (whole, frac) = digits.split_at(digits.len() - decimals);
    let frac = if style.grouping {
        frac
    } else {
        // Editable numbers drop trailing zeros (minimumFractionDigits 0).
        frac.trim_end_matches('0')
    };
    let mut out = String::with_capacity(digits.len() + whole.len() / 3 + 2);
    if digits.bytes().any(|b| b != b'0') {
        if value < 0.0 {
            out.push('-');
        } else if style.signed {
            out.push('+');
        }
    }
    for (i, c) in whole.chars().enumerate() {
        if style.grouping && i > 0 && (whole.len() - i) % 3 == 0 {
            out.push(group);
        }
        out.push(c);
    }
    if !frac.is_empty() {
        out.push(point);
        out.push_str(frac);
    }
    out
}

/// The digits of `magnitude` rounded to `decimals` places, without the
/// point (the last `decimals` digits are the fraction; at least one digit
/// before them).
fn rounded_digits(magnitude: f64, decimals: usize) -> String {
    let digits = scaled_rounded(magnitude, decimals as u32).to_string();
    format!("{digits:0>width$}", width = decimals + 1)
}

/// `magnitude · 10^decimals` rounded as `Intl.NumberFormat` rounds: the
/// shortest decimal that reads back as the same double, half away from
/// zero ("4.35" for 4.3499999…, so 4.4). Computed exactly on the double's
/// value `m · 2^e` in integers, without float formatting (which would add
/// its tables to the wasm).
///
/// Where an ulp is finer than the place after the last one kept, that
/// shortest decimal has more places than that one only if no decimal
/// with one more place than kept reads back as the double; then it lies
/// on the same side of every midpoint as the double, and rounding the
/// exact value gives the same. Otherwise the one-more-place decimal
/// nearest the double is the shortest, and is rounded. (Past about
/// 9·10^(12−d), where an ulp reaches the last place kept, a still shorter
/// decimal may exist; and past 10^37 the result no longer fits and
/// saturates. No figure here comes near either: inputs are bounded.)
fn scaled_rounded(magnitude: f64, decimals: u32) -> u128 {
    let bits = magnitude.to_bits();
    let biased = (bits >> 52) as i32;
    let fraction = bits & ((1 << 52) - 1);
    let (m, e) = if biased == 0 {
        (fraction, -1074)
    } else {
        (fraction | 1 << 52, biased - 1075)
    };
    // x · 10^(d+1) = m · 5^(d+1) · 2^(e+d+1): in tenths of the last place kept.
    let five = 5u128.pow(decimals + 1);
    let n = u128::from(m) * five;
    let shift = e + decimals as i32 + 1;
    let tenths = if shift >= 0 {
        match n.checked_shl(shift as u32).filter(|v| v >> shift == n) {
            Some(exact) => exact,
            None => return u128::MAX,
        }
    } else {
        let t = (-shift) as u32;
        if t > 100 {
            return 0;
        }
        // The nearest whole number of tenths, and whether it reads back as
        // this double: within half an ulp (5^(d+1) in units of 2^-t; half
        // that below a power of two, where the doubles beneath are denser).
        let nearest = (n + (1 << (t - 1))) >> t;
        let below = nearest << t <= n;
        let distance = if below {
            n - (nearest << t)
        } else {
            (nearest << t) - n
        };
        let denser_below = below && fraction == 0 && biased > 1;
        let reads_back = if denser_below {
            4 * distance < five
        } else {
            2 * distance < five
        };
        if reads_back {
            nearest
        } else {
            // Exact rounding: the tenths digit of the floor decides, since
            // the value cannot sit on a midpoint it does not read back as.
            n >> t
        }
    };
    tenths / 10 + u128::from(tenths % 10 >= 5)
}

#[cfg(target_arch = "wasm32")]
mod imp {
    use crate::model::Lang;
    use js_sys::{Array, Intl, Object};
    use wasm_bindgen::JsValue;

    thread_local! {
        /// One comparison function per language: building a collator
        /// costs far more than a comparison, and a sort makes several.
        static COMPARE: std::cell::RefCell<Vec<(Lang, js_sys::Function)>> =
            const { std::cell::RefCell::new(Vec::new()) };
    }

    fn compare_function(lang: Lang) -> js_sys::Function {
        COMPARE.with(|cache| {
            let mut cache = cache.borrow_mut();
            if let Some((_, f)) = cache.iter().find(|(l, _)| *l == lang) {
                return f.clone();
            }
            let locales = Array::of1(&JsValue::from_str(lang.tag()));
            let f = Intl::Collator::new(&locales, &Object::new()).compare();
            cache.push((lang, f.clone()));
            f
        })
    }

    pub fn compare(lang: Lang, a: &str, b: &str) -> std::cmp::Ordering {
        let result = compare_function(lang)
            .call2(&JsValue::NULL, &JsValue::from_str(a), &JsValue::from_str(b))
            .ok()
            .and_then(|v| v.as_f64())
            .unwrap_or(0.0);
        result
            .partial_cmp(&0.0)
            .unwrap_or(std::cmp::Ordering::Equal)
    }
}

#[cfg(test)]
mod tests {
    use super::tenths;

    #[test]
    fn tenths_round_and_keep_the_sign() {
        assert_eq!(tenths(12.34), "12.3");
        assert_eq!(tenths(12.35), "12.4");
        assert_eq!(tenths(-0.54), "-0.5");
        assert_eq!(tenths(-0.04), "0.0");
        assert_eq!(tenths(0.0), "0.0");
        assert_eq!(tenths(640.0), "640.0");
        assert_eq!(tenths(f64::NAN), "0");
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod imp {
    use crate::model::Lang;

    pub fn compare(_lang: Lang, a: &str, b: &str) -> std::cmp::Ordering {
        a.cmp(b)
    }
}

#[cfg(test)]
mod matches_intl {
    use super::{number, NumberStyle};
    use crate::model::Lang;

    #[test]
    fn writes_numbers_as_intl_does_in_both_languages() {
        let plain = NumberStyle::plain(1);
        assert_eq!(number(Lang::En, 102_893.25, plain), "102,893.3");
        assert_eq!(number(Lang::Vi, 102_893.2, plain), "102.893,2");
        assert_eq!(number(Lang::En, 1_121.4, plain), "1,121.4");
        assert_eq!(number(Lang::En, 575.8, plain), "575.8");
        assert_eq!(
            number(Lang::En, 1_000_000.0, NumberStyle::plain(0)),
            "1,000,000"
        );
        assert_eq!(number(Lang::En, -5_353.6, plain), "-5,353.6");
        let signed = NumberStyle::signed(2);
        assert_eq!(number(Lang::En, 3.47, signed), "+3.47");
        assert_eq!(number(Lang::Vi, -5.2, signed), "-5,20");
        assert_eq!(
            number(Lang::En, 0.001, signed),
            "0.00",
            "no sign on a rounded zero"
        );
        assert_eq!(number(Lang::En, -0.001, signed), "0.00");
        let editable = NumberStyle::editable(2);
        assert_eq!(number(Lang::En, 3.4, editable), "3.4");
        assert_eq!(number(Lang::Vi, 2.25, editable), "2,25");
        assert_eq!(number(Lang::En, 10.0, editable), "10");
        assert_eq!(number(Lang::En, 12_345.0, editable), "12345");
    }

    /// Every case Node's Intl.NumberFormat wrote into the fixture
    /// (scripts/number-fixture.mjs): both languages, 0–3 decimals, plain,
    /// signed and editable, values on and near rounding halves.
    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn writes_what_node_intl_writes() {
        let fixture: serde_json::Value =
            serde_json::from_str(include_str!("../tests/fixtures/numbers-intl.json")).unwrap();
        let cases = fixture["cases"].as_array().unwrap();
        assert!(cases.len() > 4000);
        for case in cases {
            let value: f64 = case[0].as_str().unwrap().parse().unwrap();
            let lang = if case[1] == "vi" { Lang::Vi } else { Lang::En };
            let decimals = case[2].as_u64().unwrap() as u8;
            let style = match case[3].as_str().unwrap() {
                "signed" => NumberStyle::signed(decimals),
                "editable" => NumberStyle::editable(decimals),
                _ => NumberStyle::plain(decimals),
            };
            assert_eq!(
                number(lang, value, style),
                case[4].as_str().unwrap(),
                "{case}"
            );
        }
    }

    #[test]
    fn rounds_the_shortest_decimal_half_away_from_zero() {
        let one = NumberStyle::plain(1);
        // 4.35 is 4.3499999… in binary; Intl rounds "4.35".
        assert_eq!(number(Lang::En, 4.35, one), "4.4");
        assert_eq!(number(Lang::En, -4.35, one), "-4.4");
        assert_eq!(number(Lang::En, 9.95, one), "10.0");
        assert_eq!(number(Lang::En, 999.95, one), "1,000.0");
        assert_eq!(number(Lang::Vi, 999_999.95, one), "1.000.000,0");
        assert_eq!(number(Lang::En, 0.05, one), "0.1");
        assert_eq!(number(Lang::En, 0.04, one), "0.0");
        assert_eq!(number(Lang::En, -0.04, one), "0.0");
        assert_eq!(
            number(Lang::En, 1e21, NumberStyle::plain(0)),
            "1,000,000,000,000,000,000,000"
        );
        assert_eq!(number(Lang::En, 1e-7, NumberStyle::plain(3)), "0.000");
        assert_eq!(number(Lang::En, f64::NAN, one), "NaN");
        assert_eq!(
            number(Lang::En, f64::INFINITY, NumberStyle::signed(1)),
            "+∞"
        );
        assert_eq!(number(Lang::En, 1.0, NumberStyle::plain(9)), "1.000000");
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod rounding_properties {
    use super::scaled_rounded;
    use proptest::prelude::*;

    /// The definition, with float formatting: Display writes the shortest
    /// decimal that reads back as the same double; round it half up.
    fn by_shortest_decimal(magnitude: f64, decimals: u32) -> u128 {
        let shortest = magnitude.to_string();
        let (whole, frac) = shortest.split_once('.').unwrap_or((&shortest, ""));
        let d = decimals as usize;
        let kept = format!("{whole}{:0<d$}", frac.get(..d).unwrap_or(frac));
        let up = frac.as_bytes().get(d).is_some_and(|&c| c >= b'5');
        kept.parse::<u128>().unwrap() + u128::from(up)
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(20_000))]
        #[test]
        fn any_value_rounds_as_its_shortest_decimal(x in 0.0f64..1e12, decimals in 0u32..=3) {
            prop_assert_eq!(scaled_rounded(x, decimals), by_shortest_decimal(x, decimals), "{}", x);
        }

        /// Values written with one more decimal ending in 5: the halves
        /// the app's sums and inputs produce.
        #[test]
        fn decimal_halves_round_up(units in 0u64..10_000_000_000, decimals in 0u32..=3, below in any::<bool>()) {
            let d = decimals as usize;
            let digits = format!("{units:0>width$}5", width = d + 1);
            let (whole, frac) = digits.split_at(digits.len() - d - 1);
            let x: f64 = format!("{whole}.{frac}").parse().unwrap();
            let x = if below { f64::from_bits(x.to_bits().saturating_sub(1)) } else { x };
            prop_assert_eq!(scaled_rounded(x, decimals), by_shortest_decimal(x, decimals), "{}", x);
        }
    }
}
