//! Share and take away: the scenario's link (copied with the Clipboard API
//! or a fallback), its QR code (SVG on screen, SVG or PNG to download),
//! the presenter view, and export/import as JSON and CSV.

use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::browser;
use crate::i18n::strings;
use crate::model::Lang;
use crate::share::qr::QrMatrix;

#[derive(Properties, PartialEq)]
pub struct SharePanelProps {
    pub link: AttrValue,
    pub lang: Lang,
    /// Export the scenario as a JSON or a CSV file (built only on click).
    pub on_export_json: Callback<()>,
    pub on_export_csv: Callback<()>,
    pub on_present: Callback<()>,
    /// Text of a file the user chose to import.
    pub on_import: Callback<String>,
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
    let lang = props.lang;
    let t = strings(lang);
    let copied = use_state(|| None::<bool>);
    let input = use_node_ref();
    // The QR code follows the link one task later: encoding it on every
    // keystroke would slow the verdict, and nobody scans mid-edit.
    let qr_link = use_state(|| props.link.clone());
    {
        let qr_link = qr_link.clone();
        use_effect_with(props.link.clone(), move |link| {
            let link = link.clone();
            browser::next_task(move || qr_link.set(link));
        });
    }
    let matrix = use_memo((*qr_link).clone(), |link| {
        QrMatrix::for_text(link).map(Rc::new)
    });

    let on_copy = {
        let copied = copied.clone();
        let input = input.clone();
        let link = props.link.clone();
        Callback::from(move |_| {
            let copied = copied.clone();
            browser::copy_text(
                &link,
                input.cast::<HtmlInputElement>(),
                Callback::from(move |ok| copied.set(Some(ok))),
            );
        })
    };
    let select_all =
        Callback::from(|e: FocusEvent| e.target_unchecked_into::<HtmlInputElement>().select());
    let download_svg = {
        let matrix = matrix.clone();
        Callback::from(move |_| {
            if let Some(m) = matrix.as_ref() {
                browser::download_text(
                    "ninh-binh-scenario-qr.svg",
                    "image/svg+xml",
                    &m.svg_document(),
                );
            }
        })
    };
    let download_png = {
        let matrix = matrix.clone();
        Callback::from(move |_| {
            if let Some(m) = matrix.as_ref() {
                browser::download_qr_png(m, 12, "ninh-binh-scenario-qr.png");
            }
        })
    };
    let export_json = props.on_export_json.reform(|_: MouseEvent| ());
    let export_csv = props.on_export_csv.reform(|_: MouseEvent| ());
    let on_file = {
        let on_import = props.on_import.clone();
        Callback::from(move |e: Event| {
            let input = e.target_unchecked_into::<HtmlInputElement>();
            if let Some(file) = input.files().and_then(|files| files.get(0)) {
                browser::read_file_text(file, on_import.clone());
            }
            input.set_value("");
        })
    };
    let on_present = props.on_present.clone();
    let status = match *copied {
        Some(true) => t.link_copied,
        Some(false) => t.link_copy_manually,
        None => "",
    };
    let has_qr = matrix.is_some();
    let qr = match matrix.as_ref() {
        Some(m) => {
            html! { <div class="qr-box" data-link={(*qr_link).clone()}>{ qr_svg(m, t.qr_label) }</div> }
        }
        None => html! { <p class="hint">{ t.qr_too_long }</p> },
    };

    html! {
        <section class="share" aria-labelledby="share-heading">
            <h2 id="share-heading">{ t.share_heading }</h2>
            <div class="share-grid">
                <div class="share-link">
                    <label for="share-link">{ t.share_link_label }</label>
                    <div class="link-row">
                        <input id="share-link" type="text" readonly=true value={props.link.clone()} ref={input} onfocus={select_all} />
                        <button type="button" onclick={on_copy}>{ t.copy_link }</button>
                    </div>
                    <p class="copy-status" role="status" data-testid="copy-status">{ status }</p>
                    <div class="share-actions">
                        <button type="button" onclick={move |_| on_present.emit(())}>{ t.presenter_view }</button>
                        <button type="button" onclick={export_json}>{ t.export_json }</button>
                        <button type="button" onclick={export_csv}>{ t.export_csv }</button>
                        <label class="import">
                            <span>{ t.import_json }</span>
                            <input type="file" accept=".json,application/json" onchange={on_file} />
                        </label>
                    </div>
                </div>
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
            </div>
        </section>
    }
}
