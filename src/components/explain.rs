//! A derived figure's "how is this computed?": a disclosure (click, Enter
//! or Space) that shows the formula with the scenario's own numbers,
//! formatted as everywhere else, ending in the figure itself. The
//! formula comes from `model::explain`, whose results are the figures'
//! own values; it is formatted only while open. Open, it lies over what
//! follows (a phone's sector table): Escape, wherever the focus is, or a
//! tap anywhere else closes it.

use yew::prelude::*;

use crate::browser;
use crate::format::ReaderFormat as _;
use crate::format::{self, NumberStyle, ReaderPrefs};
use crate::i18n::{strings, Strings};
use crate::model::explain::{evaluate, Explanation, Num, Piece, Subject};
use crate::model::Dataset;
use crate::state::use_app;

#[derive(Properties, PartialEq)]
pub struct ExplainProps {
    /// Unique on the page; test ids derive from it.
    pub id: AttrValue,
    pub explanation: Explanation,
    /// Shown beside the "=" where the figure is inside a sentence.
    #[prop_or_default]
    pub label: AttrValue,
}

#[component]
pub fn Explain(props: &ExplainProps) -> Html {
    let app = use_app();
    let t = strings(app.reader.lang);
    let open = use_state(|| false);
    let ontoggle = {
        let open = open.clone();
        Callback::from(move |e: Event| {
            let details: web_sys::Element = e.target_unchecked_into();
            open.set(details.has_attribute("open"));
        })
    };
    let details = use_node_ref();
    {
        let details = details.clone();
        use_effect_with(*open, move |&open| {
            let element = details.cast::<web_sys::Element>().filter(|_| open);
            let listeners = element.and_then(|element| {
                let inside = element.clone();
                browser::on_dismiss(&inside, move || {
                    let _ = element.remove_attribute("open");
                })
            });
            move || drop(listeners)
        });
    }
    let subject = t.explain_subject(&app.data, props.explanation.subject);
    html! {
        <details class="explain" data-testid={format!("explain-{}", props.id)} {ontoggle} ref={details}>
            <summary aria-label={t.how_computed(&subject)} title={t.how_computed(&subject)}
                class={(!props.label.is_empty()).then_some("labelled")}>
                { if props.label.is_empty() { "=".to_owned() } else { format!("= {}", props.label) } }
            </summary>
            if *open {
                <p class="formula" data-testid={format!("formula-{}", props.id)}>
                    { formula_text(t, app.reader, &app.data, &props.explanation) }
                </p>
            }
        </details>
    }
}

pub fn num_text(t: &Strings, reader: ReaderPrefs, n: Num) -> String {
    let lang = reader.lang;
    match n {
        Num::Money(v) => reader.money(v),
        Num::Factor(v) => format::number(lang, v, NumberStyle::plain(3)),
        Num::SignedPct(v) => format!("{} %", format::signed_pct(lang, v, 2)),
        Num::Pct(v) => format!("{} %", format::pct(lang, v, 1)),
        Num::Pp(v) => format!("{} {}", format::signed_pct(lang, v, 2), t.pp_short),
        Num::Count(v) => format::number(lang, v, NumberStyle::plain(0)),
    }
}

/// "2024 total = 575.8 × 1.100 + … = 112,110.9" (the target year's total).
pub fn formula_text(t: &Strings, reader: ReaderPrefs, data: &Dataset, e: &Explanation) -> String {
    let mut body = String::new();
    for piece in &e.pieces {
        let text = match piece {
            Piece::N(n) => num_text(t, reader, *n),
            Piece::Named(n, word) => {
                format!(
                    "{} ({})",
                    num_text(t, reader, *n),
                    t.explain_word(*word, data.years())
                )
            }
            Piece::Plus => "+".into(),
            Piece::Minus => "−".into(),
            Piece::Times => "×".into(),
            Piece::Divide => "÷".into(),
            Piece::Open => "(".into(),
            Piece::Close => ")".into(),
        };
        let tight = matches!(piece, Piece::Close) || body.ends_with('(') || body.is_empty();
        if !tight {
            body.push(' ');
        }
        body.push_str(&text);
    }
    let subject = t.explain_subject(data, e.subject);
    let result = num_text(t, reader, e.result);
    match e.subject {
        Subject::Percentile(p) => {
            let rank = evaluate(&e.pieces).unwrap_or(f64::NAN);
            let rank = format::number(reader.lang, rank, NumberStyle::plain(0));
            t.explain_percentile(p, &format!("{body} = {rank}"), &result)
        }
        _ => format!("{subject} = {body} = {result}"),
    }
}
