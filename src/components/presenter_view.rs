//! The presenter view (`~wp`), made for a projector: the question, the
//! verdict word, the projected total and the gap in type readable from the
//! back of a hall, and the scenario's link as a QR code of at least 40 % of
//! the screen's height. It names no control it does not show. Arrow keys
//! and a clicker's PageUp/PageDown step through the saved scenarios
//! (`commands`), each with its own link and QR; Escape goes back.

use std::rc::Rc;

use yew::prelude::*;

use super::banner::Banner;
use super::chart_panels::{Chart, ChartPanel};
use super::pictures::slide_button;
use super::share_panel::qr_svg;
use super::so_far_panel::need_text;
use super::verdict_panel::Probability;
use crate::browser;
use crate::format;
use crate::format::ReaderFormat as _;
use crate::format::ReaderPrefs;
use crate::hooks::{use_monte_carlo, McView};
use crate::i18n::strings;
use crate::model::presets::Assumptions;
use crate::model::{Dataset, Outcome};
use crate::share::code::View;
use crate::share::code::{encode, Shared};
use crate::share::qr::QrMatrix;
use crate::state::{use_app, DeckSlide, Notice, Scenario};

#[derive(Properties, PartialEq)]
pub struct PresenterViewProps {
    pub outcome: Rc<Outcome>,
    /// The scenario's growth, for the waterfall its slide is made from.
    pub growth_pct: Vec<f64>,
    pub link: AttrValue,
    pub notice: Option<Notice>,
    /// The saved scenario on screen, when stepping through the deck.
    pub deck: Option<DeckSlide>,
}

#[component]
pub fn PresenterView(props: &PresenterViewProps) -> Html {
    let app = use_app();
    let reader = app.reader;
    let lang = reader.lang;
    let t = strings(lang);
    let unit = reader.unit_label();
    // A deck slide shows its own scenario, link and QR; otherwise the one
    // being edited.
    let (data, assumptions) = (app.data, app.assumptions);
    let years = data.years();
    let slide = use_memo((props.deck.clone(), reader), move |(deck, reader)| {
        deck.as_ref()
            .map(|d| slide_view(&data, assumptions, d, *reader))
    });
    let (outcome, link) = match slide.as_ref() {
        Some((outcome, link)) => (outcome.clone(), link.clone()),
        None => (props.outcome.clone(), props.link.clone()),
    };
    let matrix = use_memo(link.clone(), |link| QrMatrix::for_text(link));
    let qr = matrix
        .as_ref()
        .as_ref()
        .map(|m| qr_svg(m, t.qr_label))
        .unwrap_or_default();
    let year = data.years().target;
    let saved_count = use_memo((), move |_| {
        browser::load_saved_of(year).map_or(0, |s| s.len())
    });
    let on_exit = app.set_view.reform(|_: MouseEvent| View::Full);
    let outcome = &outcome;
    let verdict = &outcome.verdict;
    let deck = match &props.deck {
        Some(slide) => t.deck_position(slide.position + 1, slide.count, &slide.name),
        None => t.deck_hint(*saved_count),
    };
    let (class, word) = if verdict.met {
        ("verdict met", t.verdict_met)
    } else {
        ("verdict not-met", t.verdict_not_met)
    };
    let so_far = outcome.so_far.map(|f| {
        let label = t.so_far_verdict_label(&t.month_span(1, f.so_far.months), years);
        let value = format!(
            "{label}: {} {unit} ({} %)",
            reader.money(f.so_far.value),
            format::signed_pct(lang, f.so_far.growth_pct, 2)
        );
        (value, need_text(t, reader, years, outcome, &f))
    });
    html! {
        <main class="presenter" data-testid="presenter">
            <Banner notice={props.notice.clone()} />
            <div class="presenter-main">
                <h1>{ t.app_question(years) }</h1>
                <p class="presenter-edition" data-testid="edition-label">{ app.edition.label.get(lang) }</p>
                <p class="presenter-deck" data-testid="deck">{ deck }</p>
                <div {class} data-testid="verdict" role="status" aria-live="polite" data-met={verdict.met.to_string()}>
                    <p class="presenter-word">
                        <span aria-hidden="true">{ if verdict.met { "✓ " } else { "✗ " } }</span>{ word }
                    </p>
                </div>
                <div class="presenter-figures">
                    <div>
                        <p class="presenter-label">{ t.projected_total(years) }</p>
                        <p class="presenter-number" data-testid="total-2024">
                            { reader.money(outcome.projection.total_2024) }<span class="unit">{ format!(" {unit}") }</span>
                        </p>
                    </div>
                    <div>
                        <p class="presenter-label">{ t.presenter_gap_label(verdict.met, &format::signed_pct(lang, verdict.gap_pp, 2)) }</p>
                        <p class="presenter-number" data-testid="gap">
                            { t.presenter_gap(verdict.met, &reader.money(verdict.gap.abs())) }<span class="unit">{ format!(" {unit}") }</span>
                        </p>
                    </div>
                </div>
                <p class="presenter-target">{ t.presenter_target(&reader.money(verdict.target), unit) }</p>
                if let Some((value, need)) = so_far {
                    <p data-testid="so-far-figure">{ value }</p>
                    <p data-testid="needs-rest">{ need }</p>
                }
                if let Some(slide) = &props.deck {
                    <SlideProbability scenario={slide.scenario.clone()} outcome={outcome.clone()} />
                } else {
                    <Probability />
                }
            </div>
            <div class="presenter-qr">
                { qr }
                <p class="presenter-link">{ link.clone() }</p>
                { slide_button(&app, props.deck.as_ref().map(|d| d.scenario.clone())) }
                // What "Slide (PNG)" draws the waterfall from: laid out off
                // screen at a slide's width, hidden from every reader.
                <div class="presenter-waterfall" aria-hidden="true" inert=true>
                    <ChartPanel chart={Chart::Waterfall {
                        outcome: outcome.clone(),
                        growth_pct: props.deck.as_ref().map_or_else(|| props.growth_pct.clone(), |d| d.scenario.growth_pct.clone()),
                    }} />
                </div>
                <button type="button" onclick={on_exit}>{ t.exit_presenter }</button>
            </div>
        </main>
    }
}

/// A slide's outcome and link.
fn slide_view(
    data: &Dataset,
    assumptions: &Assumptions,
    slide: &DeckSlide,
    reader: ReaderPrefs,
) -> (Rc<Outcome>, AttrValue) {
    let shared = Shared {
        scenario: (*slide.scenario).clone(),
        reader,
        view: View::Full,
    };
    let link = browser::link_for(&encode(&shared, data, assumptions)).unwrap_or_default();
    let outcome = Rc::new(slide.scenario.outcome(data));
    (outcome, AttrValue::from(link))
}

#[derive(Properties, PartialEq)]
struct SlideProbabilityProps {
    scenario: Rc<Scenario>,
    outcome: Rc<Outcome>,
}

/// The slide's own Monte Carlo run, read by the same `Probability`.
#[component]
fn SlideProbability(props: &SlideProbabilityProps) -> Html {
    let mc: McView = use_monte_carlo(props.scenario.mc_spec(&props.outcome));
    html! {
        <ContextProvider<McView> context={mc}><Probability /></ContextProvider<McView>>
    }
}
