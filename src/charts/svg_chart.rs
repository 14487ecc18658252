//! Renders any `ChartSpec` as an accessible figure: a title, a one-sentence
//! summary, the SVG (marks focusable by keyboard, each with a tooltip on
//! hover and focus), and a table alternative behind a disclosure.
//!
//! The chart is laid out for the width its box has (`use_element_width`),
//! and drawn at that size: one SVG unit is one CSS pixel, so its text is
//! as large on a phone as on a projector.
//!
//! Under it, its picture for slides: buttons that say what they ask for
//! (`data-picture`), answered by the full view's one listener
//! (`components::pictures`); the embed and presenter views hide them.

use std::rc::Rc;

use yew::prelude::*;

use super::geometry::ChartSpec;
use crate::hooks::use_element_width;
use crate::i18n::strings;
use crate::state::use_app;

#[derive(Properties, PartialEq)]
pub struct SvgChartProps {
    pub id: AttrValue,
    pub title: AttrValue,
    pub summary: AttrValue,
    /// Lays the chart out for a width in CSS pixels.
    pub layout: Callback<f64, Rc<ChartSpec>>,
    /// Label of the disclosure that shows the table alternative.
    pub table_label: AttrValue,
    /// The same figures as a table, for screen readers and print.
    pub table: Html,
    /// The chart's own class, beside "chart".
    #[prop_or_default]
    pub class: &'static str,
}

#[component]
pub fn SvgChart(props: &SvgChartProps) -> Html {
    let active = use_state(|| None::<usize>);
    let canvas = use_node_ref();
    let width = use_element_width(canvas.clone());
    let spec = &props.layout.emit(width);
    let lang = use_app().reader.lang;
    let title_id = format!("{}-title", props.id);
    let summary_id = format!("{}-summary", props.id);

    let marks = spec.marks.iter().enumerate().map(|(i, mark)| {
        let show = {
            let active = active.clone();
            Callback::from(move |_| active.set(Some(i)))
        };
        let hide = {
            let active = active.clone();
            Callback::from(move |_| active.set(None))
        };
        html! {
            <rect
                class={if *active == Some(i) { format!("mark {} active", mark.class) } else { format!("mark {}", mark.class) }}
                x={fmt(mark.x)} y={fmt(mark.y)} width={fmt(mark.w)} height={fmt(mark.h)}
                tabindex="0"
                role="img"
                aria-label={mark.tooltip.clone()}
                onmouseenter={show.reform(|_: MouseEvent| ())}
                onmouseleave={hide.reform(|_: MouseEvent| ())}
                onfocus={show.reform(|_: FocusEvent| ())}
                onblur={hide.reform(|_: FocusEvent| ())}
            />
        }
    });
    let line = |r: &super::geometry::Rule| {
        html! { <line class={r.class} x1={fmt(r.x1)} y1={fmt(r.y1)} x2={fmt(r.x2)} y2={fmt(r.y2)} /> }
    };
    // Target lines go over the bars, every other rule under them.
    let rules_under = spec.rules.iter().filter(|r| r.class != "target").map(line);
    let rules_over = spec.rules.iter().filter(|r| r.class == "target").map(line);
    let shapes = spec.shapes.iter().map(|s| {
        html! { <rect class={s.class} x={fmt(s.x)} y={fmt(s.y)} width={fmt(s.w)} height={fmt(s.h)} /> }
    });
    let texts = spec.texts.iter().map(|t| {
        html! {
            <text class={t.class} x={fmt(t.x)} y={fmt(t.y)} text-anchor={t.anchor.as_svg()}>{ &t.text }</text>
        }
    });
    // The tooltip is HTML over the SVG, placed in percentages of the
    // viewBox so it follows the chart at any width. It is always rendered
    // (hidden when idle): inserting it would make yew rebuild the SVG and
    // lose the keyboard focus on the mark.
    let active_mark = active.and_then(|i| spec.marks.get(i));
    let (tooltip_style, tooltip_text) = match active_mark {
        Some(mark) => {
            let left = (mark.x + mark.w / 2.0) / spec.width * 100.0;
            let top = mark.y / spec.height * 100.0;
            (
                format!("left:{}%;top:{}%", fmt(left), fmt(top)),
                mark.tooltip.clone(),
            )
        }
        None => (String::new(), String::new()),
    };

    html! {
        <figure class={if props.class.is_empty() { "chart".to_owned() } else { format!("chart {}", props.class) }} id={props.id.clone()}>
            <figcaption>
                <h3 id={title_id.clone()}>{ &props.title }</h3>
                <p id={summary_id.clone()} class="chart-summary">{ &props.summary }</p>
            </figcaption>
            <div class="chart-canvas" ref={canvas}>
                <svg viewBox={format!("0 0 {} {}", fmt(spec.width), fmt(spec.height))}
                     width={fmt(spec.width)} height={fmt(spec.height)}
                     role="group" aria-labelledby={title_id} aria-describedby={summary_id}>
                    <g>{ for rules_under }</g>
                    <g>{ for shapes }</g>
                    <g>{ for marks }</g>
                    <g>{ for rules_over }</g>
                    <g>{ for texts }</g>
                </svg>
                <div class="chart-tooltip" role="tooltip" data-testid="chart-tooltip"
                     hidden={active_mark.is_none()} style={tooltip_style}>
                    { tooltip_text }
                </div>
            </div>
            { picture_buttons(lang) }
            <details class="chart-table">
                <summary>{ &props.table_label }</summary>
                { props.table.clone() }
            </details>
        </figure>
    }
}

/// The buttons as markup: they change with the language only, and
/// written by html! they would cost the wasm kilobytes. The page hides
/// "Copy image" where the browser cannot put an image on the clipboard
/// (js/files.js).
fn picture_buttons(lang: crate::model::Lang) -> Html {
    let t = strings(lang);
    let buttons = format!(
        r#"{}<button type="button" data-picture="png">PNG</button><button type="button" data-picture="svg">SVG</button><button type="button" data-picture="copy">{}</button><span role="status"></span>"#,
        t.pictures_label(),
        t.picture_copy()
    );
    html! {
        <p class="chart-pictures" data-testid="chart-pictures">{ Html::from_html_unchecked(buttons.into()) }</p>
    }
}

/// SVG coordinates with one decimal: enough at any screen size, and short.
fn fmt(v: f64) -> String {
    crate::format::tenths(v)
}
