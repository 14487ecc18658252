//! The levers: per sector a slider and a numeric field kept in sync, a
//! reset to 2023 growth, and what the sector alone would need (goal seek),
//! in words when no plausible rate would do.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::explain::Explain;
use super::number_field::{FieldKind, NumberField};
use super::Data;
use crate::format;
use crate::i18n::strings;
use crate::model::explain::Explanation;
use crate::model::growth_input::{MAX_GROWTH_PCT, MIN_GROWTH_PCT};
use crate::model::Lang;

/// The slider spans what is plausible for a year; the field takes more.
pub const SLIDER_MIN: f64 = -30.0;
pub const SLIDER_MAX: f64 = 50.0;

pub struct LeversProps {
    /// Bumped by resets and loads; keys the fields so they drop drafts.
    pub revision: u32,
    pub data: Data,
    pub growth_pct: Vec<f64>,
    /// Per sector, how the growth it alone would need (goal seek) is
    /// computed; its result is that growth.
    pub needs: Vec<Explanation>,
    pub target_met: bool,
    /// Each sector's growth as it happened, once the edition's year is over.
    pub actual_pct: Option<Vec<f64>>,
    pub lang: Lang,
    pub on_growth: Callback<(usize, f64)>,
    pub on_reset: Callback<usize>,
    pub on_reset_all: Callback<()>,
}

pub fn view(props: &LeversProps) -> Html {
    let lang = props.lang;
    let t = strings(lang);
    let years = props.data.years();
    let start = props.data.start_growth();
    let rows = props.data.sectors.iter().enumerate().map(|(i, sector)| {
        let start_text = format::signed_pct(lang, start[i], 1);
        let reset_label = match sector.growth_pct {
            Some(_) => t.reset_sector(sector.name.get(lang), &start_text, years),
            None => t.reset_sector_to_path(sector.name.get(lang), &start_text),
        };
        let name = sector.name.get(lang);
        let vsic: &str = &sector.vsic;
        let value = props.growth_pct.get(i).copied().unwrap_or(0.0);
        let explanation = props.needs.get(i).cloned();
        let required = explanation.as_ref().map_or(f64::NAN, |e| e.result.value());
        let on_slide = {
            let on_growth = props.on_growth.clone();
            Callback::from(move |e: InputEvent| {
                let input = e.target_unchecked_into::<HtmlInputElement>();
                let v = input.value_as_number();
                if v.is_finite() {
                    on_growth.emit((i, v));
                }
            })
        };
        let on_field = {
            let on_growth = props.on_growth.clone();
            Callback::from(move |v| on_growth.emit((i, v)))
        };
        let on_reset = {
            let on_reset = props.on_reset.clone();
            Callback::from(move |_| on_reset.emit(i))
        };
        let outside = !(SLIDER_MIN..=SLIDER_MAX).contains(&value);
        let needs = if !required.is_finite() {
            String::new()
        } else if required > MAX_GROWTH_PCT {
            t.needs_beyond_field(&format::signed_pct(lang, MAX_GROWTH_PCT, 0))
        } else if required > SLIDER_MAX {
            t.needs_implausible(&format::signed_pct(lang, required, 1))
        } else if required < MIN_GROWTH_PCT {
            t.needs_nothing(years)
        } else if props.target_met {
            t.needs_at_least(&format::signed_pct(lang, required, 2))
        } else {
            t.needs_alone(&format::signed_pct(lang, required, 2))
        };
        html! {
            <div class="lever" data-testid={format!("lever-{vsic}")}>
                <div class="lever-head">
                    <span class="lever-name">{ name }<span class="vsic">{ vsic }</span>
                        if let Some(actual) = props.actual_pct.as_ref().and_then(|a| a.get(i)) {
                            <span class="lever-actual" data-testid={format!("actual-{vsic}")}>
                                { t.lever_actual(&format::signed_pct(lang, *actual, 1)) }
                            </span>
                        }
                    </span>
                    <button type="button" class="reset-one" onclick={on_reset}
                            aria-label={reset_label.clone()} title={reset_label}>
                        { "↺" }
                    </button>
                </div>
                <div class="lever-controls">
                    // An id, as every field here: edits on the prerendered
                    // copy are carried to it by id, whatever the language.
                    <input type="range" id={format!("slider-{vsic}")} min={format::tenths(SLIDER_MIN)} max={format::tenths(SLIDER_MAX)} step="0.1"
                           value={format::tenths(value.clamp(SLIDER_MIN, SLIDER_MAX))}
                           aria-label={t.slider_label(name, years)}
                           aria-valuetext={format!("{} %", format::signed_pct(lang, value, 1))}
                           oninput={on_slide} />
                    <NumberField key={props.revision} id={format!("growth-{vsic}")} label={t.growth_field_label(name, years)}
                        value={value} kind={FieldKind::Growth} {lang} on_change={on_field} suffix="%" />
                </div>
                <p class="lever-note" hidden={!outside}>{ t.outside_slider(&format::signed_pct(lang, SLIDER_MIN, 0), &format::signed_pct(lang, SLIDER_MAX, 0)) }</p>
                // A div, not a p: a details element may not sit in a p
                // (the HTML parser would close the p, in the prerender).
                <div class="lever-needs" data-testid={format!("needs-{vsic}")}>
                    { needs }
                    if let Some(explanation) = explanation.filter(|_| required.is_finite()) {
                        <Explain id={format!("need-{vsic}")} {explanation} />
                    }
                </div>
            </div>
        }
    });
    let on_reset_all = props.on_reset_all.clone();
    html! {
        <section class="levers" aria-labelledby="levers-heading">
            <h3 id="levers-heading">{ t.levers_heading(years) }</h3>
            { for rows }
            <button type="button" class="reset" onclick={move |_| on_reset_all.emit(())}>
                if props.data.base_growth_published() { { t.reset_all(years) } } else { { t.reset_all_to_path() } }
            </button>
        </section>
    }
}
