//! A number that says where it comes from: on hover and on keyboard focus
//! it shows its provenance (published by whom, quoted from where, or how it
//! was derived). The note is also the element's accessible description.

use yew::prelude::*;

/// `id` must be unique on the page (the tooltip's id derives from it);
/// `kind` is "published", "derived" or "scenario" and styles the underline.
/// A plain function, not a component: it is stateless and used dozens of
/// times, and each component type costs wasm size.
pub fn figure(
    id: impl Into<AttrValue>,
    kind: &'static str,
    text: impl Into<AttrValue>,
    provenance: impl Into<AttrValue>,
) -> Html {
    let id: AttrValue = id.into();
    let tip_id = format!("{id}-src");
    html! {
        <span class={format!("fig {kind}")} tabindex="0" aria-describedby={tip_id.clone()} data-testid={id}>
            { text.into() }
            <span class="tip" role="tooltip" id={tip_id}>{ provenance.into() }</span>
        </span>
    }
}
