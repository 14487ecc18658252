//! The share-link decoder under fuzzing, natively: it survives a million
//! fuzzed inputs without a panic, accepting only valid scenarios.
//!
//! A fuzzer that knows the format: random *valid* scenarios (every segment
//! kind, names up to the 80-character limit in any script, up to the
//! 12-project limit, every view, unit and language), encoded, then
//! mutated segment by segment (delete, duplicate, swap, change key letters
//! and digits, truncate, grow numbers); random byte edits of those; and
//! "segment soup" built from the real key letters. For every input: no
//! panic; an accepted code is a valid scenario whose re-encoding decodes to
//! the same scenario; a refused one gives a typed error. Count and seed:
//! `FUZZ_CASES` and `FUZZ_SEED` (a long run: `FUZZ_CASES=100000000 cargo
//! test --release --test share_fuzz decoder_survives`).
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{fixtures, setup};
use ninh_binh_industry::i18n::strings;
use ninh_binh_industry::model::montecarlo::Range;
use ninh_binh_industry::model::projects::Project;
use ninh_binh_industry::model::reader::ReaderPrefs;
use ninh_binh_industry::model::scenario::Scenario;
use ninh_binh_industry::model::so_far::SoFar;
use ninh_binh_industry::model::units::MoneyUnit;
use ninh_binh_industry::model::{Lang, TargetReading};
use ninh_binh_industry::share::code::{decode, encode, Shared, View};
use rand_xoshiro::rand_core::{Rng, SeedableRng};
use rand_xoshiro::Xoshiro256PlusPlus;

const DEFAULT_FUZZ_CASES: u64 = 1_000_000;
const KEYS: &[u8] = b"dlgtprsnuxwy";

fn below(rng: &mut Xoshiro256PlusPlus, n: u64) -> u64 {
    rng.next_u64() % n.max(1)
}

/// A name of up to 80 characters drawn from several scripts.
fn random_name(rng: &mut Xoshiro256PlusPlus) -> String {
    const SCRIPTS: &[(u32, u32)] = &[
        (0x20, 0x7e),       // ASCII, including = + - @ and quotes
        (0xc0, 0x1ef9),     // Latin with Vietnamese letters
        (0x4e00, 0x4fff),   // CJK
        (0x0600, 0x06ff),   // Arabic (right to left)
        (0x1f300, 0x1f5ff), // emoji
    ];
    let len = if below(rng, 4) == 0 {
        80
    } else {
        below(rng, 81) as usize
    };
    (0..len)
        .map(|_| {
            let (lo, hi) = SCRIPTS[below(rng, SCRIPTS.len() as u64) as usize];
            char::from_u32(lo + below(rng, u64::from(hi - lo + 1)) as u32).unwrap_or('x')
        })
        .collect()
}

fn random_project(rng: &mut Xoshiro256PlusPlus) -> Project {
    let from_data = below(rng, 3) == 0;
    Project {
        name: if from_data && below(rng, 2) == 0 {
            String::new()
        } else {
            random_name(rng)
        },
        source: from_data.then(|| "semiconductor_components".to_owned()),
        sector: below(rng, 4) as usize,
        capital: below(rng, 10_000_001) as f64 / 10.0,
        output_per_capital: below(rng, 20_001) as f64 / 1_000.0,
        first_month: 1 + below(rng, 12) as u8,
        enabled: below(rng, 2) == 0,
    }
}

/// A valid scenario with every kind of segment in play.
fn random_shared(rng: &mut Xoshiro256PlusPlus) -> Shared {
    let (d, a) = setup();
    let mut s = Scenario::baseline(d, a);
    for (g, start) in s.growth_pct.iter_mut().zip(d.start_growth()) {
        *g = if below(rng, 3) == 0 {
            start
        } else {
            (below(rng, 400_000_001) as i64 - 100_000_000) as f64 / 1e6
        };
    }
    s.target = if below(rng, 2) == 0 {
        TargetReading::Absolute
    } else {
        TargetReading::StatedGrowth
    };
    if below(rng, 2) == 0 {
        let count = below(rng, 13) as usize;
        s.projects = (0..count).map(|_| random_project(rng)).collect();
    }
    for r in s.ranges.iter_mut() {
        if below(rng, 2) == 0 {
            *r = Range {
                low_pp: below(rng, 5_001) as f64 / 100.0,
                high_pp: below(rng, 5_001) as f64 / 100.0,
            };
        }
    }
    if below(rng, 2) == 0 {
        s.seed = below(rng, 1 << 53);
    }
    if below(rng, 2) == 0 {
        s.draws = 1 + below(rng, 1_000_000) as u32;
    }
    if below(rng, 2) == 0 {
        // Valid by construction: a growth high enough that the same
        // period of 2023 stays below the 2023 total.
        let months = 1 + below(rng, 12) as u8;
        let value = (1 + below(rng, 1_000_000)) as f64 / 10.0;
        let growth_pct = (below(rng, 30_001) as i64 - 5_000) as f64 / 100.0;
        let candidate = SoFar {
            months,
            value,
            growth_pct,
        };
        if candidate.validate(d.total.value).is_ok() {
            s.so_far = Some(candidate);
        }
    }
    let reader = ReaderPrefs {
        lang: if below(rng, 2) == 0 {
            Lang::Vi
        } else {
            Lang::En
        },
        unit: [
            MoneyUnit::BillionVnd,
            MoneyUnit::TrillionVnd,
            MoneyUnit::MillionUsd,
        ][below(rng, 3) as usize],
        vnd_per_usd: if below(rng, 2) == 0 {
            25_000.0
        } else {
            (1_000 + below(rng, 99_001)) as f64
        },
    };
    Shared {
        scenario: s,
        reader,
        view: [View::Full, View::Embed, View::Presenter][below(rng, 3) as usize],
    }
}

/// Edits that keep the shape of a code: whole segments, key letters,
/// digits, numbers.
fn mutate_segments(code: &str, rng: &mut Xoshiro256PlusPlus) -> String {
    let mut segments: Vec<String> = code.split('~').map(str::to_owned).collect();
    for _ in 0..=below(rng, 3) {
        let n = segments.len() as u64;
        let at = below(rng, n) as usize;
        match below(rng, 7) {
            0 if segments.len() > 1 => {
                segments.remove(at);
            }
            1 => {
                let copy = segments[at].clone();
                segments.insert(below(rng, n + 1) as usize, copy);
            }
            2 => {
                let other = below(rng, n) as usize;
                segments.swap(at, other);
            }
            3 => {
                let key = KEYS[below(rng, KEYS.len() as u64) as usize] as char;
                let rest: String = segments[at].chars().skip(1).collect();
                segments[at] = format!("{key}{rest}");
            }
            4 => {
                let digits: Vec<usize> = segments[at]
                    .char_indices()
                    .filter(|(_, c)| c.is_ascii_digit())
                    .map(|(i, _)| i)
                    .collect();
                if !digits.is_empty() {
                    let i = digits[below(rng, digits.len() as u64) as usize];
                    let digit = char::from(b'0' + below(rng, 10) as u8);
                    segments[at].replace_range(i..=i, &digit.to_string());
                }
            }
            5 => {
                let joined = segments.join("~");
                let cut: Vec<usize> = joined.char_indices().map(|(i, _)| i).collect();
                let keep = cut
                    .get(below(rng, cut.len() as u64 + 1) as usize)
                    .copied()
                    .unwrap_or(joined.len());
                segments = joined[..keep].split('~').map(str::to_owned).collect();
            }
            _ => {
                // Grow a number: more digits, or a power of ten more.
                let grown = if below(rng, 2) == 0 {
                    "999999999999"
                } else {
                    "0000"
                };
                if let Some(i) = segments[at].rfind(|c: char| c.is_ascii_digit()) {
                    segments[at].insert_str(i + 1, grown);
                }
            }
        }
    }
    segments.join("~")
}

fn mutate_bytes(code: &str, rng: &mut Xoshiro256PlusPlus) -> String {
    const ALPHABET: &[u8] = b"0123456789~*_.-+dlgtprsnuxwveCDBEZabcm!%\\ \x7f\xc3";
    let mut bytes = code.as_bytes().to_vec();
    for _ in 0..=below(rng, 4) {
        let at = below(rng, bytes.len().max(1) as u64) as usize;
        match below(rng, 3) {
            0 if !bytes.is_empty() => {
                bytes.remove(at.min(bytes.len() - 1));
            }
            1 => bytes.insert(
                at.min(bytes.len()),
                ALPHABET[below(rng, ALPHABET.len() as u64) as usize],
            ),
            _ => bytes.extend((0..below(rng, 8)).map(|_| rng.next_u64() as u8)),
        }
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

/// Segments built from the real key letters and plausible values.
fn segment_soup(rng: &mut Xoshiro256PlusPlus) -> String {
    const VALUES: &[&str] = &[
        "1",
        "vi",
        "en",
        "C9",
        "B12*C9.5*D6*E9",
        "s",
        "s0*C*1000*1.5*7*1",
        "uQQ*C*1*1*1*1",
        "C1.5_3*E0_0",
        "2024",
        "100000",
        "t",
        "m",
        "25000",
        "e",
        "p",
        "",
        "-5",
        "1e9",
        "NaN",
        "C*",
        "_",
        "*",
        "Z5",
        "999999999999999999999",
        "6*50000*5",
        "12*112000*8.85",
        "0*1*1",
        "6*103000*0",
        "6*50000*-100",
        "6*50000",
    ];
    let mut parts = vec!["1".to_owned()];
    if below(rng, 4) != 0 {
        parts.push("d1".to_owned());
    }
    for _ in 0..below(rng, 10) {
        let key = KEYS[below(rng, KEYS.len() as u64) as usize] as char;
        parts.push(format!(
            "{key}{}",
            VALUES[below(rng, VALUES.len() as u64) as usize]
        ));
    }
    parts.join("~")
}

#[test]
fn decoder_survives_format_aware_fuzzing() {
    let (d, a) = setup();
    let var = |name: &str| std::env::var(name).ok().and_then(|v| v.parse().ok());
    let cases: u64 = var("FUZZ_CASES").unwrap_or(DEFAULT_FUZZ_CASES);
    let seed: u64 = var("FUZZ_SEED").unwrap_or(0x5eed);
    let mut rng = Xoshiro256PlusPlus::seed_from_u64(seed);
    let fixtures: Vec<String> = fixtures().into_iter().map(|(code, _)| code).collect();
    let (mut accepted, mut refused) = (0u64, 0u64);
    for i in 0..cases {
        let input = match i % 8 {
            // A valid scenario must come back exactly.
            0 => {
                let shared = random_shared(&mut rng);
                let code = encode(&shared, d, a);
                assert_eq!(decode(&code, d, a, Lang::En), Ok(shared), "{code}");
                code
            }
            1..=4 => {
                let base = if i % 2 == 0 {
                    encode(&random_shared(&mut rng), d, a)
                } else {
                    fixtures[below(&mut rng, fixtures.len() as u64) as usize].clone()
                };
                mutate_segments(&base, &mut rng)
            }
            5 => mutate_bytes(&encode(&random_shared(&mut rng), d, a), &mut rng),
            _ => segment_soup(&mut rng),
        };
        match decode(&input, d, a, Lang::Vi) {
            Ok(shared) => {
                accepted += 1;
                assert_eq!(shared.scenario.validate(d), Ok(()), "{input:?}");
                assert!(shared.reader.is_valid(), "{input:?}");
                let again = encode(&shared, d, a);
                assert_eq!(
                    decode(&again, d, a, Lang::Vi),
                    Ok(shared),
                    "{input:?} -> {again}"
                );
            }
            Err(error) => {
                refused += 1;
                // Typed, and every kind reads as a reason in both languages.
                for lang in Lang::ALL {
                    assert!(
                        !strings(lang).link_error(&error, d.years()).is_empty(),
                        "{input:?}"
                    );
                }
            }
        }
    }
    // Both paths exercised in earnest.
    assert!(
        accepted > cases / 10 && refused > cases / 10,
        "{accepted} accepted, {refused} refused"
    );
}
