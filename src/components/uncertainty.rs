//! Uncertainty: per sector how far below and above the chosen growth 2024
//! may land, how many draws, the seed; and the Monte Carlo answer.

use yew::prelude::*;

use super::explain::Explain;
use super::number_field::{FieldKind, NumberField};
use super::select_field::SelectField;
use super::Data;
use crate::format::ReaderFormat as _;
use crate::format::{self, ReaderPrefs};
use crate::hooks::McView;
use crate::i18n::strings;
use crate::model::explain;
use crate::model::montecarlo::{Range, DEFAULT_DRAWS, MAX_DRAWS, MAX_RANGE_PP};
use crate::model::scenario::MAX_SEED;
use crate::state::{use_app, Action};

#[derive(Properties, PartialEq)]
pub struct UncertaintySectionProps {
    pub ranges: Vec<Range>,
    pub draws: u32,
    pub seed: u64,
    pub revision: u32,
}

/// The settings as a section; the run's progress and results are in
/// `McStatus`, the only part that follows the Monte Carlo ticks.
#[component]
pub fn Uncertainty(props: &UncertaintySectionProps) -> Html {
    let app = use_app();
    view(&UncertaintyProps {
        revision: props.revision,
        data: app.data,
        ranges: props.ranges.clone(),
        draws: props.draws,
        seed: props.seed,
        reader: app.reader,
        on_range: app.action(|(i, r)| Action::SetRange(i, r)),
        on_draws: app.action(Action::SetDraws),
        on_seed: app.action(Action::SetSeed),
    })
}

struct UncertaintyProps {
    /// Bumped by resets and loads; keys the fields so they drop drafts.
    revision: u32,
    data: Data,
    pub ranges: Vec<Range>,
    pub draws: u32,
    pub seed: u64,
    pub reader: ReaderPrefs,
    pub on_range: Callback<(usize, Range)>,
    pub on_draws: Callback<u32>,
    pub on_seed: Callback<u64>,
}

fn view(props: &UncertaintyProps) -> Html {
    let reader = props.reader;
    let lang = reader.lang;
    let t = strings(lang);
    let pp_kind = FieldKind::Bounded {
        min: 0.0,
        max: MAX_RANGE_PP,
        decimals: 2,
    };
    let rows = props.data.sectors.iter().enumerate().map(|(i, sector)| {
        let range = props.ranges.get(i).copied().unwrap_or(Range { low_pp: 0.0, high_pp: 0.0 });
        let name = sector.name.get(lang);
        let on_low = {
            let on_range = props.on_range.clone();
            Callback::from(move |v| on_range.emit((i, Range { low_pp: v, ..range })))
        };
        let on_high = {
            let on_range = props.on_range.clone();
            Callback::from(move |v| on_range.emit((i, Range { high_pp: v, ..range })))
        };
        html! {
            <tr>
                <th scope="row">{ name }</th>
                <td><NumberField key={props.revision} id={format!("range-low-{}", sector.vsic)} label={t.range_low_label(name)}
                        value={range.low_pp} kind={pp_kind} {lang} on_change={on_low} suffix={t.pp_short} /></td>
                <td><NumberField key={props.revision} id={format!("range-high-{}", sector.vsic)} label={t.range_high_label(name)}
                        value={range.high_pp} kind={pp_kind} {lang} on_change={on_high} suffix={t.pp_short} /></td>
            </tr>
        }
    });
    let on_draws = {
        let on_draws = props.on_draws.clone();
        Callback::from(move |value: AttrValue| {
            if let Ok(n) = value.parse() {
                on_draws.emit(n);
            }
        })
    };
    // A link may carry any count; it is offered beside the usual three,
    // in its place among them (they are in order).
    let mut counts = vec![10_000u32, DEFAULT_DRAWS, MAX_DRAWS];
    if !counts.contains(&props.draws) {
        let at = counts.iter().take_while(|&&c| c < props.draws).count();
        counts.insert(at, props.draws);
    }
    let draw_options: Vec<(AttrValue, AttrValue)> = counts
        .into_iter()
        .map(|n| {
            let label = format::number(lang, f64::from(n), format::NumberStyle::plain(0));
            (n.to_string().into(), label.into())
        })
        .collect();
    let on_seed = {
        let on_seed = props.on_seed.clone();
        Callback::from(move |v: f64| on_seed.emit(v as u64))
    };
    html! {
        <section class="uncertainty" aria-labelledby="uncertainty-heading">
            <h3 id="uncertainty-heading" tabindex="-1">{ t.uncertainty_heading }</h3>
            <p class="hint">{ t.uncertainty_explainer }</p>
            <table class="data-table ranges">
                <thead><tr><th scope="col">{ t.col_sector }</th><th scope="col">{ t.range_low_col }</th><th scope="col">{ t.range_high_col }</th></tr></thead>
                <tbody>{ for rows }</tbody>
            </table>
            <div class="mc-settings">
                <label>
                    <span>{ t.mc_draws_label }</span>
                    <SelectField options={draw_options} value={props.draws.to_string()} on_change={on_draws} testid="mc-draws" />
                </label>
                <div class="field">
                    <span aria-hidden="true">{ t.mc_seed_label }</span>
                    <NumberField key={props.revision} id="mc-seed" label={t.mc_seed_label} value={props.seed as f64}
                        kind={FieldKind::Whole { min: 0.0, max: MAX_SEED as f64 }} {lang} on_change={on_seed} />
                </div>
            </div>
            <McStatus />
        </section>
    }
}

/// The run's progress and its results (probability, P10/P50/P90).
#[component]
fn McStatus() -> Html {
    let reader = use_app().reader;
    let lang = reader.lang;
    let t = strings(lang);
    let mc = use_context::<McView>().unwrap_or_default();
    let progress = if mc.running && mc.total > 0 {
        t.mc_running(
            &format::number(lang, f64::from(mc.done), format::NumberStyle::plain(0)),
            &format::number(lang, f64::from(mc.total), format::NumberStyle::plain(0)),
        )
    } else {
        String::new()
    };
    let results = mc.summary.as_ref().map(|s| {
        let unit = reader.unit_label();
        html! {
            <dl class="mc-results" data-testid="mc-results">
                <div><dt>{ t.mc_probability }<Explain id="mc-probability" explanation={explain::probability(s)} /></dt>
                     <dd data-testid="mc-probability">{ format!("{} %", format::pct(lang, s.probability * 100.0, 1)) }</dd></div>
                <div><dt>{ "P10" }<Explain id="p10" explanation={explain::percentile(s, 10)} /></dt><dd data-testid="mc-p10">{ format!("{} {unit}", reader.money(s.p10)) }</dd></div>
                <div><dt>{ "P50" }<Explain id="p50" explanation={explain::percentile(s, 50)} /></dt><dd data-testid="mc-p50">{ format!("{} {unit}", reader.money(s.p50)) }</dd></div>
                <div><dt>{ "P90" }<Explain id="p90" explanation={explain::percentile(s, 90)} /></dt><dd data-testid="mc-p90">{ format!("{} {unit}", reader.money(s.p90)) }</dd></div>
            </dl>
        }
    });
    html! {
        <>
            <p class="mc-status" role="status" data-testid="mc-status" data-running={mc.running.to_string()}
               data-compute-ms={format::tenths(mc.compute_ms)}>{ progress }</p>
            // Its own wrapper: a node appearing among the fields' siblings
            // would make yew rebuild them and drop the focus.
            <div class="mc-results-wrap">{ results }</div>
        </>
    }
}
