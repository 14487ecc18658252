//! Pictures for slides: a chart, or the scenario itself, on a 16:9 canvas
//! of 1920 × 1080 as one standalone SVG document, which the browser turns
//! into a PNG of the same size (`browser::pictures`).
//!
//! A chart is laid out for the picture whatever the screen (a phone's
//! narrow layout would make a poor slide), at the width that fills its
//! space best, and scaled into it, so its 12 px text comes out at 18 to
//! 23 px: readable from the back of a hall. Around it: the chart's title, the scenario's verdict in one line,
//! the source line and the scenario's link written out.
//!
//! Invariants, tested natively: the document is well-formed XML in the SVG
//! namespace with no external reference and no `foreignObject`; every word
//! is real `<text>`, escaped, in a generic font family; colours are
//! presentation attributes (`paint`), the same as the page's stylesheet
//! gives the charts on screen (tests hold them to styles/main.css), so
//! office software that ignores CSS draws them too. Pure: no yew, no
//! browser. Numbers are written by `format::tenths` and `thousandths`,
//! never by `{}` of an `f64`, whose formatting code would cost the wasm
//! about 13 KB brotli.

use std::fmt::Write as _;

use super::geometry::{text_width, wrap, Anchor, ChartSpec, FONT_PX, MAX_WIDTH, MIN_WIDTH};

pub const WIDTH: u32 = 1920;
pub const HEIGHT: u32 = 1080;
/// The width a chart is laid out for before it is scaled into a picture.
pub const LAYOUT_WIDTH: f64 = MAX_WIDTH;
const MARGIN: f64 = 80.0;
const INK: &str = "#1a1f24";
const MUTED: &str = "#4a5561";
const BRAND: &str = "#0b5d4b";
const MET: &str = "#0d6b2f";
const SHORT: &str = "#a4161a";

/// The words around a chart, already in the reader's language and
/// number notation.
pub struct Caption<'a> {
    pub title: &'a str,
    /// The scenario's verdict in one line.
    pub verdict: &'a str,
    pub source: &'a str,
    pub link: &'a str,
}

/// The scenario's slide: the question, the verdict, the total and the gap,
/// beside the waterfall and a QR code of the link.
pub struct ScenarioSlide<'a> {
    pub caption: Caption<'a>,
    pub met: bool,
    /// "Target met" or "Target not met".
    pub headline: &'a str,
    /// The projected total, with its label and unit.
    pub total: &'a str,
    /// The gap to the target in one sentence.
    pub gap: &'a str,
    /// Under the QR code.
    pub scan: &'a str,
    /// The QR code's side in modules, quiet zone included, and its path
    /// data in modules (`share::qr::QrMatrix::svg_path`).
    pub qr_side: usize,
    pub qr_path: &'a str,
}

/// Lays a chart out for a width in CSS pixels (as `SvgChart` does).
pub type Layout<'a> = &'a dyn Fn(f64) -> ChartSpec;

/// A chart as a slide.
pub fn chart_picture(layout: Layout, caption: &Caption) -> String {
    let mut svg = open(caption.title);
    let full = WIDTH as f64 - 2.0 * MARGIN;
    let mut y = block(
        &mut svg,
        (MARGIN, 60.0),
        caption.title,
        (full, 52.0, 1),
        (700, INK),
    );
    y = block(
        &mut svg,
        (MARGIN, y + 16.0),
        caption.verdict,
        (full, 32.0, 2),
        (400, INK),
    );
    let top = y + 32.0;
    let bottom = footer(&mut svg, caption);
    chart(&mut svg, layout, (MARGIN, top, full, bottom - 24.0 - top));
    close(svg)
}

/// The scenario as the first slide of a talk.
pub fn scenario_picture(waterfall: Layout, slide: &ScenarioSlide) -> String {
    let c = &slide.caption;
    let mut svg = open(c.title);
    let left = 1160.0;
    let colour = if slide.met { MET } else { SHORT };
    let mut y = block(
        &mut svg,
        (MARGIN, 60.0),
        c.title,
        (left, 40.0, 2),
        (700, INK),
    );
    y = block(
        &mut svg,
        (MARGIN, y + 24.0),
        slide.headline,
        (left, 80.0, 1),
        (700, colour),
    );
    y = block(
        &mut svg,
        (MARGIN, y + 16.0),
        slide.total,
        (left, 40.0, 1),
        (600, INK),
    );
    y = block(
        &mut svg,
        (MARGIN, y + 12.0),
        slide.gap,
        (left, 32.0, 2),
        (400, colour),
    );
    let top = y + 32.0;
    let bottom = footer(&mut svg, c);
    chart(
        &mut svg,
        waterfall,
        (MARGIN, top, left, bottom - 24.0 - top),
    );
    // The QR code at a whole number of pixels a module: sharp edges scan
    // best off a projector.
    let x = MARGIN + left + 80.0;
    let box_w = WIDTH as f64 - MARGIN - x;
    let scale = (box_w / slide.qr_side.max(1) as f64).floor().max(1.0);
    let _ = write!(
        svg,
        r##"<g transform="translate({} 60) scale({})" shape-rendering="crispEdges"><rect width="{2}" height="{2}" fill="#fff"/><path d="{3}" fill="#000"/></g>"##,
        tenths(x),
        tenths(scale),
        slide.qr_side,
        slide.qr_path
    );
    let y = 60.0 + scale * slide.qr_side as f64 + 16.0;
    block(&mut svg, (x, y), slide.scan, (box_w, 28.0, 2), (600, INK));
    close(svg)
}

fn open(title: &str) -> String {
    let mut svg = String::with_capacity(16 * 1024);
    let _ = write!(
        svg,
        r##"<?xml version="1.0" encoding="UTF-8"?><svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" viewBox="0 0 {WIDTH} {HEIGHT}" font-family="sans-serif"><title>{}</title><rect width="{WIDTH}" height="{HEIGHT}" fill="#fff"/>"##,
        escape(title)
    );
    svg
}

fn close(mut svg: String) -> String {
    svg.push_str("</svg>");
    svg
}

/// The source line and the link at the foot of the picture, the link's
/// last line 40 px above its bottom edge; returns the top of the source.
fn footer(svg: &mut String, caption: &Caption) -> f64 {
    let full = WIDTH as f64 - 2.0 * MARGIN;
    let link = fit(caption.link, full, 24.0, 1);
    let source = fit(caption.source, full, 24.0, 2);
    let link_top = HEIGHT as f64 - 40.0 - LEADING * link.1 * link.0.len() as f64;
    let source_top = link_top - 8.0 - LEADING * source.1 * source.0.len() as f64;
    draw(svg, (MARGIN, source_top), &source, (400, MUTED));
    draw(svg, (MARGIN, link_top), &link, (400, BRAND));
    source_top
}

/// Line height, in font sizes.
const LEADING: f64 = 1.25;
/// No text of a picture is drawn smaller: a longer one breaks inside words.
const MIN_PX: f64 = 16.0;

/// Lays out `text` from `top` in at most `lines` lines of `width` at `size`
/// px (`fit`) and draws it; returns the bottom of its last line.
fn block(
    svg: &mut String,
    at: (f64, f64),
    text: &str,
    (width, size, lines): (f64, f64, usize),
    paint: (u16, &str),
) -> f64 {
    let laid = fit(text, width, size, lines);
    draw(svg, at, &laid, paint);
    at.1 + LEADING * laid.1 * laid.0.len() as f64
}

/// `text` in at most `max_lines` lines no wider than `width` (by the
/// geometry's generous `text_width`), at `size` px or smaller down to
/// `MIN_PX`; only then broken inside words, in more lines if need be.
fn fit(text: &str, width: f64, size: f64, max_lines: usize) -> (Vec<String>, f64) {
    let mut size = size;
    loop {
        // The width in the geometry's 12 px units.
        let room = width * FONT_PX / size;
        let lines = wrap(text, room);
        if lines.len() <= max_lines && lines.iter().all(|l| text_width(l) <= room) {
            return (lines, size);
        }
        if size * 0.92 < MIN_PX {
            let broken = lines.iter().flat_map(|l| break_word(l, room)).collect();
            return (broken, size);
        }
        size *= 0.92;
    }
}

/// Breaks a line wider than `room` between characters.
fn break_word(line: &str, room: f64) -> Vec<String> {
    let mut pieces = vec![String::new()];
    for c in line.chars() {
        let last = pieces.last_mut().expect("never empty");
        if !last.is_empty() && text_width(&format!("{last}{c}")) > room {
            pieces.push(c.to_string());
        } else {
            last.push(c);
        }
    }
    pieces
}

fn draw(
    svg: &mut String,
    (x, top): (f64, f64),
    (lines, size): &(Vec<String>, f64),
    (weight, fill): (u16, &str),
) {
    for (k, l) in lines.iter().enumerate() {
        let baseline = top + size * (1.0 + LEADING * k as f64);
        let _ = write!(
            svg,
            r#"<text x="{}" y="{}" font-size="{}" font-weight="{weight}" fill="{fill}">{}</text>"#,
            tenths(x),
            tenths(baseline),
            tenths(*size),
            escape(l)
        );
    }
}

/// Draws the chart as large as it fits `(x, y, width, height)`, centred:
/// a chart's height barely depends on its width (its rows are of a fixed
/// height), so it is laid out again for the width that gives the space's
/// own proportions, within the widths charts are made for.
fn chart(svg: &mut String, layout: Layout, (x, y, w, h): (f64, f64, f64, f64)) {
    let natural = layout(LAYOUT_WIDTH).height.max(1.0);
    let spec = layout((w * natural / h).clamp(MIN_WIDTH, LAYOUT_WIDTH));
    let spec = &spec;
    let scale = (w / spec.width.max(1.0)).min(h / spec.height.max(1.0));
    let dx = x + (w - spec.width * scale) / 2.0;
    let y = y + (h - spec.height * scale) / 2.0;
    let _ = write!(
        svg,
        r#"<g transform="translate({} {}) scale({})" font-size="12">"#,
        tenths(dx),
        tenths(y),
        thousandths(scale)
    );
    // The screen's order: target lines over the bars, other rules under.
    let rule = |svg: &mut String, over: bool| {
        for r in spec.rules.iter().filter(|r| (r.class == "target") == over) {
            let _ = write!(
                svg,
                r#"<line x1="{}" y1="{}" x2="{}" y2="{}" {}/>"#,
                tenths(r.x1),
                tenths(r.y1),
                tenths(r.x2),
                tenths(r.y2),
                paint("line", r.class)
            );
        }
    };
    rule(svg, false);
    let boxes = spec.shapes.iter().map(|s| (s.x, s.y, s.w, s.h, s.class));
    for (bx, by, bw, bh, class) in
        boxes.chain(spec.marks.iter().map(|m| (m.x, m.y, m.w, m.h, m.class)))
    {
        let _ = write!(
            svg,
            r#"<rect x="{}" y="{}" width="{}" height="{}" {}/>"#,
            tenths(bx),
            tenths(by),
            tenths(bw),
            tenths(bh),
            paint("rect", class)
        );
    }
    rule(svg, true);
    for t in &spec.texts {
        let anchor = match t.anchor {
            Anchor::Start => "start",
            Anchor::Middle => "middle",
            Anchor::End => "end",
        };
        let _ = write!(
            svg,
            r#"<text x="{}" y="{}" text-anchor="{anchor}" {}>{}</text>"#,
            tenths(t.x),
            tenths(t.y),
            paint("text", t.class),
            escape(&t.text)
        );
    }
    svg.push_str("</g>");
}

/// What styles/main.css gives a chart's `element` of `class` on screen
/// (under `.chart`), as presentation attributes. A value's halo is drawn
/// under its letters, as on screen.
pub fn paint(element: &str, class: &str) -> &'static str {
    match (element, class) {
        ("rect", "highlight") => r##"fill="#b05a00""##,
        ("rect", "y2022" | "same-period") => r##"fill="#9fb7c9""##,
        ("rect", "y2024" | "so-far") => r##"fill="#0b5d4b""##,
        ("rect", "total") => r##"fill="#4a5561""##,
        ("rect", "up" | "bin met") => r##"fill="#0d6b2f""##,
        ("rect", "down") => r##"fill="#a4161a""##,
        ("rect", "marker") => r##"fill="#1a1f24""##,
        ("rect", "rest-2024") => r##"fill="#5fa58f""##,
        ("rect", "rest-needed") => {
            r##"fill="#fff" stroke="#a4161a" stroke-width="2" stroke-dasharray="5 3""##
        }
        ("rect", "bin short") => r##"fill="#8a98a6""##,
        ("rect", _) => r##"fill="#2f6f9f""##,
        ("line", "axis") => r##"stroke="#1a1f24" stroke-width="1""##,
        ("line", "connector") => r##"stroke="#4a5561" stroke-dasharray="2 2""##,
        ("line", "target") => r##"stroke="#a4161a" stroke-width="2" stroke-dasharray="8 4""##,
        ("line", "break") => r##"stroke="#1a1f24" stroke-width="1.5""##,
        ("line", "actual") => r##"stroke="#4a5561" stroke-width="2" stroke-dasharray="2 3""##,
        ("text", "value") => {
            r##"fill="#1a1f24" font-weight="600" paint-order="stroke" stroke="#fff" stroke-width="3" stroke-linejoin="round""##
        }
        ("text", "tick" | "axis-note") => r##"fill="#4a5561""##,
        ("text", "panel-title") => r##"fill="#1a1f24" font-weight="600""##,
        ("text", "target-label") => r##"fill="#a4161a" font-weight="700""##,
        ("text", "actual-label") => r##"fill="#4a5561" font-weight="700""##,
        ("text", _) => r##"fill="#1a1f24""##,
        _ => r##"stroke="#1a1f24""##,
    }
}

/// The file a picture is saved as, in plain ASCII: the province, the
/// edition's target year, what it shows (a chart's id without its
/// "chart-", or "slide") and a short code of the scenario's link (FNV-1a,
/// base 36), so two scenarios' pictures do not overwrite each other.
pub fn file_name(year: u16, what: &str, link: &str, extension: &str) -> String {
    let what = what.strip_prefix("chart-").unwrap_or(what);
    let mut hash: u32 = 0x811c_9dc5;
    for byte in link.bytes() {
        hash = (hash ^ u32::from(byte)).wrapping_mul(0x0100_0193);
    }
    let mut short = String::new();
    for _ in 0..6 {
        short.push(char::from_digit(hash % 36, 36).unwrap_or('0'));
        hash /= 36;
    }
    format!("ninh-binh-{year}-{what}-{short}.{extension}")
}

/// A positive scale to three decimals, written without the float
/// formatting of `core::fmt` (kilobytes of wasm).
fn thousandths(v: f64) -> String {
    let n = (v * 1000.0).round() as u64;
    format!("{}.{:03}", n / 1000, n % 1000)
}

fn tenths(v: f64) -> String {
    crate::format::tenths(v)
}

/// Text as XML character data or an attribute value.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
#[path = "slide_tests.rs"]
mod tests;
