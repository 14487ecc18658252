//! The tornado of each input's effect on the 2024 total.

use super::layout::*;
use super::*;

pub struct TornadoRow {
    pub label: String,
    pub down: f64,
    pub up: f64,
    pub down_text: String,
    pub up_text: String,
    pub down_tooltip: String,
    pub up_tooltip: String,
}

/// Bars left (downside) and right (upside) of a centre line, one row per
/// driver, in the order given (largest first reads as a tornado). A side
/// with no change has no bar.
pub fn tornado_chart(rows: &[TornadoRow], width: f64) -> ChartSpec {
    let width = clamp_width(width);
    let labels = RowLabels::new(rows.iter().map(|r| r.label.as_str()), width, 0.35);
    let down_w = widest(rows.iter().map(|r| r.down_text.as_str())) + 6.0;
    let up_w = widest(rows.iter().map(|r| r.up_text.as_str())) + 6.0;
    let half = ((width - labels.column_w - down_w - up_w) / 2.0).max(1.0);
    let centre = labels.column_w + down_w + half;
    let max = rows
        .iter()
        .map(|r| r.down.abs().max(r.up.abs()))
        .fold(0.0, f64::max);
    let scale = if max > 0.0 { half / max } else { 0.0 };
    let mut spec = ChartSpec {
        width,
        ..ChartSpec::default()
    };
    let mut top = 4.0;
    for row in rows {
        let bar_top = labels.place(&mut spec, top, &row.label, width);
        let mid = bar_top + BAR / 2.0 + 4.0;
        if row.down != 0.0 {
            let w = (row.down.abs() * scale).max(1.5);
            spec.marks.push(Mark {
                x: centre - w,
                y: bar_top,
                w,
                h: BAR,
                class: "down",
                tooltip: row.down_tooltip.clone(),
            });
            spec.texts.push(text(
                centre - w - 4.0,
                mid,
                row.down_text.clone(),
                Anchor::End,
                "value",
            ));
        }
        if row.up != 0.0 {
            let w = (row.up.abs() * scale).max(1.5);
            spec.marks.push(Mark {
                x: centre,
                y: bar_top,
                w,
                h: BAR,
                class: "up",
                tooltip: row.up_tooltip.clone(),
            });
            spec.texts.push(text(
                centre + w + 4.0,
                mid,
                row.up_text.clone(),
                Anchor::Start,
                "value",
            ));
        }
        top = bar_top + BAR + ROW_GAP;
    }
    spec.height = top;
    spec.rules.push(Rule {
        x1: centre,
        y1: 0.0,
        x2: centre,
        y2: spec.height,
        class: "axis",
    });
    spec
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::geometry::testing::{assert_readable, WIDTHS};

    fn tornado_row(label: &str, down: f64, up: f64) -> TornadoRow {
        TornadoRow {
            label: label.into(),
            down,
            up,
            down_text: format!("{down:+.1}"),
            up_text: format!("{up:+.1}"),
            down_tooltip: "d".into(),
            up_tooltip: "u".into(),
        }
    }

    #[test]
    fn tornado_bars_are_proportional_and_centred() {
        let spec = tornado_chart(
            &[tornado_row("x", -10.0, 10.0), tornado_row("y", -5.0, 0.0)],
            640.0,
        );
        assert_eq!(spec.marks.len(), 3, "a zero side has no bar");
        let (down, up) = (&spec.marks[0], &spec.marks[1]);
        assert!(
            (down.x + down.w - up.x).abs() < 1e-9,
            "both sides meet at the centre"
        );
        assert!((down.w - up.w).abs() < 1e-9);
        assert!((spec.marks[2].w * 2.0 - down.w).abs() < 1e-9);
    }

    #[test]
    fn tornado_labels_never_collide() {
        let rows = [
            tornado_row("Công nghiệp chế biến, chế tạo ±1 điểm", -1_028.9, 1_028.9),
            tornado_row("Dự án bán dẫn 1.000 tỷ đồng", -750.0, 0.0),
            tornado_row("Khai khoáng ±1 điểm", -5.8, 5.8),
        ];
        for width in WIDTHS {
            assert_readable(&tornado_chart(&rows, width));
        }
    }
}
