//! Embed mode (`~we`): the verdict and the main chart only, for an iframe,
//! with a link to the full app.

use std::rc::Rc;

use yew::prelude::*;

use super::banner::Banner;
use super::chart_panels::{Chart, ChartPanel};
use super::verdict_panel::VerdictPanel;
use crate::i18n::strings;
use crate::model::Outcome;
use crate::state::{use_app, Notice};

#[derive(Properties, PartialEq)]
pub struct EmbedViewProps {
    pub outcome: Rc<Outcome>,
    pub growth_pct: Vec<f64>,
    pub link: AttrValue,
    pub notice: Option<Notice>,
}

#[component]
pub fn EmbedView(props: &EmbedViewProps) -> Html {
    let app = use_app();
    let lang = app.reader.lang;
    let t = strings(lang);
    let link = props.link.clone();
    html! {
        <main class="embed">
            <Banner notice={props.notice.clone()} />
            <p class="embed-title"><a href={link.clone()} target="_blank" rel="noopener">{ t.app_title(app.data.years()) }</a>
                <span class="embed-edition" data-testid="edition-label">{ format!(" · {}", app.edition.label.get(lang)) }</span></p>
            <VerdictPanel outcome={props.outcome.clone()} growth_pct={props.growth_pct.clone()} with_levers={false} />
            <ChartPanel chart={Chart::Waterfall { outcome: props.outcome.clone(), growth_pct: props.growth_pct.clone() }} />
            <p><a href={link} target="_blank" rel="noopener">{ t.open_full_app }</a></p>
        </main>
    }
}
