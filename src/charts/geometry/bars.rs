//! Horizontal bars from zero (sector shares, products).

use super::layout::*;
use super::*;

/// One row of a horizontal bar chart.
#[derive(Clone, Debug, PartialEq)]
pub struct HBar {
    pub label: String,
    pub value: f64,
    pub value_text: String,
    pub tooltip: String,
    pub class: &'static str,
}

/// Horizontal bars from zero; `domain_max` is the value of a full-width bar
/// (values above it are clipped to full width, negative ones drawn as none).
pub fn hbar_chart(rows: &[HBar], domain_max: f64, width: f64) -> ChartSpec {
    let width = clamp_width(width);
    let labels = RowLabels::new(rows.iter().map(|r| r.label.as_str()), width, 0.4);
    let value_w = widest(rows.iter().map(|r| r.value_text.as_str())) + 8.0;
    let plot_w = (width - labels.column_w - value_w).max(1.0);
    let scale = if domain_max > 0.0 {
        plot_w / domain_max
    } else {
        0.0
    };
    let mut spec = ChartSpec {
        width,
        ..ChartSpec::default()
    };
    let mut top = 4.0;
    for row in rows {
        let bar_top = labels.place(&mut spec, top, &row.label, width);
        let w = (row.value.max(0.0) * scale).min(plot_w);
        spec.marks.push(Mark {
            x: labels.column_w,
            y: bar_top,
            // A hairline keeps a tiny value visible and focusable.
            w: w.max(1.5),
            h: BAR,
            class: row.class,
            tooltip: row.tooltip.clone(),
        });
        spec.texts.push(text(
            labels.column_w + w + 6.0,
            bar_top + BAR / 2.0 + 4.0,
            row.value_text.clone(),
            Anchor::Start,
            "value",
        ));
        top = bar_top + BAR + ROW_GAP;
    }
    spec.height = top;
    spec.rules.push(Rule {
        x1: labels.column_w,
        y1: 0.0,
        x2: labels.column_w,
        y2: spec.height,
        class: "axis",
    });
    spec
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::geometry::testing::{assert_readable, WIDTHS};

    fn bar(label: &str, value: f64) -> HBar {
        HBar {
            label: label.into(),
            value,
            value_text: format!("{value}"),
            tooltip: format!("{label} is {value}"),
            class: "bar",
        }
    }

    #[test]
    fn hbars_are_proportional_and_clipped() {
        let rows = [
            bar("a", 50.0),
            bar("b", 100.0),
            bar("c", 150.0),
            bar("d", -3.0),
        ];
        let spec = hbar_chart(&rows, 100.0, 640.0);
        let widths: Vec<f64> = spec.marks.iter().map(|m| m.w).collect();
        assert!((widths[0] * 2.0 - widths[1]).abs() < 1e-9);
        assert_eq!(widths[1], widths[2], "clipped to full width");
        assert_eq!(widths[3], 1.5);
        assert_eq!(spec.marks[1].tooltip, "b is 100");
        assert!(spec.marks.iter().all(|m| m.y + m.h <= spec.height));
        assert!(spec.marks.iter().all(|m| m.x + m.w <= spec.width));
        assert_eq!(spec.width, 640.0);
    }

    #[test]
    fn hbar_labels_move_above_the_bars_when_narrow() {
        let rows = [
            bar("Sản xuất và phân phối điện", 10.0),
            bar("Khai khoáng", 5.0),
        ];
        let wide = hbar_chart(&rows, 10.0, 800.0);
        let narrow = hbar_chart(&rows, 260.0, 260.0);
        assert!(wide.marks[0].x > 0.0, "a label column at 800 px");
        assert_eq!(narrow.marks[0].x, 0.0, "labels above the bars at 260 px");
        for w in WIDTHS {
            assert_readable(&hbar_chart(&rows, 10.0, w));
        }
    }
}
