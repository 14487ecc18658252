//! The three years' small multiples (the year before the base, the base
//! year, the target year), one scale per panel.

use super::*;

/// One panel of the three years' small multiples.
#[derive(Clone, Debug, PartialEq)]
pub struct LevelPanel {
    pub title: String,
    /// The year before the base (implied), the base year (published), the
    /// target year (scenario); `None` where not published (no bar; its
    /// text says so).
    pub values: [Option<f64>; 3],
    pub value_texts: [String; 3],
    pub tooltips: [String; 3],
}

/// The bars' classes, in the order of the years (the style sheet's names).
const LEVEL_CLASSES: [&str; 3] = ["y2022", "y2023", "y2024"];
const LEVEL_ROW: f64 = 20.0;
const LEVEL_BAR: f64 = 14.0;
const LEVEL_GAP: f64 = 12.0;

/// Small multiples stacked as rows of three horizontal bars, one panel per
/// series, each scaled to its own maximum (the caller's caption must say
/// so): manufacturing is ~98 % of the total, so a shared scale would
/// flatten the other sectors to nothing. Every bar is labelled with its
/// year (`years`, in the order of the values), so colour never carries the
/// meaning alone.
pub fn levels_chart(panels: &[LevelPanel], years: &[String; 3], width: f64) -> ChartSpec {
    let width = clamp_width(width);
    let year_w = widest(years.iter().map(String::as_str)) + 10.0;
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
        let max = panel
            .values
            .iter()
            .flatten()
            .copied()
            .fold(0.0_f64, f64::max);
        let scale = if max > 0.0 { plot_w / max } else { 0.0 };
        for (k, &value) in panel.values.iter().enumerate() {
            let row_top = rows_top + LEVEL_ROW * k as f64;
            let w = value.map_or(0.0, |v| (v.max(0.0) * scale).max(1.5));
            let baseline = row_top + LEVEL_BAR / 2.0 + 4.0;
            spec.texts.push(text(
                year_w - 6.0,
                baseline,
                years[k].clone(),
                Anchor::End,
                "tick",
            ));
            if value.is_some() {
                spec.marks.push(Mark {
                    x: year_w,
                    y: row_top,
                    w,
                    h: LEVEL_BAR,
                    class: LEVEL_CLASSES[k],
                    tooltip: panel.tooltips[k].clone(),
                });
            }
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::geometry::testing::{assert_readable, WIDTHS};

    fn years() -> [String; 3] {
        ["2022", "2023", "2024"].map(String::from)
    }

    fn panel(title: &str, v: [f64; 3]) -> LevelPanel {
        LevelPanel {
            title: title.into(),
            values: v.map(Some),
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
            &years(),
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
                &years(),
                w,
            ));
        }
    }

    #[test]
    fn a_level_not_published_has_no_bar_but_keeps_its_row() {
        let mut p = panel("p", [0.0, 100.0, 80.0]);
        p.values[0] = None;
        p.value_texts[0] = "not published".into();
        let spec = levels_chart(&[p], &years(), 640.0);
        assert_eq!(spec.marks.len(), 2);
        assert!(spec.texts.iter().any(|t| t.text == "not published"));
        // The bars left keep the panel's own scale: 100 is the widest.
        assert!((spec.marks[0].w / spec.marks[1].w - 100.0 / 80.0).abs() < 1e-9);
    }
}
