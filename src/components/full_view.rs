//! The full app: a layout of sections. On the first load the top of the
//! page (verdict, header) is built off screen, one part per task after the
//! first render (`TopPart::ALL`, in order), while the prerendered baseline
//! shows, and then replaces it at once (`browser::take_over`); the
//! prerendered inputs column stands in for the app's until the app has
//! built its own, one part per painted frame, hidden, and shows it in one
//! step (`browser::give_back_lent`). Coming back from another view, it is
//! built at once. The sections below the fold (`DetailSection::ALL`)
//! follow one per painted frame (`use_progressive`). So no single task
//! builds much of the page. Each section gets only the
//! slices of the scenario it shows.

use std::rc::Rc;

use yew::prelude::*;

use super::banner::Banner;
use super::changes_panel::ChangesPanel;
use super::chart_panels::{Chart, ChartPanel, HistogramPanel};
use super::compare::Compare;
use super::header::Header;
use super::history_bar::HistoryBar;
use super::overview::Overview;
use super::pictures::on_chart_picture;
use super::products::Products;
use super::project_list::ProjectList;
use super::record::BuiltCopy;
use super::scenario_panel::ScenarioPanel;
use super::sections::{DetailSection, TopPart};
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

#[component]
pub fn FullView(props: &FullViewProps) -> Html {
    // Each part of the top is its own task; the first render, with the
    // root's own work, draws none of them.
    let first = if browser::is_shown() {
        TopPart::COUNT
    } else {
        0
    };
    let stage = use_stages(TopPart::COUNT, first, Pace::Top, false, |built| {
        if built == TopPart::TAKEOVER && browser::take_over() {
            browser::mark("first-verdict");
        }
        if built == TopPart::COUNT {
            browser::give_back_lent();
        }
    });
    let top = |part: TopPart| part.built(stage);
    let s = &props.scenario;
    let outcome = props.outcome.clone();
    let app = use_app();
    html! {
        <>
            if top(TopPart::Header) {
                <Header />
                <Banner notice={props.notice.clone()} />
            }
            <main class="layout" onclick={on_chart_picture(&app)}>
                // Its own grid, so the sticky verdict stays beside the levers
                // and never slides over the sections below. The answer comes
                // first, as in the prerendered baseline it replaces (see
                // styles: the order of the screen is the document's).
                <div class="top">
                    if top(TopPart::Verdict) {
                        <VerdictPanel outcome={outcome.clone()} growth_pct={s.growth_pct.clone()} index=true />
                    }
                    // Hidden by the takeover until complete, the prerendered
                    // column standing in for it (`browser::give_back_lent`).
                    <div class="inputs">
                        if top(TopPart::MoreInputs) {
                            <HistoryBar can_undo={props.can_undo} can_redo={props.can_redo} />
                            <ChangesPanel scenario={props.settled.scenario.clone()} />
                        }
                        if top(TopPart::Levers) {
                            <ScenarioPanel growth_pct={s.growth_pct.clone()}
                                outcome={outcome.clone()}
                                target_met={outcome.verdict.met} target={s.target} revision={props.revision}
                                so_far_months={s.so_far.map(|f| f.months)} />
                        }
                        if top(TopPart::MoreInputs) {
                            <SoFarPanel outcome={outcome.clone()} growth_pct={s.growth_pct.clone()} />
                        }
                    </div>
                </div>
                if stage == TopPart::COUNT {
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

#[component]
fn Details(props: &DetailsProps) -> Html {
    // Fields typed into on the prerendered page before the takeover get
    // their edits as their sections are built.
    // An index link taken before its section was drawn lands once all are.
    let shown = use_progressive(DetailSection::COUNT, |shown| {
        browser::apply_carried_edits();
        if shown == DetailSection::COUNT {
            browser::focus_address_target();
        }
    });
    let drawn = |section: DetailSection| section.shown(shown);
    let t = strings(use_app().reader.lang);
    let s = &props.scenario;
    let Settled {
        scenario: settled,
        outcome,
        link,
    } = &props.settled;
    let revision = props.revision;
    html! {
        <>
        <div class="details" aria-busy={(shown < DetailSection::COUNT).to_string()}>
            <section class="scenario-more">
                if drawn(DetailSection::Projects) {
                    <ProjectList projects={s.projects.clone()} {revision} covered_months={s.so_far.map_or(0, |f| f.months)} />
                }
                if drawn(DetailSection::Uncertainty) {
                    <Uncertainty ranges={s.ranges.clone()} draws={s.draws} seed={s.seed} {revision} />
                }
            </section>
            <section class="charts" aria-labelledby="charts-heading">
                <h2 id="charts-heading" tabindex="-1">{ t.charts_heading }</h2>
                if drawn(DetailSection::Waterfall) {
                    if outcome.so_far.is_some() { <ChartPanel chart={Chart::SoFar { outcome: outcome.clone() }} /> }
                    <ChartPanel chart={Chart::Waterfall { outcome: outcome.clone(), growth_pct: settled.growth_pct.clone() }} />
                }
                if drawn(DetailSection::Histogram) { <HistogramPanel target={outcome.verdict.target} /> }
                if drawn(DetailSection::Tornado) { <ChartPanel chart={Chart::Tornado { projects: settled.projects.clone(), basis: outcome.basis.clone() }} /> }
                if drawn(DetailSection::Levels) { <ChartPanel chart={Chart::Levels { projection: outcome.projection.clone() }} /> }
                if drawn(DetailSection::Shares) { <ChartPanel chart={Chart::Shares} /> }
            </section>
            if drawn(DetailSection::Record) { <BuiltCopy part="record" /> }
            if drawn(DetailSection::Overview) { <Overview /> }
            if drawn(DetailSection::Products) { <Products /> }
            if drawn(DetailSection::Compare) { <Compare /> }
            if drawn(DetailSection::Share) { <SharePanel link={link.clone()} /> }
        </div>
        if drawn(DetailSection::DataNotes) { <BuiltCopy part="notes" per_edition=true /> }
        </>
    }
}
