//! Chart geometry as pure functions: data and the width available in,
//! a `ChartSpec` out.
//!
//! A spec is everything an SVG needs, in CSS pixels: marks (the bars a
//! user can hover or focus, each with its tooltip sentence), rules (axes,
//! target lines) and texts. Charts are laid out for the width they have,
//! never drawn for a desktop and scaled down, so text is always drawn at
//! `FONT_PX`. Invariants, tested natively for widths from `MIN_WIDTH` up:
//! every text lies inside the chart and no two texts overlap (by the
//! conservative `text_width` estimate; the end-to-end tests check the
//! browser's own boxes). No yew and no browser here. Texts arrive already
//! formatted by the caller.

/// The narrowest layout: a 320 px phone's chart box.
pub const MIN_WIDTH: f64 = 240.0;
/// The widest layout: beyond it the chart would only stretch.
pub const MAX_WIDTH: f64 = 900.0;
/// Every chart text is drawn at this size (CSS pixels).
pub const FONT_PX: f64 = 12.0;
/// Height of one line of chart text.
const LINE: f64 = 16.0;

/// A generous estimate of a text's width at `FONT_PX`: wide enough for
/// digits, capitals and Vietnamese letters in the system sans-serif, so
/// layouts that keep estimated boxes apart keep the real ones apart.
pub fn text_width(s: &str) -> f64 {
    s.chars()
        .map(|c| match c {
            ' ' | '.' | ',' | ':' | ';' | '(' | ')' | '\'' | '|' => 0.4,
            'A'..='Z' | 'm' | 'w' | '%' | '×' => 0.84,
            _ => 0.68,
        })
        .sum::<f64>()
        * FONT_PX
}

/// Splits `s` into lines no wider than `max_w` (by `text_width`), at
/// spaces; a single word wider than that keeps its own line.
pub fn wrap(s: &str, max_w: f64) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in s.split(' ').filter(|w| !w.is_empty()) {
        match lines.last_mut() {
            Some(line) if text_width(&format!("{line} {word}")) <= max_w => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_owned()),
        }
    }
    if lines.is_empty() {
        lines.push(String::new());
    }
    lines
}

fn clamp_width(width: f64) -> f64 {
    if width.is_finite() {
        width.clamp(MIN_WIDTH, MAX_WIDTH)
    } else {
        MIN_WIDTH
    }
}

fn widest<'a>(texts: impl Iterator<Item = &'a str>) -> f64 {
    texts.map(text_width).fold(0.0, f64::max)
}

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
    /// In CSS pixels: the SVG is drawn at this size, not scaled.
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

impl Text {
    /// The estimated box: (left, top, right, bottom).
    pub fn bounds(&self) -> (f64, f64, f64, f64) {
        let w = text_width(&self.text);
        let left = match self.anchor {
            Anchor::Start => self.x,
            Anchor::Middle => self.x - w / 2.0,
            Anchor::End => self.x - w,
        };
        (left, self.y - FONT_PX, left + w, self.y + 4.0)
    }
}

impl ChartSpec {
    fn push_lines(
        &mut self,
        x: f64,
        first_baseline: f64,
        lines: &[String],
        anchor: Anchor,
        class: &'static str,
    ) {
        for (k, line) in lines.iter().enumerate() {
            self.texts.push(text(
                x,
                first_baseline + LINE * k as f64,
                line.clone(),
                anchor,
                class,
            ));
        }
    }
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

const BAR: f64 = 20.0;
const ROW_GAP: f64 = 10.0;

/// Where row labels go: in a column left of the bars when they fit in
/// `share` of the width, else on their own lines above each bar.
struct RowLabels {
    column_w: f64,
    stacked: bool,
}

impl RowLabels {
    fn new<'a>(labels: impl Iterator<Item = &'a str>, width: f64, share: f64) -> Self {
        let column_w = widest(labels) + 10.0;
        let stacked = column_w > width * share;
        RowLabels {
            column_w: if stacked { 0.0 } else { column_w },
            stacked,
        }
    }

    /// Lays out one row's label from `top`; returns the bar's top.
    fn place(&self, spec: &mut ChartSpec, top: f64, label: &str, width: f64) -> f64 {
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
const LEVEL_ROW: f64 = 20.0;
const LEVEL_BAR: f64 = 14.0;
const LEVEL_GAP: f64 = 12.0;

/// Small multiples stacked as rows of three horizontal bars, one panel per
/// series, each scaled to its own maximum (the caller's caption must say
/// so): manufacturing is ~98 % of the total, so a shared scale would
/// flatten the other sectors to nothing. Every bar is labelled with its
/// year, so colour never carries the meaning alone.
pub fn levels_chart(panels: &[LevelPanel], width: f64) -> ChartSpec {
    let width = clamp_width(width);
    let year_w = widest(LEVEL_YEARS.iter().copied()) + 10.0;
    let value_w = widest(
        panels
            .iter()
            .flat_map(|p| p.value_texts.iter().map(String::as_str)),
    ) + 8.0;
    let plot_w = (width - year_w - value_w).max(1.0);
    let mut spec = ChartSpec {
        width,
        ..ChartSpec::default()
    };
    let mut top = 0.0;
    for panel in panels {
        let title = wrap(&panel.title, width);
        spec.push_lines(
            0.0,
            top + FONT_PX + 2.0,
            &title,
            Anchor::Start,
            "panel-title",
        );
        let rows_top = top + LINE * title.len() as f64 + 6.0;
        let max = panel.values.iter().copied().fold(0.0_f64, f64::max);
        let scale = if max > 0.0 { plot_w / max } else { 0.0 };
        for (k, &value) in panel.values.iter().enumerate() {
            let row_top = rows_top + LEVEL_ROW * k as f64;
            let w = (value.max(0.0) * scale).max(1.5);
            let baseline = row_top + LEVEL_BAR / 2.0 + 4.0;
            spec.texts.push(text(
                year_w - 6.0,
                baseline,
                LEVEL_YEARS[k],
                Anchor::End,
                "tick",
            ));
            spec.marks.push(Mark {
                x: year_w,
                y: row_top,
                w,
                h: LEVEL_BAR,
                class: LEVEL_CLASSES[k],
                tooltip: panel.tooltips[k].clone(),
            });
            spec.texts.push(text(
                year_w + w + 5.0,
                baseline,
                panel.value_texts[k].clone(),
                Anchor::Start,
                "value",
            ));
        }
        let rows_bottom = rows_top + 3.0 * LEVEL_ROW;
        spec.rules.push(Rule {
            x1: year_w,
            y1: rows_top - 2.0,
            x2: year_w,
            y2: rows_bottom - 4.0,
            class: "axis",
        });
        top = rows_bottom + LEVEL_GAP;
    }
    spec.height = top;
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

/// The band above the bars that holds the target's label alone.
const HEADER: f64 = 24.0;

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

/// A label for a vertical line at `x`, in the header band: beside the
/// line, on the side with room, kept inside the chart.
fn line_label(x: f64, label: &str, width: f64) -> Text {
    let w = text_width(label);
    let (tx, anchor) = if x + 4.0 + w <= width {
        (x + 4.0, Anchor::Start)
    } else {
        ((x - 4.0).max(w), Anchor::End)
    };
    text(tx, HEADER - 8.0, label, anchor, "target-label")
}

/// Rows from the 2023 total through each sector's change to the 2024
/// total, bars along a value axis that starts at `waterfall_axis_floor`,
/// and the target as a vertical line labelled in its own band above the
/// rows, so no value label can meet it. `axis_note` says in words where
/// the (broken) value axis starts.
pub fn waterfall_chart(w: &Waterfall, axis_note: &dyn Fn(f64) -> String, width: f64) -> ChartSpec {
    let width = clamp_width(width);
    let rows = waterfall_rows(w);
    let ends: Vec<f64> = rows.iter().map(|r| r.to).chain([w.target]).collect();
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
    let note = wrap(&axis_note(floor), width);
    let note_top = rows_bottom + 16.0;
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

// ---------------------------------------------------------------- stacked

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

    const WIDTHS: [f64; 6] = [MIN_WIDTH, 294.0, 400.0, 560.0, 720.0, MAX_WIDTH];

    /// Every text inside the chart, no two estimated boxes overlapping.
    fn assert_readable(spec: &ChartSpec) {
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
    fn text_width_and_wrapping() {
        assert_eq!(text_width(""), 0.0);
        assert!((text_width("12") - 2.0 * 0.68 * FONT_PX).abs() < 1e-9);
        let lines = wrap("Trục giá trị bắt đầu từ 95.000 tỷ đồng", 120.0);
        assert!(lines.len() > 1);
        assert!(lines
            .iter()
            .all(|l| text_width(l) <= 120.0 || !l.contains(' ')));
        assert_eq!(lines.join(" "), "Trục giá trị bắt đầu từ 95.000 tỷ đồng");
        assert_eq!(wrap("", 50.0), vec![String::new()]);
    }

    #[test]
    fn spread_labels_keeps_order_gap_and_bounds() {
        let xs = [100.0, 101.0, 102.0];
        let out = spread_labels(&xs, &[20.0; 3], 4.0, 300.0);
        assert!(out[1] - out[0] >= 24.0 - 1e-9 && out[2] - out[1] >= 24.0 - 1e-9);
        let out = spread_labels(&[299.0, 300.0], &[20.0; 2], 4.0, 300.0);
        assert!((out[1] - 290.0).abs() < 1e-9 && (out[0] - 266.0).abs() < 1e-9);
        let out = spread_labels(&[50.0, 150.0], &[20.0; 2], 4.0, 300.0);
        assert_eq!(out, vec![50.0, 150.0], "labels with room stay where wanted");
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

    fn panel(title: &str, v: [f64; 3]) -> LevelPanel {
        LevelPanel {
            title: title.into(),
            values: v,
            value_texts: v.map(|x| format!("{x:.1}")),
            tooltips: Default::default(),
        }
    }

    #[test]
    fn level_panels_each_have_their_own_scale() {
        let spec = levels_chart(
            &[
                panel("p", [50.0, 100.0, 80.0]),
                panel("q", [5.0, 10.0, 8.0]),
            ],
            640.0,
        );
        assert!((spec.marks[1].w - spec.marks[4].w).abs() < 1e-9);
        assert!((spec.marks[0].w * 2.0 - spec.marks[1].w).abs() < 1e-9);
        assert!(spec
            .marks
            .iter()
            .all(|m| m.x >= 0.0 && m.x + m.w <= spec.width));
        assert!(spec.marks.iter().all(|m| m.y + m.h <= spec.height));
        for w in WIDTHS {
            let title = "Công nghiệp chế biến, chế tạo (tỷ đồng, thang riêng)";
            assert_readable(&levels_chart(
                &[
                    panel(title, [99_432.1, 102_893.2, 111_900.0]),
                    panel("Total", [1.0, 2.0, 3.0]),
                ],
                w,
            ));
        }
    }

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
