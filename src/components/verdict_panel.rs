//! The answer: projected 2024 total, its growth, the target, the verdict
//! with the gap, and what it would take.

use yew::prelude::*;

use super::figure::Figure;
use super::Data;
use crate::format::{self, ReaderPrefs};
use crate::i18n::strings;
use crate::model::growth_input::is_valid_growth_pct;
use crate::model::{Outcome, TargetReading};

#[derive(Properties, PartialEq)]
pub struct VerdictPanelProps {
    pub data: Data,
    pub outcome: Outcome,
    pub reader: ReaderPrefs,
    pub on_reset_all: Callback<()>,
}

#[component]
pub fn VerdictPanel(props: &VerdictPanelProps) -> Html {
    let reader = props.reader;
    let lang = reader.lang;
    let t = strings(lang);
    let unit = reader.unit_label();
    let data = props.data;
    let Outcome {
        projection,
        verdict,
        required_by_sector,
        uniform_pct,
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
    let needs = required_by_sector
        .iter()
        .zip(&data.sectors)
        .map(|(&pct, sector)| {
            let name = sector.name.get(lang);
            let shown = format::signed_pct(lang, pct, 2);
            // A rate the input would refuse is no plan; say so in words.
            let sentence = if is_valid_growth_pct(pct) {
                t.sector_alone_needs(name, &shown)
            } else {
                t.sector_cannot_alone(name, &shown)
            };
            html! { <li data-testid={format!("needs-{}", sector.vsic)}>{ sentence }</li> }
        });
    let on_reset_all = props.on_reset_all.clone();

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
                        <Figure id="target" kind="published" text={reader.money(verdict.target)}
                            provenance={format!("{}{}", t.provenance_target(data.meta.publisher.get(lang), &data.target_2024.quote_vi), reader.conversion_note())} />
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
            <h3>{ t.what_it_takes }</h3>
            <ul class="needs">
                <li data-testid="needs-uniform">{ t.uniform_needed(&format::signed_pct(lang, *uniform_pct, 2)) }</li>
                { for needs }
            </ul>
            <button type="button" class="reset" onclick={move |_| on_reset_all.emit(())}>{ t.reset_all }</button>
        </section>
    }
}
