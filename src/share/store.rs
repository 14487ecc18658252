//! Saved scenarios as stored on the device (local storage), versioned.
//!
//! Format 1: a header line `ninh-binh-industry saved 1`, then one line per
//! scenario: its name in base64url, a tab, its share code. Decoding checks
//! the header and every line; anything else is a `StoreError`, and the app
//! then says so and clears the store (unless a newer version wrote it)
//! rather than crash or guess.

use super::base64url;

pub const STORE_VERSION: u32 = 1;
const HEADER: &str = "ninh-binh-industry saved";
pub const MAX_SAVED: usize = 20;
pub const MAX_SAVED_NAME_CHARS: usize = 60;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Saved {
    pub name: String,
    pub code: String,
}

pub use crate::model::errors::{EditRefused, StoreError, StoreNotice};

pub fn encode_store(saved: &[Saved]) -> String {
    let mut out = format!("{HEADER} {STORE_VERSION}\n");
    for s in saved.iter().take(MAX_SAVED) {
        out.push_str(&base64url::encode(s.name.as_bytes()));
        out.push('\t');
        out.push_str(&s.code);
        out.push('\n');
    }
    out
}

/// `None` (nothing stored yet) reads as an empty list.
pub fn decode_store(text: Option<&str>) -> Result<Vec<Saved>, StoreError> {
    let Some(text) = text else {
        return Ok(Vec::new());
    };
    let mut lines = text.lines();
    let header = lines.next().unwrap_or_default();
    let version = header
        .strip_prefix(HEADER)
        .map(str::trim)
        .ok_or(StoreError::Corrupt)?;
    if version != STORE_VERSION.to_string() {
        return Err(StoreError::Version(version.chars().take(12).collect()));
    }
    let mut saved = Vec::new();
    for line in lines.filter(|l| !l.is_empty()) {
        let (name, code) = line.split_once('\t').ok_or(StoreError::Corrupt)?;
        let name = base64url::decode(name).map_err(|_| StoreError::Corrupt)?;
        let name = String::from_utf8(name).map_err(|_| StoreError::Corrupt)?;
        if name.chars().count() > MAX_SAVED_NAME_CHARS
            || code.is_empty()
            || saved.len() >= MAX_SAVED
        {
            return Err(StoreError::Corrupt);
        }
        saved.push(Saved {
            name,
            code: code.to_owned(),
        });
    }
    Ok(saved)
}

/// A change to the saved list, applied to the store as it is at the moment
/// of writing (re-read just before), never to a copy a tab loaded earlier:
/// so a save or delete in one tab never drops what another tab saved.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoreEdit {
    Add(Saved),
    /// Removes the first entry equal to this one (by name and code, not by
    /// position: another tab may have added or removed entries since).
    Remove(Saved),
}

/// What the reader is told about a store that could not be read; any
/// notice but `NewerKept` means the store is cleared: a newer app's store
/// is left alone (this may be an old build served offline), anything else
/// no version can read.
pub fn unreadable_notice(error: StoreError) -> StoreNotice {
    match error {
        _ if is_newer(&error) => StoreNotice::NewerKept,
        StoreError::Version(version) => StoreNotice::VersionCleared(version),
        StoreError::Corrupt => StoreNotice::CorruptCleared,
    }
}

/// Whether a store error means a newer app wrote it (to be kept), rather
/// than something no version can read (to be cleared).
pub fn is_newer(error: &StoreError) -> bool {
    match error {
        StoreError::Version(v) => v.parse::<u32>().is_ok_and(|v| v > STORE_VERSION),
        StoreError::Corrupt => false,
    }
}

/// The list to write after `edit`, given the store as just read. A store
/// no version can read counts as empty (it was reported and cleared when
/// the page loaded); a newer version's store is never written over.
pub fn apply_edit(
    current: Result<Vec<Saved>, StoreError>,
    edit: StoreEdit,
) -> Result<Vec<Saved>, EditRefused> {
    let mut list = match current {
        Ok(list) => list,
        Err(error) if is_newer(&error) => return Err(EditRefused::NewerVersion),
        Err(_) => Vec::new(),
    };
    match edit {
        StoreEdit::Add(item) => {
            if list.len() >= MAX_SAVED {
                return Err(EditRefused::Full);
            }
            list.push(item);
        }
        StoreEdit::Remove(item) => {
            if let Some(at) = list.iter().position(|s| *s == item) {
                list.remove(at);
            }
        }
    }
    Ok(list)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(name: &str) -> Saved {
        Saved {
            name: name.into(),
            code: format!("1~d1~len~s{}", name.len()),
        }
    }

    #[test]
    fn edits_apply_to_the_store_as_it_is_now() {
        // Tab A loaded [a]; tab B then saved b. A deletes a: b stays.
        let now = Ok(vec![item("a"), item("bb")]);
        assert_eq!(
            apply_edit(now, StoreEdit::Remove(item("a"))),
            Ok(vec![item("bb")])
        );
        // Removing what another tab already removed changes nothing.
        assert_eq!(
            apply_edit(Ok(vec![item("bb")]), StoreEdit::Remove(item("a"))),
            Ok(vec![item("bb")])
        );
        // A save appends to what is there, not to the tab's old copy.
        assert_eq!(
            apply_edit(Ok(vec![item("bb")]), StoreEdit::Add(item("ccc"))),
            Ok(vec![item("bb"), item("ccc")])
        );
    }

    #[test]
    fn a_newer_store_is_never_overwritten_and_a_full_one_refuses() {
        let newer = Err(StoreError::Version("2".into()));
        assert_eq!(
            apply_edit(newer, StoreEdit::Add(item("a"))),
            Err(EditRefused::NewerVersion)
        );
        let older = Err(StoreError::Version("0".into()));
        assert_eq!(
            apply_edit(older, StoreEdit::Add(item("a"))),
            Ok(vec![item("a")])
        );
        assert_eq!(
            apply_edit(Err(StoreError::Corrupt), StoreEdit::Add(item("a"))),
            Ok(vec![item("a")])
        );
        let full = Ok(vec![item("a"); MAX_SAVED]);
        assert_eq!(
            apply_edit(full, StoreEdit::Add(item("b"))),
            Err(EditRefused::Full)
        );
        assert_eq!(
            unreadable_notice(StoreError::Version("7".into())),
            StoreNotice::NewerKept
        );
        assert_eq!(
            unreadable_notice(StoreError::Version("0".into())),
            StoreNotice::VersionCleared("0".into())
        );
        assert_eq!(
            unreadable_notice(StoreError::Corrupt),
            StoreNotice::CorruptCleared
        );
        assert!(is_newer(&StoreError::Version("7".into())));
        assert!(!is_newer(&StoreError::Version("x".into())));
    }

    #[test]
    fn round_trip() {
        let saved = vec![
            Saved {
                name: "Kịch bản A\ttab".into(),
                code: "1~d1~lvi~gC9".into(),
            },
            Saved {
                name: String::new(),
                code: "1~d1~len".into(),
            },
        ];
        assert_eq!(decode_store(Some(&encode_store(&saved))), Ok(saved));
        assert_eq!(decode_store(None), Ok(vec![]));
        assert_eq!(decode_store(Some(&encode_store(&[]))), Ok(vec![]));
    }

    #[test]
    fn refuses_other_versions_and_corruption() {
        assert_eq!(
            decode_store(Some("ninh-binh-industry saved 0\n")),
            Err(StoreError::Version("0".into()))
        );
        assert_eq!(
            decode_store(Some("[{\"name\":\"old json\"}]")),
            Err(StoreError::Corrupt)
        );
        assert_eq!(
            decode_store(Some("ninh-binh-industry saved 1\nno tab here\n")),
            Err(StoreError::Corrupt)
        );
        assert_eq!(
            decode_store(Some("ninh-binh-industry saved 1\n!!!\t1~d1\n")),
            Err(StoreError::Corrupt)
        );
        assert_eq!(decode_store(Some("")), Err(StoreError::Corrupt));
    }
}
