//! Export a scenario as JSON (re-importable) and CSV.
//!
//! The JSON carries the share code, which is what import reads and
//! validates; the readable fields beside it are for people and other tools.
//! Both are written by hand here: the app carries no JSON library. Keys
//! and headers that name a year name the edition's (`Dataset::years`):
//! `growth_2024_pct` in the 2024 question is `growth_2023_pct` in the 2023
//! one.

use super::code::FORMAT_VERSION;
use crate::model::scenario::Scenario;
use crate::model::so_far::RestNeed;
use crate::model::{Dataset, Outcome, TargetReading};

pub const JSON_FORMAT: &str = "ninh-binh-industry-scenario";

fn json_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Numbers with up to six decimals, written without float formatting.
fn json_number(value: f64) -> String {
    if !value.is_finite() {
        return "null".into();
    }
    let micro = (value * 1e6).round() as i64;
    let sign = if micro < 0 { "-" } else { "" };
    let m = micro.unsigned_abs();
    let frac = m % 1_000_000;
    if frac == 0 {
        format!("{sign}{}", m / 1_000_000)
    } else {
        format!(
            "{sign}{}.{}",
            m / 1_000_000,
            format!("{frac:06}").trim_end_matches('0')
        )
    }
}

/// `probability` is the finished Monte Carlo answer, if there is one.
pub fn to_json(
    data: &Dataset,
    scenario: &Scenario,
    outcome: &Outcome,
    code: &str,
    probability: Option<f64>,
    project_names: &[String],
) -> String {
    let (base, target) = (data.years().base, data.years().target);
    let growth: Vec<String> = data
        .sectors
        .iter()
        .zip(&scenario.growth_pct)
        .zip(&scenario.ranges)
        .map(|((s, g), r)| {
            format!(
                "{{\"vsic\": {}, \"name\": {}, \"growth_{target}_pct\": {}, \"range_below_pp\": {}, \"range_above_pp\": {}}}",
                json_string(&s.vsic),
                json_string(&s.name.en),
                json_number(*g),
                json_number(r.low_pp),
                json_number(r.high_pp)
            )
        })
        .collect();
    let projects: Vec<String> = scenario
        .projects
        .iter()
        .zip(project_names)
        .map(|(p, name)| {
            format!(
                "{{\"name\": {}, \"vsic\": {}, \"capital_bn_vnd\": {}, \"output_per_capital\": {}, \"first_month\": {}, \"enabled\": {}, \"output_{target}_bn_vnd\": {}}}",
                json_string(name),
                json_string(data.sectors.get(p.sector).map(|s| &*s.vsic).unwrap_or("")),
                json_number(p.capital),
                json_number(p.output_per_capital),
                p.first_month,
                p.enabled,
                json_number(p.output_after(outcome.basis.covered_months))
            )
        })
        .collect();
    let so_far = scenario
        .so_far
        .map(|f| {
            format!(
                "{{\"months_covered\": {}, \"value_so_far_bn_vnd\": {}, \"growth_on_same_period_{base}_pct\": {}}}",
                f.months,
                json_number(f.value),
                json_number(f.growth_pct)
            )
        })
        .unwrap_or_else(|| "null".into());
    let needed = match outcome.so_far.map(|f| f.need) {
        Some(RestNeed::Growth(pct) | RestNeed::BeyondLevers(pct)) => json_number(pct),
        _ => "null".into(),
    };
    let reading = match scenario.target {
        TargetReading::Absolute => "absolute",
        TargetReading::StatedGrowth => "stated_growth",
    };
    format!(
        "{{\n  \"format\": {},\n  \"format_version\": {},\n  \"dataset_version\": {},\n  \"edition\": \"{target}\",\n  \"code\": {},\n  \"scenario\": {{\n    \"sectors\": [{}],\n    \"target_reading\": \"{}\",\n    \"projects\": [{}],\n    \"seed\": {},\n    \"draws\": {},\n    \"so_far_{target}\": {}\n  }},\n  \"result\": {{\n    \"total_{target}_bn_vnd\": {},\n    \"target_bn_vnd\": {},\n    \"met\": {},\n    \"gap_bn_vnd\": {},\n    \"probability\": {},\n    \"rest_of_year_needs_pct\": {}\n  }}\n}}\n",
        json_string(JSON_FORMAT),
        FORMAT_VERSION,
        data.dataset_version,
        json_string(code),
        growth.join(", "),
        reading,
        projects.join(", "),
        scenario.seed,
        scenario.draws,
        so_far,
        json_number(outcome.projection.total_2024),
        json_number(outcome.verdict.target),
        outcome.verdict.met,
        json_number(outcome.verdict.gap),
        probability.map(json_number).unwrap_or_else(|| "null".into()),
        needed
    )
}

/// A CSV cell. Text that a spreadsheet would run as a formula (starting
/// with `=`, `+`, `-`, `@`, tab or carriage return: a name from a link
/// can be anything) is neutralised as OWASP recommends: prefixed with `'`
/// and quoted, so it shows as text and runs nothing.
fn csv_field(text: &str) -> String {
    let formula = text.starts_with(['=', '+', '-', '@', '\t', '\r']);
    if formula {
        format!("\"'{}\"", text.replace('"', "\"\""))
    } else if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_owned()
    }
}

pub fn to_csv(
    data: &Dataset,
    scenario: &Scenario,
    outcome: &Outcome,
    project_names: &[String],
) -> String {
    let (base, target) = (data.years().base, data.years().target);
    let mut out =
        format!("kind,name,vsic,value_{base}_bn_vnd,growth_{target}_pct,value_{target}_bn_vnd\n");
    for (i, s) in data.sectors.iter().enumerate() {
        out.push_str(&format!(
            "sector,{},{},{},{},{}\n",
            csv_field(&s.name.en),
            s.vsic,
            json_number(s.value),
            json_number(scenario.growth_pct.get(i).copied().unwrap_or(0.0)),
            json_number(
                outcome
                    .projection
                    .sectors_2024
                    .get(i)
                    .copied()
                    .unwrap_or(0.0)
            )
        ));
    }
    for (p, name) in scenario
        .projects
        .iter()
        .zip(project_names)
        .filter(|(p, _)| p.enabled)
    {
        let vsic = data.sectors.get(p.sector).map(|s| &*s.vsic).unwrap_or("");
        out.push_str(&format!(
            "project,{},{},,,{}\n",
            csv_field(name),
            vsic,
            json_number(p.output_after(outcome.basis.covered_months))
        ));
    }
    if let Some(f) = &outcome.so_far {
        // The value so far as its own row; growth is on the same period.
        out.push_str(&format!(
            "so_far,January to month {},,{},{},{}\n",
            f.so_far.months,
            json_number(f.same_period_2023),
            json_number(f.so_far.growth_pct),
            json_number(f.so_far.value)
        ));
    }
    out.push_str(&format!(
        "total,Whole province,B–E,{},{},{}\n",
        json_number(data.sectors_sum_2023()),
        json_number(outcome.projection.growth_pct),
        json_number(outcome.projection.total_2024)
    ));
    out.push_str(&format!(
        "target,{},,,,{}\n",
        if outcome.verdict.met {
            "met"
        } else {
            "not met"
        },
        json_number(outcome.verdict.target)
    ));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::evaluate;
    use crate::model::presets::Assumptions;

    fn setup() -> (&'static Dataset, Scenario) {
        let d = Dataset::bundled().unwrap();
        let a = Assumptions::bundled(d).unwrap();
        (d, Scenario::baseline(d, a))
    }

    #[test]
    fn numbers_and_strings_are_valid_json_tokens() {
        assert_eq!(json_number(106_462.374), "106462.374");
        assert_eq!(json_number(-5.2), "-5.2");
        assert_eq!(json_number(3.0), "3");
        assert_eq!(json_number(f64::NAN), "null");
        assert_eq!(json_string("a\"b\\c\nd\u{1}"), "\"a\\\"b\\\\c\\nd\\u0001\"");
    }

    #[test]
    fn json_export_parses_and_carries_the_code() {
        let (d, s) = setup();
        let o = evaluate(d, &s.growth_pct, &s.projects, s.target);
        let names = vec!["Nhà máy \"A\"".to_owned()];
        let json = to_json(d, &s, &o, "1~d1~len", Some(0.25), &names);
        let v: serde_json::Value = serde_json::from_str(&json).expect("valid JSON");
        assert_eq!(v["format"], JSON_FORMAT);
        assert_eq!(v["code"], "1~d1~len");
        assert_eq!(v["scenario"]["sectors"][1]["growth_2024_pct"], 3.4);
        assert_eq!(v["scenario"]["projects"][0]["name"], "Nhà máy \"A\"");
        assert_eq!(v["result"]["met"], false);
        assert_eq!(v["result"]["probability"], 0.25);
    }

    #[test]
    fn csv_export_has_a_row_per_sector_and_the_total() {
        let (d, s) = setup();
        let o = evaluate(d, &s.growth_pct, &s.projects, s.target);
        let csv = to_csv(d, &s, &o, &["x".into()]);
        let lines: Vec<&str> = csv.lines().collect();
        assert_eq!(lines.len(), 1 + 4 + 1 + 1, "{csv}");
        assert!(lines[2].starts_with("sector,Manufacturing,C,100867.1,3.4,104296.5814"));
        assert!(lines[5].starts_with("total,Whole province,B–E,102893.2,"));
        assert_eq!(csv_field("a,b"), "\"a,b\"");
    }

    #[test]
    fn csv_cells_never_run_as_formulas() {
        let link_name = r#"=HYPERLINK("https://evil.example","Details")"#;
        assert_eq!(
            csv_field(link_name),
            r#""'=HYPERLINK(""https://evil.example"",""Details"")""#
        );
        for lead in ["+1", "-1", "@SUM(A1)", "\tx", "\rx"] {
            assert!(csv_field(lead).starts_with("\"'"), "{lead:?}");
        }
        assert_eq!(csv_field("Nhà máy"), "Nhà máy");
        let (d, mut s) = setup();
        s.projects[0].enabled = true;
        let o = evaluate(d, &s.growth_pct, &s.projects, s.target);
        let csv = to_csv(d, &s, &o, &[link_name.to_owned()]);
        assert!(csv.contains("project,\"'=HYPERLINK("), "{csv}");
        assert!(!csv.contains(",=HYPERLINK"), "{csv}");
    }

    #[test]
    fn so_far_travels_in_both_exports() {
        let (d, mut s) = setup();
        s.so_far = Some(crate::model::so_far::SoFar {
            months: 6,
            value: 50_000.0,
            growth_pct: 5.0,
        });
        let o = s.outcome(d);
        let json = to_json(d, &s, &o, "1~d1~len~y6*50000*5", None, &["x".into()]);
        let v: serde_json::Value = serde_json::from_str(&json).expect("valid JSON");
        assert_eq!(v["scenario"]["so_far_2024"]["months_covered"], 6);
        assert_eq!(v["scenario"]["so_far_2024"]["value_so_far_bn_vnd"], 50_000);
        // (111,816 − 50,000) / 55,274.152381 − 1 = 11.835296 %
        let needed = v["result"]["rest_of_year_needs_pct"].as_f64().unwrap();
        assert!((needed - 11.835_3).abs() < 1e-4, "{needed}");
        let csv = to_csv(d, &s, &o, &["x".into()]);
        assert!(
            csv.contains("so_far,January to month 6,,47619.047619,5,50000\n"),
            "{csv}"
        );
        let base = setup().1;
        let plain = to_json(d, &base, &base.outcome(d), "1~d1~len", None, &["x".into()]);
        let v: serde_json::Value = serde_json::from_str(&plain).unwrap();
        assert!(v["scenario"]["so_far_2024"].is_null());
        assert!(v["result"]["rest_of_year_needs_pct"].is_null());
    }

    /// Every key and header that names a year, with "so far" and a project.
    fn year_keys(d: &Dataset) -> (String, String) {
        let (_, mut s) = setup();
        s.projects[0].enabled = true;
        s.so_far = Some(crate::model::so_far::SoFar {
            months: 3,
            value: 20_000.0,
            growth_pct: 4.0,
        });
        let o = s.outcome(d);
        let names = ["x".to_owned()];
        let json = to_json(d, &s, &o, "code", None, &names);
        let csv = to_csv(d, &s, &o, &names);
        let header = csv.lines().next().unwrap_or_default().to_owned();
        (json, header)
    }

    #[test]
    fn keys_and_headers_name_the_editions_years() {
        let (d, _) = setup();
        let (json, header) = year_keys(d);
        assert_eq!(
            header,
            "kind,name,vsic,value_2023_bn_vnd,growth_2024_pct,value_2024_bn_vnd"
        );
        for key in [
            "\"growth_2024_pct\"",
            "\"output_2024_bn_vnd\"",
            "\"growth_on_same_period_2023_pct\"",
            "\"so_far_2024\"",
            "\"total_2024_bn_vnd\"",
        ] {
            assert!(json.contains(key), "{key} in {json}");
        }
        let mut later = d.clone();
        later.meta.year = 2030;
        let (json, header) = year_keys(&later);
        assert_eq!(
            header,
            "kind,name,vsic,value_2030_bn_vnd,growth_2031_pct,value_2031_bn_vnd"
        );
        for key in ["so_far_2031", "total_2031_bn_vnd", "same_period_2030_pct"] {
            assert!(json.contains(key), "{key} in {json}");
        }
        // (The seed is a number, not a year: the default happens to be 2024.)
        for old in ["_2022", "_2023", "_2024"] {
            assert!(!json.contains(old), "{old} in {json}");
        }
    }

    use proptest::prelude::*;

    /// Names from a link or a file: any text, with the characters that
    /// break JSON and CSV and the ones spreadsheets run as formulas.
    fn any_name() -> impl Strategy<Value = String> {
        prop_oneof![
            "[=+@\\-]?[a-zA-Zà-ỹ ,\"\\\n\r\t{}\\[\\]';]{0,40}",
            any::<String>().prop_map(|s| s.chars().take(80).collect()),
        ]
    }

    /// Numbers are written to six decimals (`json_number`).
    fn micro(value: f64) -> Option<f64> {
        Some((value * 1e6).round() / 1e6)
    }

    fn read(text: &str) -> Option<f64> {
        text.parse::<f64>().ok().and_then(micro)
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]

        #[test]
        fn both_exports_read_back_with_independent_parsers(
            growth in proptest::collection::vec(-100.0f64..300.0, 4),
            name in any_name(),
        ) {
            let (d, mut s) = setup();
            s.growth_pct = growth.clone();
            s.projects[0].enabled = true;
            let o = evaluate(d, &s.growth_pct, &s.projects, s.target);
            let names = vec![name.clone(); s.projects.len()];

            let json = to_json(d, &s, &o, "1~d1~len", None, &names);
            let v: serde_json::Value = serde_json::from_str(&json).expect("valid JSON");
            for (k, g) in growth.iter().enumerate() {
                prop_assert_eq!(v["scenario"]["sectors"][k]["growth_2024_pct"].as_f64().and_then(micro), micro(*g));
            }
            prop_assert_eq!(v["scenario"]["projects"][0]["name"].as_str(), Some(name.as_str()));
            prop_assert_eq!(v["result"]["total_2024_bn_vnd"].as_f64().and_then(micro), micro(o.projection.total_2024));

            let csv = to_csv(d, &s, &o, &names);
            let rows: Vec<csv::StringRecord> = csv::ReaderBuilder::new()
                .from_reader(csv.as_bytes())
                .records()
                .collect::<Result<_, _>>()
                .expect("valid CSV");
            prop_assert!(rows.iter().all(|r| r.len() == 6));
            for (k, g) in growth.iter().enumerate() {
                prop_assert_eq!(&rows[k][0], "sector");
                prop_assert_eq!(read(&rows[k][4]), micro(*g));
            }
            let project = rows.iter().find(|r| &r[0] == "project").expect("a project row");
            let shown = &project[1];
            // A formula-like name is kept as text behind a leading quote.
            let formula = name.starts_with(['=', '+', '-', '@', '\t', '\r']);
            prop_assert_eq!(shown.strip_prefix('\'').filter(|_| formula).unwrap_or(shown), name.as_str());
            let total = rows.iter().find(|r| &r[0] == "total").expect("a total row");
            prop_assert_eq!(read(&total[5]), micro(o.projection.total_2024));
        }
    }
}
