//! A number that says where it comes from: on hover and on keyboard focus
//! it shows its provenance (published by whom, quoted from where, or how it
//! was derived). The note is also the element's accessible description.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FigureProps {
    /// Unique id; the tooltip's id derives from it.
    pub id: AttrValue,
    pub text: AttrValue,
    pub provenance: AttrValue,
    /// "published", "derived" or "scenario": styles the dotted underline.
    pub kind: &'static str,
}

#[component]
pub fn Figure(props: &FigureProps) -> Html {
    let tip_id = format!("{}-src", props.id);
    html! {
        <span class={classes!("fig", props.kind)} tabindex="0" aria-describedby={tip_id.clone()}
              data-testid={props.id.clone()}>
            { &props.text }
            <span class="tip" role="tooltip" id={tip_id}>{ &props.provenance }</span>
        </span>
    }
}
