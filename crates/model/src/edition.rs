//! Editions resolved: what one year's question is made of, from the names
//! an edition file gives (`edition_schema`), and, once the year is over,
//! how the app's own method fares against what happened (`Backtest`).
//!
//! Invariants once `Edition::resolve` returns `Ok`: the edition passed
//! `check_editions`' per-edition checks; there is one base level per
//! sector of the article that defines the sectors, each finite and
//! positive; a level implied by the outcome has no growth into the base
//! year (`None`: "not published", never a zero); the target is a finite
//! positive value. Every figure is read from its article or published
//! figure, never copied; derived ones (implied levels, the target's
//! growth, the backtest) are computed here.
//!
//! The app opens editions through `catalog`; the wasm's published
//! figures are the "so far" offers and the figures editions name
//! (`Published::for_app`), enough to resolve every bundled edition.

use super::dataset::{level_before, Dataset, Sector};
use super::edition_schema::{EditionContext, EditionError, EditionFile, NamedArticle};
use super::presets::Assumptions;
use super::schema::{List, PresetBase, Published, PublishedFigure, Text};
use super::so_far::{needed_rest_growth, RestNeed, SoFar};

/// The bundled editions and the articles they name, as build.rs compiled
/// and checked them.
pub fn bundled_files() -> (&'static [EditionFile], &'static [NamedArticle]) {
    (
        &super::generated::BUNDLED_EDITIONS,
        &super::generated::BUNDLED_ARTICLES,
    )
}

/// A bundled article by the name editions call it.
pub fn bundled_article(name: &str) -> Option<&'static Dataset> {
    let (_, articles) = bundled_files();
    articles.iter().find(|a| a.name == name).map(|a| &a.dataset)
}

/// Hands `f` the bundled editions resolved, in order of target year,
/// against the bundled statics, so that what it gets lives for the whole
/// page (`catalog`). build.rs checked them (`check_editions`).
pub fn with_bundled<R>(f: impl FnOnce(&[Edition<'static>]) -> R) -> Option<R> {
    static PRESETS: std::sync::OnceLock<Vec<(Text, PresetBase)>> = std::sync::OnceLock::new();
    let presets = PRESETS.get_or_init(|| {
        Assumptions::bundled_unchecked()
            .presets
            .iter()
            .map(|p| (p.id.clone(), p.base))
            .collect()
    });
    let (files, articles) = bundled_files();
    let ctx = EditionContext {
        articles,
        published: Published::bundled(),
        presets,
    };
    // build.rs refused any edition that does not pass its checks, and
    // wrote them in order of target year.
    let editions: Vec<Edition<'static>> = files
        .iter()
        .map(|file| Edition::assemble(file, &ctx))
        .collect();
    Some(f(&editions))
}

/// Every bundled edition whose year is over, with its backtest: (target
/// year, backtest), oldest first.
pub fn bundled_backtests() -> Vec<(u16, Backtest)> {
    with_bundled(|editions| {
        editions
            .iter()
            .filter_map(|e| Some((e.file.target_year, e.backtest()?)))
            .collect()
    })
    .unwrap_or_default()
}

/// A sector's level in the base year.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct BaseLevel {
    /// Billion VND.
    pub value: f64,
    /// Percent on the year before; `None` where it is not published.
    pub growth_pct: Option<f64>,
    /// Computed from the outcome (its value ÷ (1 + its growth)), not published.
    pub implied: bool,
}

/// Where the target's words come from.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum TargetFrom<'a> {
    Article(&'a Dataset),
    Published(&'a PublishedFigure),
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TargetFigures<'a> {
    /// Billion VND: as published, or the base total × (1 + the stated growth).
    pub value: f64,
    /// The growth the source states, if it states one.
    pub stated_growth_pct: Option<f64>,
    pub from: TargetFrom<'a>,
}

/// One year's question, every name resolved.
#[derive(Clone, Debug, PartialEq)]
pub struct Edition<'a> {
    pub file: &'a EditionFile,
    /// The sectors as the article that defines them names them.
    pub sectors: &'a [Sector],
    /// Per sector, in the same order.
    pub base: Vec<BaseLevel>,
    pub published_base_total: Option<&'a PublishedFigure>,
    pub target: TargetFigures<'a>,
    /// The "so far" offers, in order of months.
    pub so_far: Vec<(&'a PublishedFigure, SoFar)>,
    /// What happened in the target year, once published.
    pub outcome: Option<&'a Dataset>,
}

impl<'a> Edition<'a> {
    /// Resolves `file` against the articles, published figures and
    /// presets it names, after its own checks.
    pub fn resolve(
        file: &'a EditionFile,
        ctx: &EditionContext<'a>,
    ) -> Result<Edition<'a>, EditionError> {
        file.check(ctx)?;
        let mut edition = Edition::assemble(file, ctx);
        edition.so_far.sort_by_key(|(_, s)| s.months);
        Ok(edition)
    }

    /// Resolves an edition that passed `check` already: the bundled ones,
    /// which build.rs checked and whose "so far" figures it wrote in order
    /// of months (so the page carries neither checking nor sorting code).
    fn assemble(file: &'a EditionFile, ctx: &EditionContext<'a>) -> Edition<'a> {
        let article = |name: &Text| ctx.article(name).expect("checked: the article exists");
        let figure = |id: &Text| {
            ctx.published
                .figure(id)
                .expect("checked: the figure exists")
        };
        let outcome = file.outcome.as_ref().map(article);
        let (sectors, base): (&[Sector], Vec<BaseLevel>) = match (&file.base.article, outcome) {
            (Some(name), _) => {
                let data = article(name);
                let levels = data.sectors.iter().map(|s| BaseLevel {
                    value: s.value,
                    growth_pct: s.growth_pct,
                    implied: false,
                });
                (&data.sectors, levels.collect())
            }
            (None, Some(outcome)) => {
                let levels = outcome.sectors.iter().map(|s| BaseLevel {
                    value: level_before(
                        s.value,
                        s.growth_pct
                            .expect("checked: an implied base has every growth"),
                    ),
                    growth_pct: None,
                    implied: true,
                });
                (&outcome.sectors, levels.collect())
            }
            (None, None) => unreachable!("checked: an implied base has an outcome"),
        };
        let base_total: f64 = base.iter().map(|l| l.value).sum();
        let target = match (&file.target.article, &file.target.figure) {
            (Some(name), _) => {
                let data = article(name);
                TargetFigures {
                    value: data.target.value,
                    stated_growth_pct: Some(data.target.stated_growth_pct),
                    from: TargetFrom::Article(data),
                }
            }
            (None, Some(id)) => {
                let f = figure(id);
                let value = f
                    .value
                    .or_else(|| f.growth_pct.map(|g| base_total * (1.0 + g / 100.0)));
                TargetFigures {
                    value: value.expect("checked: a value or a growth"),
                    stated_growth_pct: f.growth_pct,
                    from: TargetFrom::Published(f),
                }
            }
            (None, None) => unreachable!("checked: one target source"),
        };
        let so_far: Vec<_> = file
            .so_far
            .iter()
            .map(|id| {
                let f = figure(id);
                let entry = SoFar {
                    months: f.to_month,
                    value: f.value.expect("checked: a value"),
                    growth_pct: f.growth_pct.expect("checked: a growth"),
                };
                (f, entry)
            })
            .collect();
        Edition {
            file,
            sectors,
            base,
            published_base_total: file.base.published_total.as_ref().map(figure),
            target,
            so_far,
            outcome,
        }
    }

    /// The base year's total: the sum of the sectors' levels.
    pub fn base_total(&self) -> f64 {
        self.base.iter().map(|l| l.value).sum()
    }

    /// The growth on the base total that the target asks for, percent.
    pub fn target_growth_pct(&self) -> f64 {
        (self.target.value / self.base_total() - 1.0) * 100.0
    }

    /// Whether a preset can be offered: repeating the base year's growth
    /// needs every sector's growth into it.
    pub fn offers(&self, base: PresetBase) -> bool {
        base != PresetBase::Repeat2023 || self.base.iter().all(|l| l.growth_pct.is_some())
    }

    /// The preset ids this edition offers.
    pub fn presets(&self) -> &List<Text> {
        &self.file.presets
    }

    /// The app's method against what happened, once the year is over.
    pub fn backtest(&self) -> Option<Backtest> {
        let outcome = self.outcome?;
        let base_total = self.base_total();
        let actual_total = outcome.total.value;
        let target = self.target.value;
        // Each sector at the growth it really had, from the base levels.
        let all_actual_total = self
            .sectors
            .iter()
            .zip(&self.base)
            .map(|(sector, level)| {
                let actual = outcome.sectors.iter().find(|s| s.vsic == sector.vsic)?;
                Some(level.value * (1.0 + actual.growth_pct? / 100.0))
            })
            .sum::<Option<f64>>()?;
        // The same formula as "so far" in the app, on this edition's base.
        let so_far = self.so_far.last().map(|(figure, so_far)| SoFarBacktest {
            figure_id: figure.id.clone(),
            months: so_far.months,
            needed: needed_rest_growth(so_far, base_total, target),
            actual_rest_pct: ((actual_total - so_far.value) / so_far.rest_2023(base_total) - 1.0)
                * 100.0,
        });
        Some(Backtest {
            base_implied: self.base.iter().any(|l| l.implied),
            base_total,
            projected_gap: all_actual_total - target,
            actual_total,
            actual_growth_pct: (actual_total / base_total - 1.0) * 100.0,
            target,
            met: actual_total >= target,
            gap: actual_total - target,
            all_actual_total,
            so_far,
        })
    }
}

/// The target year as it happened, beside the target and the app's method.
#[derive(Clone, Debug, PartialEq)]
pub struct Backtest {
    /// The base levels were implied by the outcome: the projection at the
    /// actual growth then gives back the outcome by construction.
    pub base_implied: bool,
    /// The base year's total the method works from (the sectors' sum).
    pub base_total: f64,
    /// The method's total at the actual growth minus the target.
    pub projected_gap: f64,
    /// The outcome's total, billion VND, as published.
    pub actual_total: f64,
    /// The outcome's total on the base total, percent (computed).
    pub actual_growth_pct: f64,
    pub target: f64,
    pub met: bool,
    /// Actual minus target: negative means missed by that much.
    pub gap: f64,
    /// Every sector set to the growth the outcome gives it, from its base
    /// level: the method's total.
    pub all_actual_total: f64,
    /// The "so far" method on the latest offer, against the rest of the year.
    pub so_far: Option<SoFarBacktest>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct SoFarBacktest {
    pub figure_id: Text,
    pub months: u8,
    /// What the rest of the year needed to meet the target.
    pub needed: RestNeed,
    /// The growth the rest of the year had, percent.
    pub actual_rest_pct: f64,
}

#[cfg(test)]
mod tests;
