//! Tests of `charts::slide`: the pictures' layout by hand-computed
//! figures, their XML, and their colours against styles/main.css.

use super::*;
use crate::charts::geometry::{Mark, Rule, Shape, Text};

fn spec() -> ChartSpec {
    ChartSpec {
        width: 900.0,
        height: 300.0,
        shapes: vec![Shape {
            x: 0.0,
            y: 0.0,
            w: 10.0,
            h: 10.0,
            class: "bin met",
        }],
        marks: vec![Mark {
            x: 100.0,
            y: 50.0,
            w: 40.0,
            h: 200.0,
            class: "up",
            tooltip: "B: +1 <2>".to_owned(),
        }],
        rules: vec![
            Rule {
                x1: 0.0,
                y1: 250.0,
                x2: 900.0,
                y2: 250.0,
                class: "axis",
            },
            Rule {
                x1: 0.0,
                y1: 40.0,
                x2: 900.0,
                y2: 40.0,
                class: "target",
            },
        ],
        texts: vec![Text {
            x: 120.0,
            y: 45.0,
            text: "+1,5 & <more>".to_owned(),
            anchor: Anchor::Middle,
            class: "value",
        }],
    }
}

const CAPTION: Caption = Caption {
    title: "Tổng 2024 \"mới\"",
    verdict: "Target met: 113,000 billion VND",
    source: "Source: Cục Thống kê, “Article”.",
    link: "https://example.org/?s=v1.abc&lang=en",
};

/// Checks that tags open and close in order and that every `&` starts an
/// entity: what an XML parser needs of the documents written here.
fn assert_well_formed(svg: &str) {
    let body = svg
        .strip_prefix(r#"<?xml version="1.0" encoding="UTF-8"?>"#)
        .expect("an XML declaration first");
    let mut stack: Vec<&str> = Vec::new();
    let mut rest = body;
    while let Some(start) = rest.find('<') {
        let text = &rest[..start];
        assert!(!text.contains('>'), "a bare > in {text:?}");
        for (i, _) in text.match_indices('&') {
            let entity = &text[i..];
            assert!(
                ["&amp;", "&lt;", "&gt;", "&quot;"]
                    .iter()
                    .any(|e| entity.starts_with(e)),
                "a bare & in {text:?}"
            );
        }
        let end = rest[start..].find('>').expect("a tag is closed") + start;
        let tag = &rest[start + 1..end];
        assert_eq!(tag.matches('"').count() % 2, 0, "quotes balance in {tag}");
        if let Some(name) = tag.strip_prefix('/') {
            assert_eq!(stack.pop(), Some(name), "tags close in order");
        } else if !tag.ends_with('/') {
            stack.push(tag.split(' ').next().unwrap_or_default());
        }
        rest = &rest[end + 1..];
    }
    assert!(stack.is_empty(), "unclosed: {stack:?}");
    assert!(rest.is_empty());
}

#[test]
fn a_chart_picture_is_standalone_well_formed_svg_with_its_words() {
    let svg = chart_picture(&|_| spec(), &CAPTION);
    assert_well_formed(&svg);
    assert!(svg.contains(r#"<svg xmlns="http://www.w3.org/2000/svg" width="1920" height="1080" viewBox="0 0 1920 1080" font-family="sans-serif">"#));
    for banned in [
        "href",
        "foreignObject",
        "url(",
        "<image",
        "<style",
        "@import",
    ] {
        assert!(!svg.contains(banned), "{banned} in a standalone picture");
    }
    assert!(svg.contains("<title>Tổng 2024 &quot;mới&quot;</title>"));
    assert!(svg.contains(">Target met: 113,000 billion VND</text>"));
    assert!(svg.contains(">Source: Cục Thống kê, “Article”.</text>"));
    assert!(svg.contains(">https://example.org/?s=v1.abc&amp;lang=en</text>"));
    assert!(svg.contains(">+1,5 &amp; &lt;more&gt;</text>"));
}

#[test]
fn a_chart_is_scaled_into_the_space_between_caption_and_footer() {
    // The title from 60 at 52 px: bottom 60 + 1.25 × 52 = 125. The verdict
    // from 141 at 32 px: bottom 181. The chart from 181 + 32 = 213. At the
    // foot, the link's line from 1080 − 40 − 30 = 1010, the source's from
    // 1010 − 8 − 30 = 972, the chart ending 24 px above: 735 high, 1,760
    // wide. A 900 × 300 chart scales by min(1760 / 900, 735 / 300) = 1.956,
    // 586.7 high, centred down: 213 + (735 − 586.7) / 2 = 287.2.
    let svg = chart_picture(&|_| spec(), &CAPTION);
    assert!(svg.contains(r#"<g transform="translate(80.0 287.2) scale(1.956)" font-size="12">"#));
    assert!(svg.contains(
        r##"<text x="80.0" y="112.0" font-size="52.0" font-weight="700" fill="#1a1f24">"##
    ));
    assert!(svg.contains(
        r##"<text x="80.0" y="1034.0" font-size="24.0" font-weight="400" fill="#0b5d4b">"##
    ));
    // A tall chart is limited by the height and centred across:
    // scale 735 / 735 = 1, 900 wide, left at 80 + (1760 − 900) / 2 = 510.
    let tall = ChartSpec {
        height: 735.0,
        ..spec()
    };
    assert!(chart_picture(&|_| tall.clone(), &CAPTION)
        .contains(r#"translate(510.0 213.0) scale(1.000)"#));
}

#[test]
fn a_chart_is_laid_out_again_for_the_spaces_proportions() {
    // 300 high at any width: laid out for 1760 × 300 / 735 = 718.4 wide,
    // it scales by 2.45 both ways and fills the space.
    let layout = |width| ChartSpec { width, ..spec() };
    let svg = chart_picture(&layout, &CAPTION);
    assert!(svg.contains(r#"<g transform="translate(80.0 213.0) scale(2.450)""#));
    // Never narrower than a chart is made for: 240 at the least.
    let tall = |width| ChartSpec {
        width,
        height: 5000.0,
        ..spec()
    };
    let svg = chart_picture(&tall, &CAPTION);
    assert!(svg.contains(r#"scale(0.147)"#), "735 / 5000");
}

#[test]
fn drawing_keeps_the_screens_order_and_colours() {
    let svg = chart_picture(&|_| spec(), &CAPTION);
    let at = |needle: &str| svg.find(needle).unwrap_or_else(|| panic!("{needle}"));
    assert!(at(r##"stroke="#1a1f24" stroke-width="1""##) < at(r##"fill="#0d6b2f""##));
    assert!(
        at(r##"<rect x="100.0" y="50.0" width="40.0" height="200.0" fill="#0d6b2f"/>"##)
            < at("#a4161a")
    );
    assert!(at(r##"stroke-dasharray="8 4""##) < at("<text x=\"120.0\""));
    assert!(svg.contains(r#"text-anchor="middle""#));
}

#[test]
fn a_long_line_shrinks_then_breaks_inside_its_word() {
    let link = format!("https://example.org/?s={}", "x".repeat(300));
    let (lines, size) = fit(&link, 1760.0, 24.0, 1);
    // 24 × 0.92^k stays at 16 px or more: 24, 22.1, 20.3, 18.7, 17.2.
    assert!((size - 24.0 * 0.92_f64.powi(4)).abs() < 1e-9, "{size}");
    assert!(lines.len() > 1);
    assert_eq!(lines.concat(), link);
    let room = 1760.0 * FONT_PX / size;
    assert!(lines.iter().all(|l| text_width(l) <= room));
    // A short line keeps its size and its one line.
    assert_eq!(fit("a b", 1760.0, 24.0, 1), (vec!["a b".to_owned()], 24.0));
}

#[test]
fn the_scenario_slide_has_a_whole_pixel_qr_code_beside_the_waterfall() {
    let slide = ScenarioSlide {
        caption: CAPTION,
        met: false,
        headline: "Target not met",
        total: "Projected 2024 total: 110,000 billion VND",
        gap: "1,816 billion VND short of the target",
        scan: "Scan to open this scenario",
        qr_side: 41,
        qr_path: "M4 4h7v1h-7z",
    };
    let svg = scenario_picture(&|_| spec(), &slide);
    assert_well_formed(&svg);
    // The QR box: from 80 + 1160 + 80 = 1320 to 1840, 520 wide, 60 from
    // the top; 41
    // modules at floor(520 / 41) = 12 px each.
    assert!(svg.contains(r##"<g transform="translate(1320.0 60) scale(12.0)" shape-rendering="crispEdges"><rect width="41" height="41" fill="#fff"/><path d="M4 4h7v1h-7z" fill="#000"/></g>"##));
    assert!(svg.contains(r##"fill="#a4161a">Target not met</text>"##));
    assert!(svg.contains(">Scan to open this scenario</text>"));
}

#[test]
fn file_names_say_what_they_hold_in_ascii() {
    // FNV-1a of "" is 0x811c9dc5 = 2166136261; in base 36, lowest digit
    // first: 2166136261 = 25 + 36 × 60170451, 60170451 = 15 + 36 × 1671401,
    // 1671401 = 29 + 36 × 46427, 46427 = 23 + 36 × 1289,
    // 1289 = 29 + 36 × 35, 35 = 35: p, f, t, n, t, z.
    assert_eq!(
        file_name(2024, "chart-waterfall", "", "png"),
        "ninh-binh-2024-waterfall-pftntz.png"
    );
    assert_eq!(
        file_name(2023, "slide", "", "svg"),
        "ninh-binh-2023-slide-pftntz.svg"
    );
    let a = file_name(2024, "chart-levels", "https://x/?s=1~d1", "png");
    let b = file_name(2024, "chart-levels", "https://x/?s=1~d2", "png");
    assert_ne!(a, b);
    assert!(
        a.is_ascii()
            && a.starts_with("ninh-binh-2024-levels-")
            && a.len() == "ninh-binh-2024-levels-".len() + 10
    );
}

/// Pairs of names and values: custom properties, or selectors and bodies.
type Pairs = Vec<(String, String)>;

/// `:root` custom properties and the rules of the page's stylesheet.
fn stylesheet() -> (Pairs, Pairs) {
    let css = include_str!("../../styles/main.css");
    let mut vars = Vec::new();
    let mut rules = Vec::new();
    for block in css.split('}') {
        let Some((selectors, body)) = block.split_once('{') else {
            continue;
        };
        let selectors = selectors.rsplit("*/").next().unwrap_or_default().trim();
        if selectors == ":root" {
            for d in body.split(';').filter_map(|d| d.split_once(':')) {
                vars.push((d.0.trim().to_owned(), d.1.trim().to_owned()));
            }
        }
        for s in selectors.split(',') {
            rules.push((s.trim().to_owned(), body.to_owned()));
        }
    }
    (vars, rules)
}

#[test]
fn colours_are_the_stylesheets() {
    let (vars, rules) = stylesheet();
    let resolve = |v: &str| {
        let v = v.trim().trim_end_matches("px");
        match v.strip_prefix("var(").and_then(|v| v.strip_suffix(')')) {
            Some(name) => vars
                .iter()
                .find(|(n, _)| n == name)
                .map(|(_, value)| value.clone())
                .unwrap_or_default(),
            None => v.to_owned(),
        }
    };
    let cases = [
        ("rect", "", ".chart .mark"),
        ("rect", "highlight", ".chart .mark.highlight"),
        ("rect", "y2022", ".chart .mark.y2022"),
        ("rect", "same-period", ".chart .mark.same-period"),
        ("rect", "y2024", ".chart .mark.y2024"),
        ("rect", "so-far", ".chart .mark.so-far"),
        ("rect", "total", ".chart .mark.total"),
        ("rect", "up", ".chart .mark.up"),
        ("rect", "down", ".chart .mark.down"),
        ("rect", "marker", ".chart .mark.marker"),
        ("rect", "rest-2024", ".chart .mark.rest-2024"),
        ("rect", "rest-needed", ".chart .mark.rest-needed"),
        ("rect", "bin met", ".chart .bin.met"),
        ("rect", "bin short", ".chart .bin.short"),
        ("line", "axis", ".chart line.axis"),
        ("line", "connector", ".chart line.connector"),
        ("line", "target", ".chart line.target"),
        ("line", "break", ".chart line.break"),
        ("line", "actual", ".chart line.actual"),
        ("text", "", ".chart text"),
        ("text", "value", ".chart text.value"),
        ("text", "tick", ".chart text.tick"),
        ("text", "panel-title", ".chart text.panel-title"),
        ("text", "target-label", ".chart text.target-label"),
        ("text", "actual-label", ".chart text.actual-label"),
    ];
    for (element, class, selector) in cases {
        let body = &rules
            .iter()
            .find(|(s, _)| s == selector)
            .unwrap_or_else(|| panic!("{selector} in styles/main.css"))
            .1;
        for declaration in body.split(';').filter_map(|d| d.split_once(':')) {
            let (property, value) = (declaration.0.trim(), resolve(declaration.1));
            let attribute = match property {
                "fill" | "stroke" | "stroke-width" | "stroke-dasharray" | "font-weight"
                | "paint-order" | "stroke-linejoin" => property,
                _ => continue,
            };
            let want = format!("{attribute}=\"{value}\"");
            let got = paint(element, class);
            // White is written short in the picture.
            let got = got.replace("\"#fff\"", "\"#ffffff\"");
            let want = want.replace("\"#fff\"", "\"#ffffff\"");
            assert!(got.contains(&want), "{selector}: {want} not in {got}");
        }
    }
}
