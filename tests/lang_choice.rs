//! The language a visit starts in: `model::Lang::choose` against every case
//! of `tests/fixtures/lang-choice.json`, the cases the page's own script
//! (js/choose-lang.js, before the first paint) is held to as well
//! (tests/js/choose-lang.test.mjs). The browser reads the address's
//! parameter with `URLSearchParams.get`, the first of its name; so does
//! this test, for the plain queries of the fixture.

use ninh_binh_industry::browser::LANG_PARAM;
use ninh_binh_industry::model::Lang;
use serde_json::Value;

fn first_param<'a>(query: &'a str, name: &str) -> Option<&'a str> {
    query
        .trim_start_matches('?')
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .find_map(|(key, value)| (key == name).then_some(value))
}

#[test]
fn the_app_chooses_as_every_fixture_case_says() {
    let fixture: Value =
        serde_json::from_str(include_str!("fixtures/lang-choice.json")).expect("the fixture reads");
    let cases = fixture["cases"].as_array().expect("cases");
    assert!(cases.len() >= 10);
    for case in cases {
        let query = case["query"].as_str().expect("query");
        let remembered = case["remembered"].as_str();
        let languages = case["languages"].as_array().expect("languages");
        let chosen = Lang::choose(
            first_param(query, LANG_PARAM),
            remembered,
            languages.iter().map(|tag| tag.as_str().expect("a tag")),
        );
        assert_eq!(
            chosen.tag(),
            case["expected"].as_str().expect("expected"),
            "{case}"
        );
    }
}

#[test]
fn the_query_reader_takes_the_first_of_a_name() {
    assert_eq!(first_param("?lang=en&lang=vi", "lang"), Some("en"));
    assert_eq!(first_param("?s=1~d1&lang=vi", "lang"), Some("vi"));
    assert_eq!(first_param("?lang=", "lang"), Some(""));
    assert_eq!(first_param("", "lang"), None);
}
