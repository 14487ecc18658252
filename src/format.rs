//! The one number formatter: every number on screen passes through here.
//!
//! In the browser it uses `Intl.NumberFormat`, so each locale's own
//! conventions apply (vi: 102.893,2; en: 102,893.2). Formatters are built
//! once per style and cached, since constructing one costs far more than
//! formatting. Native builds (unit tests only) fall back to a plain Rust
//! rendering with a '.' decimal point and no grouping.

use crate::i18n::strings;
use crate::model::units::MoneyUnit;
use crate::model::Lang;

/// How this reader wants numbers (a model value); every money figure on
/// screen goes through `money`.
pub use crate::model::reader::ReaderPrefs;

impl ReaderPrefs {
    /// A billion-VND amount in the reader's unit, without the unit name.
    pub fn money(&self, billion_vnd: f64) -> String {
        let value = self.unit.from_billion_vnd(billion_vnd, self.vnd_per_usd);
        number(self.lang, value, NumberStyle::plain(self.unit.decimals()))
    }

    pub fn signed_money(&self, billion_vnd: f64) -> String {
        let value = self.unit.from_billion_vnd(billion_vnd, self.vnd_per_usd);
        number(self.lang, value, NumberStyle::signed(self.unit.decimals()))
    }

    pub fn unit_label(&self) -> &'static str {
        strings(self.lang).unit_label(self.unit)
    }

    /// Appended to a provenance note when the figure shown was converted.
    pub fn conversion_note(&self) -> String {
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

pub fn number(lang: Lang, value: f64, style: NumberStyle) -> String {
    // Negative zero would print as "-0.0".
    let value = if value == 0.0 { 0.0 } else { value };
    imp::format(lang, value, style)
}

#[cfg(target_arch = "wasm32")]
mod imp {
    use super::NumberStyle;
    use crate::model::Lang;
    use js_sys::{Array, Function, Intl, Object, Reflect};
    use std::cell::RefCell;
    use std::collections::HashMap;
    use wasm_bindgen::JsValue;

    thread_local! {
        static FORMATTERS: RefCell<HashMap<(Lang, NumberStyle), Function>> =
            RefCell::new(HashMap::new());
    }

    fn build(lang: Lang, style: NumberStyle) -> Function {
        let options = Object::new();
        let set = |key: &str, value: JsValue| {
            // Setting a property on a fresh plain object cannot fail.
            let _ = Reflect::set(&options, &JsValue::from_str(key), &value);
        };
        let min_decimals = if style.grouping { style.decimals } else { 0 };
        set("minimumFractionDigits", f64::from(min_decimals).into());
        set("maximumFractionDigits", f64::from(style.decimals).into());
        set("useGrouping", style.grouping.into());
        if style.signed {
            set("signDisplay", "exceptZero".into());
        }
        let locales = Array::of1(&JsValue::from_str(lang.tag()));
        Intl::NumberFormat::new(&locales, &options).format()
    }

    pub fn compare(lang: Lang, a: &str, b: &str) -> std::cmp::Ordering {
        let locales = Array::of1(&JsValue::from_str(lang.tag()));
        let collator = Intl::Collator::new(&locales, &Object::new());
        let result = collator
            .compare()
            .call2(&JsValue::NULL, &JsValue::from_str(a), &JsValue::from_str(b))
            .ok()
            .and_then(|v| v.as_f64())
            .unwrap_or(0.0);
        result
            .partial_cmp(&0.0)
            .unwrap_or(std::cmp::Ordering::Equal)
    }

    pub fn format(lang: Lang, value: f64, style: NumberStyle) -> String {
        FORMATTERS.with(|cache| {
            let mut cache = cache.borrow_mut();
            let formatter = cache
                .entry((lang, style))
                .or_insert_with(|| build(lang, style));
            formatter
                .call1(&JsValue::NULL, &JsValue::from_f64(value))
                .ok()
                .and_then(|s| s.as_string())
                .unwrap_or_else(|| super::tenths(value))
        })
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

/// Outside the browser (the build-time prerender of the baseline, native
/// tests) numbers are written as `Intl.NumberFormat` writes them for the
/// app's two languages, so the prerendered page reads exactly like the app
/// that takes it over: en 102,893.2 and vi 102.893,2, grouping from four
/// digits, rounding half away from zero, "+" only on non-zero values.
#[cfg(not(target_arch = "wasm32"))]
mod imp {
    use super::NumberStyle;
    use crate::model::Lang;

    pub fn compare(_lang: Lang, a: &str, b: &str) -> std::cmp::Ordering {
        a.cmp(b)
    }

    pub fn format(lang: Lang, value: f64, style: NumberStyle) -> String {
        if !value.is_finite() {
            return super::tenths(value);
        }
        let (group, point) = match lang {
            Lang::En => (',', '.'),
            Lang::Vi => ('.', ','),
        };
        let scale = 10u64.pow(u32::from(style.decimals));
        let units = (value.abs() * scale as f64).round() as u64;
        let (whole, mut frac) = (units / scale, units % scale);
        let mut frac_digits = usize::from(style.decimals);
        if !style.grouping {
            // Editable numbers drop trailing zeros (minimumFractionDigits 0).
            while frac_digits > 0 && frac % 10 == 0 {
                frac /= 10;
                frac_digits -= 1;
            }
        }
        let digits = whole.to_string();
        let mut out = String::new();
        if units != 0 {
            if value < 0.0 {
                out.push('-');
            } else if style.signed {
                out.push('+');
            }
        }
        for (i, c) in digits.chars().enumerate() {
            if style.grouping && i > 0 && (digits.len() - i) % 3 == 0 {
                out.push(group);
            }
            out.push(c);
        }
        if frac_digits > 0 {
            out.push(point);
            out.push_str(&format!("{frac:0frac_digits$}"));
        }
        out
    }

    #[cfg(test)]
    mod tests {
        use super::super::{number, NumberStyle};
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
    }
}
