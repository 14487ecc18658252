//! The editions the app can open, each as what its views read: a dataset
//! of the base year (its sectors, the target; `Dataset::bundled` for the
//! default edition), the assumptions it offers, its "so far" offers and,
//! once its year is over, what happened.
//!
//! Invariants: built once from the bundled editions (`edition`); exactly
//! one is the default and comes first in `Catalog::default_edition`; every
//! opened dataset is an article build.rs validated or computed from one
//! (`catalog/tests.rs` validates them again), and its assumptions passed
//! `Assumptions::validate` against it. An edition whose base is implied by
//! its outcome gets sectors without growth (`None`: "not published"),
//! no products (their base-year volumes are not published) and no named
//! projects (those belong to the year they open in); its base total is the
//! sectors' sum, its total's growth the published one. An edition that
//! cannot be opened so (a published base total without growth, say) is
//! left out, which `bundled_editions_all_open` tests.

use std::sync::OnceLock;

use super::dataset::{Dataset, Localized};
use super::edition::{Edition, TargetFrom};
use super::presets::Assumptions;
use super::schema::PublishedFigure;
use super::so_far::SoFar;
use super::years::Years;

/// One edition, ready for the views.
#[derive(Debug)]
pub struct OpenEdition {
    /// The target year as text ("2024"): what links and saves name.
    pub id: &'static str,
    pub label: &'static Localized,
    pub default: bool,
    pub years: Years,
    pub data: &'static Dataset,
    pub assumptions: &'static Assumptions,
    /// The published cumulative figures of the target year, by months.
    pub so_far: Vec<(&'static PublishedFigure, SoFar)>,
    /// The target year's figures, once published.
    pub outcome: Option<&'static Dataset>,
    /// The published base-year total where the base is implied (shown
    /// beside the sectors' sum).
    pub published_base_total: Option<&'static PublishedFigure>,
    /// The published figure the target comes from, where it is not the
    /// base article's own.
    pub target_figure: Option<&'static PublishedFigure>,
    /// The base levels are implied by the outcome (each sector's value
    /// over its growth), not published as such.
    pub base_implied: bool,
}

/// What happened in an edition's target year, against its target
/// (computed from the outcome article and the edition's dataset; the full
/// backtest of the app's method is `Edition::backtest`, drawn in the record).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Happened {
    /// Billion VND, as published.
    pub total: f64,
    /// On the base year's total (the sectors' sum), percent.
    pub growth_pct: f64,
    pub target: f64,
    pub met: bool,
    /// Actual minus target: negative means missed by that much.
    pub gap: f64,
}

impl OpenEdition {
    /// `None` before the target year's outcome is published.
    pub fn happened(&self) -> Option<Happened> {
        let total = self.outcome?.total.value;
        let target = self.data.target.value;
        Some(Happened {
            total,
            growth_pct: (total / self.data.sectors_sum_2023() - 1.0) * 100.0,
            target,
            met: total >= target,
            gap: total - target,
        })
    }

    /// Each sector's growth in the target year as it happened, in the
    /// order of `data.sectors`; `None` before the outcome is published.
    pub fn actual_growth(&self) -> Option<Vec<f64>> {
        let outcome = self.outcome?;
        self.data
            .sectors
            .iter()
            .map(|s| {
                let actual = outcome.sectors.iter().find(|o| o.vsic == s.vsic)?;
                actual.growth_pct
            })
            .collect()
    }
}

/// An open edition as a value views can hold: compared by address, since
/// each is one value for the life of the page.
#[derive(Clone, Copy, Debug)]
pub struct EditionRef(pub &'static OpenEdition);

impl PartialEq for EditionRef {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.0, other.0)
    }
}

impl std::ops::Deref for EditionRef {
    type Target = OpenEdition;

    fn deref(&self) -> &OpenEdition {
        self.0
    }
}

/// Every edition the app can open, default first, then newest first.
pub struct Catalog(Vec<OpenEdition>);

impl Catalog {
    pub fn bundled() -> &'static Catalog {
        static CATALOG: OnceLock<Catalog> = OnceLock::new();
        CATALOG.get_or_init(|| {
            let mut open: Vec<OpenEdition> = super::edition::with_bundled(|editions| {
                editions.iter().filter_map(open_edition).collect()
            })
            .unwrap_or_default();
            // Newest first (they come oldest first), then the default
            // moved to the front; no generic sort in the page.
            open.reverse();
            if let Some(at) = open.iter().position(|e| e.default) {
                open[..=at].rotate_right(1);
            }
            Catalog(open)
        })
    }

    pub fn all(&self) -> &[OpenEdition] {
        &self.0
    }

    pub fn default_edition(&self) -> Option<&OpenEdition> {
        self.0.first().filter(|e| e.default)
    }

    pub fn get(&self, id: &str) -> Option<&OpenEdition> {
        self.0.iter().find(|e| e.id == id)
    }
}

fn open_edition(edition: &Edition<'static>) -> Option<OpenEdition> {
    let file = edition.file;
    let (data, assumptions): (&'static Dataset, &'static Assumptions) = if file.default {
        // The very values the rest of the app reads, so that the views
        // compare them by address.
        let data = Dataset::bundled().ok()?;
        (data, Assumptions::bundled(data).ok()?)
    } else {
        // Computed from an article build.rs validated: every level is its
        // positive value over a growth above −100 %.
        let data: &'static Dataset = match &file.base.article {
            Some(name) => super::edition::bundled_article(name)?,
            // Computed by build.rs (`EditionFile::implied_base`).
            None => super::edition::bundled_article(&file.implied_base_name())?,
        };
        let assumptions = assumptions_for(edition, data);
        // Validated natively (`catalog/tests.rs` opens every bundled
        // edition); the page carries no checking code.
        #[cfg(not(target_arch = "wasm32"))]
        assumptions.validate(data).ok()?;
        (data, Box::leak(Box::new(assumptions)))
    };
    Some(OpenEdition {
        id: &file.id,
        label: &file.label,
        default: file.default,
        years: Years::after(file.base_year),
        data,
        assumptions,
        so_far: edition.so_far.clone(),
        outcome: edition.outcome,
        published_base_total: edition.published_base_total,
        base_implied: edition.base.iter().any(|l| l.implied),
        target_figure: match edition.target.from {
            TargetFrom::Published(figure) => Some(figure),
            TargetFrom::Article(_) => None,
        },
    })
}

/// The bundled assumptions with only the presets the edition offers, and
/// only the project defaults of its dataset's named projects.
fn assumptions_for(edition: &Edition<'static>, data: &Dataset) -> Assumptions {
    let all = Assumptions::bundled_unchecked();
    let has_project = |id: &str| data.projects.iter().any(|p| p.id == id);
    let mut assumptions = all.clone();
    // A preset that names a project this dataset lacks fails
    // `Assumptions::validate`, and the edition is then not opened
    // (`catalog/tests.rs` opens every bundled one).
    assumptions.presets = all
        .presets
        .iter()
        .filter(|p| edition.presets().contains(&p.id) && edition.offers(p.base))
        .cloned()
        .collect::<Vec<_>>()
        .into();
    assumptions.project_defaults = all
        .project_defaults
        .iter()
        .filter(|d| has_project(&d.project_id))
        .cloned()
        .collect::<Vec<_>>()
        .into();
    assumptions
}

#[cfg(test)]
mod tests;
