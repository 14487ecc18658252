//! The bundled catalog: the 2024 edition is the app's own data, the 2023
//! edition opens with its base implied by the 2023 article. Expectations
//! are worked by hand in the comments.

use super::*;
use crate::precision::GROWTH_DECIMALS;
use crate::projection::{evaluate, TargetReading};
use crate::scenario::Scenario;

fn close(a: f64, b: f64, within: f64) -> bool {
    (a - b).abs() <= within
}

fn edition(id: &str) -> &'static OpenEdition {
    Catalog::bundled().get(id).expect("bundled")
}

#[test]
fn bundled_editions_all_open_default_first() {
    let ids: Vec<&str> = Catalog::bundled().all().iter().map(|e| e.id).collect();
    assert_eq!(ids, ["2024", "2023"]);
    assert_eq!(Catalog::bundled().default_edition().unwrap().id, "2024");
    assert!(Catalog::bundled().get("2031").is_none());
}

#[test]
fn every_bundled_edition_is_valid_as_the_page_opens_it() {
    // The page opens them without checking (build.rs and these tests do).
    for e in Catalog::bundled().all() {
        assert_eq!(e.data.validate(), Ok(()), "{}", e.id);
        assert_eq!(e.assumptions.validate(e.data), Ok(()), "{}", e.id);
    }
    let (files, _) = crate::edition::bundled_files();
    let years: Vec<u16> = files.iter().map(|f| f.target_year).collect();
    assert!(
        years.windows(2).all(|w| w[0] < w[1]),
        "in order of target year: {years:?}"
    );
}

#[test]
fn the_default_edition_is_the_apps_own_data() {
    let e = edition("2024");
    let data = Dataset::bundled().unwrap();
    assert!(std::ptr::eq(e.data, data));
    assert!(std::ptr::eq(
        e.assumptions,
        Assumptions::bundled(data).unwrap()
    ));
    assert_eq!(e.years, Years::after(2023));
    assert!(e.outcome.is_none() && e.happened().is_none() && e.actual_growth().is_none());
}

#[test]
fn the_2023_edition_opens_on_levels_implied_by_its_outcome() {
    let e = edition("2023");
    let d = e.data;
    assert_eq!(d.validate(), Ok(()));
    assert_eq!(e.years, Years::after(2022));
    assert_eq!(d.years(), e.years);
    // 575.8 / 1.10 = 523.4545; 100,867.1 / 1.034 = 97,550.39; …
    assert!(close(d.sectors[0].value, 523.4545, 1e-4));
    assert!(close(d.sectors[1].value, 97_550.387, 1e-3));
    assert!(d.sectors.iter().all(|s| s.growth_pct.is_none()));
    assert!(!d.base_growth_published());
    assert!(d.implied_total_2022().is_none());
    // The base total is the sectors' sum (99,446.74); the growth into it
    // is the published one (+7.2 %).
    assert!(close(d.total.value, 99_446.74, 0.01));
    assert_eq!(d.total.growth_pct, 7.2);
    assert_eq!(
        (d.target.value, d.target.stated_growth_pct),
        (110_000.0, 10.0)
    );
    assert!(d.products.is_empty() && d.projects.is_empty());
    let presets: Vec<&str> = e.assumptions.presets.iter().map(|p| &*p.id).collect();
    assert_eq!(presets, ["target_path"]);
    assert_eq!(e.so_far.len(), 1);
    assert_eq!(
        (
            e.so_far[0].1.months,
            e.so_far[0].1.value,
            e.so_far[0].1.growth_pct
        ),
        (5, 40_865.0, 4.9)
    );
}

#[test]
fn the_base_build_rs_computed_is_the_one_the_model_resolves() {
    // build.rs computes the 2023 base (`EditionFile::implied_base`); the
    // model's own resolution (`Edition::assemble`) gives the same levels.
    let data = edition("2023").data;
    crate::edition::with_bundled(|editions| {
        let resolved = editions.iter().find(|e| e.file.id == "2023").unwrap();
        assert_eq!(resolved.base.len(), data.sectors.len());
        for (level, sector) in resolved.base.iter().zip(data.sectors.iter()) {
            assert_eq!(level.value, sector.value);
            assert!(level.implied && level.growth_pct.is_none() && sector.growth_pct.is_none());
        }
        assert_eq!(resolved.target.value, data.target.value);
    })
    .unwrap();
}

#[test]
fn the_2023_levers_start_on_the_target_path_and_what_happened_misses_it() {
    let e = edition("2023");
    let d = e.data;
    // 110,000 / 99,446.74 − 1 = 10.6120 %, rounded up at 6 decimals: it
    // meets the target.
    let start = d.start_growth();
    assert!(start.iter().all(|&g| g == start[0]));
    assert!(close(start[0], 10.6120, 1e-4));
    let scale = 10f64.powi(GROWTH_DECIMALS as i32);
    assert_eq!((start[0] * scale).round() / scale, start[0]);
    let baseline = Scenario::baseline(d, e.assumptions);
    assert_eq!(baseline.growth_pct, start);
    assert!(baseline.projects.is_empty());
    let at_start = evaluate(d, &start, &[], TargetReading::Absolute);
    assert!(at_start.projection.total_2024 >= 110_000.0);
    assert!(at_start.projection.total_2024 < 110_000.001 * 1.000_001);

    // Each sector at its 2023 growth gives back the article's 102,893.2.
    let actual = e.actual_growth().unwrap();
    assert_eq!(actual, [10.0, 3.4, 4.8, 8.6]);
    let happened = evaluate(d, &actual, &[], TargetReading::Absolute);
    assert!(close(happened.projection.total_2024, 102_893.2, 0.05));
    // 102,893.2 on 99,446.74: +3.466 %; 110,000 missed by 7,106.8.
    let happened = e.happened().unwrap();
    assert_eq!((happened.total, happened.target), (102_893.2, 110_000.0));
    assert!(close(happened.growth_pct, 3.466, 1e-3));
    assert!(!happened.met);
    assert!(close(happened.gap, -7_106.8, 1e-6));
}
