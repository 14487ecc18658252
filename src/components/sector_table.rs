//! The four sectors' published 2023 figures beside the user's 2024 growth.

use yew::prelude::*;

use super::growth_field::GrowthField;
use super::Data;
use crate::format;
use crate::i18n::strings;
use crate::model::Lang;

#[derive(Properties, PartialEq)]
pub struct SectorTableProps {
    pub data: Data,
    pub growth_pct: Vec<f64>,
    pub lang: Lang,
    /// (sector index, new valid growth in percent)
    pub on_growth: Callback<(usize, f64)>,
}

#[component]
pub fn SectorTable(props: &SectorTableProps) -> Html {
    let t = strings(props.lang);
    let lang = props.lang;
    let data = props.data;
    let other = match lang {
        Lang::Vi => Lang::En,
        Lang::En => Lang::Vi,
    };
    let rows = data.sectors.iter().enumerate().map(|(i, sector)| {
        let on_growth = props.on_growth.clone();
        let name = sector.name.get(lang);
        html! {
            <tr data-testid={format!("sector-{}", sector.vsic)}>
                <th scope="row">
                    <span class="sector-name">{ name }</span>
                    <span class="sector-other-name" lang={other.tag()}>{ sector.long_name.get(other) }</span>
                </th>
                <td class="vsic">{ &sector.vsic }</td>
                <td class="num">{ format::bn_vnd(lang, sector.value_2023) }</td>
                <td class="num">{ format!("{} %", format::pct(lang, data.share_2023(i) * 100.0, 1)) }</td>
                <td class="num">{ format!("{} %", format::signed_pct(lang, sector.growth_pct_2023, 1)) }</td>
                <td class="input-cell">
                    <GrowthField
                        id={format!("growth-{}", sector.vsic)}
                        label={t.growth_field_label(name)}
                        value_pct={props.growth_pct.get(i).copied().unwrap_or(0.0)}
                        {lang}
                        on_change={Callback::from(move |pct| on_growth.emit((i, pct)))}
                    />
                </td>
            </tr>
        }
    });
    let total = &data.total;
    html! {
        <div class="table-scroll">
            <table class="sector-table">
                <caption>{ t.table_caption }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ t.col_sector }</th>
                        <th scope="col">{ t.col_vsic }</th>
                        <th scope="col" class="num">{ t.col_value_2023 }</th>
                        <th scope="col" class="num">{ t.col_share }</th>
                        <th scope="col" class="num">{ t.col_growth_2023 }</th>
                        <th scope="col">{ t.col_growth_2024 }</th>
                    </tr>
                </thead>
                <tbody>{ for rows }</tbody>
                <tfoot>
                    <tr data-testid="sector-total">
                        <th scope="row">{ t.total_row }</th>
                        <td class="vsic">{ &total.vsic }</td>
                        <td class="num">{ format::bn_vnd(lang, total.value_2023) }</td>
                        <td class="num">{ format!("{} %", format::pct(lang, 100.0, 1)) }</td>
                        <td class="num">{ format!("{} %", format::signed_pct(lang, total.growth_pct_2023, 1)) }</td>
                        <td></td>
                    </tr>
                </tfoot>
            </table>
        </div>
    }
}
