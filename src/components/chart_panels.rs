//! The charts as sections: each takes only what its drawing depends on,
//! so a lever edit redraws the waterfall and the levels, a project edit
//! the tornado, a Monte Carlo tick the histogram alone, and the shares
//! chart only when the language or unit changes. The drawing itself is
//! in `charts` (pure geometry, one SVG renderer).

use std::rc::Rc;

use yew::prelude::*;

use crate::charts::histogram::{self, HistogramChartProps};
use crate::charts::levels::{self, LevelsChartProps};
use crate::charts::shares::{self, SharesChartProps};
use crate::charts::so_far::{self, SoFarChartProps};
use crate::charts::tornado::{self, TornadoChartProps};
use crate::charts::waterfall::{self, WaterfallChartProps};
use crate::hooks::McView;
use crate::model::montecarlo::McSummary;
use crate::model::projection::Basis;
use crate::model::projects::Project;
use crate::model::{Outcome, Projection};
use crate::state::use_app;

#[derive(Properties, PartialEq)]
pub struct WaterfallPanelProps {
    pub outcome: Rc<Outcome>,
    pub growth_pct: Vec<f64>,
}

#[component]
pub fn WaterfallPanel(props: &WaterfallPanelProps) -> Html {
    let app = use_app();
    waterfall::view(&WaterfallChartProps {
        data: app.data,
        outcome: (*props.outcome).clone(),
        growth_pct: props.growth_pct.clone(),
        reader: app.reader,
    })
}

#[derive(Properties, PartialEq)]
pub struct SoFarChartPanelProps {
    pub outcome: Rc<Outcome>,
}

/// Drawn only when "2024 so far" is entered.
#[component]
pub fn SoFarChartPanel(props: &SoFarChartPanelProps) -> Html {
    let reader = use_app().reader;
    match props.outcome.so_far {
        Some(figures) => so_far::view(&SoFarChartProps {
            outcome: (*props.outcome).clone(),
            figures,
            reader,
        }),
        None => Html::default(),
    }
}

#[derive(Properties, PartialEq)]
pub struct HistogramPanelProps {
    pub target: f64,
}

/// Follows the Monte Carlo context; redraws only when a run finishes.
#[component]
pub fn HistogramPanel(props: &HistogramPanelProps) -> Html {
    let summary = use_context::<McView>().and_then(|mc| mc.summary);
    html! {
        <div class="chart-slot">
            if let Some(summary) = summary {
                <Histogram {summary} target={props.target} />
            }
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct HistogramProps {
    summary: McSummary,
    target: f64,
}

#[component]
fn Histogram(props: &HistogramProps) -> Html {
    histogram::view(&HistogramChartProps {
        summary: props.summary.clone(),
        target: props.target,
        reader: use_app().reader,
    })
}

#[derive(Properties, PartialEq)]
pub struct TornadoPanelProps {
    pub projects: Vec<Project>,
    pub basis: Basis,
}

#[component]
pub fn TornadoPanel(props: &TornadoPanelProps) -> Html {
    let app = use_app();
    tornado::view(&TornadoChartProps {
        data: app.data,
        projects: props.projects.clone(),
        basis: props.basis.clone(),
        reader: app.reader,
    })
}

#[derive(Properties, PartialEq)]
pub struct LevelsPanelProps {
    pub projection: Projection,
}

#[component]
pub fn LevelsPanel(props: &LevelsPanelProps) -> Html {
    let app = use_app();
    levels::view(&LevelsChartProps {
        data: app.data,
        projection: props.projection.clone(),
        reader: app.reader,
    })
}

#[component]
pub fn SharesPanel() -> Html {
    let app = use_app();
    shares::view(&SharesChartProps {
        data: app.data,
        reader: app.reader,
    })
}
