//! Editions: the bundled two (2024, and 2023 with what happened), every
//! check refusing a broken edition, and a made-up edition that never ships
//! (`tests/fixtures/editions/`) built into the model with no Rust change.
//! Expectations are worked by hand in the comments.

use super::*;
use crate::dataset::Dataset;
use crate::edition_schema::{check_editions, EditionContext, EditionError, EditionFile};
use crate::presets::Assumptions;
use crate::projection::{evaluate, TargetReading};
use crate::schema::{PresetBase, Published, Text};
use crate::so_far::RestNeed;

const EDITION_2024: &str = include_str!("../../../../data/editions/2024.json");
const EDITION_2023: &str = include_str!("../../../../data/editions/2023.json");
const PUBLISHED: &str = include_str!("../../../../data/published.json");
const FIXTURE: &str = include_str!("../../../../tests/fixtures/editions/2031.json");
const FIXTURE_ARTICLE: &str = include_str!("../../../../tests/fixtures/editions/example-2030.json");
const FIXTURE_PUBLISHED: &str = include_str!("../../../../tests/fixtures/editions/published.json");

fn close(a: f64, b: f64, within: f64) -> bool {
    (a - b).abs() <= within
}

/// The bundled presets as the checks see them.
fn presets() -> Vec<(Text, PresetBase)> {
    let data = Dataset::bundled().unwrap();
    let assumptions = Assumptions::bundled(data).unwrap();
    assumptions
        .presets
        .iter()
        .map(|p| (p.id.clone(), p.base))
        .collect()
}

/// The full published figures (the bundled ones in a native build).
fn published() -> Published {
    let published: Published = serde_json::from_str(PUBLISHED).unwrap();
    published.check().unwrap();
    published
}

fn file(json: &str) -> EditionFile {
    serde_json::from_str(json).unwrap()
}

/// Runs `body` in the context of the bundled articles and presets, with
/// `published` as the published figures.
fn in_context<R>(published: &Published, body: impl FnOnce(&EditionContext) -> R) -> R {
    let (_, articles) = bundled_files();
    let presets = presets();
    body(&EditionContext {
        articles,
        published,
        presets: &presets,
    })
}

/// Checks `json` (an edition) against the bundled articles and figures.
fn check(json: &str) -> Result<(), EditionError> {
    in_context(&published(), |ctx| file(json).check(ctx))
}

#[test]
fn the_bundled_editions_are_the_files_and_pass_the_checks() {
    let (files, articles) = bundled_files();
    // Every file of data/editions, in order of name, whatever they are.
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../data/editions");
    let mut names: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    names.retain(|p| p.extension().is_some_and(|x| x == "json"));
    names.sort();
    let on_disk: Vec<EditionFile> = names
        .iter()
        .map(|p| file(&std::fs::read_to_string(p).unwrap()))
        .collect();
    assert_eq!(files, on_disk.as_slice());
    for edition in files {
        let named = [
            &edition.base.article,
            &edition.target.article,
            &edition.outcome,
        ];
        for name in named.into_iter().flatten() {
            assert!(articles.iter().any(|a| a.name == *name), "{name}");
        }
    }
    // The app reads the default edition's base article.
    let default = files.iter().find(|e| e.default).unwrap();
    let base = default.base.article.as_ref().unwrap();
    let article = &articles.iter().find(|a| a.name == *base).unwrap().dataset;
    assert_eq!(article, Dataset::bundled().unwrap());
    in_context(&published(), |ctx| {
        assert_eq!(check_editions(files, ctx), Ok(()))
    });
    assert_eq!(
        files
            .iter()
            .filter(|e| e.default)
            .map(|e| &*e.id)
            .collect::<Vec<_>>(),
        ["2024"]
    );
}

fn resolved<R>(json: &str, body: impl FnOnce(&Edition) -> R) -> R {
    let file = file(json);
    in_context(&published(), |ctx| {
        body(&Edition::resolve(&file, ctx).unwrap())
    })
}

#[test]
fn edition_2024_is_the_article_as_the_app_reads_it() {
    resolved(EDITION_2024, |e| {
        let data = Dataset::bundled().unwrap();
        // 575.8 + 100,867.1 + 1,121.4 + 328.9 = 102,893.2, the article's total.
        assert!(close(e.base_total(), 102_893.2, 1e-9));
        assert_eq!(
            e.base.iter().map(|l| l.value).collect::<Vec<_>>(),
            [575.8, 100_867.1, 1_121.4, 328.9]
        );
        assert!(e.base.iter().all(|l| !l.implied && l.growth_pct.is_some()));
        assert_eq!(e.target.value, 111_816.0);
        assert_eq!(e.target.stated_growth_pct, Some(8.7));
        assert_eq!(e.target.from, TargetFrom::Article(data));
        // 111,816 / 102,893.2 − 1 = 8.672 %.
        assert!(close(e.target_growth_pct(), 8.672, 0.001));
        assert_eq!(e.so_far.len(), 1);
        assert_eq!((e.so_far[0].1.months, e.so_far[0].1.value), (3, 22_170.0));
        assert_eq!(e.outcome, None);
        assert_eq!(e.backtest(), None);
        assert!(e.offers(PresetBase::Repeat2023) && e.offers(PresetBase::TargetPath));
    });
}

#[test]
fn edition_2023_rebuilds_2022_from_the_2023_article_and_marks_it_implied() {
    resolved(EDITION_2023, |e| {
        assert_eq!((e.file.base_year, e.file.target_year), (2022, 2023));
        // 575.8 / 1.10 = 523.45; 100,867.1 / 1.034 = 97,550.39;
        // 1,121.4 / 1.048 = 1,070.04; 328.9 / 1.086 = 302.85.
        let expected = [523.4545, 97550.3868, 1070.0382, 302.8545];
        for (level, want) in e.base.iter().zip(expected) {
            assert!(close(level.value, want, 0.001), "{level:?} vs {want}");
            assert!(level.implied);
            assert_eq!(level.growth_pct, None, "not published, never a zero");
        }
        // Their sum, 99,446.7, beside the published "over 99,500" (+7.2 %).
        assert!(close(e.base_total(), 99_446.73, 0.01));
        let total = e.published_base_total.unwrap();
        assert_eq!(
            (total.value, total.value_is_lower_bound, total.growth_pct),
            (Some(99_500.0), true, Some(7.2))
        );
        // The target of January 2023: 110,000 (+10 %).
        assert_eq!(e.target.value, 110_000.0);
        assert_eq!(e.target.stated_growth_pct, Some(10.0));
        assert!(matches!(e.target.from, TargetFrom::Published(f) if f.id == "target-2023"));
        // January–May 2023: 40,865, +4.9 %.
        assert_eq!(
            (
                e.so_far[0].1.months,
                e.so_far[0].1.value,
                e.so_far[0].1.growth_pct
            ),
            (5, 40_865.0, 4.9)
        );
        // Repeating 2022's growth needs 2022's growth: not offered.
        assert!(!e.offers(PresetBase::Repeat2023));
        assert!(e.offers(PresetBase::TargetPath));
        assert_eq!(
            e.presets().iter().map(|p| &**p).collect::<Vec<_>>(),
            ["target_path"]
        );
    });
}

#[test]
fn the_2023_backtest_gives_back_what_happened_and_says_how_far_the_method_was() {
    resolved(EDITION_2023, |e| {
        let b = e.backtest().unwrap();
        // Each sector at its actual 2023 growth from its implied 2022
        // level gives back its 2023 value: 102,893.2 in all.
        assert!(close(b.all_actual_total, 102_893.2, 1e-6));
        assert_eq!(b.actual_total, 102_893.2);
        assert!(!b.met);
        // 102,893.2 − 110,000 = −7,106.8.
        assert!(close(b.gap, -7_106.8, 1e-6));
        // 102,893.2 / 99,446.73 − 1 = 3.466 %.
        assert!(close(b.actual_growth_pct, 3.466, 0.001));
        // January–May 2022 = 40,865 / 1.049 = 38,956.15; the rest of 2022 =
        // 99,446.73 − 38,956.15 = 60,490.58. The rest of 2023 needed
        // (110,000 − 40,865) / 60,490.58 − 1 = +14.29 %, and had
        // (102,893.2 − 40,865) / 60,490.58 − 1 = +2.54 %.
        let s = b.so_far.unwrap();
        assert_eq!((&*s.figure_id, s.months), ("jan-may-2023", 5));
        let RestNeed::Growth(needed) = s.needed else {
            panic!("{:?}", s.needed)
        };
        assert!(close(needed, 14.29, 0.01), "{needed}");
        assert!(
            close(s.actual_rest_pct, 2.54, 0.01),
            "{}",
            s.actual_rest_pct
        );
    });
}

#[test]
fn every_check_refuses_a_broken_2024_edition() {
    use EditionError as E;
    let id = || "2024".to_string();
    let base = "\"base\": { \"article\": \"ninh-binh-2023\"";
    let cases = [
        (
            "\"edition_version\": 1",
            "\"edition_version\": 2",
            E::UnknownVersion {
                edition: id(),
                version: 2,
            },
        ),
        (
            "\"target_year\": 2024",
            "\"target_year\": 2025",
            E::IdIsNotTheTargetYear { edition: id() },
        ),
        (
            "\"base_year\": 2023",
            "\"base_year\": 2022",
            E::YearsNotConsecutive { edition: id() },
        ),
        (
            "\"target\": { \"article\": \"ninh-binh-2023\", \"figure\": null }",
            "\"target\": { \"article\": null, \"figure\": \"target-2024\" }",
            E::TargetNotTheBaseArticles { edition: id() },
        ),
        (
            base,
            "\"base\": { \"article\": \"ninh-binh-2031\"",
            E::UnknownArticle {
                edition: id(),
                article: "ninh-binh-2031".into(),
            },
        ),
        (
            base,
            "\"base\": { \"implied_by_outcome\": true, \"article\": \"ninh-binh-2023\"",
            E::NotExactlyOneSource {
                edition: id(),
                part: "base",
            },
        ),
        (
            base,
            "\"base\": { \"implied_by_outcome\": true, \"article\": null",
            E::ImpliedWithoutOutcome { edition: id() },
        ),
        (
            "\"figure\": null",
            "\"figure\": \"target-2023\"",
            E::NotExactlyOneSource {
                edition: id(),
                part: "target",
            },
        ),
        (
            "[\"q1-2024\"]",
            "[\"q2-2024\"]",
            E::UnknownFigure {
                edition: id(),
                figure: "q2-2024".into(),
            },
        ),
        // March alone is not "so far": it does not start in January.
        (
            "[\"q1-2024\"]",
            "[\"march-2024\"]",
            E::FigureDoesNotFit {
                edition: id(),
                figure: "march-2024".into(),
                part: "so far",
            },
        ),
        (
            "\"outcome\": null",
            "\"outcome\": \"ninh-binh-2023\"",
            E::ArticleOfAnotherYear {
                edition: id(),
                article: "ninh-binh-2023".into(),
                year: 2023,
                expected: 2024,
            },
        ),
        (
            "\"target_path\",",
            "\"target_path\", \"no_such_preset\",",
            E::UnknownPreset {
                edition: id(),
                preset: "no_such_preset".into(),
            },
        ),
    ];
    for (from, to, error) in cases {
        assert!(EDITION_2024.contains(from), "{from}");
        assert_eq!(check(&EDITION_2024.replace(from, to)), Err(error), "{to}");
    }
}

#[test]
fn every_check_refuses_a_broken_2023_edition() {
    use EditionError as E;
    let id = || "2023".to_string();
    let cases = [
        // Repeating 2022's growth, which is not published.
        (
            "[\"target_path\"]",
            "[\"repeat_2023\"]",
            E::PresetNeedsBaseGrowth {
                edition: id(),
                preset: "repeat_2023".into(),
            },
        ),
        (
            "\"figure\": \"target-2023\"",
            "\"figure\": \"production-2022\"",
            E::FigureDoesNotFit {
                edition: id(),
                figure: "production-2022".into(),
                part: "target",
            },
        ),
        (
            "\"published_total\": \"production-2022\"",
            "\"published_total\": \"target-2023\"",
            E::FigureDoesNotFit {
                edition: id(),
                figure: "target-2023".into(),
                part: "base total",
            },
        ),
        (
            "\"outcome\": \"ninh-binh-2023\"",
            "\"outcome\": null",
            E::ImpliedWithoutOutcome { edition: id() },
        ),
        (
            "\"published_total\": \"production-2022\"",
            "\"published_total\": null",
            E::ImpliedWithoutPublishedTotal { edition: id() },
        ),
    ];
    for (from, to, error) in cases {
        assert!(EDITION_2023.contains(from), "{from}");
        assert_eq!(check(&EDITION_2023.replace(from, to)), Err(error), "{to}");
    }
}

#[test]
fn the_set_of_editions_has_one_default_and_unique_ids() {
    in_context(&published(), |ctx| {
        let both_default = [
            file(EDITION_2024),
            file(&EDITION_2023.replace("\"default\": false", "\"default\": true")),
        ];
        assert_eq!(
            check_editions(&both_default, ctx),
            Err(EditionError::DefaultCount { count: 2 })
        );
        let twice = [file(EDITION_2024), file(EDITION_2024)];
        assert_eq!(
            check_editions(&twice, ctx),
            Err(EditionError::DefaultCount { count: 2 })
        );
        let twice = [
            file(EDITION_2024),
            file(&EDITION_2024.replace("\"default\": true", "\"default\": false")),
        ];
        assert_eq!(
            check_editions(&twice, ctx),
            Err(EditionError::DuplicateEdition {
                edition: "2024".into()
            })
        );
        assert_eq!(
            check_editions(&[], ctx),
            Err(EditionError::DefaultCount { count: 0 })
        );
    });
}

#[test]
fn a_made_up_edition_builds_the_model_with_no_rust_change() {
    let article = Dataset::parse(FIXTURE_ARTICLE).unwrap();
    let articles = [NamedArticle {
        name: "example-2030".into(),
        dataset: article.clone(),
    }];
    let published: Published = serde_json::from_str(FIXTURE_PUBLISHED).unwrap();
    assert_eq!(published.check(), Ok(()));
    let presets = presets();
    let ctx = EditionContext {
        articles: &articles,
        published: &published,
        presets: &presets,
    };
    let files = [file(FIXTURE)];
    assert_eq!(check_editions(&files, &ctx), Ok(()));
    let edition = Edition::resolve(&files[0], &ctx).unwrap();
    // 200 + 800 = 1,000; the target 1,100 is +10 %.
    assert_eq!(edition.base_total(), 1_000.0);
    assert!(close(edition.target_growth_pct(), 10.0, 1e-9));
    assert_eq!(
        edition.sectors.iter().map(|s| &*s.vsic).collect::<Vec<_>>(),
        ["B", "C"]
    );
    // Its base-year growth repeated: 200 × 1.25 + 800 × 1.00 = 1,050,
    // 50 short of 1,100, through the app's own projection.
    let repeat: Vec<f64> = edition.base.iter().map(|l| l.growth_pct.unwrap()).collect();
    let outcome = evaluate(&article, &repeat, &[], TargetReading::Absolute);
    assert!(close(outcome.projection.total_2024, 1_050.0, 1e-9));
    assert!(!outcome.verdict.met);
    assert!(close(outcome.verdict.gap, -50.0, 1e-9));
    // Every sector alike would need +10 %.
    assert!(close(outcome.uniform_pct, 10.0, 1e-9));
    // First half: 525, +5 %: the same half of 2030 was 500, its rest 500;
    // the rest of 2031 needs (1,100 − 525) / 500 − 1 = +15 %.
    let (_, h1) = edition.so_far[0];
    let RestNeed::Growth(need) =
        crate::so_far::needed_rest_growth(&h1, edition.base_total(), edition.target.value)
    else {
        panic!("a growth");
    };
    assert!(close(need, 15.0, 1e-9));
}

#[test]
fn the_bundled_backtests_are_the_ended_editions() {
    let backtests = bundled_backtests();
    let (files, _) = bundled_files();
    let mut ended: Vec<u16> = files
        .iter()
        .filter(|e| e.outcome.is_some())
        .map(|e| e.target_year)
        .collect();
    ended.sort();
    assert_eq!(
        backtests.iter().map(|(year, _)| *year).collect::<Vec<_>>(),
        ended
    );
    let (_, backtest) = backtests
        .iter()
        .find(|(year, _)| *year == 2023)
        .expect("2023 is over");
    resolved(EDITION_2023, |e| {
        assert_eq!(Some(backtest), e.backtest().as_ref())
    });
}

/// Checks `edition` against the bundled articles and a published file
/// changed by `published_change` (from, to).
fn check_with(edition: &str, published_change: (&str, &str)) -> Result<(), EditionError> {
    assert!(
        PUBLISHED.contains(published_change.0),
        "{}",
        published_change.0
    );
    let published: Published =
        serde_json::from_str(&PUBLISHED.replace(published_change.0, published_change.1)).unwrap();
    in_context(&published, |ctx| file(edition).check(ctx))
}

#[test]
fn each_figure_predicate_refuses_on_its_own() {
    let doesnt_fit = |figure: &str, part: &'static str| {
        Err(EditionError::FigureDoesNotFit {
            edition: "2023".into(),
            figure: figure.into(),
            part,
        })
    };
    // The target: a figure of the right year and months that is not a target.
    let not_a_target = (
        "\"kind\": \"target\",\n      \"value\": 110000.0",
        "\"kind\": \"estimate\",\n      \"value\": 110000.0",
    );
    assert_eq!(
        check_with(EDITION_2023, not_a_target),
        doesnt_fit("target-2023", "target")
    );
    // …a target of part of the year.
    let months = "\"to_month\": 12,\n      \"measure\": \"production_value\",\n      \"prices\": \"not_stated\",\n      \"kind\": \"target\"";
    let part_year = (months, &*months.replace("12", "6"));
    assert_eq!(
        check_with(EDITION_2023, part_year),
        doesnt_fit("target-2023", "target")
    );
    // "So far": the whole year is an outcome, not "so far".
    let whole_year = (
        "\"from_month\": 1,\n      \"to_month\": 5,",
        "\"from_month\": 1,\n      \"to_month\": 12,",
    );
    assert_eq!(
        check_with(EDITION_2023, whole_year),
        doesnt_fit("jan-may-2023", "so far")
    );
    // …a figure of another year (2023's in the 2024 edition).
    let of_2023 = EDITION_2024.replace("[\"q1-2024\"]", "[\"jan-may-2023\"]");
    assert_eq!(
        check(&of_2023),
        Err(EditionError::FigureDoesNotFit {
            edition: "2024".into(),
            figure: "jan-may-2023".into(),
            part: "so far"
        })
    );
    // A target of another year (2023's, moved to 2022, in the 2023 edition).
    let other_year = (
        "\"en\": \"2023 target\"\n      },\n      \"year\": 2023,",
        "\"en\": \"2023 target\"\n      },\n      \"year\": 2022,",
    );
    assert_eq!(
        check_with(EDITION_2023, other_year),
        Err(EditionError::FigureDoesNotFit {
            edition: "2023".into(),
            figure: "target-2023".into(),
            part: "target"
        })
    );
}

#[test]
fn a_base_article_of_another_year_is_refused() {
    let base_2023 = EDITION_2023.replace(
        "\"article\": null, \"implied_by_outcome\": true",
        "\"article\": \"ninh-binh-2023\", \"implied_by_outcome\": false",
    );
    assert_eq!(
        check(&base_2023),
        Err(EditionError::ArticleOfAnotherYear {
            edition: "2023".into(),
            article: "ninh-binh-2023".into(),
            year: 2023,
            expected: 2022,
        })
    );
}
