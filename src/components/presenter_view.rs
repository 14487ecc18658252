//! The presenter view (`~wp`): the question, the verdict and a large QR
//! code of the scenario's link, for a projector.

use std::rc::Rc;

use yew::prelude::*;

use super::banner::Banner;
use super::share_panel::qr_svg;
use super::verdict_panel::VerdictPanel;
use crate::i18n::strings;
use crate::model::Outcome;
use crate::share::code::View;
use crate::share::qr::QrMatrix;
use crate::state::{use_app, Notice};

#[derive(Properties, PartialEq)]
pub struct PresenterViewProps {
    pub outcome: Rc<Outcome>,
    pub link: AttrValue,
    pub notice: Option<Notice>,
}

#[component]
pub fn PresenterView(props: &PresenterViewProps) -> Html {
    let app = use_app();
    let t = strings(app.reader.lang);
    let matrix = use_memo(props.link.clone(), |link| QrMatrix::for_text(link));
    let qr = matrix
        .as_ref()
        .as_ref()
        .map(|m| qr_svg(m, t.qr_label))
        .unwrap_or_default();
    let on_exit = app.set_view.reform(|_: MouseEvent| View::Full);
    html! {
        <main class="presenter" data-testid="presenter">
            <Banner notice={props.notice.clone()} />
            <div class="presenter-verdict">
                <h1>{ t.app_question }</h1>
                <VerdictPanel outcome={props.outcome.clone()} />
            </div>
            <div class="presenter-qr">
                { qr }
                <p class="presenter-link">{ props.link.clone() }</p>
                <button type="button" onclick={on_exit}>{ t.exit_presenter }</button>
            </div>
        </main>
    }
}
