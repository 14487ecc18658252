//! The Monte Carlo answer as a histogram of the target year's totals with
//! the target line and the P10 / P50 / P90 markers.

use std::rc::Rc;

use yew::prelude::*;

use super::data_table::{data_table, DataTable};
use super::geometry::{histogram_chart, HistogramInput};
use super::svg_chart::SvgChart;
use crate::format::ReaderFormat as _;
use crate::format::{self, ReaderPrefs};
use crate::i18n::strings;
use crate::model::montecarlo::McSummary;
use crate::model::Years;

pub struct HistogramChartProps {
    pub summary: McSummary,
    pub target: f64,
    pub reader: ReaderPrefs,
    pub years: Years,
}

pub fn view(props: &HistogramChartProps) -> Html {
    let reader = props.reader;
    let lang = reader.lang;
    let t = strings(lang);
    let unit = reader.unit_label();
    let s = &props.summary;
    let money = |v: f64| format!("{} {unit}", reader.money(v));
    let markers = [("P10", s.p10), ("P50", s.p50), ("P90", s.p90)]
        .into_iter()
        .map(|(label, value)| {
            (
                value,
                label.to_owned(),
                t.percentile_tooltip(label, &money(value), props.years),
            )
        })
        .collect();
    let input = HistogramInput {
        low: s.histogram.low,
        high: s.histogram.high,
        counts: s.histogram.counts.clone(),
        target: props.target,
        target_text: t.target_line(&reader.money(props.target)),
        markers,
        low_text: reader.money(s.histogram.low),
        high_text: reader.money(s.histogram.high),
    };
    let width = s.histogram.bin_width();
    let count_text = |c: u32| format::number(lang, f64::from(c), format::NumberStyle::plain(0));
    let rows = s
        .histogram
        .counts
        .iter()
        .enumerate()
        .filter(|(_, &c)| c > 0)
        .map(|(i, &c)| {
            let from = s.histogram.low + width * i as f64;
            (
                format!("{} – {}", reader.money(from), reader.money(from + width)),
                vec![count_text(c)],
            )
        });
    let table = data_table(&DataTable {
        columns: vec![
            format!("{}, {unit}", t.hist_bin_col(props.years)),
            t.hist_count_col.to_owned(),
        ],
        rows: rows.collect(),
    });
    let summary = t.histogram_summary(
        &format::pct(lang, s.probability * 100.0, 1),
        &count_text(s.draws),
        &money(s.p10),
        &money(s.p90),
    );
    html! {
        <SvgChart id="chart-histogram" title={t.chart_histogram_title(props.years)} {summary} class="histogram"
            layout={Callback::from(move |width| Rc::new(histogram_chart(&input, width)))} table_label={t.show_table} {table} />
    }
}
