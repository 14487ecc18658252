//! The answer: projected 2024 total, its growth, the target, the verdict
//! with the gap, and what it would take; on the full page, then the page's
//! index (`page_index`), in the verdict's column.

use super::outcome_panel::outcome_view;
use yew::prelude::*;

use std::rc::Rc;

use super::explain::Explain;
use super::figure::figure;
use super::record::BuiltCopy;
use super::so_far_panel::need_text;
use crate::format;
use crate::format::ReaderFormat as _;
use crate::hooks::McView;
use crate::i18n::{strings, Strings};
use crate::model::explain;
use crate::model::growth_input::{MAX_GROWTH_PCT, MIN_GROWTH_PCT};
use crate::model::projection::Verdict;
use crate::model::reader::ReaderPrefs;
use crate::model::{Dataset, Lang, Outcome, TargetReading, Years};
use crate::state::use_app;

#[derive(Properties, PartialEq)]
pub struct VerdictPanelProps {
    pub outcome: Rc<Outcome>,
    /// The scenario's growth, for the total's formula.
    pub growth_pct: Vec<f64>,
    /// Whether the levers are on the page (not in the embed), so the text
    /// may point to them.
    #[prop_or(true)]
    pub with_levers: bool,
    /// Whether the page's index follows (the full page), in the answer's
    /// column (sticky on a wide screen).
    #[prop_or_default]
    pub index: bool,
}

/// Re-renders when the outcome or the reader's preferences change; the
/// Monte Carlo ticks reach only `Probability` inside it.
#[component]
pub fn VerdictPanel(props: &VerdictPanelProps) -> Html {
    let app = use_app();
    let reader = app.reader;
    let lang = reader.lang;
    let t = strings(lang);
    let unit = reader.unit_label();
    let data = app.data;
    let years = data.years();
    let Outcome {
        projection,
        verdict,
        ..
    } = &*props.outcome;

    let reading_note = reading_note(t, reader, &data, verdict);
    let (class, headline) = if verdict.met {
        ("verdict met", t.verdict_met)
    } else {
        ("verdict not-met", t.verdict_not_met)
    };
    let gap = t.gap_sentence(
        verdict.met,
        &reader.money(verdict.gap.abs()),
        unit,
        &format::signed_pct(lang, verdict.gap_pp, 2),
    );
    html! {
        <section class="result" aria-labelledby="result-heading">
            <h2 id="result-heading" tabindex="-1">{ t.result_heading(years) }</h2>
            <dl class="figures">
                <div>
                    <dt>{ t.projected_total(years) }<Explain id="total" explanation={explain::total_2024(&props.outcome, &props.growth_pct)} /></dt>
                    <dd data-testid="total-2024">
                        { reader.money(projection.total_2024) }
                        <span class="unit">{ format!(" {unit}") }</span>
                    </dd>
                </div>
                <div>
                    <dt>{ t.growth_over_base(years) }<Explain id="growth" explanation={explain::growth_2024(&data, &props.outcome)} /></dt>
                    <dd data-testid="growth-2024">{ format!("{} %", format::signed_pct(lang, projection.growth_pct, 2)) }</dd>
                </div>
                if let Some(f) = &props.outcome.so_far {
                    <div data-testid="so-far-figure">
                        <dt>{ t.so_far_verdict_label(&t.month_span(1, f.so_far.months), years) }</dt>
                        <dd>
                            { reader.money(f.so_far.value) }
                            <span class="unit">{ format!(" {unit} ({} %)", format::signed_pct(lang, f.so_far.growth_pct, 2)) }</span>
                        </dd>
                    </div>
                }
                <div>
                    <dt>{ t.target_label }</dt>
                    <dd>
                        { figure("target", "published", reader.money(verdict.target), format!("{}{}", t.provenance_target(data.meta.publisher.get(lang), &data.target.quote_vi), reader.conversion_note())) }
                        <span class="unit">{ format!(" {unit}") }</span>
                    </dd>
                </div>
            </dl>
            <div {class} data-testid="verdict" role="status" aria-live="polite"
                 data-met={verdict.met.to_string()}>
                <p class="headline">
                    <span class="icon" aria-hidden="true">{ if verdict.met { "✓" } else { "✗" } }</span>
                    { headline }
                </p>
                <p class="gap" data-testid="gap">{ gap }</p>
                <div class="explain-row">
                    <Explain id="gap" explanation={explain::gap(&props.outcome)} label={t.explain_subject(&data, explain::Subject::Gap)} />
                    <Explain id="gap-pp" explanation={explain::gap_pp(&data, &props.outcome)} label={t.explain_subject(&data, explain::Subject::GapPp)} />
                </div>
                <p class="reading">{ reading_note }</p>
            </div>
            { outcome_view(&app, projection.total_2024) }
            <Probability />
            { needs_list(t, reader, years, &props.outcome, props.with_levers) }
            if props.index { <BuiltCopy part="toc" /> }
        </section>
    }
}

/// How the target is read (absolute or as the stated growth), with both
/// figures, so a reader can see why the two readings differ.
fn reading_note(t: &Strings, reader: ReaderPrefs, data: &Dataset, verdict: &Verdict) -> String {
    let lang = reader.lang;
    let unit = reader.unit_label();
    let stated = format::pct(lang, data.target.stated_growth_pct, 1);
    match verdict.reading {
        TargetReading::Absolute => t.target_reading_absolute(
            &format!("{} {unit}", reader.money(verdict.target)),
            &format::pct(lang, data.target_growth_pct(), 2),
            &stated,
            data.years(),
        ),
        TargetReading::StatedGrowth => t.target_reading_stated(
            &format!("{} {unit}", reader.money(verdict.target)),
            &stated,
            &format!("{} {unit}", reader.money(data.target.value)),
            data.years(),
        ),
    }
}

/// "What it would take": the growth the remaining months need, the growth
/// every sector alike would need, and what the projects add.
fn needs_list(
    t: &'static Strings,
    reader: ReaderPrefs,
    years: Years,
    outcome: &Rc<Outcome>,
    with_levers: bool,
) -> Html {
    let lang = reader.lang;
    let uniform_pct = outcome.uniform_pct;
    let project_total: f64 = outcome.project_output.iter().sum();
    html! {
        <>
            <h3>{ t.what_it_takes }</h3>
            <ul class="needs">
                if let Some(f) = &outcome.so_far {
                    <li data-testid="needs-rest">{ need_text(t, reader, years, outcome, f) }</li>
                }
                // With all twelve months in nothing remains to grow: no uniform need.
                if uniform_pct.is_finite() {
                    <li data-testid="needs-uniform">{ uniform_text(t, lang, years, uniform_pct) }<Explain id="uniform" explanation={explain::uniform(outcome)} /></li>
                }
                <li data-testid="projects-add" hidden={project_total == 0.0}>
                    { t.projects_add(&reader.signed_money(project_total), reader.unit_label()) }
                </li>
                if with_levers && uniform_pct.is_finite() {
                    <li>{ t.needs_see_levers }</li>
                }
            </ul>
        </>
    }
}

/// What growth every sector alike would need, in words where no number a
/// field accepts would be true: below −100 % means the projects alone
/// suffice, above the field's maximum means nothing plausible would do.
fn uniform_text(t: &Strings, lang: Lang, years: Years, pct: f64) -> String {
    if pct < MIN_GROWTH_PCT {
        t.uniform_needs_nothing(years)
    } else if pct > MAX_GROWTH_PCT || !pct.is_finite() {
        t.uniform_beyond_field(&format::signed_pct(lang, MAX_GROWTH_PCT, 0))
    } else {
        t.uniform_needed(&format::signed_pct(lang, pct, 2))
    }
}

/// The probability of meeting the target, from the Monte Carlo context:
/// the only part of the verdict that follows the run's progress.
#[component]
pub fn Probability() -> Html {
    let lang = use_app().reader.lang;
    let t = strings(lang);
    let mc = use_context::<McView>().unwrap_or_default();
    let text = match (&mc.summary, mc.running) {
        (Some(summary), false) => t.probability_sentence(
            &format::pct(lang, summary.probability * 100.0, 1),
            &format::number(
                lang,
                f64::from(summary.draws),
                format::NumberStyle::plain(0),
            ),
        ),
        _ => t.mc_pending.to_owned(),
    };
    // While a run is on, the last run's formula is hidden rather than
    // removed: an edit (a slider step) does not pay for taking it down and
    // building it again.
    html! {
        <div class="probability" data-testid="probability" aria-live="polite">
            { text }
            if let Some(summary) = &mc.summary {
                <div class="probability-explain" hidden={mc.running}>
                    <Explain id="probability" explanation={explain::probability(summary)} />
                </div>
            }
        </div>
    }
}
