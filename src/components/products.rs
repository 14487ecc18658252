//! The four products the article names: volume, unit, growth (camera
//! lenses as ×2.1), parent sector, each figure traceable, and a chart.

use std::rc::Rc;

use yew::prelude::*;

use super::figure::figure;
use super::Data;
use crate::charts::data_table::{data_table, DataTable};
use crate::charts::geometry::{hbar_chart, HBar};
use crate::charts::svg_chart::SvgChart;
use crate::format::{self, NumberStyle};
use crate::i18n::{strings, Strings};
use crate::model::{Lang, ProductGrowth, Years};
use crate::state::use_app;

/// "+8.6 %" for a percentage, "×2.1 (…)" for a multiple, as published.
pub fn product_growth_text(lang: Lang, growth: ProductGrowth) -> String {
    match growth {
        ProductGrowth::Percent(pct) => format!("{} %", format::signed_pct(lang, pct, 1)),
        ProductGrowth::Multiple(times) => {
            strings(lang).product_multiple(&format::number(lang, times, NumberStyle::plain(1)))
        }
    }
}

/// Depends on the language only: a scenario edit never re-renders it.
#[component]
pub fn Products() -> Html {
    let app = use_app();
    let lang = app.reader.lang;
    let t = strings(lang);
    let data = app.data;
    if data.products.is_empty() {
        // An edition whose base year's products are not published.
        return html! {
            <section class="products" aria-labelledby="products-heading">
                <h2 id="products-heading">{ t.products_heading(data.years()) }</h2>
                <p data-testid="products-not-published">{ t.products_not_published(data.years().base) }</p>
            </section>
        };
    }
    let bars = growth_bars(data, lang);
    let max = bars.iter().map(|b| b.value).fold(0.0, f64::max);
    let summary = growth_summary(data, lang);
    let years = data.years();
    let chart_table = bars_table(t, years, &bars);

    html! {
        <section class="products" aria-labelledby="products-heading">
            <h2 id="products-heading">{ t.products_heading(years) }</h2>
            <div class="table-scroll">{ products_table(data, lang) }</div>
            <SvgChart id="chart-products" title={t.chart_products_title(years)} summary={summary}
                table_label={t.show_table} table={chart_table}
                layout={Callback::from(move |width| Rc::new(hbar_chart(&bars, max * 1.05, width)))} />
        </section>
    }
}

fn volume_text(lang: Lang, volume: f64) -> String {
    format::number(lang, volume, NumberStyle::plain(1))
}

/// Growth as percent for the bars: ×2.1 is +110 %.
fn growth_pct(growth: ProductGrowth) -> f64 {
    (growth.ratio() - 1.0) * 100.0
}

fn products_table(data: Data, lang: Lang) -> Html {
    let t = strings(lang);
    let publisher = data.meta.publisher.get(lang);
    let years = data.years();
    let rows = data.products.iter().map(|p| {
        let sector = data
            .sector_index(&p.sector_vsic)
            .map(|i| data.sectors[i].name.get(lang))
            .unwrap_or_default();
        let source = t.provenance_published(publisher, &p.quote_vi, years);
        html! {
            <tr data-testid={format!("product-{}", p.id)}>
                <th scope="row">{ p.name.get(lang) }</th>
                <td>{ format!("{sector} ({})", p.sector_vsic) }</td>
                <td class="num">
                    { figure(format!("product-{}-volume", p.id), "published", format!("{} {}", volume_text(lang, p.volume), p.unit.get(lang)), source.clone()) }
                </td>
                <td class="num">
                    { figure(format!("product-{}-growth", p.id), "published", product_growth_text(lang, p.growth), source) }
                </td>
                <td class="num">{ format!("{} {}", volume_text(lang, p.implied_volume_2022()), p.unit.get(lang)) }</td>
            </tr>
        }
    });
    html! {
        <table class="data-table">
            <thead>
                <tr>
                    <th scope="col">{ t.col_product }</th>
                    <th scope="col">{ t.col_parent_sector }</th>
                    <th scope="col" class="num">{ t.col_base_volume(years) }</th>
                    <th scope="col" class="num">{ t.col_product_growth(years) }</th>
                    <th scope="col" class="num">{ t.col_implied_before_volume(years) }</th>
                </tr>
            </thead>
            <tbody>{ for rows }</tbody>
        </table>
    }
}

fn growth_bars(data: Data, lang: Lang) -> Vec<HBar> {
    let t = strings(lang);
    data.products
        .iter()
        .map(|p| {
            let growth = product_growth_text(lang, p.growth);
            HBar {
                label: p.name.get(lang).to_owned(),
                value: growth_pct(p.growth),
                tooltip: t.product_tooltip(
                    p.name.get(lang),
                    &growth,
                    &volume_text(lang, p.volume),
                    p.unit.get(lang),
                    data.years(),
                ),
                value_text: growth,
                class: if matches!(p.growth, ProductGrowth::Multiple(_)) {
                    "bar highlight"
                } else {
                    "bar"
                },
            }
        })
        .collect()
}

/// The chart's text alternative: the fastest grower against the range of
/// the others.
fn growth_summary(data: Data, lang: Lang) -> String {
    let fastest = data
        .products
        .iter()
        .max_by(|a, b| a.growth.ratio().total_cmp(&b.growth.ratio()));
    fastest
        .map(|f| {
            let others: Vec<f64> = data
                .products
                .iter()
                .filter(|p| p.id != f.id)
                .map(|p| growth_pct(p.growth))
                .collect();
            let low = others.iter().copied().fold(f64::INFINITY, f64::min);
            let high = others.iter().copied().fold(f64::NEG_INFINITY, f64::max);
            strings(lang).products_summary(
                f.name.get(lang),
                &product_growth_text(lang, f.growth),
                &format::pct(lang, low, 1),
                &format::pct(lang, high, 1),
            )
        })
        .unwrap_or_default()
}

fn bars_table(t: &Strings, years: Years, bars: &[HBar]) -> Html {
    data_table(&DataTable {
        columns: vec![t.col_product.to_owned(), t.col_product_growth(years)],
        rows: bars
            .iter()
            .map(|b| (b.label.clone(), vec![b.value_text.clone()]))
            .collect(),
    })
}
