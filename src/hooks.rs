//! `use_monte_carlo`: runs the scenario's Monte Carlo in slices between
//! browser tasks, so the page stays responsive (no slice takes more than a
//! few milliseconds), and restarts whenever the scenario changes. A run
//! superseded by a newer one stops at its next slice.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use yew::prelude::*;

use crate::browser;
use crate::model::montecarlo::{McRun, McSpec, McSummary};

/// Draws per slice: a few milliseconds of work in the browser.
const SLICE: u32 = 40_000;
/// Progress is shown at most this often: every update re-renders the page,
/// which would otherwise cost more than the drawing itself.
const PROGRESS_EVERY_MS: f64 = 150.0;

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

/// One run in progress, shared by its slices.
struct Slicer {
    run: RefCell<McRun>,
    generation: Rc<RefCell<u64>>,
    my_generation: u64,
    view: UseStateHandle<McView>,
    previous: Option<McSummary>,
    total: u32,
    compute_ms: Cell<f64>,
    last_shown: Cell<f64>,
}

impl Slicer {
    fn slice(self: Rc<Self>) {
        if *self.generation.borrow() != self.my_generation {
            return;
        }
        if self.run.borrow().done() == 0 {
            self.view.set(McView {
                running: true,
                done: 0,
                total: self.total,
                summary: self.previous.clone(),
                compute_ms: 0.0,
            });
        }
        let started = browser::now_ms();
        let finished = self.run.borrow_mut().advance(SLICE);
        let summary = finished.then(|| self.run.borrow().summary());
        let now = browser::now_ms();
        self.compute_ms.set(self.compute_ms.get() + now - started);
        let done = self.run.borrow().done();
        let total = self.total;
        let view = |running, summary| McView {
            running,
            done,
            total,
            summary,
            compute_ms: self.compute_ms.get(),
        };
        if let Some(summary) = summary {
            self.view.set(view(false, Some(summary)));
            browser::mark("mc-done");
        } else {
            if now - self.last_shown.get() >= PROGRESS_EVERY_MS {
                self.last_shown.set(now);
                self.view.set(view(true, self.previous.clone()));
            }
            browser::next_task(move || self.slice());
        }
    }
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
            // "Running" is shown from the first slice on, not set here: a
            // state change in this effect would render the page a second
            // time before the new verdict reaches the screen.
            let previous = view.summary.clone();
            browser::mark("mc-start");
            let slicer = Rc::new(Slicer {
                run: RefCell::new(McRun::new(spec.clone())),
                generation: generation.clone(),
                my_generation,
                view,
                previous,
                total: spec.draws,
                compute_ms: Cell::new(0.0),
                last_shown: Cell::new(browser::now_ms()),
            });
            browser::next_task(move || slicer.slice());
            // On a new spec or unmount, the run stops at its next slice.
            move || *generation.borrow_mut() += 1
        });
    }
    (*view).clone()
}

/// How many of `total` below-the-fold sections to show: one more after
/// each painted frame, so no single task builds the whole page (a long
/// task on a phone) and the first sections appear soonest. Starts at 0,
/// so the first frame holds only what is above the fold.
#[hook]
pub fn use_progressive(total: usize) -> usize {
    let shown = use_state(|| 0usize);
    {
        let shown = shown.clone();
        use_effect_with(*shown, move |&now| {
            if now < total {
                browser::after_next_paint(move || shown.set(now + 1));
            } else {
                browser::mark("all-rendered");
            }
        });
    }
    *shown
}

/// The width in CSS pixels of the element behind `node`, kept current on
/// window resizes. Before the element exists it is an estimate from the
/// window's width, and the first measurement replaces it in the same
/// task, before the browser paints: charts never flash at a wrong size.
#[hook]
pub fn use_element_width(node: NodeRef) -> f64 {
    let width = use_state(browser::content_width_estimate);
    let shown = use_mut_ref(|| *width);
    {
        let width = width.clone();
        use_effect_with(node, move |node| {
            let node = node.clone();
            let measure = move || {
                let measured = node
                    .cast::<web_sys::Element>()
                    .map(|e| f64::from(e.client_width()))
                    .unwrap_or(0.0);
                if measured > 0.0 && (measured - *shown.borrow()).abs() >= 1.0 {
                    *shown.borrow_mut() = measured;
                    width.set(measured);
                }
            };
            measure();
            let listener = browser::on_resize(measure);
            move || drop(listener)
        });
    }
    *width
}
