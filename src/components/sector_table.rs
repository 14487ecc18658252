//! The sector overview: the base year's published figures and what derives from them,
//! sortable by any column, each figure traceable to its source, and each
//! sector opening onto its products.

use yew::prelude::*;

use super::explain::Explain;
use super::figure::figure;
use super::products::product_growth_text;
use super::Data;
use crate::format::ReaderFormat as _;
use crate::format::{self, ReaderPrefs};
use crate::i18n::{strings, Strings};
use crate::model::explain;
use crate::model::explore::{sorted_sectors, Direction, SectorColumn};
use crate::model::published::Published;
use crate::model::schema::PublishedFigure;
use crate::model::{Lang, Years};

#[derive(Properties, PartialEq)]
pub struct SectorTableProps {
    pub data: Data,
    pub reader: ReaderPrefs,
    /// The base values are implied by the next year's article, not
    /// published as such (an edition asked again with what happened).
    #[prop_or_default]
    pub implied: bool,
    /// The base year's total as published, shown beside the sectors' sum
    /// where the levels are implied.
    #[prop_or_default]
    pub published_total: Option<&'static PublishedFigure>,
}

fn column_label(t: &Strings, years: Years, column: SectorColumn) -> String {
    match column {
        SectorColumn::Name => t.col_sector.to_owned(),
        SectorColumn::Value2023 => years.base.to_string(),
        SectorColumn::Share => t.col_share.to_owned(),
        SectorColumn::Growth2023 => t.col_base_growth(years),
        SectorColumn::Implied2022 => t.col_implied_before(years),
        SectorColumn::Contribution => t.col_contribution.to_owned(),
    }
}

/// The column the table is sorted by and which way; `None` keeps the
/// published order.
type SortState = UseStateHandle<Option<(SectorColumn, Direction)>>;

/// What every row reads to write its figures and their provenance.
struct TableContext<'a> {
    data: Data,
    reader: ReaderPrefs,
    t: &'static Strings,
    publisher: &'a str,
    conversion: String,
    implied: bool,
    published_total: Option<&'static PublishedFigure>,
}

#[component]
pub fn SectorTable(props: &SectorTableProps) -> Html {
    let sort = use_state(|| None::<(SectorColumn, Direction)>);
    let open = use_state(|| None::<usize>);
    let reader = props.reader;
    let lang = reader.lang;
    let t = strings(lang);
    let data = props.data;
    let years = data.years();
    let cx = TableContext {
        data,
        reader,
        t,
        publisher: data.meta.publisher.get(lang),
        conversion: reader.conversion_note(),
        implied: props.implied,
        published_total: props.published_total,
    };

    let order = match *sort {
        Some((column, direction)) => sorted_sectors(&data, column, direction, lang, &|a, b| {
            format::compare_text(lang, a, b)
        }),
        None => (0..data.sectors.len()).collect(),
    };
    let rows = order.iter().map(|&i| sector_body(&cx, i, &open));

    html! {
        <div class="table-scroll">
            <table class="sector-table">
                <caption>
                    { t.table_caption(years) }
                    <span class="hint">{ t.table_hint(reader.unit_label(), years) }</span>
                </caption>
                <thead>
                    <tr>
                        { sort_header(t, years, &sort, SectorColumn::Name, false) }
                        { sort_header(t, years, &sort, SectorColumn::Value2023, true) }
                        { sort_header(t, years, &sort, SectorColumn::Share, true) }
                        { sort_header(t, years, &sort, SectorColumn::Growth2023, true) }
                        { sort_header(t, years, &sort, SectorColumn::Implied2022, true) }
                        { sort_header(t, years, &sort, SectorColumn::Contribution, true) }
                    </tr>
                </thead>
                { for rows }
                { total_footer(&cx) }
            </table>
        </div>
    }
}

fn sort_header(
    t: &Strings,
    years: Years,
    sort: &SortState,
    column: SectorColumn,
    numeric: bool,
) -> Html {
    let label = column_label(t, years, column);
    let current = sort.and_then(|(c, d)| (c == column).then_some(d));
    let aria_sort = match current {
        Some(Direction::Ascending) => "ascending",
        Some(Direction::Descending) => "descending",
        None => "none",
    };
    let arrow = match current {
        Some(Direction::Ascending) => "▲",
        Some(Direction::Descending) => "▼",
        None => "↕",
    };
    let onclick = {
        let sort = sort.clone();
        // Numbers read best largest-first; names A to Z.
        let first = if numeric {
            Direction::Descending
        } else {
            Direction::Ascending
        };
        Callback::from(move |_| {
            let next = match *sort {
                Some((c, d)) if c == column => d.flipped(),
                _ => first,
            };
            sort.set(Some((column, next)));
        })
    };
    html! {
        <th scope="col" class={numeric.then_some("num")} aria-sort={aria_sort}>
            <button type="button" class="sort" {onclick} title={t.sort_by(&label)}>
                { label }<span class="arrow" aria-hidden="true">{ arrow }</span>
            </button>
        </th>
    }
}

/// One keyed <tbody> per sector: sorting moves rows (with their input
/// and its draft) instead of re-filling them with another sector.
fn sector_body(cx: &TableContext, i: usize, open: &UseStateHandle<Option<usize>>) -> Html {
    let TableContext {
        data,
        reader,
        t,
        publisher,
        conversion,
        ..
    } = cx;
    let lang = reader.lang;
    let other = match lang {
        Lang::Vi => Lang::En,
        Lang::En => Lang::Vi,
    };
    let years = data.years();
    let sector = &data.sectors[i];
    let vsic: &str = &sector.vsic;
    let name = sector.name.get(lang);
    let published = t.provenance_published(publisher, &sector.quote_vi, years);
    let value = if cx.implied {
        let how = t.provenance_implied_by_outcome(years.target, publisher, &sector.quote_vi);
        (
            "derived",
            reader.money(sector.value),
            format!("{how}{conversion}"),
        )
    } else {
        (
            "published",
            reader.money(sector.value),
            format!("{published}{conversion}"),
        )
    };
    let share = format!("{} %", format::pct(lang, data.share_2023(i) * 100.0, 1));
    let share = ("derived", share, t.provenance_share(years));
    let growth = sector.growth_pct.map(|g| {
        let text = format!("{} %", format::signed_pct(lang, g, 1));
        ("published", text, published.clone())
    });
    let implied = sector
        .implied_2022()
        .zip(sector.growth_pct)
        .map(|(level, g)| {
            let how = t.provenance_implied_before(
                &format::bn_vnd(lang, sector.value),
                &format::pct(lang, g, 1),
                years,
            );
            ("derived", reader.money(level), format!("{how}{conversion}"))
        });
    let contribution = data.contribution_pp_2023(i).map(|pp| {
        let text = format::signed_pct(lang, pp, 2);
        ("derived", text, t.provenance_contribution(years))
    });
    let product_count = data.products_of(i).count();
    let is_open = **open == Some(i);
    let toggle = {
        let open = open.clone();
        Callback::from(move |_| open.set(if is_open { None } else { Some(i) }))
    };
    html! {
        <tbody key={vsic} class="sector">
            <tr data-testid={format!("sector-{vsic}")}>
                <th scope="row">
                    <span class="sector-name">{ name }<span class="vsic" title={format!("VSIC {vsic}")}>{ vsic }</span></span>
                    <span class="sector-other-name" lang={other.tag()}>{ sector.long_name.get(other) }</span>
                    <button type="button" class="drill" aria-expanded={is_open.to_string()}
                            aria-controls={format!("products-{vsic}")} onclick={toggle}>
                        <span aria-hidden="true">{ if is_open { "▾ " } else { "▸ " } }</span>
                        { t.products_count(product_count) }
                    </button>
                </th>
                { cell(t, years, SectorColumn::Value2023, format!("value-{vsic}"), Some(value), None) }
                { cell(t, years, SectorColumn::Share, format!("share-{vsic}"), Some(share), Some(explain::share(data, i))) }
                { cell(t, years, SectorColumn::Growth2023, format!("growth2023-{vsic}"), growth, None) }
                { cell(t, years, SectorColumn::Implied2022, format!("implied2022-{vsic}"), implied, explain::implied_2022(data, i)) }
                { cell(t, years, SectorColumn::Contribution, format!("contribution-{vsic}"), contribution, explain::contribution(data, i)) }
            </tr>
            { products_row(cx, i, product_count, is_open) }
        </tbody>
    }
}

/// A figure's kind, text and provenance (see `figure`).
type FigureParts = (&'static str, String, String);

/// One numeric cell: the figure with its explanation, if any, or "not
/// published" where the edition lacks it.
fn cell(
    t: &Strings,
    years: Years,
    column: SectorColumn,
    id: String,
    parts: Option<FigureParts>,
    explanation: Option<explain::Explanation>,
) -> Html {
    cell_with_note(t, years, column, id, parts, explanation, None)
}

/// `cell`, with a note after the figure (the published total beside an
/// implied one).
fn cell_with_note(
    t: &Strings,
    years: Years,
    column: SectorColumn,
    id: String,
    parts: Option<FigureParts>,
    explanation: Option<explain::Explanation>,
    note: Option<String>,
) -> Html {
    let content = match parts {
        Some((kind, text, provenance)) => html! {
            <>
                { figure(id.clone(), kind, text, provenance) }
                if let Some(explanation) = explanation {
                    <Explain {id} {explanation} />
                }
                if let Some(note) = note {
                    <span class="beside" data-testid="published-total">{ note }</span>
                }
            </>
        },
        None => html! { <span class="not-published">{ t.not_published() }</span> },
    };
    html! { <td class="num" data-label={column_label(t, years, column)}>{ content }</td> }
}

fn products_row(cx: &TableContext, i: usize, product_count: usize, is_open: bool) -> Html {
    let TableContext {
        data,
        reader,
        t,
        publisher,
        ..
    } = cx;
    let lang = reader.lang;
    let years = data.years();
    let vsic = &data.sectors[i].vsic;
    let items = data.products_of(i).map(|p| {
        let growth = product_growth_text(lang, p.growth);
        html! {
            <li>
                <span class="product-name">{ p.name.get(lang) }</span>{ ": " }
                { figure(format!("product-{}-volume-in-row", p.id), "published", format!("{} {}", format::number(lang, p.volume, format::NumberStyle::plain(1)), p.unit.get(lang)), t.provenance_published(publisher, &p.quote_vi, years)) }
                { ", " }
                { figure(format!("product-{}-growth-in-row", p.id), "published", growth, t.provenance_published(publisher, &p.quote_vi, years)) }
            </li>
        }
    });
    html! {
        <tr class="products-row" id={format!("products-{vsic}")} data-testid={format!("products-{vsic}")}
            hidden={!is_open}>
            <td colspan="6">
                if product_count == 0 {
                    <p>{ t.no_products }</p>
                } else {
                    <ul>{ for items }</ul>
                }
            </td>
        </tr>
    }
}

fn total_footer(cx: &TableContext) -> Html {
    let TableContext {
        data,
        reader,
        t,
        publisher,
        conversion,
        ..
    } = cx;
    let lang = reader.lang;
    let years = data.years();
    let total = &data.total;
    let total_published = t.provenance_published(publisher, &total.quote_vi, years);
    // The growth of a total published elsewhere is that source's.
    let growth_source = cx
        .published_total
        .and_then(|f| Some((f, Published::bundled().source(&f.source)?)))
        .map(|(f, source)| t.provenance_source(&source.publisher, &source.date, &f.quote));
    let value = if cx.implied {
        let how = t.provenance_implied_total(years.target, &total.quote_vi);
        (
            "derived",
            reader.money(total.value),
            format!("{how}{conversion}"),
        )
    } else {
        (
            "published",
            reader.money(total.value),
            format!("{total_published}{conversion}"),
        )
    };
    let beside = cx
        .published_total
        .and_then(|f| Some(t.published_beside(&reader.money(f.value?), f.value_is_lower_bound)));
    let growth = format!("{} %", format::signed_pct(lang, total.growth_pct, 1));
    let implied = data.implied_total_2022().map(|level| {
        let how = t.provenance_implied_before_total(years);
        ("derived", reader.money(level), format!("{how}{conversion}"))
    });
    html! {
        <tfoot>
            <tr data-testid="sector-total">
                <th scope="row">{ t.total_row }<span class="vsic">{ &*total.vsic }</span></th>
                { cell_with_note(t, years, SectorColumn::Value2023, "value-total".into(), Some(value), None, beside) }
                <td class="num" data-label={column_label(t, years, SectorColumn::Share)}>{ format!("{} %", format::pct(lang, 100.0, 1)) }</td>
                { cell(t, years, SectorColumn::Growth2023, "growth2023-total".into(), Some(("published", growth, growth_source.unwrap_or(total_published))), None) }
                { cell(t, years, SectorColumn::Implied2022, "implied2022-total".into(), implied, explain::implied_2022_total(data)) }
                <td class="num" data-label={column_label(t, years, SectorColumn::Contribution)}>
                    if let Some(pp) = data.implied_total_growth_pct() {
                        { format::signed_pct(lang, pp, 2) }
                    } else { <span class="not-published">{ t.not_published() }</span> }
                </td>
            </tr>
        </tfoot>
    }
}
