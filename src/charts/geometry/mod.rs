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
//!
//! This module holds the spec and text measurement; each chart's geometry
//! is its own module, and the row labels, header band and label spreading
//! they share are in `layout`.

mod bars;
mod histogram;
mod layout;
mod levels;
mod stacked;
mod tornado;
mod waterfall;

pub use bars::*;
pub use histogram::*;
pub use layout::spread_labels;
pub use levels::*;
pub use stacked::*;
pub use tornado::*;
pub use waterfall::*;

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

#[cfg(test)]
mod testing;

#[cfg(test)]
mod tests {
    use super::*;

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
}
