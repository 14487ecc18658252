//! The keyboard shortcut list, opened with "?" (or its button) and closed
//! with Escape, its Close button, a click beside it or "?" again. A native
//! modal `<dialog>`: the page behind is inert while it is open. Listed from
//! `model::shortcuts::SHORTCUTS`, the table the keys are read with.

use yew::prelude::*;

use crate::i18n::strings;
use crate::model::shortcuts::SHORTCUTS;
use crate::state::use_app;

#[derive(Properties, PartialEq)]
pub struct ShortcutsDialogProps {
    pub on_close: Callback<()>,
}

#[component]
pub fn ShortcutsDialog(props: &ShortcutsDialogProps) -> Html {
    let t = strings(use_app().reader.lang);
    let dialog = use_node_ref();
    {
        // A native modal: the page behind is inert, so the focus stays in
        // the list until it closes.
        let dialog = dialog.clone();
        use_effect_with((), move |_| {
            if let Some(d) = dialog.cast::<web_sys::HtmlDialogElement>() {
                let _ = d.show_modal();
            }
        });
    }
    let rows = SHORTCUTS.iter().map(|(shortcut, keys)| {
        html! {
            <tr><th scope="row"><kbd>{ *keys }</kbd></th><td>{ t.shortcut(*shortcut) }</td></tr>
        }
    });
    // Escape makes the browser close the dialog: the list then follows.
    let onclose = props.on_close.reform(|_: Event| ());
    // A click on the backdrop lands on the dialog element itself.
    let onclick = {
        let on_close = props.on_close.clone();
        let dialog = dialog.clone();
        Callback::from(move |e: MouseEvent| {
            let on_backdrop = e
                .target_dyn_into::<web_sys::Element>()
                .zip(dialog.get())
                .is_some_and(|(target, node)| node.is_same_node(Some(&target)));
            if on_backdrop {
                on_close.emit(());
            }
        })
    };
    html! {
        <dialog class="dialog" ref={dialog} aria-labelledby="shortcuts-heading"
             data-testid="shortcuts" {onclose} {onclick}>
            <h2 id="shortcuts-heading">{ t.shortcuts_heading() }</h2>
            <table class="shortcuts"><tbody>{ for rows }</tbody></table>
            <p class="hint">{ t.shortcuts_note() }</p>
            <button type="button" autofocus=true onclick={props.on_close.reform(|_| ())}>{ t.close() }</button>
        </dialog>
    }
}
