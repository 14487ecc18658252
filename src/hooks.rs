//! The app's own hooks. `use_monte_carlo`: runs the scenario's Monte
//! Carlo in slices between browser tasks, so the page stays responsive (no
//! slice takes more than a few milliseconds, at any CPU speed), and
//! restarts once the scenario has rested after a change (not on every
//! step of a slider drag, whose frames it would otherwise delay). A run
//! superseded by a newer one stops at its next slice. `use_stages` and
//! `use_progressive`: build a page in parts, one per task or per painted
//! frame. `use_element_width`: a box's width, for charts laid out to it.
//! `use_settled`: a value once it stops changing.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use gloo::timers::callback::Timeout;
use yew::prelude::*;

use crate::browser;
use crate::model::montecarlo::{McRun, McSpec, McSummary};

/// Draws between two looks at the clock.
const CHUNK: u32 = 5_000;
/// A slice stops after this much drawing (milliseconds), so a frame is
/// never held up by more, on a fast laptop or a slow phone alike.
const SLICE_MS: f64 = 6.0;
/// Nor does a slice take more draws than this, so a large run is sliced
/// on a machine of any speed (a million draws: ten slices at least).
const SLICE_MAX_DRAWS: u32 = 100_000;
/// A new run starts once the scenario has not changed for this long.
const REST_MS: u32 = 150;
/// Progress is shown at most this often: every update re-renders the page,
/// which would otherwise cost more than the drawing itself.
const PROGRESS_EVERY_MS: f64 = 150.0;
// A run waits for the scenario to rest at least as long as progress waits
// between two showings, so a run still going after its first slice shows
// its progress there (the e2e slicing test relies on it).
const _: () = assert!(REST_MS as f64 >= PROGRESS_EVERY_MS);

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
        let started = browser::now_ms();
        let mut drawn = 0;
        let finished = loop {
            let finished = self.run.borrow_mut().advance(CHUNK);
            drawn += CHUNK;
            if finished || drawn >= SLICE_MAX_DRAWS || browser::now_ms() - started >= SLICE_MS {
                break finished;
            }
        };
        browser::mark(browser::MC_SLICE_MARK);
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
    // Equal values do not re-render: marking a run "running" while it
    // already is costs nothing.
    let view = use_state_eq(McView::default);
    let generation = use_mut_ref(|| 0u64);
    {
        let view = view.clone();
        use_effect_with(spec, move |spec| {
            let my_generation = {
                let mut g = generation.borrow_mut();
                *g += 1;
                *g
            };
            // The shown result is stale at once: "calculating" until the
            // new run ends (only the Monte Carlo sections re-render).
            let previous = view.summary.clone();
            view.set(McView {
                running: true,
                done: 0,
                total: spec.draws,
                summary: previous.clone(),
                compute_ms: 0.0,
            });
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
            let superseded = generation.clone();
            let start = move || {
                if *superseded.borrow() != my_generation {
                    return;
                }
                browser::clear_marks(browser::MC_SLICE_MARK);
                browser::mark("mc-start");
                browser::next_task(move || slicer.slice());
            };
            // The first run starts once the app is on screen (its slices
            // would otherwise delay the page's own first tasks); later
            // ones once edits rest. A run superseded meanwhile stops at
            // its first slice.
            let wait = if my_generation == 1 {
                browser::once_shown(start);
                None
            } else {
                Some(Timeout::new(REST_MS, start))
            };
            // On a new spec or unmount, a waiting run never starts and a
            // running one stops at its next slice.
            move || {
                drop(wait);
                *generation.borrow_mut() += 1;
            }
        });
    }
    (*view).clone()
}

/// How `use_stages` waits before showing one more part.
#[derive(Clone, Copy, PartialEq)]
pub enum Pace {
    /// Once the browser has painted the page: for parts built on screen,
    /// so each shows as soon as it is built.
    NextPaint,
    /// The top of the page: in the next task while it is built off screen
    /// (only the task boundary matters there: input can be handled in
    /// between), then, once the app is on screen, after the next paint
    /// (the rest of the inputs column, built hidden while the prerendered
    /// one stands in for it: `browser::take_over`).
    Top,
}

/// How many of `total` parts to show: from `first`, one more at each
/// `pace`, so no single task builds them all (a long task on a phone).
/// With `marks`, each step is marked for the benchmark just before the
/// part renders ("section-N"), and "all-rendered" once all are. `after`
/// is called once each count is on the page, with that count (the
/// caller's effect, here: each effect costs the wasm about 0.3 KB); it
/// runs before the next part is scheduled, so it may put the app on
/// screen, which sets the pace of `Pace::Top`.
#[hook]
pub fn use_stages(total: usize, first: usize, pace: Pace, marks: bool, after: fn(usize)) -> usize {
    let shown = use_state(|| first.min(total));
    {
        let shown = shown.clone();
        use_effect_with(*shown, move |&now| {
            after(now);
            if now < total {
                let next = move || {
                    if marks {
                        browser::mark(&format!("section-{}", now + 1));
                    }
                    shown.set(now + 1)
                };
                match pace {
                    Pace::Top if !browser::is_shown() => browser::next_task(next),
                    // Parts below the fold wait for the prerendered page to
                    // be gone (browser::take_over); the top's after the
                    // takeover only for the next paint. Nothing either
                    // builds meanwhile is laid out in the frame that takes
                    // the page's boxes down: the inputs column is hidden.
                    _ => browser::once_shown(move || browser::after_next_paint(next)),
                }
            } else if marks {
                browser::mark("all-rendered");
            }
        });
    }
    *shown
}

/// The sections below the fold, one per painted frame, with the marks the
/// benchmark reads. The first frame holds only what is above the fold.
#[hook]
pub fn use_progressive(total: usize, after: fn(usize)) -> usize {
    use_stages(total, 0, Pace::NextPaint, true, after)
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
            let listener = browser::on_window("resize", measure);
            move || drop(listener)
        });
    }
    *width
}

/// `value` once it has stopped changing for `rest_ms`: what follows a
/// slider drag only when it ends (the charts below the fold, the link,
/// the address), so each step of the drag costs only the levers and the
/// verdict. The first value is taken at once.
#[hook]
pub fn use_settled<T: Clone + PartialEq + 'static>(value: T, rest_ms: u32) -> T {
    let settled = use_state_eq(|| value.clone());
    let wait = use_mut_ref(|| None::<Timeout>);
    {
        let settled = settled.clone();
        use_effect_with(value, move |value| {
            let value = value.clone();
            *wait.borrow_mut() = Some(Timeout::new(rest_ms, move || settled.set(value)));
        });
    }
    (*settled).clone()
}
