//! The root component: the one `use_reducer` holding the scenario, with
//! everything else derived from it and passed down as props.

use yew::prelude::*;

use crate::browser;
use crate::charts::histogram::{self, HistogramChartProps};
use crate::charts::levels::{self, LevelsChartProps};
use crate::charts::shares::{self, SharesChartProps};
use crate::charts::tornado::{self, TornadoChartProps};
use crate::charts::waterfall::{self, WaterfallChartProps};
use crate::components::compare::{mc_spec, Compare};
use crate::components::data_notes::{self, DataNotesProps};
use crate::components::header::{self, HeaderProps};
use crate::components::levers::{self, LeversProps};
use crate::components::preset_bar::{self, PresetBarProps};
use crate::components::products::{self, ProductsProps};
use crate::components::project_list::{self, ProjectListProps};
use crate::components::sector_table::SectorTable;
use crate::components::target_picker::{self, TargetPickerProps};
use crate::components::uncertainty::{self, UncertaintyProps};
use crate::components::unit_picker::{self, UnitPickerProps};
use crate::components::verdict_panel::{self, VerdictPanelProps};
use crate::components::Data;
use crate::hooks::use_monte_carlo;
use crate::i18n::strings;
use crate::model::presets::Assumptions;
use crate::model::{evaluate, Dataset};
use crate::state::{Action, Scenario};

#[component]
pub fn App() -> Html {
    let loaded = Dataset::bundled()
        .map_err(|e| e.to_string())
        .and_then(|data| {
            Assumptions::bundled(data)
                .map(|a| (data, a))
                .map_err(|e| e.to_string())
        });
    match loaded {
        Ok((data, assumptions)) => html! { <Explorer data={Data(data)} {assumptions} /> },
        Err(error) => html! {
            <main class="fatal" role="alert">
                <h1>{ "Không đọc được số liệu / The bundled data could not be read" }</h1>
                <p>{ error }</p>
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
    assumptions: &'static Assumptions,
}

#[component]
fn Explorer(props: &ExplorerProps) -> Html {
    let data = props.data;
    let assumptions = props.assumptions;
    let scenario = use_reducer(|| Scenario::baseline(&data, assumptions, browser::initial_lang()));
    let lang = scenario.lang;
    let t = strings(lang);

    use_effect_with(lang, |&lang| {
        browser::set_document_language(lang, strings(lang).app_title);
        browser::remember_lang(lang);
        browser::write_url_lang(lang);
    });
    // The verdict and the levers render first; charts, tables and the rest
    // follow after the next paint, so the answer is on screen soonest.
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
    let on_reset = dispatcher(&scenario, Action::ResetSector);
    let on_reset_all = dispatcher(&scenario, |()| Action::ResetAll);
    let on_target = dispatcher(&scenario, Action::SetTarget);
    let on_preset = dispatcher(&scenario, Action::ApplyPreset);
    let on_project = dispatcher(&scenario, |(i, p)| Action::UpdateProject(i, p));
    let on_add_project = dispatcher(&scenario, |()| Action::AddProject);
    let on_remove_project = dispatcher(&scenario, Action::RemoveProject);
    let on_range = dispatcher(&scenario, |(i, r)| Action::SetRange(i, r));
    let on_draws = dispatcher(&scenario, Action::SetDraws);
    let on_seed = dispatcher(&scenario, Action::SetSeed);
    let on_load = dispatcher(&scenario, |s| Action::Replace(Box::new(s)));

    let outcome = evaluate(
        &data,
        &scenario.growth_pct,
        &scenario.projects,
        scenario.target,
    );
    let reader = scenario.reader();
    let mc = use_monte_carlo(mc_spec(&data, &scenario));
    let ready = *details_ready;

    html! {
        <>
            { header::view(&HeaderProps { data, lang, on_lang }) }
            <main class="layout">
                <section class="scenario" aria-labelledby="scenario-heading">
                    <h2 id="scenario-heading">{ t.scenario_heading }</h2>
                    { preset_bar::view(&PresetBarProps { presets: assumptions.presets.clone(), lang, on_apply: on_preset }) }
                    { target_picker::view(&TargetPickerProps { data, reading: scenario.target, reader, on_change: on_target }) }
                    { levers::view(&LeversProps { data, growth_pct: scenario.growth_pct.clone(), required_pct: outcome.required_by_sector.clone(), target_met: outcome.verdict.met, lang, on_growth, on_reset, on_reset_all }) }
                </section>
                { verdict_panel::view(&VerdictPanelProps { data, outcome: outcome.clone(), reader, mc: mc.clone() }) }
                <div class="details" aria-busy={(!ready).to_string()}>
                    if ready {
                        <section class="scenario-more">
                            { project_list::view(&ProjectListProps { data, projects: scenario.projects.clone(), reader, on_update: on_project, on_add: on_add_project, on_remove: on_remove_project }) }
                            { uncertainty::view(&UncertaintyProps { data, ranges: scenario.ranges.clone(), draws: scenario.draws, seed: scenario.seed, mc: mc.clone(), reader, on_range, on_draws, on_seed }) }
                        </section>
                        <section class="charts" aria-labelledby="charts-heading">
                            <h2 id="charts-heading">{ t.charts_heading }</h2>
                            { waterfall::view(&WaterfallChartProps { data, outcome: outcome.clone(), growth_pct: scenario.growth_pct.clone(), reader }) }
                            <div class="chart-slot">
                                if let Some(summary) = mc.summary.clone() {
                                    { histogram::view(&HistogramChartProps { summary, target: outcome.verdict.target, reader }) }
                                }
                            </div>
                            { tornado::view(&TornadoChartProps { data, projects: scenario.projects.clone(), reader }) }
                            { levels::view(&LevelsChartProps { data, projection: outcome.projection.clone(), reader }) }
                            { shares::view(&SharesChartProps { data, reader }) }
                        </section>
                        <section class="overview" aria-labelledby="sectors-heading">
                            <h2 id="sectors-heading">{ t.sectors_heading }</h2>
                            { unit_picker::view(&UnitPickerProps { lang, unit: scenario.unit, vnd_per_usd: scenario.vnd_per_usd, on_unit, on_rate }) }
                            <SectorTable {data} {reader} />
                        </section>
                        { products::view(&ProductsProps { data, lang }) }
                        <Compare {data} {assumptions} scenario={(*scenario).clone()} {reader} {on_load} />
                    }
                </div>
                { data_notes::view(&DataNotesProps { data, lang }) }
            </main>
        </>
    }
}
