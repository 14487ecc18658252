//! Money units for display. Published values are billion VND; trillion VND
//! is the same figure scaled; USD uses an exchange rate the user sets, which
//! is the user's assumption and never a published figure.

/// 1 tỷ đồng = 10^9 VND.
const VND_PER_BILLION: f64 = 1e9;

/// Bounds for a user-set rate (VND per USD): wide, but excludes typos.
pub const MIN_VND_PER_USD: f64 = 1_000.0;
pub const MAX_VND_PER_USD: f64 = 100_000.0;
/// Where the rate field starts: a round figure near the 2023–24 market rate,
/// labelled in the UI as an assumption to change.
pub const DEFAULT_VND_PER_USD: f64 = 24_000.0;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum MoneyUnit {
    #[default]
    BillionVnd,
    TrillionVnd,
    MillionUsd,
}

impl MoneyUnit {
    pub const ALL: [MoneyUnit; 3] = [
        MoneyUnit::BillionVnd,
        MoneyUnit::TrillionVnd,
        MoneyUnit::MillionUsd,
    ];

    /// Converts a billion-VND amount into this unit.
    pub fn from_billion_vnd(self, value: f64, vnd_per_usd: f64) -> f64 {
        match self {
            MoneyUnit::BillionVnd => value,
            MoneyUnit::TrillionVnd => value / 1_000.0,
            MoneyUnit::MillionUsd => value * VND_PER_BILLION / vnd_per_usd / 1e6,
        }
    }

    /// Decimals that keep the published precision (0.1 billion VND) visible.
    pub fn decimals(self) -> u8 {
        match self {
            MoneyUnit::BillionVnd => 1,
            MoneyUnit::TrillionVnd => 4,
            MoneyUnit::MillionUsd => 1,
        }
    }
}

pub fn is_valid_vnd_per_usd(rate: f64) -> bool {
    rate.is_finite() && (MIN_VND_PER_USD..=MAX_VND_PER_USD).contains(&rate)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn conversions() {
        let total = 102_893.2;
        assert_eq!(
            MoneyUnit::BillionVnd.from_billion_vnd(total, 24_000.0),
            total
        );
        assert!((MoneyUnit::TrillionVnd.from_billion_vnd(total, 24_000.0) - 102.8932).abs() < 1e-9);
        // 102,893.2 × 10^9 VND ÷ 24,000 VND/USD = 4,287.2 million USD.
        let usd = MoneyUnit::MillionUsd.from_billion_vnd(total, 24_000.0);
        assert!((usd - 4_287.216_666).abs() < 1e-3);
    }

    #[test]
    fn rate_bounds() {
        assert!(is_valid_vnd_per_usd(DEFAULT_VND_PER_USD));
        assert!(!is_valid_vnd_per_usd(0.0));
        assert!(!is_valid_vnd_per_usd(f64::INFINITY));
        assert!(!is_valid_vnd_per_usd(999.0));
    }
}
