//! The target year so far as stacked bars: the base year split into the
//! same period and the rest, the target year into the value so far and
//! the rest the scenario gives, and what the rest must be to reach the
//! target, against the target line.

use std::rc::Rc;

use yew::prelude::*;

use super::data_table::{data_table, DataTable};
use super::geometry::{stacked_chart, StackPart, StackRow, Stacked};
use super::svg_chart::SvgChart;
use crate::format::ReaderFormat as _;
use crate::format::ReaderPrefs;
use crate::i18n::strings;
use crate::model::so_far::SoFarFigures;
use crate::model::{Outcome, Years};

pub struct SoFarChartProps {
    pub outcome: Outcome,
    pub figures: SoFarFigures,
    pub reader: ReaderPrefs,
    pub years: Years,
}

/// Stateless, so a plain function rather than a component.
pub fn view(props: &SoFarChartProps) -> Html {
    let reader = props.reader;
    let t = strings(reader.lang);
    let unit = reader.unit_label();
    let f = &props.figures;
    let target = props.outcome.verdict.target;
    let needed = (target - f.so_far.value).max(0.0);
    let (same, so_far, rest, rest_needed) = (
        t.part_same_period(),
        t.part_so_far(),
        t.part_rest(),
        t.part_rest_needed(),
    );
    let part = |year: &str, name: &str, value: f64, class| StackPart {
        value,
        value_text: reader.money(value),
        tooltip: t.so_far_part(year, name, &reader.money(value), unit),
        class,
    };
    let (base, target_year) = (props.years.base.to_string(), props.years.target.to_string());
    let scenario_year = format!("{target_year} ({})", t.kind_scenario);
    let rows = vec![
        StackRow {
            label: base.clone(),
            parts: vec![
                part(&base, same, f.same_period_2023, "same-period"),
                part(&base, rest, f.rest_2023, "rest-2023"),
            ],
        },
        StackRow {
            label: scenario_year.clone(),
            parts: vec![
                part(&target_year, so_far, f.so_far.value, "so-far"),
                part(&scenario_year, rest, f.rest_2024, "rest-2024"),
            ],
        },
        StackRow {
            label: t.target_label.to_owned(),
            parts: vec![
                part(&target_year, so_far, f.so_far.value, "so-far"),
                part(&target_year, rest_needed, needed, "rest-needed"),
            ],
        },
    ];
    let table_rows: Vec<(String, String, String)> = rows
        .iter()
        .map(|r| {
            let at = |k: usize| {
                r.parts
                    .get(k)
                    .map(|p| p.value_text.clone())
                    .unwrap_or_default()
            };
            (r.label.clone(), at(0), at(1))
        })
        .collect();
    let table = html! {
        { data_table(&DataTable {
            columns: vec![
                String::new(),
                format!("{}, {unit}", t.month_span(1, f.so_far.months)),
                format!("{}, {unit}", t.month_span(f.so_far.months.saturating_add(1).min(12), 12)),
            ],
            rows: table_rows.iter().map(|(label, a, b)| (label.clone(), vec![a.clone(), b.clone()])).collect(),
        }) }
    };
    let summary = t.so_far_chart_summary(
        &reader.money(f.so_far.value),
        &reader.money(f.rest_2024),
        &reader.money(needed),
        unit,
        props.years,
    );
    let input = Stacked {
        rows,
        target,
        target_text: t.target_line(&reader.money(target)),
    };
    html! {
        <SvgChart id="chart-so-far" title={t.so_far_chart_title(props.years)} {summary} class="so-far-chart"
            layout={Callback::from(move |width| Rc::new(stacked_chart(&input, width)))}
            table_label={t.show_table} {table} />
    }
}
