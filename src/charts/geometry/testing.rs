//! What every chart's tests check: each text inside the chart and no two
//! texts overlapping, at every width from `MIN_WIDTH` to `MAX_WIDTH`.

use super::*;

pub(super) const WIDTHS: [f64; 6] = [MIN_WIDTH, 294.0, 400.0, 560.0, 720.0, MAX_WIDTH];

/// Every text inside the chart, no two estimated boxes overlapping.
pub(super) fn assert_readable(spec: &ChartSpec) {
    for t in &spec.texts {
        let (l, top, r, bottom) = t.bounds();
        assert!(
            l >= -0.5 && r <= spec.width + 0.5,
            "{t:?} outside width {}",
            spec.width
        );
        assert!(
            top >= -0.5 && bottom <= spec.height + 0.5,
            "{t:?} outside height {}",
            spec.height
        );
    }
    for (i, a) in spec.texts.iter().enumerate() {
        for b in &spec.texts[i + 1..] {
            let (al, at, ar, ab) = a.bounds();
            let (bl, bt, br, bb) = b.bounds();
            let apart = ar <= bl || br <= al || ab <= bt || bb <= at;
            assert!(apart, "{a:?} overlaps {b:?} at width {}", spec.width);
        }
    }
}
