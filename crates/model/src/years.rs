//! The three years one edition's words name: the year before the base
//! year (whose level the base year's growth implies), the base year (the
//! last published year) and the target year (the year the question is
//! about).
//!
//! Invariant: `before + 1 == base` and `base + 1 == target`, since every
//! edition's target year follows its base year (`edition_schema` checks
//! it), so one year fixes all three.

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Years {
    pub before: u16,
    pub base: u16,
    pub target: u16,
}

impl Years {
    /// The years of a question whose base year is `base`.
    pub const fn after(base: u16) -> Years {
        Years {
            before: base - 1,
            base,
            target: base + 1,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_base_year_fixes_the_three() {
        let y = Years::after(2023);
        assert_eq!((y.before, y.base, y.target), (2022, 2023, 2024));
        assert_eq!(Years::after(2022).target, 2023);
    }
}
