//! Share and take away: the scenario's link (copied with the Clipboard API
//! or a fallback), its QR code (SVG on screen, SVG or PNG to download),
//! the presenter view, the scenario as a slide (`pictures`), and
//! export/import as JSON and CSV.

use std::rc::Rc;

use gloo::timers::callback::Timeout;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::pictures::slide_button;
use crate::browser;
use crate::i18n::{strings, Strings};
use crate::model::catalog::Catalog;
use crate::model::errors::FileReadError;
use crate::share::code::{decode_in, encode, View};
use crate::share::export;
use crate::share::qr::QrMatrix;
use crate::state::{use_app, Action, AppContext, Notice, OpenRequest};

/// How long the link must rest before its QR code is redrawn.
const QR_REST_MS: u32 = 250;

#[derive(Properties, PartialEq)]
pub struct SharePanelProps {
    pub link: AttrValue,
}

#[derive(Clone, Copy)]
enum ExportKind {
    Json,
    Csv,
}

/// Exports are built on click from the current scenario, never on render.
fn export_callback(app: &AppContext, kind: ExportKind) -> Callback<MouseEvent> {
    let (data, assumptions, lang) = (app.data, app.assumptions, app.reader.lang);
    let latest = app.latest.clone();
    Callback::from(move |_: MouseEvent| {
        let Some(shared) = latest.shared() else {
            return;
        };
        let s = &shared.scenario;
        let outcome = s.outcome(&data);
        let names = strings(lang).project_names(&data, &s.projects);
        // The file's name says the edition (its target year).
        let year = data.years().target;
        let (file, mime, text) = match kind {
            ExportKind::Json => {
                let code = encode(&shared, &data, assumptions);
                let probability = latest.probability();
                let json = export::to_json(&data, s, &outcome, &code, probability, &names);
                (
                    format!("ninh-binh-{year}-scenario.json"),
                    "application/json",
                    json,
                )
            }
            ExportKind::Csv => {
                let csv = export::to_csv(&data, s, &outcome, &names);
                (format!("ninh-binh-{year}-scenario.csv"), "text/csv", csv)
            }
        };
        browser::download_text(&file, mime, &text);
    })
}

/// An imported file replaces the scenario (the reader's preferences kept),
/// or opens its edition with it if it is of another, or says on the
/// banner why it was refused; the scenario is then untouched.
fn import_callback(app: &AppContext) -> Callback<Result<Option<String>, FileReadError>> {
    let (current, lang) = (app.edition, app.reader.lang);
    let (dispatch, notify, open) = (
        app.dispatch.clone(),
        app.notify.clone(),
        app.open_edition.clone(),
    );
    Callback::from(move |read: Result<Option<String>, FileReadError>| {
        let code = match read {
            Ok(code) => code,
            Err(error) => return notify.emit(Some(Notice::ImportFile(error))),
        };
        match code
            .as_ref()
            .map(|code| decode_in(code, Catalog::bundled(), lang))
        {
            Some(Ok((edition, shared))) if std::ptr::eq(edition, current.0) => {
                dispatch.dispatch(Action::Replace(Box::new(shared.scenario)).into());
                notify.emit(None);
            }
            Some(Ok((edition, _))) => open.emit(OpenRequest {
                edition: edition.id,
                code,
            }),
            Some(Err(error)) => notify.emit(Some(Notice::BadImport(error))),
            None => notify.emit(Some(Notice::NotAnExport)),
        }
    })
}

/// The QR picture of a link, as inline SVG.
pub fn qr_svg(matrix: &QrMatrix, label: &str) -> Html {
    let side = matrix.side().to_string();
    html! {
        <svg class="qr" viewBox={format!("0 0 {side} {side}")} role="img" aria-label={label.to_owned()}
             shape-rendering="crispEdges" data-testid="qr">
            <rect width={side.clone()} height={side} fill="#fff" />
            <path d={matrix.svg_path()} fill="#000" />
        </svg>
    }
}

#[component]
pub fn SharePanel(props: &SharePanelProps) -> Html {
    let app = use_app();
    let lang = app.reader.lang;
    let t = strings(lang);
    let copied = use_state(|| None::<bool>);
    // The QR code follows the link once it has rested for a moment:
    // encoding it on every keystroke or slider step would cost a task per
    // step, and nobody scans mid-edit. A newer link cancels the wait.
    let qr_link = use_state(|| props.link.clone());
    let qr_wait = use_mut_ref(|| None::<Timeout>);
    {
        let qr_link = qr_link.clone();
        use_effect_with(props.link.clone(), move |link| {
            if *link != *qr_link {
                let link = link.clone();
                *qr_wait.borrow_mut() = Some(Timeout::new(QR_REST_MS, move || qr_link.set(link)));
            }
        });
    }
    let matrix = use_memo((*qr_link).clone(), |link| {
        QrMatrix::for_text(link).map(Rc::new)
    });

    let on_copy = {
        let copied = copied.clone();
        let link = props.link.clone();
        Callback::from(move |_| {
            let copied = copied.clone();
            browser::copy_text(
                &link,
                "share-link",
                Callback::from(move |ok| copied.set(Some(ok))),
            );
        })
    };
    let select_all =
        Callback::from(|e: FocusEvent| e.target_unchecked_into::<HtmlInputElement>().select());
    let export_json = export_callback(&app, ExportKind::Json);
    let export_csv = export_callback(&app, ExportKind::Csv);
    let on_file = {
        let on_import = import_callback(&app);
        Callback::from(move |e: Event| {
            let input = e.target_unchecked_into::<HtmlInputElement>();
            if let Some(file) = input.files().and_then(|files| files.get(0)) {
                browser::read_export_code(file, on_import.clone());
            }
            input.set_value("");
        })
    };
    let on_present = app.set_view.reform(|_: MouseEvent| View::Presenter);
    let status = match *copied {
        Some(true) => t.link_copied,
        Some(false) => t.link_copy_manually,
        None => "",
    };
    html! {
        <section class="share" aria-labelledby="share-heading">
            <h2 id="share-heading" tabindex="-1">{ t.share_heading }</h2>
            <div class="share-grid">
                <div class="share-link">
                    <label for="share-link">{ t.share_link_label }</label>
                    <div class="link-row">
                        <input id="share-link" type="text" readonly=true value={props.link.clone()} onfocus={select_all} />
                        <button type="button" onclick={on_copy}>{ t.copy_link }</button>
                    </div>
                    <p class="copy-status" role="status" data-testid="copy-status">{ status }</p>
                    <div class="share-actions">
                        <button type="button" onclick={on_present}>{ t.presenter_view }</button>
                        { slide_button(&app, None) }
                        <button type="button" onclick={export_json}>{ t.export_json }</button>
                        <button type="button" onclick={export_csv}>{ t.export_csv }</button>
                        <label class="import">
                            <span>{ t.import_json }</span>
                            <input type="file" accept=".json,application/json" onchange={on_file} />
                        </label>
                    </div>
                </div>
                { qr_figure(&matrix, &qr_link, t) }
            </div>
        </section>
    }
}

/// The QR code of the link (or why there is none) and its downloads.
fn qr_figure(matrix: &Rc<Option<Rc<QrMatrix>>>, qr_link: &AttrValue, t: &Strings) -> Html {
    // The SVG as drawn, or its PNG (through the page's canvas: js/files.js).
    let download = |extension: &'static str, how: &'static str| {
        let matrix = matrix.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(m) = matrix.as_ref() {
                let name = format!("ninh-binh-scenario-qr.{extension}");
                browser::take_file(&m.svg_document(), &name, how, Callback::from(|_| ()));
            }
        })
    };
    let download_svg = download("svg", "image/svg+xml");
    let download_png = download("png", "png");
    let has_qr = matrix.is_some();
    let qr = match matrix.as_ref() {
        Some(m) => {
            html! { <div class="qr-box" data-link={qr_link.clone()}>{ qr_svg(m, t.qr_label) }</div> }
        }
        None => html! { <p class="hint">{ t.qr_too_long }</p> },
    };
    html! {
        <figure class="qr-figure">
            { qr }
            <figcaption>
                { t.qr_caption }
                <span class="qr-downloads">
                    <button type="button" onclick={download_svg} disabled={!has_qr}
                            aria-label={t.download_qr_svg} title={t.download_qr_svg}>{ "SVG" }</button>
                    <button type="button" onclick={download_png} disabled={!has_qr}
                            aria-label={t.download_qr_png} title={t.download_qr_png}>{ "PNG" }</button>
                </span>
            </figcaption>
        </figure>
    }
}
