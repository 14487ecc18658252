//! The scenario as yew state: one `use_reducer` at the root holds a
//! `model::scenario::Scenario`; this module only adapts it to yew.

use std::rc::Rc;

use yew::Reducible;

use crate::format::ReaderPrefs;
use crate::model::presets::Assumptions;
pub use crate::model::scenario::{Action, Scenario, ScenarioError};
use crate::model::Dataset;

impl Scenario {
    pub fn reader(&self) -> ReaderPrefs {
        ReaderPrefs {
            lang: self.lang,
            unit: self.unit,
            vnd_per_usd: self.vnd_per_usd,
        }
    }
}

impl Reducible for Scenario {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let Ok(data) = Dataset::bundled() else {
            return self;
        };
        let Ok(assumptions) = Assumptions::bundled(data) else {
            return self;
        };
        let next = self.apply(data, assumptions, action);
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}
