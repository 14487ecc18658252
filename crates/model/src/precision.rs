//! The precision the scenario keeps. Values are rounded to these decimals on
//! the way in, so a shared link written in decimal text restores them
//! exactly. Kept apart from `scenario` so presets and scenario both read it
//! without importing each other.

/// Decimal places the scenario keeps: values are rounded to these on the
/// way in, so a shared link written in decimal text restores them exactly.
/// Growth keeps micro-points so the target path still meets the target to
/// 0.001 billion VND.
pub const GROWTH_DECIMALS: u32 = 6;
pub const CAPITAL_DECIMALS: u32 = 1;
pub const OUTPUT_RATIO_DECIMALS: u32 = 3;
pub const RANGE_DECIMALS: u32 = 2;
pub const RATE_DECIMALS: u32 = 0;
/// "2024 so far": published cumulative figures carry one decimal of
/// billion VND and growth to two decimals at most.
pub const SO_FAR_VALUE_DECIMALS: u32 = 1;
pub const SO_FAR_GROWTH_DECIMALS: u32 = 2;
/// Seeds are whole numbers a user can read off and type back exactly
/// (below 2^53, where every integer is exact in a JavaScript number).
pub const MAX_SEED: u64 = (1 << 53) - 1;

pub fn quantize(value: f64, decimals: u32) -> f64 {
    let scale = 10f64.powi(decimals as i32);
    (value * scale).round() / scale
}
