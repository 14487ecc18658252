//! "The record": what the province published elsewhere, beside what the
//! app derives from the 2023 article, each figure with its source.
//!
//! Every number is either a published figure (from `data/published.json`,
//! shown with its quote) or computed by `model::published::Record`; the
//! section reads only the language, so a scenario edit never re-renders it.

use yew::prelude::*;

use super::figure::figure;
use crate::format;
use crate::i18n::{strings, Strings};
use crate::model::published::{Published, Record, JAN_MAY_2023, PRODUCTION_2022, TARGET_2023};
use crate::model::schema::{Measure, PublishedFigure};
use crate::model::{Dataset, Lang, ProductGrowth};
use crate::state::use_app;

const INDEX_FIGURE: &str = "iip-august-2024";

#[component]
pub fn PublishedRecord() -> Html {
    let app = use_app();
    let lang = app.reader.lang;
    let t = strings(lang);
    let published = Published::bundled();
    let record = Record::new(&app.data, published);
    let pct = |v: f64, d: u8| format!("{} %", format::pct(lang, v, d));
    let signed = |v: f64, d: u8| format!("{} %", format::signed_pct(lang, v, d));
    let bn = |v: f64| format::bn_vnd(lang, v);

    let year_2022 = record.year_2022.map(|c| {
        let text = t.record_2022(
            &bn(c.published),
            &signed(c.published_growth_pct, 1),
            &bn(c.implied_by_total),
            &bn(c.implied_by_sectors),
            &signed(c.growth_2023_from_published_pct, 2),
            &signed(app.data.total.growth_pct_2023, 1),
            c.agrees_within_rounding,
        );
        item(t, published, PRODUCTION_2022, "record-2022", text)
    });
    let target_2023 = record.target_2023.map(|c| {
        let text = t.record_target_2023(
            &bn(c.target),
            &signed(c.target_growth_pct, 1),
            &bn(c.estimate),
            &signed(c.estimate_growth_pct, 1),
            &bn(c.shortfall),
            &pct(c.shortfall_pct, 1),
        );
        item(t, published, TARGET_2023, "record-target-2023", text)
    });
    let part_2023 = record.part_2023.map(|c| {
        let text = t.record_part_2023(
            c.months,
            &bn(c.value),
            &signed(c.growth_pct, 1),
            &pct(c.share_pct, 1),
            &pct(c.even_share_pct, 1),
            c.share_pct < c.even_share_pct,
        );
        item(t, published, JAN_MAY_2023, "record-part-2023", text)
    });
    let index = published
        .figure(INDEX_FIGURE)
        .filter(|f| f.measure == Measure::ProductionIndex);
    let index = index.and_then(|f| {
        let text = t.record_index(f.label.get(lang), &signed(f.growth_pct?, 2));
        Some(item(t, published, INDEX_FIGURE, "record-index", text))
    });

    html! {
        <section class="record" aria-labelledby="record-heading" data-testid="record">
            <h2 id="record-heading">{ t.record_heading() }</h2>
            <p class="hint">{ t.record_intro() }</p>
            <ul class="record-items">
                { for year_2022 }
                { for target_2023 }
                { for part_2023 }
                { for index }
            </ul>
            { products(t, lang, &app.data, published) }
        </section>
    }
}

/// One comparison, with the published figure's quote and source under it.
fn item(t: &Strings, published: &Published, id: &str, testid: &'static str, text: String) -> Html {
    let figure = published.figure(id);
    html! {
        <li data-testid={testid}>
            <p>{ text }</p>
            { for figure.map(|f| provenance(t, published, &f.source, std::slice::from_ref(&f.quote), f)) }
        </li>
    }
}

fn provenance(
    t: &Strings,
    published: &Published,
    source_id: &str,
    quotes: &[crate::model::schema::Text],
    figure: &PublishedFigure,
) -> Html {
    let lang = t.lang;
    let Some(source) = published.source(source_id) else {
        return Html::default();
    };
    html! {
        <p class="record-source">
            { for quotes.iter().map(|q| html! { <><span class="label">{ format!("{}: ", t.record_quote_label()) }</span><q>{ q.to_string() }</q>{ " " }</> }) }
            <span class="label">{ format!("{}: ", t.record_source_label()) }</span>
            <a href={source.url.to_string()} rel="noreferrer">{ format!("{}, “{}”", source.publisher, source.title) }</a>
            { format!(", {} ({})", source.date, t.price_basis_note(figure.prices)) }
            { for source.note.as_ref().map(|n| html! { <span class="record-note">{ format!(" {}", n.get(lang)) }</span> }) }
        </p>
    }
}

/// The article's three manufactured products with their Q1 2024 growth,
/// and the other products of the same sentences as published.
fn products(t: &Strings, lang: Lang, data: &Dataset, published: &Published) -> Html {
    let Some(report) = published.product_growth.first() else {
        return Html::default();
    };
    let growth = |g: Option<f64>, times: Option<f64>| match (g, times) {
        (Some(g), _) => format!("{} %", format::signed_pct(lang, g, 1)),
        (None, Some(x)) => format!("×{}", format::pct(lang, x, 1)),
        _ => String::new(),
    };
    let rows = data.products.iter().filter_map(|product| {
        let (item, _, _) = published.product_growth(&product.id)?;
        let article = match product.growth {
            ProductGrowth::Percent(p) => growth(Some(p), None),
            ProductGrowth::Multiple(x) => growth(None, Some(x)),
        };
        let id = format!("record-product-{}", product.id);
        Some(html! {
            <tr data-testid={id.clone()}>
                <th scope="row">{ product.name.get(lang).to_string() }
                    { for item.note.as_ref().map(|n| html! { <span class="record-note">{ n.get(lang).to_string() }</span> }) }
                </th>
                <td class="num">{ figure(format!("{id}-2023"), "published", article, product.quote_vi.to_string()) }</td>
                <td class="num">{ figure(format!("{id}-q1"), "published", growth(item.growth_pct, item.times), report.quotes.join(" ")) }</td>
            </tr>
        })
    });
    let others: Vec<String> = report
        .items
        .iter()
        .filter(|i| i.product.is_none())
        .map(|i| format!("{} {}", i.name.get(lang), growth(i.growth_pct, i.times)))
        .collect();
    let [product_col, article_col, q1_col] = t.record_products_columns();
    let source = published.source(&report.source);
    html! {
        <>
        <h3>{ t.record_products_heading() }</h3>
        <div class="table-scroll">
            <table class="record-products">
                <thead><tr><th scope="col">{ product_col }</th><th scope="col">{ article_col }</th><th scope="col">{ q1_col }</th></tr></thead>
                <tbody>{ for rows }</tbody>
            </table>
        </div>
        <p data-testid="record-other-products">{ format!("{} {}.", t.record_other_products(), others.join("; ")) }</p>
        { for source.map(|s| html! {
            <p class="record-source">
                <span class="label">{ format!("{}: ", t.record_source_label()) }</span>
                <a href={s.url.to_string()} rel="noreferrer">{ format!("{}, “{}”", s.publisher, s.title) }</a>
                { format!(", {}.", s.date) }
                { for s.note.as_ref().map(|n| html! { <span class="record-note">{ n.get(lang).to_string() }</span> }) }
            </p>
        }) }
        </>
    }
}
