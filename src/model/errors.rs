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
    Malformed(LinkPart),
    /// A value that reads but lies outside what the app accepts.
    OutOfRange(LinkPart),
    Repeated(LinkPart),
}

/// Which part of a link an error is about; `i18n` names each in both
/// languages (an exhaustive match: a new part cannot go unnamed).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LinkPart {
    EmptyPart,
    DataVersion,
    Language,
    Growth,
    GrowthRate,
    TargetReading,
    Project,
    ProjectName,
    ProjectCount,
    UncertaintyRange,
    UncertaintyRanges,
    Seed,
    Draws,
    MoneyUnit,
    ExchangeRate,
    View,
    SectorCount,
    SoFar,
}

impl LinkPart {
    pub const ALL: [LinkPart; 18] = [
        LinkPart::EmptyPart,
        LinkPart::DataVersion,
        LinkPart::Language,
        LinkPart::Growth,
        LinkPart::GrowthRate,
        LinkPart::TargetReading,
        LinkPart::Project,
        LinkPart::ProjectName,
        LinkPart::ProjectCount,
        LinkPart::UncertaintyRange,
        LinkPart::UncertaintyRanges,
        LinkPart::Seed,
        LinkPart::Draws,
        LinkPart::MoneyUnit,
        LinkPart::ExchangeRate,
        LinkPart::View,
        LinkPart::SectorCount,
        LinkPart::SoFar,
    ];
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
            DecodeError::Malformed(part) => write!(f, "{part:?} cannot be read"),
            DecodeError::OutOfRange(part) => write!(f, "{part:?} is out of range"),
            DecodeError::Repeated(part) => write!(f, "{part:?} appears twice"),
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
