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
use crate::components::project_list::project_names;
use crate::components::project_list::{self, ProjectListProps};
use crate::components::sector_table::SectorTable;
use crate::components::share_panel::{qr_svg, SharePanel};
use crate::components::target_picker::{self, TargetPickerProps};
use crate::components::uncertainty::{self, UncertaintyProps};
use crate::components::unit_picker::{self, UnitPickerProps};
use crate::components::verdict_panel::{self, VerdictPanelProps};
use crate::components::Data;
use crate::hooks::use_monte_carlo;
use crate::i18n::strings;
use crate::model::presets::Assumptions;
use crate::model::{evaluate, Dataset};
use crate::share::code::{decode, encode, DecodeError, Shared, View};
use crate::share::export;
use crate::share::qr::QrMatrix;
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

/// Like `dispatcher`, for actions that set fields from outside the fields
/// themselves (resets, presets, loading): it also bumps `revision`, which
/// keys the input fields, so even a field whose value does not change
/// drops whatever the user had half-typed into it.
fn resetting_dispatcher<T: 'static>(
    scenario: &UseReducerHandle<Scenario>,
    revision: &UseStateHandle<u32>,
    action: impl Fn(T) -> Action + 'static,
) -> Callback<T> {
    let scenario = scenario.clone();
    let revision = revision.clone();
    Callback::from(move |value| {
        scenario.dispatch(action(value));
        revision.set(revision.wrapping_add(1));
    })
}

/// What the banner reports; kept as data so it reads in the current language.
#[derive(Clone, Debug, PartialEq)]
enum Notice {
    BadLink(DecodeError),
    NotAnExport,
    BadImport(DecodeError),
}

/// What the page opens with: the scenario in the address if it reads,
/// else the baseline and the reason the link was refused.
fn start_from_address(data: &Dataset, assumptions: &Assumptions) -> (Shared, Option<DecodeError>) {
    let lang = browser::initial_lang();
    let baseline = || Shared {
        scenario: Scenario::baseline(data, assumptions, lang),
        view: View::Full,
    };
    match browser::url_code() {
        None => (baseline(), None),
        Some(code) => match decode(&code, data, assumptions, lang) {
            Ok(shared) => (shared, None),
            Err(error) => (baseline(), Some(error)),
        },
    }
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
    let start = use_memo((), |_| start_from_address(&data, assumptions));
    let scenario = use_reducer(|| start.0.scenario.clone());
    let view = use_state(|| start.0.view);
    let banner = use_state(|| start.1.clone().map(Notice::BadLink));
    let lang = scenario.lang;
    let t = strings(lang);

    use_effect_with(lang, |&lang| {
        browser::set_document_language(lang, strings(lang).app_title);
        browser::remember_lang(lang);
    });
    let code = encode(
        &Shared {
            scenario: (*scenario).clone(),
            view: *view,
        },
        &data,
        assumptions,
    );
    // The address always links to what is on screen (history replaced,
    // not pushed, so editing does not flood the back button).
    use_effect_with(code.clone(), |code| browser::write_url_code(code));
    let full_code = encode(
        &Shared {
            scenario: (*scenario).clone(),
            view: View::Full,
        },
        &data,
        assumptions,
    );
    let link = browser::link_for(&full_code).unwrap_or_default();
    // The verdict and the levers render first; charts, tables and the rest
    // follow after the next paint, so the answer is on screen soonest.
    let details_ready = use_state(|| false);
    {
        let details_ready = details_ready.clone();
        use_effect_with((), move |_| {
            browser::mark("first-verdict");
            browser::after_next_paint(move || {
                details_ready.set(true);
                // Installing the worker downloads the whole build again into
                // its cache: not while the first verdict is being drawn.
                browser::register_service_worker();
            });
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
    let revision = use_state(|| 0u32);
    let on_reset = resetting_dispatcher(&scenario, &revision, Action::ResetSector);
    let on_reset_all = resetting_dispatcher(&scenario, &revision, |()| Action::ResetAll);
    let on_target = dispatcher(&scenario, Action::SetTarget);
    let on_preset = resetting_dispatcher(&scenario, &revision, Action::ApplyPreset);
    let on_project = dispatcher(&scenario, |(i, p)| Action::UpdateProject(i, p));
    let on_add_project = dispatcher(&scenario, |()| Action::AddProject);
    let on_remove_project = resetting_dispatcher(&scenario, &revision, Action::RemoveProject);
    let on_range = dispatcher(&scenario, |(i, r)| Action::SetRange(i, r));
    let on_draws = dispatcher(&scenario, Action::SetDraws);
    let on_seed = dispatcher(&scenario, Action::SetSeed);
    let on_load = resetting_dispatcher(&scenario, &revision, |s| Action::Replace(Box::new(s)));
    let on_present = {
        let view = view.clone();
        Callback::from(move |()| view.set(View::Presenter))
    };
    let on_exit_view = {
        let view = view.clone();
        Callback::from(move |_: MouseEvent| view.set(View::Full))
    };
    let on_import = {
        let scenario = scenario.clone();
        let revision = revision.clone();
        let banner = banner.clone();
        Callback::from(move |text: String| {
            let lang = scenario.lang;
            match browser::code_from_export(&text)
                .map(|code| decode(&code, &data, assumptions, lang))
            {
                Some(Ok(shared)) => {
                    scenario.dispatch(Action::Replace(Box::new(Scenario {
                        lang,
                        ..shared.scenario
                    })));
                    revision.set(revision.wrapping_add(1));
                    banner.set(None);
                }
                Some(Err(error)) => banner.set(Some(Notice::BadImport(error))),
                None => banner.set(Some(Notice::NotAnExport)),
            }
        })
    };
    let on_dismiss = {
        let banner = banner.clone();
        Callback::from(move |_: MouseEvent| banner.set(None))
    };

    let outcome = evaluate(
        &data,
        &scenario.growth_pct,
        &scenario.projects,
        scenario.target,
    );
    let reader = scenario.reader();
    let mc = use_monte_carlo(mc_spec(&data, &scenario));
    let ready = *details_ready;
    let verdict = verdict_panel::view(&VerdictPanelProps {
        data,
        outcome: outcome.clone(),
        reader,
        mc: mc.clone(),
    });
    let waterfall = waterfall::view(&WaterfallChartProps {
        data,
        outcome: outcome.clone(),
        growth_pct: scenario.growth_pct.clone(),
        reader,
    });
    let banner_html = html! {
        <div class="banner" role="alert" data-testid="banner" hidden={banner.is_none()}>
            <span>{ match &*banner {
                Some(Notice::BadLink(e)) => t.link_error(e),
                Some(Notice::BadImport(e)) => t.import_error(e),
                Some(Notice::NotAnExport) => t.import_failed.to_owned(),
                None => String::new(),
            } }</span>
            <button type="button" onclick={on_dismiss}>{ t.dismiss }</button>
        </div>
    };

    match *view {
        View::Embed => {
            return html! {
                <main class="embed">
                    { banner_html }
                    <p class="embed-title"><a href={link.clone()} target="_blank" rel="noopener">{ t.app_title }</a></p>
                    { verdict }
                    { waterfall }
                    <p><a href={link} target="_blank" rel="noopener">{ t.open_full_app }</a></p>
                </main>
            };
        }
        View::Presenter => {
            let qr = QrMatrix::for_text(&link)
                .map(|m| qr_svg(&m, t.qr_label))
                .unwrap_or_default();
            return html! {
                <main class="presenter" data-testid="presenter">
                    { banner_html }
                    <div class="presenter-verdict">
                        <h1>{ t.app_question }</h1>
                        { verdict }
                    </div>
                    <div class="presenter-qr">
                        { qr }
                        <p class="presenter-link">{ link.clone() }</p>
                        <button type="button" onclick={on_exit_view}>{ t.exit_presenter }</button>
                    </div>
                </main>
            };
        }
        View::Full => {}
    }

    // Exports are built on click, not on every render.
    let on_export_json = {
        let (scenario, outcome, code) = ((*scenario).clone(), outcome.clone(), full_code.clone());
        let probability = mc
            .summary
            .as_ref()
            .filter(|_| !mc.running)
            .map(|s| s.probability);
        Callback::from(move |()| {
            let names = project_names(&data, &scenario.projects, lang);
            let json = export::to_json(&data, &scenario, &outcome, &code, probability, &names);
            browser::download_text("ninh-binh-scenario.json", "application/json", &json);
        })
    };
    let on_export_csv = {
        let (scenario, outcome) = ((*scenario).clone(), outcome.clone());
        Callback::from(move |()| {
            let names = project_names(&data, &scenario.projects, lang);
            let csv = export::to_csv(&data, &scenario, &outcome, &names);
            browser::download_text("ninh-binh-scenario.csv", "text/csv", &csv);
        })
    };

    html! {
        <>
            { header::view(&HeaderProps { data, lang, on_lang }) }
            { banner_html }
            <main class="layout">
                // Its own grid, so the sticky verdict stays beside the levers
                // and never slides over the sections below.
                <div class="top">
                <section class="scenario" aria-labelledby="scenario-heading">
                    <h2 id="scenario-heading">{ t.scenario_heading }</h2>
                    { preset_bar::view(&PresetBarProps { presets: assumptions.presets.clone(), lang, on_apply: on_preset }) }
                    { target_picker::view(&TargetPickerProps { data, reading: scenario.target, reader, on_change: on_target }) }
                    { levers::view(&LeversProps { data, growth_pct: scenario.growth_pct.clone(), required_pct: outcome.required_by_sector.clone(), target_met: outcome.verdict.met,
                        revision: *revision, lang, on_growth, on_reset, on_reset_all }) }
                </section>
                { verdict }
                </div>
                <div class="details" aria-busy={(!ready).to_string()}>
                    if ready {
                        <section class="scenario-more">
                            { project_list::view(&ProjectListProps { data, projects: scenario.projects.clone(), reader, on_update: on_project, on_add: on_add_project, on_remove: on_remove_project, revision: *revision }) }
                            { uncertainty::view(&UncertaintyProps { data, ranges: scenario.ranges.clone(), draws: scenario.draws, seed: scenario.seed, mc: mc.clone(), reader, on_range, on_draws, on_seed, revision: *revision }) }
                        </section>
                        <section class="charts" aria-labelledby="charts-heading">
                            <h2 id="charts-heading">{ t.charts_heading }</h2>
                            { waterfall }
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
                        <SharePanel link={link.clone()} {lang} {on_export_json} {on_export_csv} {on_present} {on_import} />
                    }
                </div>
                { data_notes::view(&DataNotesProps { data, lang }) }
            </main>
        </>
    }
}
