//! The waterfall from the base year's total to the scenario's target-year
//! total, one step per sector, with the target as a line: the gap is seen
//! at a glance.

use std::rc::Rc;

use yew::prelude::*;

use super::data_table::{data_table, DataTable};
use super::geometry::{waterfall_chart, Waterfall, WaterfallStep};
use super::svg_chart::SvgChart;
use crate::format::ReaderFormat as _;
use crate::format::{self, ReaderPrefs};
use crate::i18n::strings;
use crate::model::Data;
use crate::model::{Outcome, Projection};

pub struct WaterfallChartProps {
    pub data: Data,
    pub outcome: Outcome,
    pub growth_pct: Vec<f64>,
    /// What happened, once the edition's year is over.
    pub actual_total: Option<f64>,
    pub reader: ReaderPrefs,
}

pub fn view(props: &WaterfallChartProps) -> Html {
    let reader = props.reader;
    let lang = reader.lang;
    let t = strings(lang);
    let data = props.data;
    let unit = reader.unit_label();
    let Outcome {
        projection:
            Projection {
                sectors_2024,
                total_2024,
                ..
            },
        verdict,
        ..
    } = &props.outcome;
    let start = data.sectors_sum_2023();
    let years = data.years();
    let (base, target_year) = (years.base.to_string(), years.target.to_string());

    // With the target year so far, the lever is the growth of the remaining months.
    let rest = props
        .outcome
        .so_far
        .filter(|f| !f.so_far.is_complete_year())
        .map(|f| t.month_span(f.so_far.months + 1, 12));
    let growth_text = |growth: f64| {
        t.growth_in_target(&format::signed_pct(lang, growth, 1), rest.as_deref(), years)
    };
    let steps: Vec<WaterfallStep> = data
        .sectors
        .iter()
        .zip(sectors_2024)
        .zip(&props.growth_pct)
        .map(|((s, &v2024), &growth)| {
            let delta = v2024 - s.value;
            let name = s.name.get(lang);
            WaterfallStep {
                label: s.vsic.to_string(),
                delta,
                delta_text: reader.signed_money(delta),
                tooltip: t.step_tooltip(
                    name,
                    &reader.signed_money(delta),
                    unit,
                    &growth_text(growth),
                ),
            }
        })
        .collect();
    // An edition whose base levels are implied by its outcome: derived.
    let start_kind = if data.base_growth_published() {
        t.kind_published
    } else {
        t.kind_derived
    };
    let chart = Waterfall {
        start_label: t.label_base_total(years),
        start,
        start_text: reader.money(start),
        start_tooltip: t.total_tooltip(&base, &reader.money(start), unit, start_kind),
        steps,
        end_label: t.label_target_total(years),
        end_text: reader.money(*total_2024),
        end_tooltip: t.total_tooltip(
            &target_year,
            &reader.money(*total_2024),
            unit,
            t.kind_scenario,
        ),
        target: verdict.target,
        target_text: t.target_line(&reader.money(verdict.target)),
        actual: props
            .actual_total
            .map(|total| (total, t.actual_line(&reader.money(total)))),
    };

    let table = waterfall_table(&chart, props, (base, target_year));
    let summary = t.waterfall_summary(
        &reader.money(start),
        &reader.money(*total_2024),
        unit,
        verdict.met,
        &reader.money(verdict.gap.abs()),
        years,
    );
    html! {
        <SvgChart id="chart-waterfall" title={t.chart_waterfall_title(years)} {summary} class="waterfall"
            table_label={t.show_table} {table}
            layout={Callback::from(move |width| Rc::new(waterfall_chart(&chart, &|floor| t.axis_note(&reader.money(floor), unit), width)))} />
    }
}

/// The chart's table alternative: the base total, each sector's change,
/// the scenario's total and the target (`years`: the two totals' labels).
fn waterfall_table(
    chart: &Waterfall,
    props: &WaterfallChartProps,
    years: (String, String),
) -> Html {
    let (reader, t) = (props.reader, strings(props.reader.lang));
    let unit = reader.unit_label();
    let mut rows = vec![(years.0, vec![chart.start_text.clone()])];
    rows.extend(
        chart
            .steps
            .iter()
            .zip(props.data.sectors.iter())
            .map(|(step, s)| {
                (
                    s.name.get(reader.lang).to_owned(),
                    vec![step.delta_text.clone()],
                )
            }),
    );
    rows.push((years.1, vec![chart.end_text.clone()]));
    rows.push((
        t.target_label.to_owned(),
        vec![reader.money(props.outcome.verdict.target)],
    ));
    data_table(&DataTable {
        columns: vec![t.col_sector.to_owned(), format!("{}, {unit}", t.col_change)],
        rows,
    })
}
