//! Sensitivity of the 2024 total: how much it moves when one sector's
//! growth moves by one percentage point, and how much each active project
//! contributes (what the total loses without it). The model is linear in
//! growth, so ±1 pp on a sector moves the total by ±1 % of the 2023 output
//! its growth applies to (its 2023 value, or with "2024 so far" its share
//! of the rest of 2023; see `projection::Basis`).

use super::explore::stable_order;
use super::projection::Basis;
use super::projects::Project;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Driver {
    Sector(usize),
    /// Index into the scenario's project list.
    Project(usize),
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Sensitivity {
    pub driver: Driver,
    /// Change of the total, billion VND, on the downside (−1 pp, or
    /// without the project) and on the upside (+1 pp; 0 for a project).
    pub down: f64,
    pub up: f64,
}

impl Sensitivity {
    pub fn magnitude(&self) -> f64 {
        self.down.abs().max(self.up.abs())
    }
}

/// Largest first, so the chart reads as a tornado.
pub fn sensitivities(basis: &Basis, projects: &[Project]) -> Vec<Sensitivity> {
    let sectors = basis
        .growth_base
        .iter()
        .enumerate()
        .map(|(i, base)| Sensitivity {
            driver: Driver::Sector(i),
            down: -base / 100.0,
            up: base / 100.0,
        });
    let covered = basis.covered_months;
    let projects = projects
        .iter()
        .enumerate()
        .filter(|(_, p)| p.enabled && p.output_after(covered) > 0.0)
        .map(|(i, p)| Sensitivity {
            driver: Driver::Project(i),
            down: -p.output_after(covered),
            up: 0.0,
        });
    let all: Vec<Sensitivity> = sectors.chain(projects).collect();
    stable_order(all.len(), &|a, b| {
        all[b].magnitude().total_cmp(&all[a].magnitude())
    })
    .into_iter()
    .map(|i| all[i])
    .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::projection::{project, project_on};
    use crate::so_far::SoFar;
    use crate::Dataset;

    fn full_year(d: &Dataset) -> Basis {
        Basis::new(d, None)
    }

    #[test]
    fn one_point_on_a_sector_moves_the_total_by_a_hundredth_of_it() {
        let d = Dataset::bundled().unwrap();
        let s = sensitivities(&full_year(d), &[]);
        assert_eq!(s[0].driver, Driver::Sector(1));
        assert!((s[0].up - 1_008.671).abs() < 1e-9);
        assert_eq!(s.last().unwrap().driver, Driver::Sector(3));
        // Cross-check against the projection itself.
        let base: Vec<f64> = d.sectors.iter().map(|x| x.growth_pct.unwrap()).collect();
        let mut bumped = base.clone();
        bumped[2] += 1.0;
        let delta = project(d, &bumped, &[]).total_2024 - project(d, &base, &[]).total_2024;
        let electricity = s.iter().find(|x| x.driver == Driver::Sector(2)).unwrap();
        assert!((delta - electricity.up).abs() < 1e-9);
    }

    #[test]
    fn active_projects_appear_with_their_output() {
        let d = Dataset::bundled().unwrap();
        let plant = |enabled| Project {
            name: "p".into(),
            source: None,
            sector: 1,
            capital: 1_000.0,
            output_per_capital: 1.5,
            first_month: 7,
            enabled,
        };
        let s = sensitivities(&full_year(d), &[plant(false), plant(true)]);
        let p: Vec<_> = s
            .iter()
            .filter(|x| matches!(x.driver, Driver::Project(_)))
            .collect();
        assert_eq!(p.len(), 1);
        assert_eq!(p[0].driver, Driver::Project(1));
        assert_eq!((p[0].down, p[0].up), (-750.0, 0.0));
        // 750 ranks between manufacturing (1,008.7) and electricity (11.2).
        assert_eq!(s[1].driver, Driver::Project(1));
    }

    #[test]
    fn with_six_months_in_a_point_moves_the_rest_of_the_year() {
        // 6 months, 50,000, +5 %: rest of 2023 55,274.1524; manufacturing's
        // share 100,867.1 / 102,893.2 of it is 54,185.7... so one point is
        // 541.857 billion VND, cross-checked against the projection.
        let d = Dataset::bundled().unwrap();
        let so_far = SoFar {
            months: 6,
            value: 50_000.0,
            growth_pct: 5.0,
        };
        let basis = Basis::new(d, Some(&so_far));
        let s = sensitivities(&basis, &[]);
        let manufacturing = s.iter().find(|x| x.driver == Driver::Sector(1)).unwrap();
        let expected = 55_274.152_380_952 * 100_867.1 / 102_893.2 / 100.0;
        assert!(
            (manufacturing.up - expected).abs() < 1e-6,
            "{}",
            manufacturing.up
        );
        let g: Vec<f64> = d.sectors.iter().map(|x| x.growth_pct.unwrap()).collect();
        let mut bumped = g.clone();
        bumped[1] += 1.0;
        let delta = project_on(d, &basis, &bumped, &[]).total_2024
            - project_on(d, &basis, &g, &[]).total_2024;
        assert!((delta - manufacturing.up).abs() < 1e-6);
    }
}
