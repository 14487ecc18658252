//! Saved scenarios as stored on the device (local storage), versioned.
//!
//! Format 1: a header line `ninh-binh-industry saved 1`, then one line per
//! scenario: its name in base64url, a tab, its share code. Decoding checks
//! the header and every line; anything else is a `StoreError`, and the app
//! then clears the store and says so rather than crash or guess.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;

pub const STORE_VERSION: u32 = 1;
const HEADER: &str = "ninh-binh-industry saved";
pub const MAX_SAVED: usize = 20;
pub const MAX_SAVED_NAME_CHARS: usize = 60;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Saved {
    pub name: String,
    pub code: String,
}

pub use crate::model::errors::StoreError;

pub fn encode_store(saved: &[Saved]) -> String {
    let mut out = format!("{HEADER} {STORE_VERSION}\n");
    for s in saved.iter().take(MAX_SAVED) {
        out.push_str(&URL_SAFE_NO_PAD.encode(s.name.as_bytes()));
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
        let name = URL_SAFE_NO_PAD
            .decode(name)
            .map_err(|_| StoreError::Corrupt)?;
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

#[cfg(test)]
mod tests {
    use super::*;

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
