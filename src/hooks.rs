//! `use_monte_carlo`: runs the scenario's Monte Carlo in slices between
//! browser tasks, so the page stays responsive (no slice takes more than a
//! few milliseconds), and restarts whenever the scenario changes. A run
//! superseded by a newer one stops at its next slice.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use yew::prelude::*;

use crate::browser;
use crate::model::montecarlo::{McRun, McSpec, McSummary};

/// Draws per slice: about 1–3 ms of work in the browser.
const SLICE: u32 = 25_000;

#[derive(Clone, Debug, PartialEq, Default)]
pub struct McView {
    pub running: bool,
    pub done: u32,
    pub total: u32,
    /// The latest finished run's summary (kept while a new one runs).
    pub summary: Option<McSummary>,
    /// Time spent drawing, excluding the pauses between slices.
    pub compute_ms: f64,
}

#[hook]
pub fn use_monte_carlo(spec: McSpec) -> McView {
    let view = use_state(McView::default);
    let generation = use_mut_ref(|| 0u64);
    {
        let view = view.clone();
        use_effect_with(spec, move |spec| {
            let my_generation = {
                let mut g = generation.borrow_mut();
                *g += 1;
                *g
            };
            let run = Rc::new(RefCell::new(McRun::new(spec.clone())));
            let compute_ms = Rc::new(Cell::new(0.0));
            let previous = view.summary.clone();
            view.set(McView {
                running: true,
                done: 0,
                total: spec.draws,
                summary: previous.clone(),
                compute_ms: 0.0,
            });
            browser::mark("mc-start");
            fn slice(
                run: Rc<RefCell<McRun>>,
                generation: Rc<RefCell<u64>>,
                my_generation: u64,
                view: UseStateHandle<McView>,
                previous: Option<McSummary>,
                compute_ms: Rc<Cell<f64>>,
            ) {
                if *generation.borrow() != my_generation {
                    return;
                }
                let started = browser::now_ms();
                let finished = run.borrow_mut().advance(SLICE);
                let summary = finished.then(|| run.borrow().summary());
                compute_ms.set(compute_ms.get() + browser::now_ms() - started);
                let done = run.borrow().done();
                let total = done.max(view.total);
                if let Some(summary) = summary {
                    view.set(McView {
                        running: false,
                        done,
                        total,
                        summary: Some(summary),
                        compute_ms: compute_ms.get(),
                    });
                    browser::mark("mc-done");
                } else {
                    view.set(McView {
                        running: true,
                        done,
                        total,
                        summary: previous.clone(),
                        compute_ms: compute_ms.get(),
                    });
                    browser::next_task(move || {
                        slice(run, generation, my_generation, view, previous, compute_ms)
                    });
                }
            }
            let generation = generation.clone();
            browser::next_task(move || {
                slice(run, generation, my_generation, view, previous, compute_ms)
            });
        });
    }
    (*view).clone()
}
