//! Local storage: the reader's language and the saved scenarios. Every
//! call tolerates storage that is missing, disabled or full.

use crate::model::Lang;
use crate::share::code::edition_of;
use crate::share::store::{decode_store, encode_store, Saved, StoreError};

// The page's storage keys, all here so that none collides with another.
// The page's scripts read the language's and the offline note's through
// the build (`prerender page-values`), before the app runs.

pub const LANG_KEY: &str = "ninh-binh-industry.lang";

const SAVED_KEY: &str = "ninh-binh-industry.saved";

/// Session storage: set once the page has said, in this session, that its
/// offline copy could not be updated (js/loader.js), so it says so once.
pub const OFFLINE_FAILED_KEY: &str = "ninh-binh-industry.offline-failed";

/// Local storage, if the browser allows it (private modes may not).
fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

pub(super) fn read_item(key: &str) -> Option<String> {
    storage()?.get_item(key).ok()?
}

/// Whether the value was stored (storage may be full or disabled).
fn write_item(key: &str, value: &str) -> bool {
    storage().is_some_and(|s| s.set_item(key, value).is_ok())
}

pub fn remember_lang(lang: Lang) {
    // Storage may be full or disabled (private mode); the choice then lasts
    // for this visit only, which is the best that can be done.
    let _ = write_item(LANG_KEY, lang.tag());
}

/// The scenarios saved on this device. A store this version cannot read
/// is reported, and the caller clears it.
pub fn load_saved() -> Result<Vec<Saved>, StoreError> {
    decode_store(read_item(SAVED_KEY).as_deref())
}

/// The saved scenarios of one edition (by its target year), in order.
pub fn load_saved_of(edition: u16) -> Result<Vec<Saved>, StoreError> {
    let edition = edition.to_string();
    let mut saved = load_saved()?;
    saved.retain(|s| edition_of(&s.code).is_ok_and(|id| id == edition));
    Ok(saved)
}

pub fn store_saved(saved: &[Saved]) -> bool {
    write_item(SAVED_KEY, &encode_store(saved))
}

pub fn clear_saved() {
    if let Some(s) = storage() {
        let _ = s.remove_item(SAVED_KEY);
    }
}
