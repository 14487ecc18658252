//! The share-link format, natively: every fixture link of every released
//! format opens with the same inputs forever; encode→decode is the identity
//! for any valid scenario (property test). The fuzzer is in `share_fuzz.rs`.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{fixtures, setup};
use ninh_binh_industry::model::catalog::Catalog;
use ninh_binh_industry::model::montecarlo::Range;
use ninh_binh_industry::model::projects::Project;
use ninh_binh_industry::model::reader::ReaderPrefs;
use ninh_binh_industry::model::scenario::Scenario;
use ninh_binh_industry::model::so_far::{RestNeed, SoFar};
use ninh_binh_industry::model::units::MoneyUnit;
use ninh_binh_industry::model::{evaluate, Lang, TargetReading};
use ninh_binh_industry::share::code::{
    decode, decode_in, encode, DecodeError, LinkPart, Shared, View,
};
use proptest::prelude::*;

fn open(code: &str) -> Shared {
    let (d, a) = setup();
    decode(code, d, a, Lang::En).unwrap_or_else(|e| panic!("{code}: {e:?}"))
}

#[test]
fn every_fixture_link_opens_in_its_edition() {
    let all = fixtures();
    assert!(all.len() >= 10);
    for (code, what) in &all {
        let (edition, shared) = decode_in(code, Catalog::bundled(), Lang::En)
            .unwrap_or_else(|e| panic!("{code}: {e:?}"));
        let (d, a) = (edition.data, edition.assumptions);
        assert_eq!(shared.scenario.validate(d), Ok(()), "{what}");
        // Re-encoding gives the canonical code back.
        assert_eq!(&encode(&shared, d, a), code, "{what}");
    }
}

#[test]
fn links_without_an_edition_open_2024_and_2023_links_open_2023() {
    let catalog = Catalog::bundled();
    let open_in = |code: &str| decode_in(code, catalog, Lang::En).unwrap();
    let (edition, shared) = open_in("1~d1~len~gC9");
    assert_eq!(edition.id, "2024");
    assert_eq!(shared, open("1~d1~len~gC9"));

    let (edition, baseline) = open_in("1~d1~e2023~len");
    assert_eq!(edition.id, "2023");
    // The 2023 levers start on the target path (10.612 % for every sector).
    assert_eq!(baseline.scenario.growth_pct, edition.data.start_growth());
    assert!(baseline.scenario.projects.is_empty());

    let (_, happened) = open_in("1~d1~e2023~len~gB10*C3.4*D4.8*E8.6");
    assert_eq!(happened.scenario.growth_pct, vec![10.0, 3.4, 4.8, 8.6]);
    let outcome = happened.scenario.outcome(edition.data);
    assert!((outcome.projection.total_2024 - 102_893.2).abs() < 0.05);
    assert!(!outcome.verdict.met);
}

#[test]
fn edition_errors_say_what_is_wrong() {
    let catalog = Catalog::bundled();
    let err = |code: &str| decode_in(code, catalog, Lang::En).unwrap_err();
    assert_eq!(
        err("1~d1~e2031~len"),
        DecodeError::UnknownEdition("2031".into())
    );
    assert_eq!(
        err("1~d1~e20x3~len"),
        DecodeError::Malformed(LinkPart::Edition)
    );
    assert_eq!(
        err("1~d1~e2023~e2023~len"),
        DecodeError::Repeated(LinkPart::Edition)
    );
    assert_eq!(err(""), DecodeError::Empty);
    // Read against another edition's data, a link is refused, not misread.
    let (d, a) = setup();
    assert_eq!(
        decode("1~d1~e2023~len", d, a, Lang::En).unwrap_err(),
        DecodeError::UnknownEdition("2023".into())
    );
    let e2023 = catalog.get("2023").unwrap();
    assert_eq!(
        decode("1~d1~len", e2023.data, e2023.assumptions, Lang::En).unwrap_err(),
        DecodeError::UnknownEdition("2024".into())
    );
}

#[test]
fn fixture_links_restore_their_inputs() {
    let (d, _) = setup();
    let base = open("1~d1~len").scenario;
    assert_eq!(base.growth_pct, vec![10.0, 3.4, 4.8, 8.6]);
    assert_eq!(open("1~d1~len").reader.lang, Lang::En);
    assert_eq!(open("1~d1~lvi").reader.lang, Lang::Vi);

    let met = open("1~d1~len~gC9").scenario;
    assert_eq!(met.growth_pct, vec![10.0, 9.0, 4.8, 8.6]);
    assert!(
        evaluate(d, &met.growth_pct, &met.projects, met.target)
            .verdict
            .met
    );

    let four = open("1~d1~len~gB12*C9.5*D6*E9~ts").scenario;
    assert_eq!(four.growth_pct, vec![12.0, 9.5, 6.0, 9.0]);
    assert_eq!(four.target, TargetReading::StatedGrowth);

    let plant = open("1~d1~lvi~ps0*C*1000*1.5*7*1").scenario;
    assert_eq!(plant.projects.len(), 1);
    let p = &plant.projects[0];
    assert_eq!(
        (p.capital, p.output_per_capital, p.first_month, p.enabled),
        (1_000.0, 1.5, 7, true)
    );
    assert_eq!(p.source.as_deref(), Some("semiconductor_components"));
    assert_eq!(p.output_2024(), 750.0);

    let user = open("1~d1~len~gC4~puQXV0byBhc3NlbWJseQ*C*2000*1.2*1*1~ps0*C*1000*1.5*7*0").scenario;
    assert_eq!(user.projects[0].name, "Auto assembly");
    assert_eq!(user.projects[0].output_2024(), 2_400.0);
    assert!(!user.projects[1].enabled);

    assert!(open("1~d1~len~p").scenario.projects.is_empty());

    let renamed = open("1~d1~len~ps0_TmjDoCBtw6F5IGLDoW4gZOG6q24*C*1000*1.5*7*1").scenario;
    assert_eq!(renamed.projects[0].name, "Nhà máy bán dẫn");
    assert_eq!(
        renamed.projects[0].source.as_deref(),
        Some("semiconductor_components")
    );

    let mc = open("1~d1~len~gC8.671904~rC1.5_3*E0_0~s7~n1000000").scenario;
    assert_eq!(mc.growth_pct[1], 8.671_904);
    assert_eq!(
        mc.ranges[1],
        Range {
            low_pp: 1.5,
            high_pp: 3.0
        }
    );
    assert_eq!(
        mc.ranges[3],
        Range {
            low_pp: 0.0,
            high_pp: 0.0
        }
    );
    assert_eq!((mc.seed, mc.draws), (7, 1_000_000));

    let usd = open("1~d1~len~um~x25000").reader;
    assert_eq!(
        (usd.unit, usd.vnd_per_usd),
        (MoneyUnit::MillionUsd, 25_000.0)
    );
    assert_eq!(open("1~d1~len~we").view, View::Embed);
    assert_eq!(open("1~d1~len~wp").view, View::Presenter);
    assert_eq!(open("1~d1~len").scenario.so_far, None);
}

#[test]
fn fixture_links_restore_2024_so_far() {
    let (d, _) = setup();
    let example = open("1~d1~len~y6*50000*5").scenario;
    assert_eq!(
        example.so_far,
        Some(SoFar {
            months: 6,
            value: 50_000.0,
            growth_pct: 5.0
        })
    );
    let figures = example.outcome(d).so_far.unwrap();
    match figures.need {
        // (111,816 − 50,000) / (102,893.2 − 50,000 / 1.05) − 1 = 11.8353 %
        RestNeed::Growth(pct) => assert!((pct - 11.835_3).abs() < 1e-4),
        other => panic!("{other:?}"),
    }

    let decimals = open("1~d1~lvi~gC9~ps0*C*1000*1.5*3*1~y6*50123.4*5.25").scenario;
    let s = decimals.so_far.unwrap();
    assert_eq!((s.months, s.value, s.growth_pct), (6, 50_123.4, 5.25));
    // The plant from March adds only July to December: 1,000 × 1.5 × 6/12.
    assert_eq!(decimals.outcome(d).project_output[1], 750.0);

    let year = open("1~d1~len~y12*112000*8.85").scenario;
    let o = year.outcome(d);
    assert_eq!(o.projection.total_2024, 112_000.0);
    assert!(o.verdict.met);
    assert_eq!(o.so_far.unwrap().need, RestNeed::YearComplete);

    let tight = open("1~d1~len~y11*100000*0~wp");
    assert_eq!(tight.view, View::Presenter);
    assert!(matches!(
        tight.scenario.outcome(d).so_far.unwrap().need,
        RestNeed::BeyondLevers(_)
    ));
}

#[test]
fn link_length_budget() {
    let (d, a) = setup();
    let base = Scenario::baseline(d, a);
    let code = encode(
        &Shared {
            scenario: base.clone(),
            reader: ReaderPrefs::new(Lang::Vi),
            view: View::Full,
        },
        d,
        a,
    );
    // "?s=" plus the code: at most 40 characters for the default scenario.
    assert!(3 + code.len() <= 40, "{code}");
    let mut changed = base;
    changed.growth_pct = vec![12.5, 9.25, 6.1, 9.75];
    changed.projects[0].enabled = true;
    let code = encode(
        &Shared {
            scenario: changed,
            reader: ReaderPrefs::new(Lang::Vi),
            view: View::Full,
        },
        d,
        a,
    );
    assert!(3 + code.len() <= 120, "{} chars: {code}", code.len());
}

#[test]
fn bad_links_say_what_is_wrong() {
    let (d, a) = setup();
    let err = |code: &str| decode(code, d, a, Lang::En).unwrap_err();
    assert_eq!(err(""), DecodeError::Empty);
    assert_eq!(err("2~d1"), DecodeError::UnsupportedVersion("2".into()));
    assert!(matches!(
        err("1~d9~len"),
        DecodeError::DatasetVersion { expected: 1, .. }
    ));
    assert_eq!(err("1~len"), DecodeError::Malformed(LinkPart::DataVersion));
    assert_eq!(err("1~d1~len~gC"), DecodeError::Malformed(LinkPart::Growth));
    assert_eq!(
        err("1~d1~len~gC1e308"),
        DecodeError::Malformed(LinkPart::Growth)
    );
    assert_eq!(
        err("1~d1~len~gCNaN"),
        DecodeError::Malformed(LinkPart::Growth)
    );
    assert_eq!(
        err("1~d1~len~gC99999999999"),
        DecodeError::OutOfRange(LinkPart::GrowthRate)
    );
    assert_eq!(
        err("1~d1~len~gC9999999999999"),
        DecodeError::Malformed(LinkPart::Growth)
    );
    assert_eq!(
        err("1~d1~len~gC500"),
        DecodeError::OutOfRange(LinkPart::GrowthRate)
    );
    assert_eq!(
        err("1~d1~len~gZ5"),
        DecodeError::Malformed(LinkPart::Growth)
    );
    assert_eq!(err("1~d1~len~n0"), DecodeError::OutOfRange(LinkPart::Draws));
    assert_eq!(
        err("1~d1~len~n99999999999"),
        DecodeError::OutOfRange(LinkPart::Draws)
    );
    assert_eq!(
        err("1~d1~len~ps0*C*1000*1.5*13*1"),
        DecodeError::OutOfRange(LinkPart::Project)
    );
    assert_eq!(
        err("1~d1~len~ps9*C*1000*1.5*7*1"),
        DecodeError::OutOfRange(LinkPart::Project)
    );
    assert_eq!(
        err("1~d1~len~pu!!!*C*1*1*1*1"),
        DecodeError::Malformed(LinkPart::ProjectName)
    );
    assert_eq!(
        err("1~d1~len~lvi~lvi"),
        DecodeError::Repeated(LinkPart::Language)
    );
    assert_eq!(err("1~d1~len~q1"), DecodeError::UnknownSegment("q1".into()));
    assert_eq!(err(&"1~d1~len~gC1".repeat(700)), DecodeError::TooLong);
    assert_eq!(
        err("1~d1~len~s9007199254740992"),
        DecodeError::OutOfRange(LinkPart::Seed)
    );
    let many = format!("1~d1~len{}", "~ps0*C*1*1*1*1".repeat(13));
    assert_eq!(err(&many), DecodeError::OutOfRange(LinkPart::ProjectCount));
}

// ------------------------------------------------------------ properties

fn arb_project() -> impl Strategy<Value = Project> {
    (
        proptest::option::of("[ -~À-ỹ]{0,30}"),
        "[ -~À-ỹ]{0,10}",
        0usize..4,
        0u32..10_000_000,
        0u32..20_000,
        1u8..=12,
        any::<bool>(),
    )
        .prop_map(
            |(name, renamed, sector, capital_tenths, ratio_thousandths, first_month, enabled)| {
                let (name, source) = match name {
                    Some(n) => (n, None),
                    // A data project, possibly renamed by the user.
                    None => (renamed, Some("semiconductor_components".to_owned())),
                };
                Project {
                    name,
                    source,
                    sector,
                    capital: f64::from(capital_tenths) / 10.0,
                    output_per_capital: f64::from(ratio_thousandths) / 1_000.0,
                    first_month,
                    enabled,
                }
            },
        )
}

fn arb_shared() -> impl Strategy<Value = Shared> {
    let growth = proptest::collection::vec(-100_000_000i64..=300_000_000, 4);
    let ranges = proptest::collection::vec((0u32..=5_000, 0u32..=5_000), 4);
    (
        growth,
        any::<bool>(),
        proptest::collection::vec(arb_project(), 0..5),
        ranges,
        0u64..(1 << 53),
        1u32..=1_000_000,
        any::<bool>(),
        0usize..3,
        1_000u32..=100_000,
        0usize..3,
        proptest::option::of((1u8..=12, 1u32..=1_000_000, -9_999i32..=30_000)),
    )
        .prop_map(
            |(growth, stated, projects, ranges, seed, draws, vi, unit, rate, view, so_far)| {
                let (d, a) = setup();
                let mut s = Scenario::baseline(d, a);
                s.growth_pct = growth.into_iter().map(|micro| micro as f64 / 1e6).collect();
                s.target = if stated {
                    TargetReading::StatedGrowth
                } else {
                    TargetReading::Absolute
                };
                s.projects = projects;
                s.ranges = ranges
                    .into_iter()
                    .map(|(lo, hi)| Range {
                        low_pp: f64::from(lo) / 100.0,
                        high_pp: f64::from(hi) / 100.0,
                    })
                    .collect();
                s.seed = seed;
                s.draws = draws;
                s.so_far = so_far.map(|(months, tenths, hundredths)| SoFar {
                    months,
                    value: f64::from(tenths) / 10.0,
                    growth_pct: f64::from(hundredths) / 100.0,
                });
                let reader = ReaderPrefs {
                    lang: if vi { Lang::Vi } else { Lang::En },
                    unit: [
                        MoneyUnit::BillionVnd,
                        MoneyUnit::TrillionVnd,
                        MoneyUnit::MillionUsd,
                    ][unit],
                    vnd_per_usd: f64::from(rate),
                };
                Shared {
                    scenario: s,
                    reader,
                    view: [View::Full, View::Embed, View::Presenter][view],
                }
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    #[test]
    fn encode_then_decode_is_the_identity(shared in arb_shared()) {
        let (d, a) = setup();
        prop_assume!(shared.scenario.validate(d).is_ok());
        let code = encode(&shared, d, a);
        let back = decode(&code, d, a, Lang::En);
        prop_assert_eq!(back, Ok(shared), "{}", code);
    }
}
