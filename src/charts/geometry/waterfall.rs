//! The waterfall from the 2023 total to the 2024 total, on a broken axis.

use super::layout::*;
use super::*;

#[derive(Clone, Debug, PartialEq)]
pub struct WaterfallStep {
    pub label: String,
    pub delta: f64,
    pub delta_text: String,
    pub tooltip: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Waterfall {
    pub start_label: String,
    pub start: f64,
    pub start_text: String,
    pub start_tooltip: String,
    pub steps: Vec<WaterfallStep>,
    pub end_label: String,
    pub end_text: String,
    pub end_tooltip: String,
    pub target: f64,
    pub target_text: String,
    /// What happened, once published: a line at that total, labelled
    /// below the rows (so its label never meets the target's).
    pub actual: Option<(f64, String)>,
}

/// The lowest value the axis shows: a round number below every bar end and
/// the target, so the sector steps (hundreds) are visible beside totals of
/// about 100,000. The axis is then drawn broken and labelled.
pub fn waterfall_axis_floor(values: &[f64]) -> f64 {
    let finite: Vec<f64> = values.iter().copied().filter(|v| v.is_finite()).collect();
    let lo = finite.iter().copied().fold(f64::INFINITY, f64::min);
    let hi = finite.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    if !lo.is_finite() || lo <= 0.0 {
        return 0.0;
    }
    let span = (hi - lo).max(hi * 0.01);
    let step = 10f64.powf((span / 2.0).log10().floor());
    let floor = ((lo - span * 0.6) / step).floor() * step;
    floor.max(0.0)
}

/// Rows from the 2023 total through each sector's change to the 2024
/// total, bars along a value axis that starts at `waterfall_axis_floor`,
/// and the target as a vertical line labelled in its own band above the
/// rows, so no value label can meet it. `axis_note` says in words where
/// the (broken) value axis starts.
pub fn waterfall_chart(w: &Waterfall, axis_note: &dyn Fn(f64) -> String, width: f64) -> ChartSpec {
    let width = clamp_width(width);
    let rows = waterfall_rows(w);
    let actual = w.actual.as_ref().map(|(value, _)| *value);
    let ends: Vec<f64> = rows
        .iter()
        .map(|r| r.to)
        .chain([w.target])
        .chain(actual)
        .collect();
    let floor = waterfall_axis_floor(&ends);
    let top_value = ends.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let labels = RowLabels::new(rows.iter().map(|r| r.label), width, 0.3);
    let value_w = widest(rows.iter().map(|r| r.value_text)) + 8.0;
    let plot_left = labels.column_w;
    let plot_w = (width - plot_left - value_w).max(1.0);
    let span = (top_value - floor).max(1e-9);
    let x = |v: f64| plot_left + ((v - floor) / span * plot_w).clamp(0.0, plot_w);
    let mut spec = ChartSpec {
        width,
        ..ChartSpec::default()
    };
    let mut top = HEADER;
    let mut bar_tops = Vec::with_capacity(rows.len());
    for row in &rows {
        let bar_top = labels.place(&mut spec, top, row.label, width);
        let (left, right) = (x(row.from.min(row.to)), x(row.from.max(row.to)));
        spec.marks.push(Mark {
            x: left,
            y: bar_top,
            w: (right - left).max(1.5),
            h: BAR,
            class: row.class,
            tooltip: row.tooltip.to_owned(),
        });
        spec.texts.push(text(
            right.max(left + 1.5) + 6.0,
            bar_top + BAR / 2.0 + 4.0,
            row.value_text,
            Anchor::Start,
            "value",
        ));
        bar_tops.push(bar_top);
        top = bar_top + BAR + ROW_GAP;
    }
    // Connectors: each step starts where the previous bar ended.
    for (k, row) in rows.iter().enumerate().skip(1).take(w.steps.len()) {
        spec.rules.push(Rule {
            x1: x(row.from),
            y1: bar_tops[k - 1] + BAR,
            x2: x(row.from),
            y2: bar_tops[k],
            class: "connector",
        });
    }
    let rows_bottom = top - ROW_GAP;
    spec.texts
        .push(line_label(x(w.target), &w.target_text, width));
    spec.rules.extend(waterfall_lines(
        x(w.target),
        plot_left,
        rows_bottom,
        floor > 0.0,
    ));
    let mut note_top = rows_bottom + 16.0;
    if let Some((value, label)) = &w.actual {
        let line_x = x(*value);
        spec.rules.push(Rule {
            x1: line_x,
            y1: HEADER - 4.0,
            x2: line_x,
            y2: rows_bottom + 4.0,
            class: "actual",
        });
        let mut label = line_label(line_x, label, width);
        label.y = note_top + FONT_PX;
        label.class = "actual-label";
        spec.texts.push(label);
        note_top += LINE + 6.0;
    }
    let note = wrap(&axis_note(floor), width);
    spec.push_lines(0.0, note_top + FONT_PX, &note, Anchor::Start, "axis-note");
    spec.height = note_top + LINE * note.len() as f64 + 4.0;
    spec
}

/// One row of the waterfall: a bar from `from` to `to` on the value axis.
struct WaterfallRow<'a> {
    from: f64,
    to: f64,
    class: &'static str,
    label: &'a str,
    value_text: &'a str,
    tooltip: &'a str,
}

/// The 2023 total, each step from where the previous one ended, the 2024
/// total; totals start at the axis (whatever its floor).
fn waterfall_rows(w: &Waterfall) -> Vec<WaterfallRow<'_>> {
    let mut rows = vec![WaterfallRow {
        from: f64::NEG_INFINITY,
        to: w.start,
        class: "total",
        label: &w.start_label,
        value_text: &w.start_text,
        tooltip: &w.start_tooltip,
    }];
    let mut level = w.start;
    for step in &w.steps {
        rows.push(WaterfallRow {
            from: level,
            to: level + step.delta,
            class: if step.delta >= 0.0 { "up" } else { "down" },
            label: &step.label,
            value_text: &step.delta_text,
            tooltip: &step.tooltip,
        });
        level += step.delta;
    }
    rows.push(WaterfallRow {
        from: f64::NEG_INFINITY,
        to: level,
        class: "total",
        label: &w.end_label,
        value_text: &w.end_text,
        tooltip: &w.end_tooltip,
    });
    rows
}

/// The target line, the value axis and, when the axis does not start at
/// zero, the zigzag that marks it broken.
fn waterfall_lines(target_x: f64, axis_x: f64, rows_bottom: f64, broken: bool) -> Vec<Rule> {
    let vertical = |x: f64, class| Rule {
        x1: x,
        y1: HEADER - 4.0,
        x2: x,
        y2: rows_bottom + 4.0,
        class,
    };
    let mut lines = vec![vertical(target_x, "target"), vertical(axis_x, "axis")];
    if broken {
        for k in 0..2 {
            let y0 = rows_bottom + 4.0 + 5.0 * k as f64;
            lines.push(Rule {
                x1: axis_x - 3.0,
                y1: y0 + 5.0,
                x2: axis_x + 3.0,
                y2: y0,
                class: "break",
            });
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::geometry::testing::{assert_readable, WIDTHS};

    fn waterfall(start: f64, deltas: &[f64], target: f64) -> Waterfall {
        Waterfall {
            start_label: "Tổng 2023".into(),
            start,
            start_text: format!("{start:.1}"),
            start_tooltip: String::new(),
            steps: deltas
                .iter()
                .zip(["B", "C", "D", "E"])
                .map(|(&d, label)| WaterfallStep {
                    label: label.into(),
                    delta: d,
                    delta_text: format!("{d:+.1}"),
                    tooltip: String::new(),
                })
                .collect(),
            end_label: "Tổng 2024".into(),
            end_text: format!("{:.1}", start + deltas.iter().sum::<f64>()),
            end_tooltip: String::new(),
            target,
            target_text: format!("Mục tiêu {target:.1}"),
            actual: None,
        }
    }

    #[test]
    fn what_happened_is_a_line_at_its_total_labelled_below_the_rows() {
        // 2023 asked again: the implied 2022 total, the target path, and
        // the outcome 102,893.2 short of 110,000.
        let mut w = waterfall(99_446.7, &[55.6, 10_352.3, 113.6, 32.1], 110_000.0);
        w.actual = Some((102_893.2, "Actual 102,893.2".into()));
        for width in WIDTHS {
            let spec = waterfall_chart(&w, &note, width);
            assert_readable(&spec);
            let actual = spec.rules.iter().find(|r| r.class == "actual").unwrap();
            let target = spec.rules.iter().find(|r| r.class == "target").unwrap();
            assert!(actual.x1 < target.x1);
            let label = spec
                .texts
                .iter()
                .find(|t| t.class == "actual-label")
                .unwrap();
            let lowest_bar = spec.marks.iter().map(|m| m.y + m.h).fold(0.0, f64::max);
            assert!(label.y > lowest_bar);
            assert!(spec.height >= label.y);
        }
    }

    fn note(floor: f64) -> String {
        format!("Trục giá trị bắt đầu từ {floor} tỷ đồng")
    }

    #[test]
    fn waterfall_axis_starts_below_everything_at_a_round_number() {
        let floor = waterfall_axis_floor(&[102_893.2, 106_462.4, 111_816.0]);
        assert!(floor < 102_893.2);
        assert!(floor > 90_000.0, "{floor}");
        assert_eq!(floor % 1_000.0, 0.0);
        assert_eq!(waterfall_axis_floor(&[]), 0.0);
        assert_eq!(waterfall_axis_floor(&[-5.0, 10.0]), 0.0);
    }

    #[test]
    fn waterfall_steps_chain_and_the_target_line_sits_at_the_target() {
        let w = waterfall(102_893.2, &[57.6, 3_429.5, 53.8, 28.3], 111_816.0);
        let spec = waterfall_chart(&w, &note, 640.0);
        assert_eq!(spec.marks.len(), 6);
        // Each rising step starts where the previous one ended.
        for pair in spec.marks[0..5].windows(2) {
            let (prev, next) = (&pair[0], &pair[1]);
            assert!((prev.x + prev.w - next.x).abs() <= 1.5, "{prev:?} {next:?}");
        }
        let end = &spec.marks[5];
        let target = spec.rules.iter().find(|r| r.class == "target").unwrap();
        // The projection (106,462.4) ends left of the target line: a visible gap.
        assert!(end.x + end.w < target.x1);
        assert!(spec
            .texts
            .iter()
            .any(|t| t.class == "axis-note" && t.text.starts_with("Trục")));
    }

    #[test]
    fn waterfall_labels_never_collide_met_or_not() {
        let cases = [
            waterfall(102_893.2, &[57.6, 3_429.5, 53.8, 28.3], 111_816.0),
            waterfall(102_893.2, &[60.0, 9_000.0, 60.0, 30.0], 111_816.0),
            waterfall(102_893.2, &[-500.0, 300_000.0, 900.0, -300.0], 111_816.0),
            waterfall(
                102_893.2,
                &[-575.8, -100_000.0, -1_121.4, -328.9],
                111_844.9,
            ),
        ];
        for w in &cases {
            for width in WIDTHS {
                assert_readable(&waterfall_chart(w, &note, width));
            }
        }
    }

    #[test]
    fn waterfall_handles_falls() {
        let w = waterfall(100.0, &[-30.0, 10.0], 90.0);
        let spec = waterfall_chart(&w, &note, 400.0);
        assert_eq!(spec.marks[1].class, "down");
        assert!(spec
            .marks
            .iter()
            .all(|m| m.h > 0.0 && m.y >= 0.0 && m.w > 0.0));
    }
}
