//! Why outside input was refused: links, imported files and the saved
//! store. Pure data, so `i18n` can map every variant to text in both
//! languages without importing the code that reads links (`share`).

use std::fmt;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecodeError {
    Empty,
    TooLong,
    /// The link comes from a format this version does not know.
    UnsupportedVersion(String),
    /// The link was made against other data than this app bundles.
    DatasetVersion {
        found: String,
        expected: u32,
    },
    /// A segment this format does not have.
    UnknownSegment(String),
    /// A segment whose value cannot be read.
    Malformed(&'static str),
    /// A value that reads but lies outside what the app accepts.
    OutOfRange(&'static str),
    Repeated(&'static str),
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DecodeError::Empty => write!(f, "the link has no scenario"),
            DecodeError::TooLong => write!(f, "the scenario text is too long"),
            DecodeError::UnsupportedVersion(v) => write!(f, "unknown link format “{v}”"),
            DecodeError::DatasetVersion { found, expected } => {
                write!(
                    f,
                    "made with data version {found}, this app has version {expected}"
                )
            }
            DecodeError::UnknownSegment(s) => write!(f, "unknown part “{s}”"),
            DecodeError::Malformed(what) => write!(f, "the {what} cannot be read"),
            DecodeError::OutOfRange(what) => write!(f, "the {what} is out of range"),
            DecodeError::Repeated(what) => write!(f, "the {what} appears twice"),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoreError {
    /// Written by another (older or newer) version of the app.
    Version(String),
    Corrupt,
}

/// Why a file chosen for import was not read; the scenario stays as it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileReadError {
    /// Larger than `MAX_IMPORT_BYTES`: no exported scenario comes close.
    TooLarge,
    /// The browser could not read it (removed, no permission, not text).
    Unreadable,
}

/// Exports are a few kilobytes; a larger file is refused before reading.
pub const MAX_IMPORT_BYTES: f64 = 1_000_000.0;
