//! Why outside input was refused: links, imported files and the saved
//! store. Pure data, so `i18n` can map every variant to text in both
//! languages without importing the code that reads links (`share`).

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
    /// The link names an edition (a target year) this build does not have.
    UnknownEdition(String),
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
    Edition,
}

impl LinkPart {
    pub const ALL: [LinkPart; 19] = [
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
        LinkPart::Edition,
    ];
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoreError {
    /// Written by another (older or newer) version of the app.
    Version(String),
    Corrupt,
}

/// Why a save or delete was refused; the store stays as it was.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EditRefused {
    /// Written by a newer version of the app: this one must not overwrite it.
    NewerVersion,
    /// Already `MAX_SAVED` entries.
    Full,
}

/// What the saved-scenario list tells the reader about the store. Kept as
/// this value, not as text, so it follows a language switch.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoreNotice {
    /// A newer app's store: left alone; its scenarios cannot be listed.
    NewerKept,
    /// Another format, which no version reads any more: cleared.
    VersionCleared(String),
    /// Not readable at all: cleared.
    CorruptCleared,
    Refused(EditRefused),
    /// The browser would not store (full or disabled).
    Unavailable,
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
