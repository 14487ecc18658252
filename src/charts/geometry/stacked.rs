//! Stacked rows: 2024 so far and the rest of the year against the target.

use super::layout::*;
use super::*;

/// One part of a stacked row (e.g. "so far", "rest of the year").
#[derive(Clone, Debug, PartialEq)]
pub struct StackPart {
    pub value: f64,
    pub value_text: String,
    pub tooltip: String,
    pub class: &'static str,
}

#[derive(Clone, Debug, PartialEq)]
pub struct StackRow {
    pub label: String,
    pub parts: Vec<StackPart>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Stacked {
    pub rows: Vec<StackRow>,
    pub target: f64,
    pub target_text: String,
}

/// Horizontal bars of parts laid end to end from zero, on one scale, with
/// the target as a vertical line labelled in its own band above the rows.
/// Each part's value is written on the line under its row, pushed apart
/// where parts are narrow; parts of no value are left out.
pub fn stacked_chart(input: &Stacked, width: f64) -> ChartSpec {
    let width = clamp_width(width);
    let labels = RowLabels::new(input.rows.iter().map(|r| r.label.as_str()), width, 0.3);
    let plot_x = labels.column_w;
    let plot_w = (width - plot_x - 8.0).max(1.0);
    let max = input
        .rows
        .iter()
        .map(|r| r.parts.iter().map(|p| p.value.max(0.0)).sum::<f64>())
        .chain([input.target])
        .filter(|v| v.is_finite())
        .fold(0.0, f64::max);
    let scale = if max > 0.0 { plot_w / max } else { 0.0 };
    let x = |v: f64| plot_x + v.max(0.0) * scale;
    let mut spec = ChartSpec {
        width,
        ..ChartSpec::default()
    };
    let mut top = HEADER;
    for row in &input.rows {
        let bar_top = labels.place(&mut spec, top, &row.label, width);
        let mut start = 0.0;
        let mut centres = Vec::new();
        let mut texts = Vec::new();
        for part in row.parts.iter().filter(|p| p.value > 0.0) {
            let (x0, x1) = (x(start), x(start + part.value));
            spec.marks.push(Mark {
                x: x0,
                y: bar_top,
                w: (x1 - x0).max(1.5),
                h: BAR,
                class: part.class,
                tooltip: part.tooltip.clone(),
            });
            centres.push((x0 + x1) / 2.0);
            texts.push(part.value_text.clone());
            start += part.value;
        }
        let widths: Vec<f64> = texts.iter().map(|t| text_width(t)).collect();
        let placed = spread_labels(&centres, &widths, 8.0, width);
        let baseline = bar_top + BAR + LINE - 2.0;
        for (cx, label) in placed.into_iter().zip(texts) {
            spec.texts
                .push(text(cx, baseline, label, Anchor::Middle, "value"));
        }
        top = baseline + 4.0 + ROW_GAP;
    }
    spec.height = top;
    let tx = x(input.target);
    spec.rules.push(Rule {
        x1: tx,
        y1: HEADER - 4.0,
        x2: tx,
        y2: spec.height - ROW_GAP,
        class: "target",
    });
    spec.rules.push(Rule {
        x1: plot_x,
        y1: HEADER - 4.0,
        x2: plot_x,
        y2: spec.height - ROW_GAP,
        class: "axis",
    });
    spec.texts.push(line_label(tx, &input.target_text, width));
    spec
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::geometry::testing::{assert_readable, WIDTHS};

    fn stacked(same: f64, rest_2023: f64, so_far: f64, rest: f64, needed: f64) -> Stacked {
        let part = |value: f64, class| StackPart {
            value,
            value_text: format!("{value:.1}"),
            tooltip: format!("{class} {value:.1}"),
            class,
        };
        Stacked {
            rows: vec![
                StackRow {
                    label: "2023".into(),
                    parts: vec![part(same, "same"), part(rest_2023, "rest")],
                },
                StackRow {
                    label: "2024, scenario".into(),
                    parts: vec![part(so_far, "so-far"), part(rest, "rest")],
                },
                StackRow {
                    label: "To reach the target".into(),
                    parts: vec![part(so_far, "so-far"), part(needed, "needed")],
                },
            ],
            target: 111_816.0,
            target_text: "Target 111,816.0".into(),
        }
    }

    #[test]
    fn stacked_parts_chain_and_the_target_line_sits_at_the_target() {
        // The example: 47,619.0 + 55,274.2; 50,000 + 57,191.5; 50,000 + 61,816.
        let spec = stacked_chart(
            &stacked(47_619.0, 55_274.2, 50_000.0, 57_191.5, 61_816.0),
            600.0,
        );
        assert_eq!(spec.marks.len(), 6);
        let needed = &spec.marks[5];
        let target = spec.rules.iter().find(|r| r.class == "target").unwrap();
        assert!(
            (needed.x + needed.w - target.x1).abs() < 1e-6,
            "the needed part ends on the target"
        );
        assert!(
            spec.marks[3].x + spec.marks[3].w < target.x1,
            "the scenario falls short"
        );
        assert!((spec.marks[1].x - (spec.marks[0].x + spec.marks[0].w)).abs() < 1e-9);
    }

    #[test]
    fn stacked_chart_is_readable_at_every_width() {
        for width in WIDTHS {
            // Wide parts, and a sliver (eleven months in) whose label must move.
            assert_readable(&stacked_chart(
                &stacked(47_619.0, 55_274.2, 50_000.0, 57_191.5, 61_816.0),
                width,
            ));
            assert_readable(&stacked_chart(
                &stacked(100_000.0, 2_893.2, 100_000.0, 3_000.0, 11_816.0),
                width,
            ));
            // Target already reached: no needed part.
            assert_readable(&stacked_chart(
                &stacked(90_000.0, 12_893.2, 112_000.0, 13_000.0, 0.0),
                width,
            ));
        }
    }
}
