//! "Sectors": the money unit and the sortable sector table. Depends only
//! on the reader's preferences, so no scenario edit re-renders it.

use yew::prelude::*;

use super::sector_table::SectorTable;
use super::unit_picker::{self, UnitPickerProps};
use crate::i18n::strings;
use crate::model::reader::ReaderPrefs;
use crate::state::use_app;

#[component]
pub fn Overview() -> Html {
    let app = use_app();
    let reader = app.reader;
    let t = strings(reader.lang);
    let picker = unit_picker::view(&UnitPickerProps {
        lang: reader.lang,
        unit: reader.unit,
        vnd_per_usd: reader.vnd_per_usd,
        on_unit: app
            .set_reader
            .reform(move |unit| ReaderPrefs { unit, ..reader }),
        on_rate: {
            let set_reader = app.set_reader.clone();
            Callback::from(move |rate| {
                if let Some(next) = reader.with_rate(rate) {
                    set_reader.emit(next);
                }
            })
        },
    });
    html! {
        <section class="overview" aria-labelledby="sectors-heading">
            <h2 id="sectors-heading">{ t.sectors_heading }</h2>
            { picker }
            <SectorTable data={app.data} {reader} implied={app.edition.base_implied}
                published_total={app.edition.published_base_total} />
        </section>
    }
}
