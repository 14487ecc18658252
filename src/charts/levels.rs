//! The year before the base (implied) → the base year (published) → the
//! target year (scenario), per sector and for the whole province, as small
//! multiples with one scale per panel.

use std::rc::Rc;

use yew::prelude::*;

use super::data_table::{data_table, DataTable};
use super::geometry::{levels_chart, LevelPanel};
use super::svg_chart::SvgChart;
use crate::format::ReaderFormat as _;
use crate::format::ReaderPrefs;
use crate::i18n::strings;
use crate::model::Data;
use crate::model::Projection;

pub struct LevelsChartProps {
    pub data: Data,
    pub projection: Projection,
    pub reader: ReaderPrefs,
}

pub fn view(props: &LevelsChartProps) -> Html {
    let reader = props.reader;
    let t = strings(reader.lang);
    let data = props.data;
    let unit = reader.unit_label();
    let years = data.years();
    let year_labels = [years.before, years.base, years.target].map(|y| y.to_string());
    // An edition whose base levels are implied by its outcome: derived too.
    let base_kind = if data.base_growth_published() {
        t.kind_published
    } else {
        t.kind_derived
    };
    let kinds = [t.kind_derived, base_kind, t.kind_scenario];
    let money =
        |v: Option<f64>| v.map_or_else(|| t.not_published().to_owned(), |v| reader.money(v));
    let panel = |title: &str, values: [Option<f64>; 3]| LevelPanel {
        title: title.to_owned(),
        values,
        value_texts: values.map(money),
        tooltips: [0, 1, 2]
            .map(|k| t.level_tooltip(title, &year_labels[k], &money(values[k]), unit, kinds[k])),
    };
    let mut panels: Vec<LevelPanel> = data
        .sectors
        .iter()
        .zip(&props.projection.sectors_2024)
        .map(|(s, &v2024)| {
            panel(
                s.name.get(reader.lang),
                [s.implied_2022(), Some(s.value), Some(v2024)],
            )
        })
        .collect();
    let total = [
        data.implied_total_2022(),
        Some(data.sectors_sum_2023()),
        Some(props.projection.total_2024),
    ];
    panels.push(panel(t.total_row, total));

    let table = html! {
        { data_table(&DataTable {
            columns: std::iter::once(t.col_sector.to_owned())
                .chain(year_labels.iter().map(|y| format!("{y}, {unit}")))
                .collect(),
            rows: panels.iter().map(|p| (p.title.clone(), p.value_texts.to_vec())).collect(),
        }) }
    };
    let [before, base, target] = total.map(money);
    let summary = t.levels_summary([&before, &base, &target], unit, years);
    html! {
        <SvgChart id="chart-levels" title={t.chart_levels_title(years)} {summary} class="levels"
            layout={Callback::from(move |width| Rc::new(levels_chart(&panels, &year_labels, width)))} table_label={t.show_table} {table} />
    }
}
