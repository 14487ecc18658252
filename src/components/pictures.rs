//! Pictures for slides, made on click from the scenario of that moment,
//! never on render: a chart's, asked for by its buttons through the
//! `ChartPictures` context the full view gives (`use_chart_pictures`), and
//! the scenario's slide, offered beside the share controls and in the
//! presenter view (`slide_button`).
//!
//! Every picture carries the scenario's verdict in one line, the source
//! line as the header gives it (with "entered by the reader" when the
//! scenario is not the baseline) and the scenario's link; its file's name
//! says the edition, the chart and a short code of the link. Drawing is
//! `charts::slide`'s; making files of it, `browser::take_picture`'s.

use std::rc::Rc;

use yew::prelude::*;

use super::header::source_line;
use crate::browser;
use crate::charts::slide::{self, Caption, ScenarioSlide};
use crate::charts::svg_chart::{ChartPictures, PictureRequest};
use crate::charts::waterfall::{self, WaterfallChartProps};
use crate::format::{self, ReaderFormat as _, ReaderPrefs};
use crate::i18n::strings;
use crate::model::Outcome;
use crate::share::code::{encode, Shared, View};
use crate::share::qr::QrMatrix;
use crate::state::{use_app, AppContext, Scenario};

/// What every picture of one scenario says besides its chart.
struct Words {
    outcome: Outcome,
    reader: ReaderPrefs,
    headline: &'static str,
    total: String,
    gap: String,
    source: String,
    link: String,
}

impl Words {
    fn of(app: &AppContext, scenario: &Scenario, reader: ReaderPrefs) -> Words {
        let (data, assumptions) = (app.data, app.assumptions);
        let t = strings(reader.lang);
        let outcome = scenario.outcome(&data);
        let v = &outcome.verdict;
        let unit = reader.unit_label();
        let shared = Shared {
            scenario: scenario.clone(),
            reader,
            view: View::Full,
        };
        let mut source = source_line(app, reader.lang);
        if *scenario != Scenario::baseline(&data, assumptions) {
            source.push_str(t.entered_by_reader());
        }
        Words {
            headline: if v.met {
                t.verdict_met
            } else {
                t.verdict_not_met
            },
            total: format!(
                "{}: {} {unit}",
                t.projected_total(data.years()),
                reader.money(outcome.projection.total_2024)
            ),
            gap: t.gap_sentence(
                v.met,
                &reader.money(v.gap.abs()),
                unit,
                &format::signed_pct(reader.lang, v.gap_pp, 2),
            ),
            source,
            link: browser::link_for(&encode(&shared, &data, assumptions)).unwrap_or_default(),
            outcome,
            reader,
        }
    }

    /// The verdict in one line.
    fn verdict(&self) -> String {
        format!("{}: {}. {}", self.headline, self.total, self.gap)
    }

    fn caption<'a>(&'a self, title: &'a str, verdict: &'a str) -> Caption<'a> {
        Caption {
            title,
            verdict,
            source: &self.source,
            link: &self.link,
        }
    }
}

/// The context that gives every chart of the full view its picture
/// buttons; the same value for as long as the edition and the language
/// stay, so the charts are not redrawn for it.
#[hook]
pub fn use_chart_pictures() -> ChartPictures {
    let app = use_app();
    let lang = app.reader.lang;
    (*use_memo((app.edition, lang), move |_| ChartPictures {
        lang,
        make: Callback::from(move |request: PictureRequest| chart_picture(&app, request)),
    }))
    .clone()
}

fn chart_picture(app: &AppContext, request: PictureRequest) {
    let Some(shared) = app.latest.shared() else {
        return;
    };
    let words = Words::of(app, &shared.scenario, shared.reader);
    let verdict = words.verdict();
    let layout = |width| (*request.layout.emit(width)).clone();
    let svg = slide::chart_picture(&layout, &words.caption(&request.title, &verdict));
    let extension = if request.how == "svg" { "svg" } else { "png" };
    let name = slide::file_name(
        app.data.years().target,
        &request.chart,
        &words.link,
        extension,
    );
    browser::take_picture(&svg, &name, &request.how, request.done);
}

/// "Slide (PNG)": the scenario on screen as the first slide of a talk;
/// `deck`, the saved scenario the presenter view shows, if any.
pub fn slide_button(app: &AppContext, deck: Option<Rc<Scenario>>) -> Html {
    let t = strings(app.reader.lang);
    let app = app.clone();
    let onclick = Callback::from(move |_: MouseEvent| {
        let reader = app.reader;
        let scenario = match &deck {
            Some(scenario) => (**scenario).clone(),
            None => match app.latest.shared() {
                Some(shared) => shared.scenario,
                None => return,
            },
        };
        let words = Words::of(&app, &scenario, reader);
        let Some(qr) = QrMatrix::for_text(&words.link) else {
            return;
        };
        let data = app.data;
        let waterfall = WaterfallChartProps {
            data,
            outcome: words.outcome.clone(),
            growth_pct: scenario.growth_pct.clone(),
            actual_total: app.edition.outcome.map(|o| o.total.value),
            reader: words.reader,
        };
        let t = strings(reader.lang);
        let question = t.app_question(data.years());
        let svg = slide::scenario_picture(
            &|width| waterfall::spec(&waterfall, width),
            &ScenarioSlide {
                caption: words.caption(&question, ""),
                met: words.outcome.verdict.met,
                headline: words.headline,
                total: &words.total,
                gap: &words.gap,
                scan: t.slide_scan(),
                qr_side: qr.side(),
                qr_path: &qr.svg_path(),
            },
        );
        let name = slide::file_name(data.years().target, "slide", &words.link, "png");
        browser::take_picture(&svg, &name, "png", Callback::from(|_| ()));
    });
    html! {
        <button type="button" {onclick} title={t.slide_title()} data-testid="slide-png">{ t.slide_button() }</button>
    }
}
