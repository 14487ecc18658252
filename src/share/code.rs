//! The scenario as compact, URL-safe text, and back.
//!
//! Format 1: segments joined by `~`, each a key letter and a value; only
//! what differs from the baseline is written, so the default scenario is
//! `1~d1~len`. Numbers are decimal text written and read with integer
//! arithmetic at the precision the scenario keeps (see `model::scenario`),
//! so decoding an encoded scenario gives it back exactly.
//!
//! | segment | meaning |
//! |---|---|
//! | `1` | format version (always first) |
//! | `d1` | dataset version the link was made with |
//! | `e2023` | the edition (its target year); absent: 2024, the only edition before editions, whatever the default becomes |
//! | `l` + `vi`/`en` | language |
//! | `g` + `C9*D5.25` | growth (%) of sectors that differ from where their lever starts (`Dataset::start_growth`), by VSIC letter |
//! | `ts` | target read as its stated growth, "+8.7 % on 2023" (absent: the absolute figure, 111,816) |
//! | `p` + `s0*`, `s0_<name>*` or `u<name>*`, then `C*1000*1.5*7*1` | one project: data project index (and the user's name for it, base64url) or a user project's name, sector, capital, output per capital, first month, on |
//! | `p` alone | the project list is empty |
//! | `r` + `C1.5_2*D1_1` | uncertainty ranges (pp below _ above) that differ from the default |
//! | `s2024`, `n100000` | seed and number of draws, when not the default |
//! | `u` + `t`/`m`, `x25000` | money unit (trillion VND, million USD) and exchange rate |
//! | `w` + `e`/`p` | view: embed or presenter |
//! | `y` + `6*50000*5` | "2024 so far": months covered, value so far (billion VND), growth on the same period of 2023 (%) |
//!
//! Decoding never panics: any text gives a scenario or a `DecodeError`
//! that says what was wrong.

use super::base64url;

use crate::model::catalog::{Catalog, OpenEdition};
use crate::model::decimal::parse_decimal;
use crate::model::montecarlo::Range;
use crate::model::precision::{SO_FAR_GROWTH_DECIMALS, SO_FAR_VALUE_DECIMALS};
use crate::model::presets::Assumptions;
use crate::model::projects::{Project, MAX_PROJECTS};
use crate::model::reader::ReaderPrefs;
use crate::model::scenario::{
    Scenario, ScenarioError, CAPITAL_DECIMALS, GROWTH_DECIMALS, OUTPUT_RATIO_DECIMALS,
    RANGE_DECIMALS, RATE_DECIMALS,
};
use crate::model::so_far::SoFar;
use crate::model::units::{MoneyUnit, DEFAULT_VND_PER_USD};
use crate::model::{Dataset, Lang, TargetReading};

pub const FORMAT_VERSION: u32 = 1;
/// The edition a link without `e` means: every link made before editions
/// asked about 2024, so this never follows the app's default edition.
pub const UNMARKED_EDITION: u16 = 2024;
/// Longer text is refused before it is read: no valid scenario comes close.
pub const MAX_CODE_LEN: usize = 8_000;

/// Which view a link opens; not part of the scenario's numbers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum View {
    #[default]
    Full,
    Embed,
    Presenter,
}

/// What a link carries: the scenario, how its reader saw it, and the view.
#[derive(Clone, Debug, PartialEq)]
pub struct Shared {
    pub scenario: Scenario,
    pub reader: ReaderPrefs,
    pub view: View,
}

pub use crate::model::errors::{DecodeError, LinkPart};

// ------------------------------------------------------------ decimals

/// Writes `value` rounded to `decimals` places, without trailing zeros,
/// using integer arithmetic only.
fn write_decimal(value: f64, decimals: u32) -> String {
    let scale = 10i64.pow(decimals);
    let units = (value * scale as f64).round() as i64;
    let sign = if units < 0 { "-" } else { "" };
    let magnitude = units.unsigned_abs();
    let whole = magnitude / scale as u64;
    let frac = magnitude % scale as u64;
    if frac == 0 {
        return format!("{sign}{whole}");
    }
    let digits = format!("{frac:0width$}", width = decimals as usize);
    format!("{sign}{whole}.{}", digits.trim_end_matches('0'))
}

/// Reads text written by `write_decimal` (at most `decimals` places, at
/// most 12 digits before the point), to the nearest `f64`.
fn read_decimal(text: &str, decimals: u32) -> Option<f64> {
    let body = text.strip_prefix('-').unwrap_or(text);
    let digits = |s: &str| !s.is_empty() && s.len() <= 12 && s.bytes().all(|b| b.is_ascii_digit());
    let fine = match body.split_once('.') {
        Some((whole, frac)) => digits(whole) && digits(frac) && frac.len() <= decimals as usize,
        None => digits(body),
    };
    if !fine {
        return None;
    }
    // "+ 0.0" turns "-0" into 0, as a link never means negative zero.
    parse_decimal(text).map(|value| value + 0.0)
}

fn read_u64(text: &str) -> Option<u64> {
    if text.is_empty() || text.len() > 20 || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

// ------------------------------------------------------------ encode

pub fn encode(shared: &Shared, data: &Dataset, assumptions: &Assumptions) -> String {
    let s = &shared.scenario;
    let reader = &shared.reader;
    let base = Scenario::baseline(data, assumptions);
    let mut parts = vec![
        FORMAT_VERSION.to_string(),
        format!("d{}", data.dataset_version),
    ];
    let edition = data.years().target;
    if edition != UNMARKED_EDITION {
        parts.push(format!("e{edition}"));
    }
    parts.push(format!("l{}", reader.lang.tag()));
    let growth: Vec<String> = data
        .sectors
        .iter()
        .zip(&s.growth_pct)
        .zip(data.start_growth())
        .filter(|((_, &g), start)| g != *start)
        .map(|(pair, _)| pair)
        .map(|(sector, &g)| format!("{}{}", sector.vsic, write_decimal(g, GROWTH_DECIMALS)))
        .collect();
    if !growth.is_empty() {
        parts.push(format!("g{}", growth.join("*")));
    }
    if s.target == TargetReading::StatedGrowth {
        parts.push("ts".into());
    }
    if s.projects != base.projects {
        if s.projects.is_empty() {
            parts.push("p".into());
        }
        for p in &s.projects {
            parts.push(encode_project(p, data));
        }
    }
    let ranges: Vec<String> = data
        .sectors
        .iter()
        .zip(s.ranges.iter().zip(&base.ranges))
        .filter(|(_, (r, default))| r != default)
        .map(|(sector, (r, _))| {
            format!(
                "{}{}_{}",
                sector.vsic,
                write_decimal(r.low_pp, RANGE_DECIMALS),
                write_decimal(r.high_pp, RANGE_DECIMALS)
            )
        })
        .collect();
    if !ranges.is_empty() {
        parts.push(format!("r{}", ranges.join("*")));
    }
    if s.seed != base.seed {
        parts.push(format!("s{}", s.seed));
    }
    if s.draws != base.draws {
        parts.push(format!("n{}", s.draws));
    }
    match reader.unit {
        MoneyUnit::BillionVnd => {}
        MoneyUnit::TrillionVnd => parts.push("ut".into()),
        MoneyUnit::MillionUsd => parts.push("um".into()),
    }
    if reader.vnd_per_usd != DEFAULT_VND_PER_USD {
        parts.push(format!(
            "x{}",
            write_decimal(reader.vnd_per_usd, RATE_DECIMALS)
        ));
    }
    if let Some(so_far) = &s.so_far {
        parts.push(format!(
            "y{}*{}*{}",
            so_far.months,
            write_decimal(so_far.value, SO_FAR_VALUE_DECIMALS),
            write_decimal(so_far.growth_pct, SO_FAR_GROWTH_DECIMALS)
        ));
    }
    match shared.view {
        View::Full => {}
        View::Embed => parts.push("we".into()),
        View::Presenter => parts.push("wp".into()),
    }
    parts.join("~")
}

fn encode_project(p: &Project, data: &Dataset) -> String {
    let origin = match p
        .source
        .as_ref()
        .and_then(|id| data.projects.iter().position(|n| &n.id == id))
    {
        Some(index) if p.name.is_empty() => format!("s{index}"),
        // A data project the user renamed keeps its origin.
        Some(index) => format!("s{index}_{}", base64url::encode(p.name.as_bytes())),
        None => format!("u{}", base64url::encode(p.name.as_bytes())),
    };
    let vsic = data.sectors.get(p.sector).map(|s| &*s.vsic).unwrap_or("?");
    format!(
        "p{origin}*{vsic}*{}*{}*{}*{}",
        write_decimal(p.capital, CAPITAL_DECIMALS),
        write_decimal(p.output_per_capital, OUTPUT_RATIO_DECIMALS),
        p.first_month,
        u8::from(p.enabled)
    )
}

// ------------------------------------------------------------ decode

/// The edition a link is for (its target year, as its `e` segment writes
/// it), read before the rest, since the edition decides the sectors the
/// rest names. The caller then decodes against that edition's data.
pub fn edition_of(code: &str) -> Result<String, DecodeError> {
    if code.len() > MAX_CODE_LEN {
        return Err(DecodeError::TooLong);
    }
    let mut named = code.split('~').skip(1).filter_map(|s| s.strip_prefix('e'));
    match (named.next(), named.next()) {
        (None, _) => Ok(UNMARKED_EDITION.to_string()),
        (Some(_), Some(_)) => Err(DecodeError::Repeated(LinkPart::Edition)),
        (Some(year), None) if year.len() == 4 && year.bytes().all(|b| b.is_ascii_digit()) => {
            Ok(year.to_owned())
        }
        (Some(_), None) => Err(DecodeError::Malformed(LinkPart::Edition)),
    }
}

/// Reads a link of any edition `catalog` has: the edition it is for, and
/// its scenario read against that edition's data.
pub fn decode_in(
    code: &str,
    catalog: &'static Catalog,
    fallback_lang: Lang,
) -> Result<(&'static OpenEdition, Shared), DecodeError> {
    if code.is_empty() {
        return Err(DecodeError::Empty);
    }
    let id = edition_of(code)?;
    let edition = catalog.get(&id).ok_or(DecodeError::UnknownEdition(id))?;
    let shared = decode(code, edition.data, edition.assumptions, fallback_lang)?;
    Ok((edition, shared))
}

/// Reads a scenario against one edition's data (see `decode_in`).
/// `fallback_lang` applies when the link names none.
pub fn decode(
    code: &str,
    data: &Dataset,
    assumptions: &Assumptions,
    fallback_lang: Lang,
) -> Result<Shared, DecodeError> {
    if code.is_empty() {
        return Err(DecodeError::Empty);
    }
    if code.len() > MAX_CODE_LEN {
        return Err(DecodeError::TooLong);
    }
    let mut segments = code.split('~');
    let version = segments.next().unwrap_or_default();
    if version != FORMAT_VERSION.to_string() {
        return Err(DecodeError::UnsupportedVersion(
            version.chars().take(12).collect(),
        ));
    }
    let mut scenario = Scenario::baseline(data, assumptions);
    let mut reader = ReaderPrefs::new(fallback_lang);
    let mut view = View::Full;
    let mut seen = String::new();
    let mut projects: Option<Vec<Project>> = None;
    let mut dataset_seen = false;
    let mut edition_seen = false;
    for segment in segments {
        let mut chars = segment.chars();
        let key = chars
            .next()
            .ok_or(DecodeError::Malformed(LinkPart::EmptyPart))?;
        let value = chars.as_str();
        if let Some(what) = once_only_segment(key) {
            if seen.contains(key) {
                return Err(DecodeError::Repeated(what));
            }
            seen.push(key);
        }
        match key {
            'd' => {
                dataset_seen = true;
                check_dataset_version(value, data)?;
            }
            'e' => {
                edition_seen = true;
                check_edition(value, data)?;
            }
            'l' => reader.lang = read_lang(value)?,
            'g' => read_growth(value, data, &mut scenario.growth_pct)?,
            't' => scenario.target = read_target(value)?,
            'p' => read_project(value, data, projects.get_or_insert_with(Vec::new))?,
            'r' => read_ranges(value, data, &mut scenario.ranges)?,
            's' => scenario.seed = read_u64(value).ok_or(DecodeError::Malformed(LinkPart::Seed))?,
            'n' => scenario.draws = read_draws(value)?,
            'u' => reader.unit = read_unit(value)?,
            'x' => {
                reader.vnd_per_usd = read_decimal(value, RATE_DECIMALS)
                    .ok_or(DecodeError::Malformed(LinkPart::ExchangeRate))?;
            }
            'w' => view = read_view(value)?,
            'y' => scenario.so_far = Some(read_so_far(value)?),
            _ => {
                return Err(DecodeError::UnknownSegment(
                    segment.chars().take(12).collect(),
                ))
            }
        }
    }
    if !dataset_seen {
        return Err(DecodeError::Malformed(LinkPart::DataVersion));
    }
    if !edition_seen {
        check_edition(&UNMARKED_EDITION.to_string(), data)?;
    }
    if let Some(list) = projects {
        scenario.projects = list;
    }
    scenario.validate(data).map_err(out_of_range)?;
    if !reader.is_valid() {
        return Err(DecodeError::OutOfRange(LinkPart::ExchangeRate));
    }
    Ok(Shared {
        scenario,
        reader,
        view,
    })
}

/// What a repeated segment is called in the error, for every segment that
/// may appear only once; `p` repeats, once per project.
fn once_only_segment(key: char) -> Option<LinkPart> {
    Some(match key {
        'd' => LinkPart::DataVersion,
        'l' => LinkPart::Language,
        'g' => LinkPart::Growth,
        't' => LinkPart::TargetReading,
        'r' => LinkPart::UncertaintyRanges,
        's' => LinkPart::Seed,
        'n' => LinkPart::Draws,
        'u' => LinkPart::MoneyUnit,
        'x' => LinkPart::ExchangeRate,
        'w' => LinkPart::View,
        'y' => LinkPart::SoFar,
        'e' => LinkPart::Edition,
        _ => return None,
    })
}

/// A link made against other data would silently mean other numbers.
fn check_dataset_version(value: &str, data: &Dataset) -> Result<(), DecodeError> {
    if value != data.dataset_version.to_string() {
        return Err(DecodeError::DatasetVersion {
            found: value.chars().take(12).collect(),
            expected: data.dataset_version,
        });
    }
    Ok(())
}

/// `data` must be the edition the link names (see `edition_of`).
fn check_edition(value: &str, data: &Dataset) -> Result<(), DecodeError> {
    if value != data.years().target.to_string() {
        return Err(DecodeError::UnknownEdition(
            value.chars().take(12).collect(),
        ));
    }
    Ok(())
}

fn read_lang(value: &str) -> Result<Lang, DecodeError> {
    match value {
        "vi" => Ok(Lang::Vi),
        "en" => Ok(Lang::En),
        _ => Err(DecodeError::Malformed(LinkPart::Language)),
    }
}

fn read_growth(value: &str, data: &Dataset, growth_pct: &mut [f64]) -> Result<(), DecodeError> {
    for item in value.split('*') {
        let (sector, number) =
            split_sector(item, data).ok_or(DecodeError::Malformed(LinkPart::Growth))?;
        let g = read_decimal(number, GROWTH_DECIMALS)
            .ok_or(DecodeError::Malformed(LinkPart::Growth))?;
        growth_pct[sector] = g;
    }
    Ok(())
}

fn read_target(value: &str) -> Result<TargetReading, DecodeError> {
    match value {
        "s" => Ok(TargetReading::StatedGrowth),
        "a" => Ok(TargetReading::Absolute),
        _ => Err(DecodeError::Malformed(LinkPart::TargetReading)),
    }
}

/// `p` alone adds nothing: it says the list is empty.
fn read_project(value: &str, data: &Dataset, list: &mut Vec<Project>) -> Result<(), DecodeError> {
    if !value.is_empty() {
        if list.len() >= MAX_PROJECTS {
            return Err(DecodeError::OutOfRange(LinkPart::ProjectCount));
        }
        list.push(decode_project(value, data)?);
    }
    Ok(())
}

fn read_ranges(value: &str, data: &Dataset, ranges: &mut [Range]) -> Result<(), DecodeError> {
    const WHAT: LinkPart = LinkPart::UncertaintyRange;
    for item in value.split('*') {
        let (sector, pair) = split_sector(item, data).ok_or(DecodeError::Malformed(WHAT))?;
        let (low, high) = pair.split_once('_').ok_or(DecodeError::Malformed(WHAT))?;
        let read = |t| read_decimal(t, RANGE_DECIMALS).ok_or(DecodeError::Malformed(WHAT));
        ranges[sector] = Range {
            low_pp: read(low)?,
            high_pp: read(high)?,
        };
    }
    Ok(())
}

fn read_draws(value: &str) -> Result<u32, DecodeError> {
    let draws = read_u64(value).ok_or(DecodeError::Malformed(LinkPart::Draws))?;
    u32::try_from(draws).map_err(|_| DecodeError::OutOfRange(LinkPart::Draws))
}

fn read_unit(value: &str) -> Result<MoneyUnit, DecodeError> {
    match value {
        "b" => Ok(MoneyUnit::BillionVnd),
        "t" => Ok(MoneyUnit::TrillionVnd),
        "m" => Ok(MoneyUnit::MillionUsd),
        _ => Err(DecodeError::Malformed(LinkPart::MoneyUnit)),
    }
}

fn read_view(value: &str) -> Result<View, DecodeError> {
    match value {
        "f" => Ok(View::Full),
        "e" => Ok(View::Embed),
        "p" => Ok(View::Presenter),
        _ => Err(DecodeError::Malformed(LinkPart::View)),
    }
}

/// "6*50000*5": months, value, growth; range checks come with the scenario's.
fn read_so_far(value: &str) -> Result<SoFar, DecodeError> {
    let malformed = DecodeError::Malformed(LinkPart::SoFar);
    let mut fields = value.split('*');
    let (Some(months), Some(amount), Some(growth), None) =
        (fields.next(), fields.next(), fields.next(), fields.next())
    else {
        return Err(malformed);
    };
    let months = read_u64(months)
        .filter(|m| *m <= 99)
        .ok_or(malformed.clone())?;
    Ok(SoFar {
        months: months as u8,
        value: read_decimal(amount, SO_FAR_VALUE_DECIMALS).ok_or(malformed.clone())?,
        growth_pct: read_decimal(growth, SO_FAR_GROWTH_DECIMALS).ok_or(malformed)?,
    })
}

fn out_of_range(e: ScenarioError) -> DecodeError {
    DecodeError::OutOfRange(match e {
        ScenarioError::SectorCount => LinkPart::SectorCount,
        ScenarioError::Growth => LinkPart::GrowthRate,
        ScenarioError::Range => LinkPart::UncertaintyRange,
        ScenarioError::Projects => LinkPart::Project,
        ScenarioError::Draws => LinkPart::Draws,
        ScenarioError::Seed => LinkPart::Seed,
        ScenarioError::SoFar => LinkPart::SoFar,
    })
}

/// "C9.5" → (index of sector C, "9.5").
fn split_sector<'a>(item: &'a str, data: &Dataset) -> Option<(usize, &'a str)> {
    let first = item.chars().next()?;
    let index = data
        .sectors
        .iter()
        .position(|s| s.vsic.len() == 1 && s.vsic.starts_with(first))?;
    Some((index, &item[first.len_utf8()..]))
}

fn decode_project(value: &str, data: &Dataset) -> Result<Project, DecodeError> {
    const WHAT: LinkPart = LinkPart::Project;
    let fields: Vec<&str> = value.split('*').collect();
    let [origin, vsic, capital, ratio, month, on] = fields[..] else {
        return Err(DecodeError::Malformed(WHAT));
    };
    let read_name = |encoded: &str| -> Result<String, DecodeError> {
        let bytes = base64url::decode(encoded)
            .map_err(|_| DecodeError::Malformed(LinkPart::ProjectName))?;
        String::from_utf8(bytes).map_err(|_| DecodeError::Malformed(LinkPart::ProjectName))
    };
    let (name, source) = if let Some(rest) = origin.strip_prefix('s') {
        // "s0" is the data's project 0; "s0_<name>" the same, renamed.
        let (index, name) = match rest.split_once('_') {
            Some((index, encoded)) => (index, read_name(encoded)?),
            None => (rest, String::new()),
        };
        let index: usize = read_u64(index)
            .and_then(|i| usize::try_from(i).ok())
            .ok_or(DecodeError::Malformed(WHAT))?;
        let named = data
            .projects
            .get(index)
            .ok_or(DecodeError::OutOfRange(WHAT))?;
        (name, Some(named.id.to_string()))
    } else if let Some(encoded) = origin.strip_prefix('u') {
        (read_name(encoded)?, None)
    } else {
        return Err(DecodeError::Malformed(WHAT));
    };
    let sector = data
        .sector_index(vsic)
        .ok_or(DecodeError::Malformed(WHAT))?;
    let number = |t, d| read_decimal(t, d).ok_or(DecodeError::Malformed(WHAT));
    let first_month = read_u64(month)
        .and_then(|m| u8::try_from(m).ok())
        .ok_or(DecodeError::Malformed(WHAT))?;
    let enabled = match on {
        "1" => true,
        "0" => false,
        _ => return Err(DecodeError::Malformed(WHAT)),
    };
    let project = Project {
        name,
        source,
        sector,
        capital: number(capital, CAPITAL_DECIMALS)?,
        output_per_capital: number(ratio, OUTPUT_RATIO_DECIMALS)?,
        first_month,
        enabled,
    };
    project
        .validate(data.sectors.len())
        .map_err(|_| DecodeError::OutOfRange(WHAT))?;
    Ok(project)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimals_round_trip_with_integer_arithmetic() {
        for (value, decimals, text) in [
            (3.4, 6, "3.4"),
            (-2.0, 6, "-2"),
            (8.671_904, 6, "8.671904"),
            (0.000_001, 6, "0.000001"),
            (-0.5, 2, "-0.5"),
            (24_000.0, 0, "24000"),
            (1_000.0, 1, "1000"),
        ] {
            assert_eq!(write_decimal(value, decimals), text);
            assert_eq!(read_decimal(text, decimals), Some(value), "{text}");
        }
        for bad in [
            "",
            "-",
            ".",
            "1.",
            ".5",
            "1.2.3",
            "1e5",
            "+1",
            "0x10",
            "1.2345678",
            "９",
            "99999999999999",
        ] {
            assert_eq!(read_decimal(bad, 6), None, "{bad}");
        }
    }
}
