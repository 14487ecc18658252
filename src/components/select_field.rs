//! A `<select>` whose shown choice always follows its `value` prop.
//!
//! An `<option selected>` attribute stops governing the choice once the
//! user has picked another option, so after a load or an import a plain
//! select could show a stale value. This one sets the element's value
//! after every render where the prop changed.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SelectFieldProps {
    /// (value, label) pairs, in order.
    pub options: Vec<(AttrValue, AttrValue)>,
    pub value: AttrValue,
    pub on_change: Callback<AttrValue>,
    #[prop_or_default]
    pub testid: Option<AttrValue>,
}

#[component]
pub fn SelectField(props: &SelectFieldProps) -> Html {
    let node = use_node_ref();
    {
        let node = node.clone();
        use_effect_with(props.value.clone(), move |value| {
            if let Some(select) = node.cast::<HtmlSelectElement>() {
                select.set_value(value);
            }
        });
    }
    let onchange = {
        let on_change = props.on_change.clone();
        Callback::from(move |e: Event| {
            on_change.emit(
                e.target_unchecked_into::<HtmlSelectElement>()
                    .value()
                    .into(),
            )
        })
    };
    let options = props.options.iter().map(|(value, label)| {
        html! { <option value={value.clone()} selected={*value == props.value}>{ label.clone() }</option> }
    });
    html! {
        <select ref={node} {onchange} data-testid={props.testid.clone()}>{ for options }</select>
    }
}
