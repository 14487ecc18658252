//! Investment projects the user adds to a scenario, and their 2024 output.
//!
//! A project adds `capital × output_per_capital × months / 12` to its
//! sector's 2024 output, where `months` counts from its first month of
//! output to December. Every figure here is the user's assumption: the
//! article names the semiconductor project's capital and nothing else.
//! Invariant: a `Project` that passes `validate` has finite values within
//! the bounds below, so its output is finite and non-negative.

/// Upper bounds that admit any plausible project and refuse typos.
pub const MAX_CAPITAL: f64 = 1_000_000.0;
pub const MAX_OUTPUT_PER_CAPITAL: f64 = 20.0;
pub const MAX_NAME_CHARS: usize = 80;
pub const MAX_PROJECTS: usize = 12;

#[derive(Clone, Debug, PartialEq)]
pub struct Project {
    /// The user's name for it; empty for a project the data names, whose
    /// name then comes from the data in the reader's language.
    pub name: String,
    /// Id of the dataset project this one starts from, if any.
    pub source: Option<String>,
    /// Index of the sector in the dataset.
    pub sector: usize,
    /// Billion VND invested.
    pub capital: f64,
    /// Yearly output per unit of capital (1.5 = 1,500 billion VND a year
    /// from 1,000 invested).
    pub output_per_capital: f64,
    /// 1 = January … 12 = December.
    pub first_month: u8,
    pub enabled: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProjectError {
    NameTooLong,
    UnknownSector,
    Capital,
    OutputPerCapital,
    FirstMonth,
}

impl Project {
    /// Months of output in 2024: 12 from January, 1 from December.
    #[cfg(test)]
    pub fn months_in_2024(&self) -> u8 {
        13u8.saturating_sub(self.first_month.clamp(1, 12))
    }

    /// The project's addition to its sector's 2024 output, billion VND.
    pub fn output_2024(&self) -> f64 {
        self.output_after(0)
    }

    /// Months of output after the first `covered` months of 2024 (whose
    /// output the published value so far already holds).
    pub fn months_after(&self, covered: u8) -> u8 {
        13u8.saturating_sub(self.first_month.clamp(1, 12).max(covered.saturating_add(1)))
    }

    /// The project's output in the months after the first `covered`.
    pub fn output_after(&self, covered: u8) -> f64 {
        if !self.enabled {
            return 0.0;
        }
        self.capital * self.output_per_capital * f64::from(self.months_after(covered)) / 12.0
    }

    pub fn validate(&self, sector_count: usize) -> Result<(), ProjectError> {
        if self.name.chars().count() > MAX_NAME_CHARS {
            return Err(ProjectError::NameTooLong);
        }
        if self.sector >= sector_count {
            return Err(ProjectError::UnknownSector);
        }
        if !(self.capital.is_finite() && (0.0..=MAX_CAPITAL).contains(&self.capital)) {
            return Err(ProjectError::Capital);
        }
        if !(self.output_per_capital.is_finite()
            && (0.0..=MAX_OUTPUT_PER_CAPITAL).contains(&self.output_per_capital))
        {
            return Err(ProjectError::OutputPerCapital);
        }
        if !(1..=12).contains(&self.first_month) {
            return Err(ProjectError::FirstMonth);
        }
        Ok(())
    }
}

/// Total project output per sector (zero where there is none), over the
/// whole year; the app goes through `output_by_sector_after`.
#[cfg(test)]
pub fn output_by_sector(sector_count: usize, projects: &[Project]) -> Vec<f64> {
    output_by_sector_after(sector_count, projects, 0)
}

/// The same, counting only the months after the first `covered`.
pub fn output_by_sector_after(sector_count: usize, projects: &[Project], covered: u8) -> Vec<f64> {
    let mut out = vec![0.0; sector_count];
    for p in projects {
        if let Some(slot) = out.get_mut(p.sector) {
            *slot += p.output_after(covered);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plant(first_month: u8) -> Project {
        Project {
            name: "Semiconductor".into(),
            source: None,
            sector: 1,
            capital: 1_000.0,
            output_per_capital: 1.5,
            first_month,
            enabled: true,
        }
    }

    #[test]
    fn output_counts_the_months_of_2024() {
        // 1,000 × 1.5 × 6/12 = 750 from July; a full year from January.
        assert_eq!(plant(7).months_in_2024(), 6);
        assert_eq!(plant(7).output_2024(), 750.0);
        assert_eq!(plant(1).output_2024(), 1_500.0);
        assert_eq!(plant(12).output_2024(), 125.0);
    }

    #[test]
    fn only_months_after_the_covered_ones_count() {
        // From July with six months in: July–December, 6 months, 750.
        // From March with six months in: also July–December only.
        // From July with nine months in: October–December, 3 months, 375.
        assert_eq!(plant(7).months_after(6), 6);
        assert_eq!(plant(3).months_after(6), 6);
        assert_eq!(plant(3).output_after(6), 750.0);
        assert_eq!(plant(7).output_after(9), 375.0);
        assert_eq!(plant(1).months_after(12), 0);
        assert_eq!(plant(1).output_after(12), 0.0);
        assert_eq!(plant(12).months_after(0), plant(12).months_in_2024());
    }

    #[test]
    fn switched_off_projects_add_nothing() {
        let mut p = plant(1);
        p.enabled = false;
        assert_eq!(p.output_2024(), 0.0);
    }

    #[test]
    fn outputs_add_up_per_sector() {
        let mut b = plant(1);
        b.sector = 0;
        let out = output_by_sector(4, &[plant(7), plant(1), b]);
        assert_eq!(out, vec![1_500.0, 2_250.0, 0.0, 0.0]);
        let mut stray = plant(1);
        stray.sector = 9;
        assert_eq!(output_by_sector(4, &[stray]), vec![0.0; 4]);
    }

    #[test]
    fn validation() {
        assert_eq!(plant(7).validate(4), Ok(()));
        let mut p = plant(13);
        assert_eq!(p.validate(4), Err(ProjectError::FirstMonth));
        p = plant(0);
        assert_eq!(p.validate(4), Err(ProjectError::FirstMonth));
        p = plant(7);
        p.capital = f64::NAN;
        assert_eq!(p.validate(4), Err(ProjectError::Capital));
        p = plant(7);
        p.output_per_capital = -1.0;
        assert_eq!(p.validate(4), Err(ProjectError::OutputPerCapital));
        p = plant(7);
        p.sector = 4;
        assert_eq!(p.validate(4), Err(ProjectError::UnknownSector));
        p = plant(7);
        p.name = "x".repeat(81);
        assert_eq!(p.validate(4), Err(ProjectError::NameTooLong));
    }
}
