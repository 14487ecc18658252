//! Pictures for slides, made on click from the scenario of that moment,
//! never on render: a chart's, by the buttons under each chart (one
//! listener for the whole full view, `on_chart_picture`), and the
//! scenario's slide, beside the share controls and in the presenter view
//! (`slide_button`). The page's js/files.js makes the picture from the
//! charts as drawn (the stylesheet's colours written on them) and the
//! words given here: the verdict in one line, the source line as the
//! header gives it (with "entered by the reader" when the scenario is not
//! the baseline) and the scenario's link. A file's name says the edition,
//! the chart and a short code of the link (`file_name`).

use std::rc::Rc;

use yew::prelude::*;

use super::header::source_line;
use crate::browser;
use crate::format::{self, ReaderFormat as _, ReaderPrefs};
use crate::i18n::strings;
use crate::share::code::{encode, Shared, View};
use crate::share::qr::QrMatrix;
use crate::state::{AppContext, Scenario};

/// What every picture of one scenario says besides its chart.
struct Words {
    met: bool,
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
        let (v, total) = (outcome.verdict, outcome.projection.total_2024);
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
            met: v.met,
            headline: if v.met {
                t.verdict_met
            } else {
                t.verdict_not_met
            },
            total: format!(
                "{}: {} {unit}",
                t.projected_total(data.years()),
                reader.money(total)
            ),
            gap: t.gap_sentence(
                v.met,
                &reader.money(v.gap.abs()),
                unit,
                &format::signed_pct(reader.lang, v.gap_pp, 2),
            ),
            source,
            link: browser::link_for(&encode(&shared, &data, assumptions)).unwrap_or_default(),
        }
    }
}

/// The file a picture is saved as, in plain ASCII: the province, the
/// edition's target year, what it shows (a chart's id without its
/// "chart-", or "slide") and a short code of the scenario's link (FNV-1a,
/// base 36), so two scenarios' pictures do not overwrite each other;
/// `extension` with its dot.
pub fn file_name(year: u16, what: &str, link: &str, extension: &str) -> String {
    let what = what.strip_prefix("chart-").unwrap_or(what);
    let mut hash: u32 = 0x811c_9dc5;
    for byte in link.bytes() {
        hash = (hash ^ u32::from(byte)).wrapping_mul(0x0100_0193);
    }
    let mut short = String::new();
    for _ in 0..6 {
        short.push(char::from_digit(hash % 36, 36).unwrap_or('0'));
        hash /= 36;
    }
    format!("ninh-binh-{year}-{what}-{short}{extension}")
}

/// The full view's one listener for the charts' picture buttons (each
/// says what it asks for in `data-picture`: "png", "svg" or "copy"). The
/// page's script finds the chart, its title and its id from the button,
/// and says how a copy went in the button's row, in the words given here.
pub fn on_chart_picture(app: &AppContext) -> Callback<MouseEvent> {
    let app = app.clone();
    Callback::from(move |e: MouseEvent| {
        let button = e
            .target_dyn_into::<web_sys::Element>()
            .and_then(|t| t.closest("[data-picture]").ok().flatten());
        let (Some(button), Some(shared)) = (button, app.latest.shared()) else {
            return;
        };
        let how = match button.get_attribute("data-picture").as_deref() {
            Some("svg") => "image/svg+xml",
            Some("copy") => "copy",
            _ => "png",
        };
        let t = strings(shared.reader.lang);
        let w = Words::of(&app, &shared.scenario, shared.reader);
        let verdict = format!("{}: {}. {}", w.headline, w.total, w.gap);
        let words = [
            verdict.as_str(),
            &w.source,
            &w.link,
            t.picture_copied(Some(true)),
            t.picture_copied(Some(false)),
        ]
        .join("\n");
        // The script puts the chart's id for "*" and the extension.
        let name = file_name(app.data.years().target, "*", &w.link, "");
        browser::take_picture(&words, &button, None, (&name, how));
    })
}

/// "Slide (PNG)": the scenario on screen as the first slide of a talk,
/// from the waterfall as drawn and a QR code of its link; `deck`, the
/// saved scenario the presenter view shows, if any.
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
        let waterfall = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.query_selector("#chart-waterfall svg").ok().flatten());
        let t = strings(reader.lang);
        let w = Words::of(&app, &scenario, reader);
        // The link's own QR code, not the page's, which follows the link a
        // moment after an edit.
        let (Some(waterfall), Some(qr)) = (waterfall, QrMatrix::for_text(&w.link)) else {
            return;
        };
        let question = t.app_question(app.data.years());
        let met = if w.met { "met" } else { "" };
        let words = [
            question.as_str(),
            w.headline,
            &w.total,
            &w.gap,
            &w.source,
            &w.link,
            t.slide_scan(),
            met,
        ]
        .join("\n");
        let name = file_name(app.data.years().target, "slide", &w.link, ".png");
        browser::take_picture(&words, &waterfall, Some(&qr.svg_document()), (&name, "png"));
    });
    html! {
        <button type="button" {onclick} data-testid="slide-png">{ t.slide_button() }</button>
    }
}

#[cfg(test)]
mod tests {
    use super::file_name;

    #[test]
    fn file_names_say_what_they_hold_in_ascii() {
        // FNV-1a of "" is 0x811c9dc5 = 2166136261; in base 36, lowest digit
        // first: 2166136261 = 25 + 36 × 60170451, 60170451 = 15 + 36 × 1671401,
        // 1671401 = 29 + 36 × 46427, 46427 = 23 + 36 × 1289,
        // 1289 = 29 + 36 × 35, 35 = 35: p, f, t, n, t, z.
        assert_eq!(
            file_name(2024, "chart-waterfall", "", ".png"),
            "ninh-binh-2024-waterfall-pftntz.png"
        );
        assert_eq!(
            file_name(2023, "slide", "", ".svg"),
            "ninh-binh-2023-slide-pftntz.svg"
        );
        let a = file_name(2024, "chart-levels", "https://x/?s=1~d1", ".png");
        let b = file_name(2024, "chart-levels", "https://x/?s=1~d2", ".png");
        assert_ne!(a, b);
        assert!(a.is_ascii() && a.starts_with("ninh-binh-2024-levels-"));
        assert_eq!(a.len(), "ninh-binh-2024-levels-".len() + 10);
    }
}
