//! "Your 2024 scenario": presets, the target reading and the levers. It
//! re-renders when growth, the goal-seek answers, the reading or the
//! revision change, and with the reader's preferences; nothing else.

use yew::prelude::*;

use super::levers::{self, LeversProps};
use super::preset_bar::{self, PresetBarProps};
use super::target_picker::{self, TargetPickerProps};
use crate::i18n::strings;
use std::rc::Rc;

use crate::model::explain;
use crate::model::{Outcome, TargetReading};
use crate::state::{use_app, Action};

#[derive(Properties, PartialEq)]
pub struct ScenarioPanelProps {
    pub growth_pct: Vec<f64>,
    /// For each sector's goal seek and its explanation.
    pub outcome: Rc<Outcome>,
    pub target_met: bool,
    pub target: TargetReading,
    /// Keys the fields so resets and loads drop half-typed drafts.
    pub revision: u32,
    /// Months of 2024 already in, when "2024 so far" is entered: the levers
    /// then describe the months after them.
    #[prop_or_default]
    pub so_far_months: Option<u8>,
}

#[component]
pub fn ScenarioPanel(props: &ScenarioPanelProps) -> Html {
    let app = use_app();
    let lang = app.reader.lang;
    let t = strings(lang);
    let years = app.data.years();
    let presets = preset_bar::view(&PresetBarProps {
        presets: &app.assumptions.presets,
        lang,
        on_apply: app.action(Action::ApplyPreset),
    });
    let target = target_picker::view(&TargetPickerProps {
        data: app.data,
        reading: props.target,
        reader: app.reader,
        on_change: app.action(Action::SetTarget),
    });
    let levers = levers::view(&LeversProps {
        data: app.data,
        growth_pct: props.growth_pct.clone(),
        needs: (0..app.data.sectors.len())
            .map(|i| explain::sector_need(&props.outcome, i))
            .collect(),
        target_met: props.target_met,
        // Whole-year growth: not beside levers of the rest of the year.
        actual_pct: app
            .edition
            .actual_growth()
            .filter(|_| props.so_far_months.is_none()),
        revision: props.revision,
        lang,
        on_growth: app.action(|(sector, pct)| Action::SetGrowth { sector, pct }),
        on_reset: app.action(Action::ResetSector),
        on_reset_all: app.action(|()| Action::ResetAll),
    });
    html! {
        <section class="scenario" aria-labelledby="scenario-heading">
            <h2 id="scenario-heading" tabindex="-1">{ t.scenario_heading(years) }</h2>
            { presets }
            { target }
            if let Some(months) = props.so_far_months {
                <p class="hint levers-rest" data-testid="levers-rest">
                    { if months < 12 {
                        t.levers_describe_rest(&t.month_span(months + 1, 12), years)
                    } else {
                        t.levers_year_complete(years)
                    } }
                </p>
            }
            { levers }
        </section>
    }
}
