//! The full app: a layout of sections. On the first load the top of the
//! page (verdict, header, levers) is built off screen, one part per task
//! after the first render (`TOP_STAGES` of them), while the prerendered
//! baseline shows, and then replaces it at once (`browser::take_over`);
//! coming back from another view, it is built at once. The sections
//! below the fold follow one per painted frame (`use_progressive`). So
//! no single task builds much of the page. Each section gets only the
//! slices of the scenario it shows.

use std::rc::Rc;

use yew::prelude::*;

use super::banner::Banner;
use super::changes_panel::ChangesPanel;
use super::chart_panels::{Chart, ChartPanel, HistogramPanel};
use super::compare::Compare;
use super::data_notes::DataNotes;
use super::header::Header;
use super::history_bar::HistoryBar;
use super::overview::Overview;
use super::products::Products;
use super::project_list::ProjectList;
use super::record::RecordCopy;
use super::scenario_panel::ScenarioPanel;
use super::share_panel::SharePanel;
use super::so_far_panel::SoFarPanel;
use super::uncertainty::Uncertainty;
use super::verdict_panel::VerdictPanel;
use crate::browser;
use crate::hooks::{use_progressive, use_stages, Pace};
use crate::i18n::strings;
use crate::model::Outcome;
use crate::state::{use_app, Notice, Scenario, Settled};

#[derive(Properties, PartialEq)]
pub struct FullViewProps {
    pub scenario: Rc<Scenario>,
    pub outcome: Rc<Outcome>,
    /// The scenario once edits rest, for the charts and the link.
    pub settled: Settled,
    pub revision: u32,
    pub notice: Option<Notice>,
    pub can_undo: bool,
    pub can_redo: bool,
}

/// The top of the page is built in this many steps, each its own task:
/// the verdict, the header, the levers, the rest of the inputs column
/// (the first render, with the root's own work, draws none of them).
const TOP_STAGES: usize = 4;

#[component]
pub fn FullView(props: &FullViewProps) -> Html {
    let first = if browser::is_shown() { TOP_STAGES } else { 0 };
    let stage = use_stages(TOP_STAGES, first, Pace::NextTask, false);
    use_effect_with(stage == TOP_STAGES, |&built| {
        if built && browser::take_over() {
            browser::mark("first-verdict");
        }
    });
    let s = &props.scenario;
    let outcome = props.outcome.clone();
    html! {
        <>
            if stage >= 2 {
                <Header />
                <Banner notice={props.notice.clone()} />
            }
            <main class="layout">
                // Its own grid, so the sticky verdict stays beside the levers
                // and never slides over the sections below. The answer comes
                // first, as in the prerendered baseline it replaces (see
                // styles: the order of the screen is the document's).
                <div class="top">
                    if stage >= 1 {
                        <VerdictPanel outcome={outcome.clone()} growth_pct={s.growth_pct.clone()} />
                    }
                    <div class="inputs">
                        if stage >= 4 {
                            <HistoryBar can_undo={props.can_undo} can_redo={props.can_redo} />
                            <ChangesPanel scenario={props.settled.scenario.clone()} />
                        }
                        if stage >= 3 {
                            <ScenarioPanel growth_pct={s.growth_pct.clone()}
                                outcome={outcome.clone()}
                                target_met={outcome.verdict.met} target={s.target} revision={props.revision}
                                so_far_months={s.so_far.map(|f| f.months)} />
                        }
                        if stage >= 4 {
                            <SoFarPanel outcome={outcome.clone()} growth_pct={s.growth_pct.clone()} />
                        }
                    </div>
                </div>
                if stage >= TOP_STAGES {
                    <Details scenario={s.clone()} settled={props.settled.clone()} revision={props.revision} />
                }
            </main>
        </>
    }
}

#[derive(Properties, PartialEq)]
struct DetailsProps {
    /// For the fields (projects, ranges), which must follow every keystroke.
    scenario: Rc<Scenario>,
    /// For the charts and the link, which follow once edits rest.
    settled: Settled,
    revision: u32,
}

/// Below the fold, in the order a reader scrolls to them.
const DETAIL_SECTIONS: usize = 13;

#[component]
fn Details(props: &DetailsProps) -> Html {
    let shown = use_progressive(DETAIL_SECTIONS);
    // Fields typed into on the prerendered page before the takeover get
    // their edits as their sections are built.
    use_effect_with(shown, |_| browser::apply_carried_edits());
    let t = strings(use_app().reader.lang);
    let s = &props.scenario;
    let Settled {
        scenario: drawn,
        outcome,
        link,
    } = &props.settled;
    let revision = props.revision;
    html! {
        <>
        <div class="details" aria-busy={(shown < DETAIL_SECTIONS).to_string()}>
            <section class="scenario-more">
                if shown > 0 {
                    <ProjectList projects={s.projects.clone()} {revision} covered_months={s.so_far.map_or(0, |f| f.months)} />
                }
                if shown > 1 {
                    <Uncertainty ranges={s.ranges.clone()} draws={s.draws} seed={s.seed} {revision} />
                }
            </section>
            <section class="charts" aria-labelledby="charts-heading">
                <h2 id="charts-heading">{ t.charts_heading }</h2>
                if shown > 2 {
                    if outcome.so_far.is_some() { <ChartPanel chart={Chart::SoFar { outcome: outcome.clone() }} /> }
                    <ChartPanel chart={Chart::Waterfall { outcome: outcome.clone(), growth_pct: drawn.growth_pct.clone() }} />
                }
                if shown > 3 { <HistogramPanel target={outcome.verdict.target} /> }
                if shown > 4 { <ChartPanel chart={Chart::Tornado { projects: drawn.projects.clone(), basis: outcome.basis.clone() }} /> }
                if shown > 5 { <ChartPanel chart={Chart::Levels { projection: outcome.projection.clone() }} /> }
                if shown > 6 { <ChartPanel chart={Chart::Shares} /> }
            </section>
            // A frame of its own: parsing the record's HTML and building the
            // sector table in one task went over 50 ms at 4x CPU.
            if shown > 7 { <RecordCopy /> }
            if shown > 8 { <Overview /> }
            if shown > 9 { <Products /> }
            if shown > 10 { <Compare /> }
            if shown > 11 { <SharePanel link={link.clone()} /> }
        </div>
        if shown > 12 { <DataNotes /> }
        </>
    }
}
