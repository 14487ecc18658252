//! The baseline as it is written into index.html at build time (see
//! `src/bin/prerender.rs`): the top of the full view exactly as the app
//! shows it at the takeover (header, levers, verdict and the page's
//! index), so the app takes
//! over without moving anything, then the record, the sector table and the
//! data notes.
//! Nothing here runs in the browser's wasm except as part of those
//! sections.

use std::rc::Rc;

use yew::prelude::*;

use super::banner::Banner;
use super::changes_panel::ChangesPanel;
use super::data_notes::DataNotes;
use super::header::Header;
use super::history_bar::HistoryBar;
use super::overview::Overview;
use super::record::PublishedRecord;
use super::scenario_panel::ScenarioPanel;
use super::so_far_panel::SoFarPanel;
use super::verdict_panel::VerdictPanel;
use crate::hooks::McView;
use crate::model::catalog::EditionRef;
use crate::model::reader::ReaderPrefs;
use crate::model::{Data, Lang, Outcome};
use crate::state::{use_app, AppContext, AppState, Latest, Scenario};

#[derive(Properties, PartialEq)]
pub struct BaselineViewProps {
    pub scenario: Rc<Scenario>,
    pub outcome: Rc<Outcome>,
}

#[component]
pub fn BaselineView(props: &BaselineViewProps) -> Html {
    let s = &props.scenario;
    let outcome = props.outcome.clone();
    let app = use_app();
    let lang = app.reader.lang;
    html! {
        <>
            <Header />
            <Banner notice={None} />
            <main class="layout">
                <div class="top">
                    <VerdictPanel outcome={outcome.clone()} growth_pct={s.growth_pct.clone()} index=true />
                    <div class="inputs">
                        <HistoryBar can_undo={false} can_redo={false} />
                        <ChangesPanel scenario={s.clone()} />
                        <ScenarioPanel growth_pct={s.growth_pct.clone()}
                            outcome={outcome.clone()}
                            target_met={outcome.verdict.met} target={s.target} revision={0} />
                        <SoFarPanel outcome={outcome.clone()} growth_pct={s.growth_pct.clone()} />
                    </div>
                </div>
                <div class="details" aria-busy="true">
                    <PublishedRecord {lang} />
                    <Overview />
                </div>
                <DataNotes {lang} data={app.data} />
            </main>
        </>
    }
}

/// The baseline rendered natively for a dataset whose year is moved:
/// every heading names that edition's years. (The charts do not render
/// natively: `SvgChart` measures the page; `i18n` tests their titles.)
#[derive(Properties, PartialEq)]
pub struct BaselineRootProps {
    pub edition: EditionRef,
    pub lang: Lang,
}

/// The baseline view under contexts that do nothing (no browser, no Monte
/// Carlo: the probability reads "calculating", as in the app's first
/// frame), for the prerender (`app::Baseline`) and the tests.
#[component]
pub fn BaselineRoot(props: &BaselineRootProps) -> Html {
    let (edition, lang) = (props.edition, props.lang);
    let (data, assumptions) = (Data(edition.data), edition.assumptions);
    let state = use_reducer(|| AppState::new(edition, Scenario::baseline(&data, assumptions)));
    let scenario = state.scenario.clone();
    let outcome = Rc::new(scenario.outcome(&data));
    let context = AppContext {
        edition,
        open_edition: Callback::noop(),
        data,
        assumptions,
        reader: ReaderPrefs::new(lang),
        dispatch: state.dispatcher(),
        set_reader: Callback::noop(),
        latest: Latest::default(),
        set_view: Callback::noop(),
        open_shortcuts: Callback::noop(),
        notify: Callback::noop(),
    };
    html! {
        <ContextProvider<AppContext> {context}>
            <ContextProvider<McView> context={McView::default()}>
                <BaselineView {scenario} {outcome} />
            </ContextProvider<McView>>
        </ContextProvider<AppContext>>
    }
}

#[cfg(all(test, feature = "prerender"))]
mod tests {
    use super::{BaselineRoot, BaselineRootProps};
    use crate::i18n::strings;
    use crate::model::catalog::{EditionRef, OpenEdition};
    use crate::model::presets::Assumptions;
    use crate::model::{Dataset, Lang, Localized, Years};

    /// An edition of the bundled data with its base year moved to `base`.
    fn edition(base: u16) -> EditionRef {
        let mut data = Dataset::bundled().expect("bundled data is valid").clone();
        data.meta.year = base;
        let data: &'static Dataset = Box::leak(Box::new(data));
        EditionRef(Box::leak(Box::new(OpenEdition {
            id: "test",
            label: Box::leak(Box::new(Localized {
                vi: "Thử".into(),
                en: "Test".into(),
            })),
            default: false,
            years: data.years(),
            data,
            assumptions: Assumptions::bundled(data).expect("bundled assumptions are valid"),
            so_far: Vec::new(),
            outcome: None,
            published_base_total: None,
            target_figure: None,
            base_implied: false,
        })))
    }

    fn rendered(base: u16, lang: Lang) -> String {
        let edition = edition(base);
        crate::static_html::render::<BaselineRoot>(BaselineRootProps { edition, lang })
            .expect("rendered")
    }

    /// The text of every h1, h2 and h3 (up to its first tag inside).
    fn headings(html: &str) -> Vec<&str> {
        html.split("<h")
            .skip(1)
            .filter(|part| part.starts_with(['1', '2', '3']))
            .filter_map(|part| part.split_once('>'))
            .map(|(_, rest)| rest.split('<').next().unwrap_or_default())
            .collect()
    }

    #[test]
    fn the_rendered_headings_name_the_datasets_years() {
        let years = Years::after(2030);
        for lang in Lang::ALL {
            let t = strings(lang);
            let html = rendered(2030, lang);
            for heading in [
                t.app_title(years),
                t.result_heading(years),
                t.scenario_heading(years),
                t.levers_heading(years),
                t.so_far_heading(years),
            ] {
                assert!(heading.contains("2031") || heading.contains("2030"));
                assert!(headings(&html).contains(&heading.as_str()), "{heading}");
            }
            for text in [
                t.growth_over_base(years),
                t.table_caption(years),
                t.col_base_growth(years),
                t.col_implied_before(years),
            ] {
                assert!(html.contains(&text), "{text}");
            }
            let all = headings(&html);
            assert!(all.len() > 10, "{all:?}");
            for heading in all {
                for old in ["2022", "2023", "2024"] {
                    assert!(!heading.contains(old), "{old} in {heading:?}");
                }
            }
            // The bundled year still reads as it did.
            let today = rendered(2023, lang);
            assert!(headings(&today).contains(&t.scenario_heading(Years::after(2023)).as_str()));
        }
    }
}
