//! The root component: the one `use_reducer` holding the scenario, with
//! everything else derived from it and passed down as props.

use yew::prelude::*;

use crate::browser;
use crate::charts::levels::LevelsChart;
use crate::charts::shares::SharesChart;
use crate::charts::waterfall::WaterfallChart;
use crate::components::data_notes::DataNotes;
use crate::components::header::Header;
use crate::components::products::Products;
use crate::components::sector_table::SectorTable;
use crate::components::unit_picker::UnitPicker;
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

/// A callback that turns its value into an action on the scenario.
fn dispatcher<T: 'static>(
    scenario: &UseReducerHandle<Scenario>,
    action: impl Fn(T) -> Action + 'static,
) -> Callback<T> {
    let scenario = scenario.clone();
    Callback::from(move |value| scenario.dispatch(action(value)))
}

#[derive(Properties, PartialEq)]
struct ExplorerProps {
    data: Data,
}

#[component]
fn Explorer(props: &ExplorerProps) -> Html {
    let data = props.data;
    let scenario = use_reducer(|| Scenario::baseline(&data, browser::initial_lang()));
    let lang = scenario.lang;
    let t = strings(lang);

    use_effect_with(lang, |&lang| {
        browser::set_document_language(lang, strings(lang).app_title);
        browser::remember_lang(lang);
        browser::write_url_lang(lang);
    });
    // The verdict and the inputs render first; charts, products and notes
    // follow a frame later, so the answer is on screen as early as possible.
    let details_ready = use_state(|| false);
    {
        let details_ready = details_ready.clone();
        use_effect_with((), move |_| {
            browser::mark("first-verdict");
            browser::after_next_paint(move || details_ready.set(true));
        });
    }
    use_effect_with(*details_ready, |&ready| {
        if ready {
            browser::mark("all-rendered");
        }
    });

    let on_lang = dispatcher(&scenario, Action::SetLang);
    let on_unit = dispatcher(&scenario, Action::SetUnit);
    let on_rate = dispatcher(&scenario, Action::SetVndPerUsd);
    let on_growth = dispatcher(&scenario, |(sector, pct)| Action::SetGrowth { sector, pct });
    let on_reset_all = dispatcher(&scenario, |()| Action::ResetAll);

    let outcome = evaluate(&data, &scenario.growth_pct, scenario.target);
    let reader = scenario.reader();

    html! {
        <>
            <Header {data} {lang} {on_lang} />
            <main class="layout">
                <section class="inputs" aria-labelledby="sectors-heading">
                    <h2 id="sectors-heading">{ t.sectors_heading }</h2>
                    <UnitPicker {lang} unit={scenario.unit} vnd_per_usd={scenario.vnd_per_usd} {on_unit} {on_rate} />
                    <SectorTable {data} growth_pct={scenario.growth_pct.clone()} {reader} {on_growth} />
                </section>
                <VerdictPanel {data} outcome={outcome.clone()} {reader} {on_reset_all} />
                <section class="charts" aria-labelledby="charts-heading" aria-busy={(!*details_ready).to_string()}>
                    <h2 id="charts-heading">{ t.charts_heading }</h2>
                    if *details_ready {
                        <WaterfallChart {data} outcome={outcome.clone()} growth_pct={scenario.growth_pct.clone()} {reader} />
                        <LevelsChart {data} projection={outcome.projection.clone()} {reader} />
                        <SharesChart {data} {reader} />
                    }
                </section>
                if *details_ready {
                    <Products {data} {lang} />
                }
                <DataNotes {data} {lang} />
            </main>
        </>
    }
}
