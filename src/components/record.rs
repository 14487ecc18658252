//! "The record": what the province published elsewhere, beside what the
//! app derives from the 2023 article, each figure with its quote and
//! source.
//!
//! `PublishedRecord` draws it from the model (`model::published::Record`
//! and the published figures) and runs only at build time, in the native
//! prerender: the section depends on the language alone, so the page
//! carries it ready-made for both languages (`<template id="record-vi">`,
//! `record-en`) and the app's `BuiltCopy` shows that copy. Drawn by the
//! wasm, it cost about 5 KB of the first visit; as HTML it costs about 2.
//! `BuiltCopy` shows the page's index (`toc`) and each edition's data
//! notes (`notes`, `per_edition`) the same way.
//! Every number shown is a published figure or computed here from one.

use yew::prelude::*;

use crate::browser;
use crate::format::{self, NumberStyle};
use crate::i18n::{strings, Strings};
use crate::model::edition::{bundled_backtests, Backtest};
use crate::model::published::{Published, Record, JAN_MAY_2023, PRODUCTION_2022, TARGET_2023};
use crate::model::schema::{Measure, PublishedFigure, PublishedProducts, Text};
use crate::model::so_far::RestNeed;
use crate::model::{Dataset, Lang, ProductGrowth};
use crate::state::use_app;

/// The August 2024 index of industrial production: context only.
const INDEX_FIGURE: &str = "iip-august-2024";
/// March 2024 alone, published with Q1 2024.
const MONTH_FIGURE: &str = "march-2024";

#[derive(Properties, PartialEq)]
pub struct PublishedRecordProps {
    pub lang: Lang,
}

/// The record in one language, drawn from the model (build time).
#[component]
pub fn PublishedRecord(props: &PublishedRecordProps) -> Html {
    let t = strings(props.lang);
    let (Ok(data), published) = (Dataset::bundled(), Published::bundled()) else {
        return Html::default();
    };
    let record = Record::new(data, published);
    let figure = |id: &str, testid: &'static str, text: Option<String>| {
        let figure = published.figure(id)?;
        Some(entry(t, published, testid, text?, figure))
    };
    let entries = [
        figure(
            PRODUCTION_2022,
            "record-2022",
            record.year_2022.map(|c| text_2022(t, data, &c)),
        ),
        figure(
            TARGET_2023,
            "record-target-2023",
            record.target_2023.map(|c| text_target(t, data, &c)),
        ),
        figure(
            JAN_MAY_2023,
            "record-part-2023",
            record.part_2023.map(|c| text_part(t, &c)),
        ),
        figure(MONTH_FIGURE, "record-month", month_text(t, published)),
        figure(INDEX_FIGURE, "record-index", index_text(t, published)),
    ];
    html! {
        <section class="record" aria-labelledby="record-heading" data-testid="record">
            <h2 id="record-heading" tabindex="-1">{ t.record_heading() }</h2>
            <p class="hint">{ t.record_intro() }</p>
            <ul class="record-items">
                { for entries.into_iter().flatten() }
                { for bundled_backtests().iter().map(|(year, b)| backtest(t, *year, b)) }
                { for published.product_growth.iter().map(|report| products(t, data, published, report)) }
            </ul>
        </section>
    }
}

/// The props of `BuiltCopy`.
#[derive(Properties, PartialEq)]
pub struct BuiltCopyProps {
    /// Which: "record", "toc" (the page's index, `page_index`) or "notes"
    /// (`data_notes`).
    pub part: &'static str,
    /// Drawn for each edition (the page's copy is named by the part, then
    /// the edition).
    #[prop_or_default]
    pub per_edition: bool,
}

/// The app's copy of a part drawn at build time (the record, the page's
/// index, the data notes), for the reader's language and, where it
/// differs by edition, the edition open, taken from the page. Nothing if
/// the page lacks it (a hand-made page without the templates). Drawn
/// natively (the prerendered baseline, where there is no page to take it
/// from), the index and the notes are drawn here.
#[component]
pub fn BuiltCopy(props: &BuiltCopyProps) -> Html {
    let app = use_app();
    let lang = app.reader.lang;
    #[cfg(not(target_arch = "wasm32"))]
    match props.part {
        "toc" => return html! { <super::page_index::PageIndex {lang} /> },
        "notes" => return html! { <super::data_notes::DataNotes {lang} data={app.data} /> },
        _ => {}
    }
    let edition = props.per_edition.then_some(app.edition.id);
    let html = use_memo(
        (props.part, edition, lang),
        |&(part, edition, lang)| match edition {
            Some(edition) => browser::built_part(&format!("{part}-{edition}"), lang),
            None => browser::built_part(part, lang),
        },
    );
    match &*html {
        Some(html) => Html::from_html_unchecked(AttrValue::from(html.clone())),
        None => Html::default(),
    }
}

fn bn(lang: Lang, value: f64, decimals: u8) -> String {
    format::number(lang, value, NumberStyle::plain(decimals))
}

fn signed(lang: Lang, value: f64, decimals: u8) -> String {
    format!("{} %", format::signed_pct(lang, value, decimals))
}

fn pct(lang: Lang, value: f64, decimals: u8) -> String {
    format!("{} %", format::pct(lang, value, decimals))
}

fn text_2022(t: &Strings, data: &Dataset, c: &crate::model::published::Check2022) -> String {
    let lang = t.lang;
    t.record_2022(
        &bn(lang, c.published, 0),
        &signed(lang, c.published_growth_pct, 1),
        &bn(lang, c.implied_by_total, 1),
        &bn(lang, c.implied_by_sectors, 1),
        &signed(lang, c.growth_2023_from_published_pct, 2),
        &signed(lang, data.total.growth_pct, 1),
        c.agrees_within_rounding,
    )
}

fn text_target(
    t: &Strings,
    data: &Dataset,
    c: &crate::model::published::Check2023Target,
) -> String {
    let lang = t.lang;
    t.record_target_2023(
        &bn(lang, c.target, 0),
        &signed(lang, c.target_growth_pct, 1),
        &bn(lang, c.estimate, 1),
        &signed(lang, c.estimate_growth_pct, 1),
        &bn(lang, c.shortfall, 1),
        &pct(lang, c.shortfall_pct, 1),
        &signed(lang, data.target.stated_growth_pct, 1),
    )
}

fn text_part(t: &Strings, c: &crate::model::published::CheckPartYear) -> String {
    let lang = t.lang;
    t.record_part_2023(
        c.months,
        &bn(lang, c.value, 0),
        &signed(lang, c.growth_pct, 1),
        &pct(lang, c.share_pct, 1),
        &pct(lang, c.even_share_pct, 1),
        c.share_pct < c.even_share_pct,
    )
}

fn month_text(t: &Strings, published: &Published) -> Option<String> {
    let figure = published.figure(MONTH_FIGURE)?;
    if figure.measure != Measure::ProductionValue || figure.from_month != figure.to_month {
        return None;
    }
    Some(t.record_month(
        figure.label.get(t.lang),
        &bn(t.lang, figure.value?, 0),
        &signed(t.lang, figure.growth_pct?, 1),
    ))
}

fn index_text(t: &Strings, published: &Published) -> Option<String> {
    let figure = published.figure(INDEX_FIGURE)?;
    if figure.measure != Measure::ProductionIndex {
        return None;
    }
    Some(t.record_index(
        figure.label.get(t.lang),
        &signed(t.lang, figure.growth_pct?, 2),
    ))
}

/// A year that is over, asked again with the app's method (its edition's
/// backtest): the figures it rests on are the entries above.
fn backtest(t: &Strings, year: u16, b: &Backtest) -> Html {
    let lang = t.lang;
    let whole = t.record_backtest(
        year,
        &bn(lang, b.all_actual_total, 1),
        &bn(lang, b.projected_gap.abs(), 1),
        b.projected_gap < 0.0,
        &bn(lang, b.target, if b.target.fract() == 0.0 { 0 } else { 1 }),
        b.base_implied,
    );
    let so_far = b.so_far.as_ref().and_then(|s| {
        let RestNeed::Growth(needed) = s.needed else {
            return None;
        };
        let difference = s.actual_rest_pct - needed;
        Some(t.record_backtest_so_far(
            year,
            &t.month_span(1, s.months),
            &bn(lang, b.base_total, 1),
            &signed(lang, needed, 2),
            &signed(lang, s.actual_rest_pct, 2),
            &format::pct(lang, difference.abs(), 2),
            difference < 0.0,
        ))
    });
    html! {
        <li data-testid={format!("record-backtest-{year}")}>
            <p>{ whole }</p>
            if let Some(so_far) = so_far { <p>{ so_far }</p> }
        </li>
    }
}

/// One comparison: its sentence, then the quote and the source.
fn entry(
    t: &Strings,
    published: &Published,
    testid: &'static str,
    text: String,
    figure: &PublishedFigure,
) -> Html {
    html! {
        <li data-testid={testid}>
            <p>{ text }</p>
            { source_line(t, published, &figure.source, std::slice::from_ref(&figure.quote), Some(t.figure_prices(figure.prices))) }
        </li>
    }
}

/// "Quoted: “…” Source: publisher, “title”, date (prices). Note."
fn source_line(
    t: &Strings,
    published: &Published,
    source: &str,
    quotes: &[Text],
    prices: Option<&'static str>,
) -> Html {
    let Some(source) = published.source(source) else {
        return Html::default();
    };
    let quoted: Vec<String> = quotes.iter().map(|q| format!("“{q}”")).collect();
    let prices = prices.map(|p| format!(" ({p})")).unwrap_or_default();
    let note = source
        .note
        .as_ref()
        .map(|n| format!(" {}", n.get(t.lang)))
        .unwrap_or_default();
    html! {
        <p class="record-source">
            { format!("{}: {} {}: ", t.record_quote_label(), quoted.join(" "), t.record_source_label()) }
            <a href={source.url.to_string()} rel="noreferrer">{ format!("{}, “{}”", source.publisher, source.title) }</a>
            { format!(", {}{prices}.{note}", source.date) }
        </p>
    }
}

/// A growth as published: "+18.9 %", or "×2.3" for "up 2.3-fold".
fn growth(lang: Lang, growth_pct: Option<f64>, times: Option<f64>) -> String {
    match (growth_pct, times) {
        (Some(g), _) => signed(lang, g, 1),
        (None, Some(x)) => format!("×{}", format::pct(lang, x, 1)),
        (None, None) => String::new(),
    }
}

/// The article's products with their published Q1 2024 growth beside
/// their 2023 growth (a table), then the report's other products.
fn products(
    t: &Strings,
    data: &Dataset,
    published: &Published,
    report: &PublishedProducts,
) -> Html {
    let lang = t.lang;
    let rows = data.products.iter().filter_map(|product| {
        let item = report
            .items
            .iter()
            .find(|i| i.product.as_deref() == Some(&*product.id))?;
        let article = match product.growth {
            ProductGrowth::Percent(p) => growth(lang, Some(p), None),
            ProductGrowth::Multiple(x) => growth(lang, None, Some(x)),
        };
        let note = item.note.as_ref().map(|n| n.get(lang).to_string());
        Some(html! {
            <tr data-product={product.id.to_string()}>
                <th scope="row">{ item.name.get(lang) }</th>
                <td class="num">{ growth(lang, item.growth_pct, item.times) }</td>
                <td>
                    { format!("{} {}", product.name.get(lang), article) }
                    if let Some(note) = note { <br /><small>{ note }</small> }
                </td>
            </tr>
        })
    });
    let others: Vec<String> = report
        .items
        .iter()
        .filter(|i| i.product.is_none())
        .map(|i| {
            format!(
                "{} {}",
                i.name.get(lang),
                growth(lang, i.growth_pct, i.times)
            )
        })
        .collect();
    let [product, q1, year] = t.record_products_columns();
    html! {
        <li data-testid="record-products">
            <p>{ t.record_products_intro() }</p>
            // Three columns that wrap: narrow enough for a phone without
            // a scrolling region.
            <table class="record-products">
                <thead><tr><th scope="col">{ product }</th><th scope="col" class="num">{ q1 }</th><th scope="col">{ year }</th></tr></thead>
                <tbody>{ for rows }</tbody>
            </table>
            <p>{ t.record_products_others(&others.join("; ")) }</p>
            { source_line(t, published, &report.source, &report.quotes, None) }
        </li>
    }
}

#[cfg(all(test, feature = "prerender"))]
mod tests {
    use super::*;

    fn rendered(lang: Lang) -> String {
        crate::static_html::render::<PublishedRecord>(PublishedRecordProps { lang })
            .expect("the record renders")
    }

    #[test]
    fn the_record_shows_each_comparison_with_hand_computed_figures() {
        let en = rendered(Lang::En);
        // 102,893.2 ÷ 99,500 − 1 = 3.410 %; 102,893.2 ÷ 1.034 = 99,509.9;
        // 110,000 − 102,893.2 = 7,106.8, ÷ 110,000 = 6.46 %;
        // 40,865 ÷ 102,893.2 = 39.72 %, against 5 ÷ 12 = 41.67 %.
        for expected in [
            "over 99,500 billion VND",
            "99,509.9 billion VND",
            "+3.41 %, which rounds to the stated +3.4 %",
            "missed by 7,106.8 billion VND, 6.5 % of the target",
            "the 2024 target of +8.7 %",
            "39.7 % of the 2023 total, where 5 even months would be 41.7 %",
            "+12.23 % on the same month",
            "March 2024: 7,570 billion VND, +1.3 %",
        ] {
            assert!(en.contains(expected), "{expected}");
        }
        let vi = rendered(Lang::Vi);
        for expected in [
            "hơn 99.500 tỷ đồng",
            "thiếu 7.106,8 tỷ đồng, tức 6,5 %",
            "39,7 %",
        ] {
            assert!(vi.contains(expected), "{expected}");
        }
    }

    #[test]
    fn the_2023_question_is_asked_again_with_what_happened() {
        // By hand (crates/model/src/edition/tests.rs): each sector at its
        // actual growth from its implied 2022 level gives 102,893.2, short
        // of 110,000 by 7,106.8; on January–May the rest of 2023 needed
        // +14.29 % and grew +2.54 %, 11.75 points less.
        let en = rendered(Lang::En);
        let start = en
            .find("data-testid=\"record-backtest-2023\"")
            .expect("the 2023 backtest");
        let entry = &en[start..start + en[start..].find("</li>").unwrap()];
        for expected in [
            "tried on 2023: its 2022 levels are implied by the 2023 estimates",
            "gives back the estimate, 102,893.2 billion VND: 7,106.8 billion VND short of the target of 110,000 billion VND",
            "From January–May 2023",
            "needed +14.29 % on the same months of 2022 to meet the target (taking 2022 as the sectors' sum, 99,446.7 billion VND)",
            "the rest of the year grew +2.54 %, 11.75 percentage points less",
        ] {
            assert!(entry.contains(expected), "{expected} in {entry}");
        }
        let vi = rendered(Lang::Vi);
        for expected in [
            "dự báo cho lại đúng số ước tính, 102.893,2 tỷ đồng: thiếu 7.106,8 tỷ đồng so với mục tiêu 110.000 tỷ đồng",
            "cần tăng +14,29 % so với cùng kỳ năm 2022",
            "các tháng còn lại tăng +2,54 %, thấp hơn 11,75 điểm phần trăm",
        ] {
            assert!(vi.contains(expected), "{expected}");
        }
    }

    #[test]
    fn every_published_figure_and_source_appears_with_its_quote() {
        let published = Published::bundled();
        for lang in Lang::ALL {
            let html = rendered(lang);
            for source in published.sources.iter() {
                assert!(html.contains(&*source.url), "{}", source.id);
            }
            for figure in published.figures.iter().filter(|f| !f.is_so_far_offer()) {
                let quote = figure.quote.replace('\'', "&#39;");
                assert!(
                    html.contains(&quote) || html.contains(&*figure.quote),
                    "{}",
                    figure.id
                );
            }
        }
    }

    #[test]
    fn products_sit_beside_their_2023_growth() {
        let en = rendered(Lang::En);
        let row = |id: &str| {
            let start = en.find(&format!("data-product=\"{id}\"")).expect(id);
            en[start..start + en[start..].find("</tr>").unwrap()].to_string()
        };
        assert!(row("rolled_steel").contains("+18.9 %") && row("rolled_steel").contains("+9.9 %"));
        assert!(row("electronic_components").contains("+16.3 %"));
        assert!(row("camera_lenses").contains("+45.2 %") && row("camera_lenses").contains("×2.1"));
        assert!(
            en.contains("Trucks -39.2 %") || en.contains("Trucks −39.2 %"),
            "others listed"
        );
    }
}
