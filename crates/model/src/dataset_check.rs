//! The checks every article (a dataset file: `data/ninh-binh-2023.json`,
//! and any other an edition names) passes: at build time in `build.rs`,
//! which includes this file, and again when the app starts
//! (`Dataset::bundled`). A refused article fails the build with the
//! error's words. It may use only `schema.rs`.

use std::fmt;

use super::schema::{Dataset, ProductGrowth};

/// Why the bundled data was refused. Shown to the user instead of a blank page.
#[derive(Clone, Debug, PartialEq)]
pub enum DataError {
    Json(String),
    NoSectors,
    NotPositive {
        field: String,
    },
    GrowthBelowMinus100 {
        field: String,
    },
    SectorsDoNotAddUp {
        sum: f64,
        total: f64,
    },
    UnknownSector {
        item: String,
        vsic: String,
    },
    /// A figure without the sentence of the article it comes from.
    NoQuote {
        field: String,
    },
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DataError::Json(msg) => write!(f, "the data file is not valid JSON: {msg}"),
            DataError::NoSectors => write!(f, "the data file lists no sectors"),
            DataError::NotPositive { field } => {
                write!(f, "{field} must be a finite positive number")
            }
            DataError::GrowthBelowMinus100 { field } => {
                write!(f, "{field} must be a finite growth above -100%")
            }
            DataError::SectorsDoNotAddUp { sum, total } => {
                // Whole units: enough to see the mismatch, and no float formatting.
                let (sum, total) = (sum.round() as i64, total.round() as i64);
                write!(
                    f,
                    "the sectors add up to about {sum}, not to the total {total}"
                )
            }
            DataError::NoQuote { field } => write!(f, "{field} has no quote"),
            DataError::UnknownSector { item, vsic } => {
                write!(
                    f,
                    "{item} names sector {vsic}, which the data does not have"
                )
            }
        }
    }
}

/// Published values carry one decimal; each may be off by half of it.
const ROUNDING_PER_VALUE: f64 = 0.05;

impl Dataset {
    /// Every value is finite and positive, every growth published above −100 % (a sector's may be
    /// missing: not published),
    /// every figure carries its quote, the sectors add up to the total
    /// within the article's rounding, and every product and project names
    /// a sector that exists. build.rs runs it on every article it compiles
    /// in; the app again at run time (`Dataset::bundled`).
    pub fn validate(&self) -> Result<(), DataError> {
        if self.sectors.is_empty() {
            return Err(DataError::NoSectors);
        }
        let positive = |value: f64, field: String| {
            if value.is_finite() && value > 0.0 {
                Ok(())
            } else {
                Err(DataError::NotPositive { field })
            }
        };
        let growth = |pct: f64, field: String| {
            if pct.is_finite() && pct > -100.0 {
                Ok(())
            } else {
                Err(DataError::GrowthBelowMinus100 { field })
            }
        };
        positive(self.total.value, "total.value".into())?;
        growth(self.total.growth_pct, "total.growth_pct".into())?;
        positive(self.target.value, "target.value".into())?;
        for sector in self.sectors.iter() {
            positive(sector.value, format!("sector {} value", sector.vsic))?;
            if let Some(pct) = sector.growth_pct {
                growth(pct, format!("sector {} growth", sector.vsic))?;
            }
        }
        for product in self.products.iter() {
            positive(product.volume, format!("product {} volume", product.id))?;
            let ratio = match product.growth {
                ProductGrowth::Percent(pct) => 1.0 + pct / 100.0,
                ProductGrowth::Multiple(times) => times,
            };
            positive(ratio, format!("product {} growth", product.id))?;
            self.require_sector(&product.id, &product.sector_vsic)?;
        }
        for project in self.projects.iter() {
            positive(project.capital, format!("project {} capital", project.id))?;
            self.require_sector(&project.id, &project.sector_vsic)?;
        }
        let quoted = [
            ("total", &self.total.quote_vi),
            ("target", &self.target.quote_vi),
        ];
        let quoted = quoted
            .into_iter()
            .map(|(f, q)| (f.to_string(), q))
            .chain(
                self.sectors
                    .iter()
                    .map(|s| (format!("sector {}", s.vsic), &s.quote_vi)),
            )
            .chain(
                self.products
                    .iter()
                    .map(|p| (format!("product {}", p.id), &p.quote_vi)),
            )
            .chain(
                self.projects
                    .iter()
                    .map(|p| (format!("project {}", p.id), &p.quote_vi)),
            );
        for (field, quote) in quoted {
            if quote.trim().is_empty() {
                return Err(DataError::NoQuote { field });
            }
        }
        let sum: f64 = self.sectors.iter().map(|s| s.value).sum();
        let tolerance = ROUNDING_PER_VALUE * self.sectors.len() as f64;
        if (sum - self.total.value).abs() > tolerance {
            return Err(DataError::SectorsDoNotAddUp {
                sum,
                total: self.total.value,
            });
        }
        Ok(())
    }

    fn require_sector(&self, item: &str, vsic: &str) -> Result<(), DataError> {
        if self.sectors.iter().any(|s| s.vsic == vsic) {
            Ok(())
        } else {
            Err(DataError::UnknownSector {
                item: item.to_owned(),
                vsic: vsic.to_owned(),
            })
        }
    }
}
