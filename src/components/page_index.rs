//! "On this page": a skip link to each section's heading (`Landmark`),
//! after the verdict, in its column: on a phone the verdict keeps its
//! place, on a wide screen the index stays at hand with it. Drawn at build
//! time only, like the record: the baseline carries it, and the page
//! carries both languages' copies (`<template id="toc-vi">`, `toc-en`)
//! that the app shows (`record::BuiltCopy`), so the wasm does not grow.

use yew::prelude::*;

use crate::i18n::strings;
use crate::model::page_index::Landmark;
use crate::model::Lang;

#[derive(Properties, PartialEq)]
pub struct PageIndexProps {
    pub lang: Lang,
}

#[component]
pub fn PageIndex(props: &PageIndexProps) -> Html {
    let t = strings(props.lang);
    let links = Landmark::ALL.map(|l| {
        html! { <li><a href={format!("#{}", l.id())}>{ t.index_entry(l) }</a></li> }
    });
    html! {
        <nav class="toc" aria-labelledby="toc-heading">
            <h3 id="toc-heading">{ t.index_heading() }</h3>
            <ul>{ for links }</ul>
        </nav>
    }
}
