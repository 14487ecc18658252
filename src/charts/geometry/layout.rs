//! Row labels, the header band and label spreading, shared by the charts.

use super::*;

pub(super) const BAR: f64 = 20.0;
pub(super) const ROW_GAP: f64 = 10.0;

/// Where row labels go: in a column left of the bars when they fit in
/// `share` of the width, else on their own lines above each bar.
pub(super) struct RowLabels {
    pub(super) column_w: f64,
    pub(super) stacked: bool,
}

impl RowLabels {
    pub(super) fn new<'a>(labels: impl Iterator<Item = &'a str>, width: f64, share: f64) -> Self {
        let column_w = widest(labels) + 10.0;
        let stacked = column_w > width * share;
        RowLabels {
            column_w: if stacked { 0.0 } else { column_w },
            stacked,
        }
    }

    /// Lays out one row's label from `top`; returns the bar's top.
    pub(super) fn place(&self, spec: &mut ChartSpec, top: f64, label: &str, width: f64) -> f64 {
        if self.stacked {
            let lines = wrap(label, width);
            spec.push_lines(0.0, top + FONT_PX, &lines, Anchor::Start, "label");
            top + LINE * lines.len() as f64 + 2.0
        } else {
            spec.texts.push(text(
                self.column_w - 8.0,
                top + BAR / 2.0 + 4.0,
                label,
                Anchor::End,
                "label",
            ));
            top
        }
    }
}

/// The band above the bars that holds the target's label alone.
pub(super) const HEADER: f64 = 24.0;

/// A label for a vertical line at `x`, in the header band: beside the
/// line, on the side with room, kept inside the chart.
pub(super) fn line_label(x: f64, label: &str, width: f64) -> Text {
    let w = text_width(label);
    let (tx, anchor) = if x + 4.0 + w <= width {
        (x + 4.0, Anchor::Start)
    } else {
        ((x - 4.0).max(w), Anchor::End)
    };
    text(tx, HEADER - 8.0, label, anchor, "target-label")
}

/// Keeps labels of the given widths, wanted centred at `xs` (sorted),
/// at least `gap` apart and inside `0..=width`: pushed right where they
/// collide, then back left from the right edge. Returns the centres.
pub fn spread_labels(xs: &[f64], widths: &[f64], gap: f64, width: f64) -> Vec<f64> {
    let mut out: Vec<f64> = xs.to_vec();
    for i in 0..out.len() {
        let min = if i == 0 {
            widths[0] / 2.0
        } else {
            out[i - 1] + (widths[i - 1] + widths[i]) / 2.0 + gap
        };
        out[i] = out[i].max(min);
    }
    for i in (0..out.len()).rev() {
        let max = if i + 1 == out.len() {
            width - widths[i] / 2.0
        } else {
            out[i + 1] - (widths[i + 1] + widths[i]) / 2.0 - gap
        };
        out[i] = out[i].min(max);
    }
    out
}
