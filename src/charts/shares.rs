//! Shares of the base year's total: all four sectors, then the three small ones on
//! their own, zoomed scale (manufacturing is ~98 %, which would otherwise
//! leave the others as slivers). Both titles say which view is which.

use std::rc::Rc;

use yew::prelude::*;

use super::data_table::{data_table, DataTable};
use super::geometry::{hbar_chart, HBar};
use super::svg_chart::SvgChart;
use crate::format::ReaderFormat as _;
use crate::format::{self, ReaderPrefs};
use crate::i18n::strings;
use crate::model::Data;

pub struct SharesChartProps {
    pub data: Data,
    pub reader: ReaderPrefs,
}

pub fn view(props: &SharesChartProps) -> Html {
    let reader = props.reader;
    let lang = reader.lang;
    let t = strings(lang);
    let data = props.data;
    let years = data.years();
    let pct = |share: f64| format::pct(lang, share * 100.0, 1);
    let bars: Vec<HBar> = data
        .sectors
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let share = data.share_2023(i);
            HBar {
                label: s.name.get(lang).to_owned(),
                value: share * 100.0,
                value_text: format!("{} %", pct(share)),
                tooltip: t.share_tooltip(
                    s.name.get(lang),
                    &pct(share),
                    &reader.money(s.value),
                    reader.unit_label(),
                    years,
                ),
                class: "bar",
            }
        })
        .collect();
    let largest =
        (0..data.sectors.len()).max_by(|&a, &b| data.share_2023(a).total_cmp(&data.share_2023(b)));
    let Some(largest) = largest else {
        return Html::default();
    };
    let small: Vec<HBar> = bars
        .iter()
        .enumerate()
        .filter(|&(i, _)| i != largest)
        .map(|(_, b)| b.clone())
        .collect();
    let small_max = small.iter().map(|b| b.value).fold(0.0, f64::max);
    let small_largest = small.iter().max_by(|a, b| a.value.total_cmp(&b.value));
    // The zoomed scale ends at a round step just above the largest small share.
    let small_domain = (small_max * 5.0).ceil() / 5.0;

    let table = |rows: &[HBar]| {
        html! {
            { data_table(&DataTable {
                columns: vec![t.col_sector.to_owned(), t.col_share.to_owned()],
                rows: rows.iter().map(|b| (b.label.clone(), vec![b.value_text.clone()])).collect(),
            }) }
        }
    };
    let summary = t.shares_summary(
        data.sectors[largest].name.get(lang),
        &pct(data.share_2023(largest)),
        &pct(1.0 - data.share_2023(largest)),
        years,
    );
    let small_summary = small_largest
        .map(|b| {
            t.small_shares_summary(
                &b.label,
                &format::pct(lang, b.value, 1),
                &format::pct(lang, small_domain, 1),
            )
        })
        .unwrap_or_default();

    html! {
        <div class="chart-pair">
            <SvgChart id="chart-shares" title={t.chart_shares_title(years)} {summary}
                table_label={t.show_table} table={table(&bars)}
                layout={Callback::from(move |width| Rc::new(hbar_chart(&bars, 100.0, width)))} />
            <SvgChart id="chart-small-shares" title={t.chart_small_shares_title} summary={small_summary}
                class="zoomed"
                table_label={t.show_table} table={table(&small)}
                layout={Callback::from(move |width| Rc::new(hbar_chart(&small, small_domain, width)))} />
        </div>
    }
}
