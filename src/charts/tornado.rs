//! Sensitivity as a tornado: how far the 2024 total moves for ±1 pp of each
//! sector's growth, and what each active project adds.

use std::rc::Rc;

use yew::prelude::*;

use super::data_table::{data_table, DataTable};
use super::geometry::{tornado_chart, TornadoRow};
use super::svg_chart::SvgChart;
use crate::format::ReaderFormat as _;
use crate::format::ReaderPrefs;
use crate::i18n::strings;
use crate::model::projection::Basis;
use crate::model::projects::Project;
use crate::model::sensitivity::{sensitivities, Driver};
use crate::model::Data;

pub struct TornadoChartProps {
    pub data: Data,
    pub projects: Vec<Project>,
    /// What growth applies to (the rest of the year with the year so far).
    pub basis: Basis,
    pub reader: ReaderPrefs,
}

pub fn view(props: &TornadoChartProps) -> Html {
    let reader = props.reader;
    let lang = reader.lang;
    let t = strings(lang);
    let data = props.data;
    let unit = reader.unit_label();
    let years = data.years();
    let rows: Vec<TornadoRow> = sensitivities(&props.basis, &props.projects)
        .into_iter()
        .map(|s| {
            let (label, down_tip, up_tip) = match s.driver {
                Driver::Sector(i) => {
                    let name = data.sectors[i].name.get(lang).to_owned();
                    let down =
                        t.tornado_sector(&name, "−1", &reader.signed_money(s.down), unit, years);
                    let up = t.tornado_sector(&name, "+1", &reader.signed_money(s.up), unit, years);
                    (name, down, up)
                }
                Driver::Project(i) => {
                    let name = props
                        .projects
                        .get(i)
                        .map(|p| strings(lang).project_name(&data, p))
                        .unwrap_or_default();
                    let down = t.tornado_project(&name, &reader.signed_money(s.down), unit, years);
                    (name, down, String::new())
                }
            };
            TornadoRow {
                label,
                down: s.down,
                up: s.up,
                down_text: reader.signed_money(s.down),
                up_text: reader.signed_money(s.up),
                down_tooltip: down_tip,
                up_tooltip: up_tip,
            }
        })
        .collect();
    let table = data_table(&DataTable {
        columns: vec![
            t.tornado_driver_col.to_owned(),
            format!("{}, {unit}", t.tornado_down_col),
            format!("{}, {unit}", t.tornado_up_col),
        ],
        rows: rows
            .iter()
            .map(|r| {
                (
                    r.label.clone(),
                    vec![r.down_text.clone(), r.up_text.clone()],
                )
            })
            .collect(),
    });
    let summary = rows
        .first()
        .map(|r| t.tornado_summary(&r.label, r.up_text.trim_start_matches('+'), unit))
        .unwrap_or_default();
    html! {
        <SvgChart id="chart-tornado" title={t.chart_tornado_title(years)} {summary} class="tornado"
            layout={Callback::from(move |width| Rc::new(tornado_chart(&rows, width)))} table_label={t.show_table} {table} />
    }
}
