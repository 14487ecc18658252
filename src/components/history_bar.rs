//! Undo, redo and the shortcut list, as buttons above the inputs. They
//! re-render only when whether there is anything to undo or redo changes.

use yew::prelude::*;

use crate::i18n::strings;
use crate::state::{use_app, Step};

#[derive(Properties, PartialEq)]
pub struct HistoryBarProps {
    pub can_undo: bool,
    pub can_redo: bool,
}

#[component]
pub fn HistoryBar(props: &HistoryBarProps) -> Html {
    let app = use_app();
    let t = strings(app.reader.lang);
    let step = |step: Step| {
        let dispatch = app.dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(step.clone()))
    };
    html! {
        <div class="history-bar" role="toolbar" aria-label={t.undo()}>
            <button type="button" onclick={step(Step::Undo)} disabled={!props.can_undo}
                aria-keyshortcuts="Control+Z Meta+Z" data-testid="undo">{ format!("↶ {}", t.undo()) }</button>
            <button type="button" onclick={step(Step::Redo)} disabled={!props.can_redo}
                aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z Control+Y" data-testid="redo">{ format!("↷ {}", t.redo()) }</button>
            <button type="button" class="shortcuts-button" onclick={app.open_shortcuts.reform(|_| ())}
                aria-keyshortcuts="?">{ t.shortcuts_button() }</button>
        </div>
    }
}
