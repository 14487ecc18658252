//! Chart geometry as pure functions: data in, a `ChartSpec` out.
//!
//! A spec is everything an SVG needs, in viewBox units: marks (the bars a
//! user can hover or focus, each with its tooltip sentence), rules (axes,
//! target lines) and texts. No yew and no browser here, so every chart's
//! layout is tested natively. Texts arrive already formatted by the caller.

/// Width of every chart's viewBox; the SVG scales to its container.
pub const WIDTH: f64 = 640.0;

#[derive(Clone, Debug, PartialEq)]
pub struct Mark {
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
    pub class: &'static str,
    /// Said on hover and on keyboard focus; also the mark's accessible name.
    pub tooltip: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Rule {
    pub x1: f64,
    pub y1: f64,
    pub x2: f64,
    pub y2: f64,
    pub class: &'static str,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    Start,
    Middle,
    End,
}

impl Anchor {
    pub fn as_svg(self) -> &'static str {
        match self {
            Anchor::Start => "start",
            Anchor::Middle => "middle",
            Anchor::End => "end",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Text {
    pub x: f64,
    pub y: f64,
    pub text: String,
    pub anchor: Anchor,
    pub class: &'static str,
}

/// A plain shape with no tooltip (e.g. histogram bins, whose figures are
/// in the table alternative).
#[derive(Clone, Debug, PartialEq)]
pub struct Shape {
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
    pub class: &'static str,
}

#[derive(Clone, Debug, PartialEq, Default)]
pub struct ChartSpec {
    pub width: f64,
    pub height: f64,
    pub shapes: Vec<Shape>,
    pub marks: Vec<Mark>,
    pub rules: Vec<Rule>,
    pub texts: Vec<Text>,
}

fn text(x: f64, y: f64, text: impl Into<String>, anchor: Anchor, class: &'static str) -> Text {
    Text {
        x,
        y,
        text: text.into(),
        anchor,
        class,
    }
}

// ---------------------------------------------------------------- bars

/// One row of a horizontal bar chart.
#[derive(Clone, Debug, PartialEq)]
pub struct HBar {
    pub label: String,
    pub value: f64,
    pub value_text: String,
    pub tooltip: String,
    pub class: &'static str,
}

const HBAR_LABEL_W: f64 = 210.0;
const HBAR_VALUE_W: f64 = 90.0;
const HBAR_ROW: f64 = 34.0;
const HBAR_BAR: f64 = 22.0;

/// Horizontal bars from zero; `domain_max` is the value of a full-width bar
/// (values above it are clipped to full width, negative ones drawn as none).
pub fn hbar_chart(rows: &[HBar], domain_max: f64) -> ChartSpec {
    let plot_w = WIDTH - HBAR_LABEL_W - HBAR_VALUE_W;
    let scale = if domain_max > 0.0 {
        plot_w / domain_max
    } else {
        0.0
    };
    let mut spec = ChartSpec {
        width: WIDTH,
        height: HBAR_ROW * rows.len() as f64 + 8.0,
        ..ChartSpec::default()
    };
    for (i, row) in rows.iter().enumerate() {
        let top = 4.0 + HBAR_ROW * i as f64;
        let w = (row.value.max(0.0) * scale).min(plot_w);
        let mid = top + HBAR_ROW / 2.0 + 5.0;
        spec.texts.push(text(
            HBAR_LABEL_W - 8.0,
            mid,
            row.label.clone(),
            Anchor::End,
            "label",
        ));
        spec.marks.push(Mark {
            x: HBAR_LABEL_W,
            y: top + (HBAR_ROW - HBAR_BAR) / 2.0,
            // A hairline keeps a tiny value visible and focusable.
            w: w.max(1.5),
            h: HBAR_BAR,
            class: row.class,
            tooltip: row.tooltip.clone(),
        });
        spec.texts.push(text(
            HBAR_LABEL_W + w + 6.0,
            mid,
            row.value_text.clone(),
            Anchor::Start,
            "value",
        ));
    }
    spec.rules.push(Rule {
        x1: HBAR_LABEL_W,
        y1: 0.0,
        x2: HBAR_LABEL_W,
        y2: spec.height,
        class: "axis",
    });
    spec
}

// ---------------------------------------------------------------- levels

/// One panel of the 2022 → 2023 → 2024 small multiples.
#[derive(Clone, Debug, PartialEq)]
pub struct LevelPanel {
    pub title: String,
    /// 2022 (implied), 2023 (published), 2024 (scenario).
    pub values: [f64; 3],
    pub value_texts: [String; 3],
    pub tooltips: [String; 3],
}

pub const LEVEL_YEARS: [&str; 3] = ["2022", "2023", "2024"];
const LEVEL_CLASSES: [&str; 3] = ["y2022", "y2023", "y2024"];
const LEVEL_TITLE_H: f64 = 22.0;
const LEVEL_ROW: f64 = 18.0;
const LEVEL_BAR: f64 = 13.0;
const LEVEL_GAP: f64 = 10.0;
const LEVEL_YEAR_W: f64 = 44.0;
const LEVEL_VALUE_W: f64 = 96.0;

/// Small multiples stacked as rows of three horizontal bars, one panel per
/// series, each scaled to its own maximum (the caller's caption must say
/// so): manufacturing is ~98 % of the total, so a shared scale would
/// flatten the other sectors to nothing. Every bar is labelled with its
/// year, so colour never carries the meaning alone.
pub fn levels_chart(panels: &[LevelPanel]) -> ChartSpec {
    let panel_h = LEVEL_TITLE_H + 3.0 * LEVEL_ROW + LEVEL_GAP;
    let plot_w = WIDTH - LEVEL_YEAR_W - LEVEL_VALUE_W;
    let mut spec = ChartSpec {
        width: WIDTH,
        height: panel_h * panels.len() as f64,
        ..ChartSpec::default()
    };
    for (p, panel) in panels.iter().enumerate() {
        let top = panel_h * p as f64;
        let max = panel.values.iter().copied().fold(0.0_f64, f64::max);
        let scale = if max > 0.0 { plot_w / max } else { 0.0 };
        spec.texts.push(text(
            0.0,
            top + 15.0,
            panel.title.clone(),
            Anchor::Start,
            "panel-title",
        ));
        for (k, &value) in panel.values.iter().enumerate() {
            let row_top = top + LEVEL_TITLE_H + LEVEL_ROW * k as f64;
            let w = (value.max(0.0) * scale).max(1.5);
            let baseline = row_top + LEVEL_BAR - 2.0;
            spec.texts.push(text(
                LEVEL_YEAR_W - 6.0,
                baseline,
                LEVEL_YEARS[k],
                Anchor::End,
                "tick",
            ));
            spec.marks.push(Mark {
                x: LEVEL_YEAR_W,
                y: row_top,
                w,
                h: LEVEL_BAR,
                class: LEVEL_CLASSES[k],
                tooltip: panel.tooltips[k].clone(),
            });
            spec.texts.push(text(
                LEVEL_YEAR_W + w + 5.0,
                baseline,
                panel.value_texts[k].clone(),
                Anchor::Start,
                "value small",
            ));
        }
        spec.rules.push(Rule {
            x1: LEVEL_YEAR_W,
            y1: top + LEVEL_TITLE_H - 2.0,
            x2: LEVEL_YEAR_W,
            y2: top + LEVEL_TITLE_H + 3.0 * LEVEL_ROW,
            class: "axis",
        });
    }
    spec
}

// ---------------------------------------------------------------- waterfall

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
}

const WF_H: f64 = 300.0;
const WF_TOP: f64 = 30.0;
const WF_BOTTOM: f64 = 44.0;
const WF_LEFT: f64 = 12.0;
const WF_RIGHT: f64 = 12.0;

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

/// `axis_note` says in words where the (broken) value axis starts.
pub fn waterfall_chart(w: &Waterfall, axis_note: &dyn Fn(f64) -> String) -> ChartSpec {
    let mut running = w.start;
    let mut ends = vec![w.start, w.target];
    for step in &w.steps {
        running += step.delta;
        ends.push(running);
    }
    let end = running;
    let floor = waterfall_axis_floor(&ends);
    let top_value = ends.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let plot_h = WF_H - WF_TOP - WF_BOTTOM;
    let base = WF_H - WF_BOTTOM;
    let span = (top_value - floor).max(1e-9);
    let y = |v: f64| base - ((v - floor) / span * plot_h).clamp(0.0, plot_h);

    let columns = w.steps.len() + 2;
    let slot = (WIDTH - WF_LEFT - WF_RIGHT) / columns as f64;
    let bar_w = slot * 0.62;
    let x_of = |i: usize| WF_LEFT + slot * i as f64 + (slot - bar_w) / 2.0;
    let mut spec = ChartSpec {
        width: WIDTH,
        height: WF_H,
        ..ChartSpec::default()
    };
    let column = |spec: &mut ChartSpec,
                  i: usize,
                  from: f64,
                  to: f64,
                  class: &'static str,
                  label: &str,
                  value_text: &str,
                  tooltip: &str| {
        let (y_top, y_bottom) = (y(from.max(to)), y(from.min(to)));
        let x = x_of(i);
        spec.marks.push(Mark {
            x,
            y: y_top,
            w: bar_w,
            h: (y_bottom - y_top).max(1.5),
            class,
            tooltip: tooltip.to_owned(),
        });
        spec.texts.push(text(
            x + bar_w / 2.0,
            y_top - 5.0,
            value_text,
            Anchor::Middle,
            "value small",
        ));
        spec.texts.push(text(
            x + bar_w / 2.0,
            base + 16.0,
            label,
            Anchor::Middle,
            "tick",
        ));
    };
    column(
        &mut spec,
        0,
        floor,
        w.start,
        "total",
        &w.start_label,
        &w.start_text,
        &w.start_tooltip,
    );
    let mut level = w.start;
    for (k, step) in w.steps.iter().enumerate() {
        let class = if step.delta >= 0.0 { "up" } else { "down" };
        column(
            &mut spec,
            k + 1,
            level,
            level + step.delta,
            class,
            &step.label,
            &step.delta_text,
            &step.tooltip,
        );
        // Connector from the previous column's top to this step's start.
        let x_start = x_of(k + 1);
        spec.rules.push(Rule {
            x1: x_start - (slot - bar_w),
            y1: y(level),
            x2: x_start,
            y2: y(level),
            class: "connector",
        });
        level += step.delta;
    }
    column(
        &mut spec,
        columns - 1,
        floor,
        end,
        "total",
        &w.end_label,
        &w.end_text,
        &w.end_tooltip,
    );

    let target_y = y(w.target);
    spec.rules.push(Rule {
        x1: WF_LEFT,
        y1: target_y,
        x2: WIDTH - WF_RIGHT,
        y2: target_y,
        class: "target",
    });
    spec.texts.push(text(
        WIDTH - WF_RIGHT,
        target_y - 6.0,
        w.target_text.clone(),
        Anchor::End,
        "target-label",
    ));
    spec.rules.push(Rule {
        x1: WF_LEFT,
        y1: base,
        x2: WIDTH - WF_RIGHT,
        y2: base,
        class: "axis",
    });
    if floor > 0.0 {
        // A zigzag on the baseline marks the broken axis.
        spec.rules.push(Rule {
            x1: WF_LEFT,
            y1: base + 3.0,
            x2: WF_LEFT + 5.0,
            y2: base - 3.0,
            class: "break",
        });
        spec.rules.push(Rule {
            x1: WF_LEFT + 5.0,
            y1: base + 3.0,
            x2: WF_LEFT + 10.0,
            y2: base - 3.0,
            class: "break",
        });
    }
    spec.texts.push(text(
        WF_LEFT,
        WF_H - 6.0,
        axis_note(floor),
        Anchor::Start,
        "axis-note",
    ));
    spec
}

// ---------------------------------------------------------------- histogram

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

const HIST_H: f64 = 220.0;
const HIST_TOP: f64 = 28.0;
const HIST_BOTTOM: f64 = 40.0;
const HIST_SIDE: f64 = 14.0;

/// Bins as plain bars, the target as a dashed line, and the percentiles
/// as small focusable markers under the axis.
pub fn histogram_chart(h: &HistogramInput) -> ChartSpec {
    let plot_w = WIDTH - 2.0 * HIST_SIDE;
    let base = HIST_H - HIST_BOTTOM;
    let plot_h = base - HIST_TOP;
    let span = (h.high - h.low).max(1e-9);
    let x = |v: f64| HIST_SIDE + ((v - h.low) / span).clamp(0.0, 1.0) * plot_w;
    let max = h.counts.iter().copied().max().unwrap_or(0).max(1);
    let bin_w = plot_w / h.counts.len().max(1) as f64;
    let mut spec = ChartSpec {
        width: WIDTH,
        height: HIST_H,
        ..ChartSpec::default()
    };
    for (i, &count) in h.counts.iter().enumerate() {
        if count == 0 {
            continue;
        }
        let bar_h = (f64::from(count) / f64::from(max) * plot_h).max(1.0);
        let left = HIST_SIDE + bin_w * i as f64;
        let centre = h.low + span * (i as f64 + 0.5) / h.counts.len() as f64;
        spec.shapes.push(Shape {
            x: left + 0.5,
            y: base - bar_h,
            w: (bin_w - 1.0).max(0.5),
            h: bar_h,
            class: if centre >= h.target {
                "bin met"
            } else {
                "bin short"
            },
        });
    }
    spec.rules.push(Rule {
        x1: HIST_SIDE,
        y1: base,
        x2: WIDTH - HIST_SIDE,
        y2: base,
        class: "axis",
    });
    let tx = x(h.target);
    spec.rules.push(Rule {
        x1: tx,
        y1: HIST_TOP - 8.0,
        x2: tx,
        y2: base,
        class: "target",
    });
    let anchor = if tx > WIDTH * 0.75 {
        Anchor::End
    } else {
        Anchor::Start
    };
    let label_x = if anchor == Anchor::End {
        tx - 4.0
    } else {
        tx + 4.0
    };
    spec.texts.push(text(
        label_x,
        HIST_TOP - 12.0,
        h.target_text.clone(),
        anchor,
        "target-label",
    ));
    for (value, label, tooltip) in &h.markers {
        let mx = x(*value);
        spec.marks.push(Mark {
            x: mx - 4.0,
            y: base + 2.0,
            w: 8.0,
            h: 8.0,
            class: "marker",
            tooltip: tooltip.clone(),
        });
        spec.texts
            .push(text(mx, base + 22.0, label.clone(), Anchor::Middle, "tick"));
    }
    spec.texts.push(text(
        HIST_SIDE,
        HIST_H - 4.0,
        h.low_text.clone(),
        Anchor::Start,
        "axis-note",
    ));
    spec.texts.push(text(
        WIDTH - HIST_SIDE,
        HIST_H - 4.0,
        h.high_text.clone(),
        Anchor::End,
        "axis-note",
    ));
    spec
}

// ---------------------------------------------------------------- tornado

#[derive(Clone, Debug, PartialEq)]
pub struct TornadoRow {
    pub label: String,
    pub down: f64,
    pub up: f64,
    pub down_text: String,
    pub up_text: String,
    pub down_tooltip: String,
    pub up_tooltip: String,
}

const TORNADO_LABEL_W: f64 = 200.0;
const TORNADO_ROW: f64 = 30.0;
const TORNADO_BAR: f64 = 18.0;
const TORNADO_TEXT_W: f64 = 70.0;

/// Bars left (downside) and right (upside) of a centre line, one row per
/// driver, in the order given (largest first reads as a tornado). A side
/// with no change has no bar.
pub fn tornado_chart(rows: &[TornadoRow]) -> ChartSpec {
    let half = (WIDTH - TORNADO_LABEL_W - 2.0 * TORNADO_TEXT_W) / 2.0;
    let centre = TORNADO_LABEL_W + TORNADO_TEXT_W + half;
    let max = rows
        .iter()
        .map(|r| r.down.abs().max(r.up.abs()))
        .fold(0.0, f64::max);
    let scale = if max > 0.0 { half / max } else { 0.0 };
    let mut spec = ChartSpec {
        width: WIDTH,
        height: TORNADO_ROW * rows.len() as f64 + 8.0,
        ..ChartSpec::default()
    };
    for (i, row) in rows.iter().enumerate() {
        let top = 4.0 + TORNADO_ROW * i as f64;
        let y = top + (TORNADO_ROW - TORNADO_BAR) / 2.0;
        let mid = top + TORNADO_ROW / 2.0 + 5.0;
        spec.texts.push(text(
            TORNADO_LABEL_W - 8.0,
            mid,
            row.label.clone(),
            Anchor::End,
            "label",
        ));
        if row.down != 0.0 {
            let w = (row.down.abs() * scale).max(1.5);
            spec.marks.push(Mark {
                x: centre - w,
                y,
                w,
                h: TORNADO_BAR,
                class: "down",
                tooltip: row.down_tooltip.clone(),
            });
            spec.texts.push(text(
                centre - w - 4.0,
                mid,
                row.down_text.clone(),
                Anchor::End,
                "value small",
            ));
        }
        if row.up != 0.0 {
            let w = (row.up.abs() * scale).max(1.5);
            spec.marks.push(Mark {
                x: centre,
                y,
                w,
                h: TORNADO_BAR,
                class: "up",
                tooltip: row.up_tooltip.clone(),
            });
            spec.texts.push(text(
                centre + w + 4.0,
                mid,
                row.up_text.clone(),
                Anchor::Start,
                "value small",
            ));
        }
    }
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

    fn bar(value: f64) -> HBar {
        HBar {
            label: "x".into(),
            value,
            value_text: format!("{value}"),
            tooltip: format!("x is {value}"),
            class: "bar",
        }
    }

    #[test]
    fn hbars_are_proportional_and_clipped() {
        let spec = hbar_chart(&[bar(50.0), bar(100.0), bar(150.0), bar(-3.0)], 100.0);
        let widths: Vec<f64> = spec.marks.iter().map(|m| m.w).collect();
        let full = WIDTH - HBAR_LABEL_W - HBAR_VALUE_W;
        assert!((widths[0] - full / 2.0).abs() < 1e-9);
        assert!((widths[1] - full).abs() < 1e-9);
        assert!((widths[2] - full).abs() < 1e-9);
        assert_eq!(widths[3], 1.5);
        assert_eq!(spec.marks[1].tooltip, "x is 100");
        assert!(spec.marks.iter().all(|m| m.y + m.h <= spec.height));
    }

    #[test]
    fn level_panels_each_have_their_own_scale() {
        let panel = |v: [f64; 3]| LevelPanel {
            title: "p".into(),
            values: v,
            value_texts: Default::default(),
            tooltips: Default::default(),
        };
        let spec = levels_chart(&[panel([50.0, 100.0, 80.0]), panel([5.0, 10.0, 8.0])]);
        // The largest bar of each panel has the same length.
        assert!((spec.marks[1].w - spec.marks[4].w).abs() < 1e-9);
        assert!((spec.marks[0].w * 2.0 - spec.marks[1].w).abs() < 1e-9);
        assert!(spec.marks.iter().all(|m| m.x >= 0.0 && m.x + m.w <= WIDTH));
        assert!(spec.marks.iter().all(|m| m.y + m.h <= spec.height));
    }

    fn waterfall(start: f64, deltas: &[f64], target: f64) -> Waterfall {
        Waterfall {
            start_label: "2023".into(),
            start,
            start_text: String::new(),
            start_tooltip: String::new(),
            steps: deltas
                .iter()
                .map(|&d| WaterfallStep {
                    label: "s".into(),
                    delta: d,
                    delta_text: String::new(),
                    tooltip: String::new(),
                })
                .collect(),
            end_label: "2024".into(),
            end_text: String::new(),
            end_tooltip: String::new(),
            target,
            target_text: "target".into(),
        }
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
        let spec = waterfall_chart(&w, &|floor| format!("axis from {floor}"));
        assert_eq!(spec.marks.len(), 6);
        // Each rising step starts where the previous one ended (y grows
        // downward); a step too small to see is drawn 1.5 units high.
        for pair in spec.marks[0..5].windows(2) {
            let (prev, next) = (&pair[0], &pair[1]);
            assert!(
                (prev.y - (next.y + next.h)).abs() <= 1.5,
                "{prev:?} {next:?}"
            );
        }
        let end = &spec.marks[5];
        let target = spec.rules.iter().find(|r| r.class == "target").unwrap();
        // The projection (106,462.4) ends below the target line: a visible gap.
        assert!(end.y > target.y1);
        assert!(spec
            .texts
            .iter()
            .any(|t| t.class == "axis-note" && t.text.starts_with("axis from")));
    }

    #[test]
    fn histogram_puts_the_target_line_where_the_target_is() {
        let h = HistogramInput {
            low: 100.0,
            high: 200.0,
            counts: vec![1, 0, 3, 2],
            target: 150.0,
            target_text: "target".into(),
            markers: vec![
                (110.0, "P10".into(), "p10".into()),
                (190.0, "P90".into(), "p90".into()),
            ],
            low_text: "100".into(),
            high_text: "200".into(),
        };
        let spec = histogram_chart(&h);
        assert_eq!(spec.shapes.len(), 3, "empty bins draw nothing");
        let target = spec.rules.iter().find(|r| r.class == "target").unwrap();
        assert!((target.x1 - WIDTH / 2.0).abs() < 1e-9);
        assert_eq!(spec.shapes[0].class, "bin short");
        assert_eq!(spec.shapes[2].class, "bin met");
        // The tallest bin (3) fills the plot height.
        let tallest = spec.shapes.iter().map(|s| s.h).fold(0.0, f64::max);
        assert!((tallest - (HIST_H - HIST_BOTTOM - HIST_TOP)).abs() < 1e-9);
        assert_eq!(spec.marks.len(), 2);
    }

    #[test]
    fn tornado_bars_are_proportional_and_centred() {
        let row = |down: f64, up: f64| TornadoRow {
            label: "x".into(),
            down,
            up,
            down_text: String::new(),
            up_text: String::new(),
            down_tooltip: "d".into(),
            up_tooltip: "u".into(),
        };
        let spec = tornado_chart(&[row(-10.0, 10.0), row(-5.0, 0.0)]);
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
    fn waterfall_handles_falls() {
        let w = waterfall(100.0, &[-30.0, 10.0], 90.0);
        let spec = waterfall_chart(&w, &|floor| format!("axis from {floor}"));
        assert_eq!(spec.marks[1].class, "down");
        assert!(spec.marks.iter().all(|m| m.h > 0.0 && m.y >= 0.0));
    }
}
