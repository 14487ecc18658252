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
use crate::model::Outcome;
use crate::state::{use_app, Scenario};

#[derive(Properties, PartialEq)]
pub struct BaselineViewProps {
    pub scenario: Rc<Scenario>,
    pub outcome: Rc<Outcome>,
}

#[component]
pub fn BaselineView(props: &BaselineViewProps) -> Html {
    let s = &props.scenario;
    let outcome = props.outcome.clone();
    let lang = use_app().reader.lang;
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
                <DataNotes />
            </main>
        </>
    }
}
