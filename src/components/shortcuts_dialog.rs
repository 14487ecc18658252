//! The keyboard shortcut list, opened with "?" (or its button) and closed
//! with Escape, its Close button or "?" again. Listed from
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
    let close = use_node_ref();
    {
        // The focus goes into the dialog, as for any modal dialog.
        let close = close.clone();
        use_effect_with((), move |_| {
            if let Some(button) = close.cast::<web_sys::HtmlElement>() {
                let _ = button.focus();
            }
        });
    }
    let rows = SHORTCUTS.iter().map(|(shortcut, keys)| {
        html! {
            <tr><th scope="row"><kbd>{ *keys }</kbd></th><td>{ t.shortcut(*shortcut) }</td></tr>
        }
    });
    html! {
        <div class="dialog-backdrop" onclick={props.on_close.reform(|_| ())}>
            <div class="dialog" role="dialog" aria-modal="true" aria-labelledby="shortcuts-heading"
                 data-testid="shortcuts" onclick={Callback::from(|e: MouseEvent| e.stop_propagation())}>
                <h2 id="shortcuts-heading">{ t.shortcuts_heading() }</h2>
                <table class="shortcuts"><tbody>{ for rows }</tbody></table>
                <p class="hint">{ t.shortcuts_note() }</p>
                <button type="button" ref={close} onclick={props.on_close.reform(|_| ())}>{ t.close() }</button>
            </div>
        </div>
    }
}
