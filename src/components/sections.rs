//! The full page's parts as data, in the order they are built. The top of
//! the page (`TopPart`) is built one part per task off screen, and what
//! follows the takeover one per painted frame; the sections below the
//! fold (`DetailSection`) one per painted frame. Each enum's `ALL` lists
//! every variant in drawing order, and a variant's discriminant is its
//! place in it (held by the tests below), so the stage counts and "is this
//! part drawn yet" both derive from the enum: adding a part is one variant
//! in one place, never a renumbering.

/// The top of the page, in the order it is built: the answer first. The
/// app takes over once `TAKEOVER` parts are built, the prerendered inputs
/// column standing in for the rest until all are (`browser::take_over`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TopPart {
    Verdict,
    /// The header and the banner.
    Header,
    /// The levers (the scenario panel).
    Levers,
    /// The rest of the inputs column: history, what changed, "so far".
    MoreInputs,
}

impl TopPart {
    pub const ALL: [TopPart; 4] = [
        TopPart::Verdict,
        TopPart::Header,
        TopPart::Levers,
        TopPart::MoreInputs,
    ];
    /// Steps to build the whole top.
    pub const COUNT: usize = Self::ALL.len();
    /// Steps built before the app takes over: the verdict and the header.
    pub const TAKEOVER: usize = TopPart::Levers as usize;

    /// Whether this part is drawn once `stage` steps are done.
    pub fn built(self, stage: usize) -> bool {
        stage > self as usize
    }
}

/// Below the fold, in the order a reader scrolls to them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DetailSection {
    Projects,
    Uncertainty,
    /// The waterfall, and "so far" before it when figures are in.
    Waterfall,
    Histogram,
    Tornado,
    Levels,
    Shares,
    /// A frame of its own: parsing the record's HTML and building the
    /// sector table in one task went over 50 ms at 4x CPU.
    Record,
    Overview,
    Products,
    Compare,
    Share,
    DataNotes,
}

impl DetailSection {
    pub const ALL: [DetailSection; 13] = [
        DetailSection::Projects,
        DetailSection::Uncertainty,
        DetailSection::Waterfall,
        DetailSection::Histogram,
        DetailSection::Tornado,
        DetailSection::Levels,
        DetailSection::Shares,
        DetailSection::Record,
        DetailSection::Overview,
        DetailSection::Products,
        DetailSection::Compare,
        DetailSection::Share,
        DetailSection::DataNotes,
    ];
    /// Frames to draw every section.
    pub const COUNT: usize = Self::ALL.len();

    /// Whether this section is drawn once `shown` sections are.
    pub fn shown(self, shown: usize) -> bool {
        shown > self as usize
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn top_parts_are_listed_in_their_order_and_all_there() {
        for (place, part) in TopPart::ALL.iter().enumerate() {
            assert_eq!(*part as usize, place, "{part:?}");
        }
        assert_eq!(TopPart::COUNT, TopPart::MoreInputs as usize + 1);
    }

    #[test]
    fn the_app_takes_over_with_the_answer_and_the_header_only() {
        let before: Vec<TopPart> = TopPart::ALL
            .into_iter()
            .filter(|p| p.built(TopPart::TAKEOVER))
            .collect();
        assert_eq!(before, [TopPart::Verdict, TopPart::Header]);
    }

    #[test]
    fn detail_sections_are_listed_in_their_order_and_all_there() {
        for (place, section) in DetailSection::ALL.iter().enumerate() {
            assert_eq!(*section as usize, place, "{section:?}");
        }
        assert_eq!(DetailSection::COUNT, DetailSection::DataNotes as usize + 1);
    }

    #[test]
    fn each_step_draws_exactly_one_more_part() {
        for stage in 0..=TopPart::COUNT {
            let built = TopPart::ALL.iter().filter(|p| p.built(stage)).count();
            assert_eq!(built, stage);
        }
        assert!(!TopPart::Verdict.built(0));
        assert!(TopPart::Verdict.built(1) && !TopPart::Header.built(1));
        for shown in 0..=DetailSection::COUNT {
            let drawn = DetailSection::ALL.iter().filter(|s| s.shown(shown)).count();
            assert_eq!(drawn, shown);
        }
        assert!(DetailSection::ALL
            .iter()
            .all(|s| s.shown(DetailSection::COUNT)));
    }
}
