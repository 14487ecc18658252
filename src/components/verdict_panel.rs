//! The answer: projected 2024 total, its growth, the target, the verdict
//! with the gap, and what it would take.

use yew::prelude::*;

use super::figure::figure;
use super::Data;
use crate::format::{self, ReaderPrefs};
use crate::hooks::McView;
use crate::i18n::strings;
use crate::model::{Outcome, TargetReading};

pub struct VerdictPanelProps {
    pub data: Data,
    pub outcome: Outcome,
    pub reader: ReaderPrefs,
    pub mc: McView,
}

/// Stateless, so a plain function rather than a component: each component
/// type costs kilobytes of wasm, and this one would gain nothing from it.
pub fn view(props: &VerdictPanelProps) -> Html {
    let reader = props.reader;
    let lang = reader.lang;
    let t = strings(lang);
    let unit = reader.unit_label();
    let data = props.data;
    let Outcome {
        projection,
        verdict,
        uniform_pct,
        project_output,
        ..
    } = &props.outcome;

    let stated = format::pct(lang, data.target_2024.stated_growth_pct, 1);
    let reading_note = match verdict.reading {
        TargetReading::Absolute => t.target_reading_absolute(
            &format!("{} {unit}", reader.money(verdict.target)),
            &format::pct(lang, data.target_growth_pct(), 2),
            &stated,
        ),
        TargetReading::StatedGrowth => t.target_reading_stated(
            &format!("{} {unit}", reader.money(verdict.target)),
            &stated,
            &format!("{} {unit}", reader.money(data.target_2024.value)),
        ),
    };
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
    let project_total: f64 = project_output.iter().sum();
    let mc = &props.mc;
    let probability = match (&mc.summary, mc.running) {
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

    html! {
        <section class="result" aria-labelledby="result-heading">
            <h2 id="result-heading">{ t.result_heading }</h2>
            <dl class="figures">
                <div>
                    <dt>{ t.projected_total }</dt>
                    <dd data-testid="total-2024">
                        { reader.money(projection.total_2024) }
                        <span class="unit">{ format!(" {unit}") }</span>
                    </dd>
                </div>
                <div>
                    <dt>{ t.growth_over_2023 }</dt>
                    <dd data-testid="growth-2024">{ format!("{} %", format::signed_pct(lang, projection.growth_pct, 2)) }</dd>
                </div>
                <div>
                    <dt>{ t.target_label }</dt>
                    <dd>
                        { figure("target", "published", reader.money(verdict.target), format!("{}{}", t.provenance_target(data.meta.publisher.get(lang), &data.target_2024.quote_vi), reader.conversion_note())) }
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
                <p class="reading">{ reading_note }</p>
            </div>
            <p class="probability" data-testid="probability" aria-live="polite">{ probability }</p>
            <h3>{ t.what_it_takes }</h3>
            <ul class="needs">
                <li data-testid="needs-uniform">{ t.uniform_needed(&format::signed_pct(lang, *uniform_pct, 2)) }</li>
                <li data-testid="projects-add" hidden={project_total == 0.0}>
                    { t.projects_add(&reader.signed_money(project_total), unit) }
                </li>
                <li>{ t.needs_see_levers }</li>
            </ul>
        </section>
    }
}
