//! The page's index ("On this page"): the sections it links to, in its
//! order, and the id of each one's heading, the links' target. The view
//! draws it (`components::page_index`), i18n names the entries, and the
//! Share shortcut (`shortcuts`) goes to the same heading.

/// The sections the page's index ("On this page", `PageIndex`) links to,
/// in its order. Each link's target is the section's heading, which takes
/// the focus when the link is followed (`tabindex="-1"`), so the next Tab
/// goes on inside the section.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Landmark {
    Verdict,
    Levers,
    SoFar,
    Charts,
    Uncertainty,
    Share,
    Saved,
    Record,
    DataNotes,
}

impl Landmark {
    pub const ALL: [Landmark; 9] = [
        Landmark::Verdict,
        Landmark::Levers,
        Landmark::SoFar,
        Landmark::Charts,
        Landmark::Uncertainty,
        Landmark::Share,
        Landmark::Saved,
        Landmark::Record,
        Landmark::DataNotes,
    ];

    /// The id of the section's heading, the link's target.
    pub fn id(self) -> &'static str {
        match self {
            Landmark::Verdict => "result-heading",
            Landmark::Levers => "scenario-heading",
            Landmark::SoFar => "so-far-heading",
            Landmark::Charts => "charts-heading",
            Landmark::Uncertainty => "uncertainty-heading",
            Landmark::Share => "share-heading",
            Landmark::Saved => "compare-heading",
            Landmark::Record => "record-heading",
            Landmark::DataNotes => "data-notes-heading",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_section_is_listed_once_with_its_own_heading() {
        for (place, landmark) in Landmark::ALL.iter().enumerate() {
            assert_eq!(*landmark as usize, place, "{landmark:?}");
            let id = landmark.id();
            assert!(id.ends_with("-heading"), "{id}");
            assert_eq!(
                Landmark::ALL.iter().filter(|l| l.id() == id).count(),
                1,
                "{id}"
            );
        }
    }
}
