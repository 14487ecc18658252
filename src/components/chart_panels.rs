//! The charts as sections: each panel takes only what its drawing depends
//! on, so a lever edit redraws the waterfall and the levels, a project
//! edit the tornado, a Monte Carlo tick the histogram alone, and the
//! shares chart only when the language or unit changes. The drawing itself
//! is in `charts` (pure geometry, one SVG renderer).
//!
//! One component type draws every chart (`ChartPanel`, told which by its
//! input): each component type costs the wasm about 1.1 KB of generic
//! code, and the panels differ only in what they pass on.

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

/// A chart and what its drawing depends on, besides the data and the
/// reader's preferences (from the context).
#[derive(PartialEq)]
pub enum Chart {
    Waterfall {
        outcome: Rc<Outcome>,
        growth_pct: Vec<f64>,
    },
    /// Drawn only when "2024 so far" is entered.
    SoFar {
        outcome: Rc<Outcome>,
    },
    Histogram {
        summary: McSummary,
        target: f64,
    },
    Tornado {
        projects: Vec<Project>,
        basis: Basis,
    },
    Levels {
        projection: Projection,
    },
    Shares,
}

#[derive(Properties, PartialEq)]
pub struct ChartPanelProps {
    pub chart: Chart,
}

#[component]
pub fn ChartPanel(props: &ChartPanelProps) -> Html {
    let app = use_app();
    let (data, reader) = (app.data, app.reader);
    match &props.chart {
        Chart::Waterfall {
            outcome,
            growth_pct,
        } => waterfall::view(&WaterfallChartProps {
            data,
            outcome: (**outcome).clone(),
            growth_pct: growth_pct.clone(),
            actual_total: app.edition.outcome.map(|o| o.total.value),
            reader,
        }),
        Chart::SoFar { outcome } => match outcome.so_far {
            Some(figures) => so_far::view(&SoFarChartProps {
                outcome: (**outcome).clone(),
                figures,
                reader,
                years: data.years(),
            }),
            None => Html::default(),
        },
        Chart::Histogram { summary, target } => histogram::view(&HistogramChartProps {
            summary: summary.clone(),
            target: *target,
            reader,
            years: data.years(),
        }),
        Chart::Tornado { projects, basis } => tornado::view(&TornadoChartProps {
            data,
            projects: projects.clone(),
            basis: basis.clone(),
            reader,
        }),
        Chart::Levels { projection } => levels::view(&LevelsChartProps {
            data,
            projection: projection.clone(),
            reader,
        }),
        Chart::Shares => shares::view(&SharesChartProps { data, reader }),
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
                <ChartPanel chart={Chart::Histogram { summary, target: props.target }} />
            }
        </div>
    }
}
