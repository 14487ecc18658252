//! The Monte Carlo histogram with its percentile markers and the target.

use super::layout::*;
use super::*;

#[derive(Clone, Debug, PartialEq)]
pub struct HistogramInput {
    pub low: f64,
    pub high: f64,
    pub counts: Vec<u32>,
    pub target: f64,
    pub target_text: String,
    /// Percentile markers: (value, short label, tooltip).
    pub markers: Vec<(f64, String, String)>,
    pub low_text: String,
    pub high_text: String,
}

const HIST_PLOT_H: f64 = 150.0;

/// Bins as plain bars, the target as a dashed line labelled in its own
/// band above, and the percentiles as small focusable markers under the
/// axis, their labels spread apart where the values are close.
pub fn histogram_chart(h: &HistogramInput, width: f64) -> ChartSpec {
    let width = clamp_width(width);
    let side = 6.0;
    let plot_w = width - 2.0 * side;
    let base = HEADER + HIST_PLOT_H;
    let span = (h.high - h.low).max(1e-9);
    let x = |v: f64| side + ((v - h.low) / span).clamp(0.0, 1.0) * plot_w;
    let max = h.counts.iter().copied().max().unwrap_or(0).max(1);
    let bin_w = plot_w / h.counts.len().max(1) as f64;
    let mut spec = ChartSpec {
        width,
        ..ChartSpec::default()
    };
    for (i, &count) in h.counts.iter().enumerate() {
        if count == 0 {
            continue;
        }
        let bar_h = (f64::from(count) / f64::from(max) * HIST_PLOT_H).max(1.0);
        let left = side + bin_w * i as f64;
        let centre = h.low + span * (i as f64 + 0.5) / h.counts.len() as f64;
        spec.shapes.push(Shape {
            x: left + 0.25,
            y: base - bar_h,
            w: (bin_w - 0.5).max(0.5),
            h: bar_h,
            class: if centre >= h.target {
                "bin met"
            } else {
                "bin short"
            },
        });
    }
    spec.rules.push(Rule {
        x1: side,
        y1: base,
        x2: width - side,
        y2: base,
        class: "axis",
    });
    let tx = x(h.target);
    spec.rules.push(Rule {
        x1: tx,
        y1: HEADER - 4.0,
        x2: tx,
        y2: base,
        class: "target",
    });
    spec.texts.push(line_label(tx, &h.target_text, width));
    let wanted: Vec<f64> = h.markers.iter().map(|(v, _, _)| x(*v)).collect();
    let widths: Vec<f64> = h
        .markers
        .iter()
        .map(|(_, label, _)| text_width(label))
        .collect();
    let centres = spread_labels(&wanted, &widths, 4.0, width);
    for (((value, label, tooltip), &centre), _) in h.markers.iter().zip(&centres).zip(&widths) {
        let mx = x(*value);
        spec.marks.push(Mark {
            x: mx - 4.0,
            y: base + 2.0,
            w: 8.0,
            h: 8.0,
            class: "marker",
            tooltip: tooltip.clone(),
        });
        spec.texts.push(text(
            centre,
            base + 12.0 + FONT_PX,
            label.clone(),
            Anchor::Middle,
            "tick",
        ));
    }
    // The range's ends, on one line when both fit, else on two.
    let ends_y = base + 14.0 + LINE + FONT_PX;
    spec.texts.push(text(
        0.0,
        ends_y,
        h.low_text.clone(),
        Anchor::Start,
        "axis-note",
    ));
    let fits = text_width(&h.low_text) + text_width(&h.high_text) + 12.0 <= width;
    let high_y = if fits { ends_y } else { ends_y + LINE };
    spec.texts.push(text(
        width,
        high_y,
        h.high_text.clone(),
        Anchor::End,
        "axis-note",
    ));
    spec.height = high_y + 6.0;
    spec
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::geometry::testing::{assert_readable, WIDTHS};

    fn histogram(target: f64, markers: [f64; 3]) -> HistogramInput {
        HistogramInput {
            low: 100.0,
            high: 200.0,
            counts: vec![1, 0, 3, 2],
            target,
            target_text: format!("Target {target:.1}"),
            markers: markers
                .iter()
                .zip(["P10", "P50", "P90"])
                .map(|(&v, l)| (v, l.to_owned(), l.to_lowercase()))
                .collect(),
            low_text: "101,234.5 billion VND".into(),
            high_text: "119,876.5 billion VND".into(),
        }
    }

    #[test]
    fn histogram_puts_the_target_line_where_the_target_is() {
        let spec = histogram_chart(&histogram(150.0, [110.0, 150.0, 190.0]), 640.0);
        assert_eq!(spec.shapes.len(), 3, "empty bins draw nothing");
        let target = spec.rules.iter().find(|r| r.class == "target").unwrap();
        assert!((target.x1 - 320.0).abs() < 1e-9);
        assert_eq!(spec.shapes[0].class, "bin short");
        assert_eq!(spec.shapes[2].class, "bin met");
        let tallest = spec.shapes.iter().map(|s| s.h).fold(0.0, f64::max);
        assert!((tallest - HIST_PLOT_H).abs() < 1e-9);
        assert_eq!(spec.marks.len(), 3);
    }

    #[test]
    fn histogram_labels_never_collide() {
        for (target, markers) in [
            (150.0, [110.0, 150.0, 190.0]),
            (199.0, [150.0, 150.1, 150.2]),
            (100.0, [199.0, 199.5, 200.0]),
        ] {
            for width in WIDTHS {
                assert_readable(&histogram_chart(&histogram(target, markers), width));
            }
        }
    }
}
