//! The banner that says why a link or a file was refused, in the current
//! language; dismissing it clears the notice at the root.

use yew::prelude::*;

use crate::i18n::strings;
use crate::state::{use_app, Notice};

#[derive(Properties, PartialEq)]
pub struct BannerProps {
    pub notice: Option<Notice>,
}

#[component]
pub fn Banner(props: &BannerProps) -> Html {
    let app = use_app();
    let t = strings(app.reader.lang);
    let text = match &props.notice {
        Some(Notice::BadLink(e)) => t.link_error(e, app.data.years()),
        Some(Notice::BadImport(e)) => t.import_error(e, app.data.years()),
        Some(Notice::NotAnExport) => t.import_failed.to_owned(),
        Some(Notice::ImportFile(e)) => t.file_error(*e).to_owned(),
        None => String::new(),
    };
    let on_dismiss = app.notify.reform(|_: MouseEvent| None);
    html! {
        <div class="banner" role="alert" data-testid="banner" hidden={props.notice.is_none()}>
            <span>{ text }</span>
            <button type="button" onclick={on_dismiss}>{ t.dismiss }</button>
        </div>
    }
}
