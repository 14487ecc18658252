//! The root component: the one `use_reducer` holding the scenario, with
//! everything else derived from it and passed down as props.

use yew::prelude::*;

use crate::browser;
use crate::components::data_notes::DataNotes;
use crate::components::header::Header;
use crate::components::sector_table::SectorTable;
use crate::components::verdict_panel::VerdictPanel;
use crate::components::Data;
use crate::i18n::strings;
use crate::model::{evaluate, Dataset};
use crate::state::{Action, Scenario};

#[component]
pub fn App() -> Html {
    match Dataset::bundled() {
        Ok(data) => html! { <Explorer data={Data(data)} /> },
        Err(error) => html! {
            <main class="fatal" role="alert">
                <h1>{ "Không đọc được số liệu / The bundled data could not be read" }</h1>
                <p>{ error.to_string() }</p>
            </main>
        },
    }
}

#[derive(Properties, PartialEq)]
struct ExplorerProps {
    data: Data,
}

#[component]
fn Explorer(props: &ExplorerProps) -> Html {
    let data = props.data;
    let scenario = use_reducer(|| Scenario::baseline(&data, browser::preferred_lang()));
    let lang = scenario.lang;

    use_effect_with(lang, |&lang| {
        browser::set_document_language(lang, strings(lang).app_title);
        browser::remember_lang(lang);
    });
    use_effect_with((), |_| browser::mark_first_verdict());

    let on_lang = {
        let scenario = scenario.clone();
        Callback::from(move |lang| scenario.dispatch(Action::SetLang(lang)))
    };
    let on_growth = {
        let scenario = scenario.clone();
        Callback::from(move |(sector, pct)| scenario.dispatch(Action::SetGrowth { sector, pct }))
    };
    let on_reset_all = {
        let scenario = scenario.clone();
        Callback::from(move |()| scenario.dispatch(Action::ResetAll))
    };

    let outcome = evaluate(&data, &scenario.growth_pct, scenario.target);

    html! {
        <>
            <Header {data} {lang} {on_lang} />
            <main class="layout">
                <section class="inputs">
                    <SectorTable {data} growth_pct={scenario.growth_pct.clone()} {lang} {on_growth} />
                </section>
                <VerdictPanel {data} {outcome} {lang} {on_reset_all} />
                <DataNotes {data} {lang} />
            </main>
        </>
    }
}
