//! The shape of an edition file (`data/editions/<year>.json`) and
//! the checks every edition passes at build time.
//!
//! An edition is one year's question: a base year, a target year, where
//! the base-year figures come from, the target, the published figures
//! within the target year ("so far"), the presets it offers and, once
//! published, the outcome. It holds no figure of its own: it names
//! articles (`data/<name>.json`, in the dataset format) and published
//! figures (`data/published.json`), each of which carries its quote and
//! source. So a figure has one home, and a new edition is data only.
//!
//! Shared by the library and by `build.rs` (like `schema.rs`), which runs
//! `check_editions` on the bundled editions and fails the build with its
//! error. It may use only `serde` and `schema.rs`.

use serde::{Deserialize, Serialize};

use super::schema::{
    Dataset, FigureKind, List, Localized, Measure, PresetBase, Published, PublishedFigure, Sector,
    Target, Text, Total,
};

/// The edition files' format version this build reads.
pub const EDITION_VERSION: u32 = 1;

/// An article (dataset file) under the name the editions call it by.
#[derive(Clone, Debug, Deserialize, PartialEq, Serialize)]
#[serde(deny_unknown_fields)]
pub struct NamedArticle {
    pub name: Text,
    pub dataset: Dataset,
}

#[derive(Clone, Debug, Deserialize, PartialEq, Serialize)]
#[serde(deny_unknown_fields)]
pub struct EditionFile {
    #[serde(rename(deserialize = "_comment"))]
    pub comment: Text,
    pub edition_version: u32,
    /// The target year, as text: what links and saved scenarios name.
    pub id: Text,
    /// The edition a visit opens when nothing names one. Exactly one is.
    pub default: bool,
    pub base_year: u16,
    pub target_year: u16,
    /// What the edition control calls it ("2024 target").
    pub label: Localized,
    pub base: EditionBase,
    pub target: EditionTarget,
    /// Published cumulative figures of the target year, from January
    /// (ids in `data/published.json`), offered as "so far".
    pub so_far: List<Text>,
    /// The article whose figures are the target year's outcome, once
    /// published.
    pub outcome: Option<Text>,
    /// The presets (ids in `data/assumptions.json`) this edition offers.
    pub presets: List<Text>,
}

/// Where the base year's sector levels come from: one of the two.
#[derive(Clone, Debug, Deserialize, PartialEq, Serialize)]
#[serde(deny_unknown_fields)]
pub struct EditionBase {
    /// An article of the base year: its sectors' values and growth.
    pub article: Option<Text>,
    /// Each sector's level implied by the outcome article: its value ÷
    /// (1 + its growth). The sectors' growth into the base year is then
    /// not published.
    #[serde(default)]
    pub implied_by_outcome: bool,
    /// A published figure of the base year's total (shown beside).
    pub published_total: Option<Text>,
}

/// Where the target comes from: one of the two.
#[derive(Clone, Debug, Deserialize, PartialEq, Serialize)]
#[serde(deny_unknown_fields)]
pub struct EditionTarget {
    /// The target an article of the base year sets for the next year.
    pub article: Option<Text>,
    /// A published figure of kind "target" for the target year.
    pub figure: Option<Text>,
}

/// Why an edition was refused; `edition` is its id.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EditionError {
    UnknownVersion {
        edition: String,
        version: u32,
    },
    IdIsNotTheTargetYear {
        edition: String,
    },
    YearsNotConsecutive {
        edition: String,
    },
    DuplicateEdition {
        edition: String,
    },
    DefaultCount {
        count: usize,
    },
    /// The base or the target names none or both of its two sources.
    NotExactlyOneSource {
        edition: String,
        part: &'static str,
    },
    UnknownArticle {
        edition: String,
        article: String,
    },
    /// An article is not of the year its place needs.
    ArticleOfAnotherYear {
        edition: String,
        article: String,
        year: u16,
        expected: u16,
    },
    ImpliedWithoutOutcome {
        edition: String,
    },
    /// A base article comes with its own target (the app opens it as it
    /// is); a target from elsewhere goes with a base implied by an outcome.
    TargetNotTheBaseArticles {
        edition: String,
    },
    /// A base implied by the outcome needs the base year's total as
    /// published, with its growth (the growth into the base year).
    ImpliedWithoutPublishedTotal {
        edition: String,
    },
    /// A base implied by the outcome needs every outcome sector's growth.
    ImpliedWithoutGrowth {
        edition: String,
        sector: String,
    },
    UnknownFigure {
        edition: String,
        figure: String,
    },
    /// A published figure cannot serve where the edition names it.
    FigureDoesNotFit {
        edition: String,
        figure: String,
        part: &'static str,
    },
    /// The outcome's sectors are not the base's, one for one.
    OutcomeSectorsDiffer {
        edition: String,
    },
    UnknownPreset {
        edition: String,
        preset: String,
    },
    /// A preset that repeats the base year's growth, where it is not published.
    PresetNeedsBaseGrowth {
        edition: String,
        preset: String,
    },
}

/// What the checks need beside the editions.
pub struct EditionContext<'a> {
    pub articles: &'a [NamedArticle],
    pub published: &'a Published,
    /// Each preset of `data/assumptions.json`: its id and its base.
    pub presets: &'a [(Text, PresetBase)],
}

impl<'a> EditionContext<'a> {
    pub fn article(&self, name: &str) -> Option<&'a Dataset> {
        self.articles
            .iter()
            .find(|a| a.name == name)
            .map(|a| &a.dataset)
    }
}

/// Every edition is well formed and every name it uses exists and fits;
/// ids are unique and exactly one edition is the default.
pub fn check_editions(editions: &[EditionFile], ctx: &EditionContext) -> Result<(), EditionError> {
    let defaults = editions.iter().filter(|e| e.default).count();
    if defaults != 1 {
        return Err(EditionError::DefaultCount { count: defaults });
    }
    for (i, edition) in editions.iter().enumerate() {
        if editions[..i].iter().any(|e| e.id == edition.id) {
            return Err(EditionError::DuplicateEdition {
                edition: edition.id.to_string(),
            });
        }
        edition.check(ctx)?;
    }
    Ok(())
}

impl EditionFile {
    pub fn check(&self, ctx: &EditionContext) -> Result<(), EditionError> {
        let edition = self.id.to_string();
        if self.edition_version != EDITION_VERSION {
            return Err(EditionError::UnknownVersion {
                edition,
                version: self.edition_version,
            });
        }
        if self.id != self.target_year.to_string() {
            return Err(EditionError::IdIsNotTheTargetYear { edition });
        }
        if self.base_year.checked_add(1) != Some(self.target_year) {
            return Err(EditionError::YearsNotConsecutive { edition });
        }
        self.check_base(ctx)?;
        self.check_target(ctx)?;
        if let Some(outcome) = &self.outcome {
            let outcome = self.article_of(ctx, outcome, self.target_year)?;
            // The backtest sets each base sector against its outcome.
            if let Some(base) = self.base.article.as_ref().and_then(|a| ctx.article(a)) {
                let vsics =
                    |d: &Dataset| d.sectors.iter().map(|s| s.vsic.clone()).collect::<Vec<_>>();
                if vsics(base) != vsics(outcome) {
                    return Err(EditionError::OutcomeSectorsDiffer {
                        edition: self.id.to_string(),
                    });
                }
            }
        }
        for id in self.so_far.iter() {
            let figure = self.figure(ctx, id)?;
            self.fits(figure.is_so_far_of(self.target_year), id, "so far")?;
        }
        self.check_presets(ctx)
    }

    fn check_base(&self, ctx: &EditionContext) -> Result<(), EditionError> {
        let base = &self.base;
        match (&base.article, base.implied_by_outcome) {
            (Some(article), false) => {
                self.article_of(ctx, article, self.base_year)?;
            }
            (None, true) if self.outcome.is_none() => {
                return Err(EditionError::ImpliedWithoutOutcome {
                    edition: self.id.to_string(),
                })
            }
            (None, true) => {
                let outcome = self.outcome.as_ref().and_then(|a| ctx.article(a));
                let unpublished = outcome
                    .into_iter()
                    .flat_map(|d| d.sectors.iter())
                    .find(|s| s.growth_pct.is_none());
                if let Some(sector) = unpublished {
                    return Err(EditionError::ImpliedWithoutGrowth {
                        edition: self.id.to_string(),
                        sector: sector.vsic.to_string(),
                    });
                }
                let total = base.published_total.as_ref();
                let total = total.and_then(|id| ctx.published.figure(id));
                if total.is_none_or(|f| f.growth_pct.is_none()) {
                    return Err(EditionError::ImpliedWithoutPublishedTotal {
                        edition: self.id.to_string(),
                    });
                }
            }
            _ => return Err(self.not_one("base")),
        }
        if let Some(id) = &base.published_total {
            let figure = self.figure(ctx, id)?;
            let fits = figure.year == self.base_year
                && (figure.from_month, figure.to_month) == (1, 12)
                && figure.measure == Measure::ProductionValue
                && figure.kind != FigureKind::Target
                && figure.value.is_some();
            self.fits(fits, id, "base total")?;
        }
        Ok(())
    }

    fn check_target(&self, ctx: &EditionContext) -> Result<(), EditionError> {
        if let Some(base) = &self.base.article {
            if self.target.article.as_ref() != Some(base) {
                return Err(EditionError::TargetNotTheBaseArticles {
                    edition: self.id.to_string(),
                });
            }
        }
        match (&self.target.article, &self.target.figure) {
            (Some(article), None) => self.article_of(ctx, article, self.base_year).map(|_| ()),
            (None, Some(id)) => {
                let figure = self.figure(ctx, id)?;
                let fits = figure.year == self.target_year
                    && (figure.from_month, figure.to_month) == (1, 12)
                    && figure.kind == FigureKind::Target
                    && figure.measure == Measure::ProductionValue
                    && (figure.value.is_some() || figure.growth_pct.is_some());
                self.fits(fits, id, "target")
            }
            _ => Err(self.not_one("target")),
        }
    }

    fn check_presets(&self, ctx: &EditionContext) -> Result<(), EditionError> {
        for id in self.presets.iter() {
            let Some((_, base)) = ctx.presets.iter().find(|(p, _)| p == id) else {
                return Err(EditionError::UnknownPreset {
                    edition: self.id.to_string(),
                    preset: id.to_string(),
                });
            };
            if *base == PresetBase::Repeat2023 && self.base.article.is_none() {
                return Err(EditionError::PresetNeedsBaseGrowth {
                    edition: self.id.to_string(),
                    preset: id.to_string(),
                });
            }
        }
        Ok(())
    }

    fn article_of<'c>(
        &self,
        ctx: &'c EditionContext,
        name: &str,
        expected: u16,
    ) -> Result<&'c Dataset, EditionError> {
        let dataset = ctx
            .article(name)
            .ok_or_else(|| EditionError::UnknownArticle {
                edition: self.id.to_string(),
                article: name.to_string(),
            })?;
        if dataset.meta.year != expected {
            return Err(EditionError::ArticleOfAnotherYear {
                edition: self.id.to_string(),
                article: name.to_string(),
                year: dataset.meta.year,
                expected,
            });
        }
        Ok(dataset)
    }

    fn figure<'c>(
        &self,
        ctx: &'c EditionContext,
        id: &str,
    ) -> Result<&'c PublishedFigure, EditionError> {
        ctx.published
            .figure(id)
            .ok_or_else(|| EditionError::UnknownFigure {
                edition: self.id.to_string(),
                figure: id.to_string(),
            })
    }

    fn fits(&self, fits: bool, figure: &str, part: &'static str) -> Result<(), EditionError> {
        if fits {
            Ok(())
        } else {
            Err(EditionError::FigureDoesNotFit {
                edition: self.id.to_string(),
                figure: figure.to_string(),
                part,
            })
        }
    }

    fn not_one(&self, part: &'static str) -> EditionError {
        EditionError::NotExactlyOneSource {
            edition: self.id.to_string(),
            part,
        }
    }
}

impl EditionFile {
    /// The name build.rs gives the base it computes for an edition whose
    /// base is implied by its outcome (among the bundled articles).
    pub fn implied_base_name(&self) -> String {
        format!("{}-base", self.id)
    }

    /// The base year as the outcome implies it, for an edition that passed
    /// `check`: each sector's level is its outcome value ÷ (1 + its
    /// growth), with no growth into it (`None`: not published); the total
    /// is the sectors' sum with the published total's growth and quote;
    /// the target is the edition's; no products (their base-year volumes
    /// are not published) and no named projects (they belong to the year
    /// they open in). build.rs computes it, so the page carries no code
    /// for it; `None` for an edition whose base is an article.
    pub fn implied_base(&self, ctx: &EditionContext) -> Option<Dataset> {
        if !self.base.implied_by_outcome {
            return None;
        }
        let outcome = ctx.article(self.outcome.as_ref()?)?;
        let total = ctx.published.figure(self.base.published_total.as_ref()?)?;
        let sectors: Vec<Sector> = outcome
            .sectors
            .iter()
            .map(|s| {
                let value = s.value / (1.0 + s.growth_pct? / 100.0);
                Some(Sector {
                    value,
                    growth_pct: None,
                    ..s.clone()
                })
            })
            .collect::<Option<_>>()?;
        let base_total: f64 = sectors.iter().map(|s| s.value).sum();
        let target = match (&self.target.article, &self.target.figure) {
            (Some(name), _) => ctx.article(name)?.target.clone(),
            (None, Some(id)) => {
                let figure = ctx.published.figure(id)?;
                let growth = figure.growth_pct;
                let value = figure
                    .value
                    .or_else(|| growth.map(|g| base_total * (1.0 + g / 100.0)))?;
                Target {
                    value,
                    stated_growth_pct: growth.unwrap_or((value / base_total - 1.0) * 100.0),
                    quote_vi: figure.quote.clone(),
                }
            }
            (None, None) => return None,
        };
        let mut meta = outcome.meta.clone();
        meta.year = self.base_year;
        Some(Dataset {
            dataset_version: outcome.dataset_version,
            meta,
            total: Total {
                value: base_total,
                growth_pct: total.growth_pct?,
                quote_vi: total.quote.clone(),
                ..outcome.total.clone()
            },
            sectors: sectors.into(),
            products: List::default(),
            target,
            projects: List::default(),
        })
    }
}
