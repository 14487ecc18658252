//! Which year's question is open: one button per bundled edition, named
//! by its target year ("2024 target", "2023 target (what happened)").
//!
//! Exactly one button is pressed. Choosing another edition asks the root
//! to open it (`OpenRequest`); the scenario of the edition left is kept
//! and found again on coming back. A view function drawn by the header,
//! not a component of its own (each component type costs the wasm about
//! 1 KB).

use yew::prelude::*;

use crate::i18n::strings;
use crate::model::catalog::Catalog;
use crate::state::{AppContext, OpenRequest};

pub fn edition_picker(app: &AppContext) -> Html {
    let lang = app.reader.lang;
    let t = strings(lang);
    let editions = Catalog::bundled().all();
    if editions.len() < 2 {
        return Html::default();
    }
    let buttons = editions.iter().map(|edition| {
        let pressed = edition.id == app.edition.id;
        let open = app.open_edition.clone();
        let id = edition.id;
        let onclick = Callback::from(move |_| {
            if !pressed {
                open.emit(OpenRequest {
                    edition: id,
                    code: None,
                });
            }
        });
        html! {
            <button type="button" aria-pressed={pressed.to_string()} data-edition={id} {onclick}>
                { edition.label.get(lang) }
            </button>
        }
    });
    html! {
        <div class="edition-switch" role="group" aria-label={t.edition_label()} data-testid="edition-switch">
            { for buttons }
        </div>
    }
}
