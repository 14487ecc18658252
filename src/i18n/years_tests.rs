//! Every text that names a year names the edition's, by its role: called
//! with another edition's `Years` it names that edition's years and none
//! of the 2024 question's, and with the 2024 question's it reads as it
//! always has.

use super::page_notes::page_notes;
use super::{fill, strings, Strings};
use crate::model::errors::{DecodeError, LinkPart};
use crate::model::explain::{Subject, Word};
use crate::model::so_far::SoFarError;
use crate::model::{Dataset, Lang, Years};

/// The bundled dataset with its year moved to `base` (the rest as it is).
fn dataset_of(base: u16) -> &'static Dataset {
    let mut data = Dataset::bundled().expect("bundled data is valid").clone();
    data.meta.year = base;
    Box::leak(Box::new(data))
}

/// The explained subjects and words that name a year.
const SUBJECTS: [Subject; 8] = [
    Subject::Total2024,
    Subject::Growth2024,
    Subject::Share(0),
    Subject::Implied2022(0),
    Subject::Implied2022Total,
    Subject::Contribution(0),
    Subject::SamePeriod2023,
    Subject::Rest2023,
];

const WORDS: [Word; 5] = [
    Word::Others,
    Word::Total2023,
    Word::Total2024,
    Word::Total2022,
    Word::Rest2023,
];

/// Every text that names a year (the record's aside), with dummy figures
/// (none of them a year, so every year in a text is the text's own).
fn year_texts(t: &Strings, data: &Dataset) -> Vec<String> {
    let y = data.years();
    let mut texts = vec![
        t.app_title(y),
        t.app_question(y),
        t.estimates_note(y),
        t.scenario_heading(y),
        t.levers_heading(y),
        t.reset_all(y),
        t.needs_nothing(y),
        t.reading_stated_short(y),
        t.slider_label("S", y),
        t.reset_sector("S", "+1,5", y),
        t.reading_stated_option("8,7", "V", y),
        t.growth_field_label("S", y),
        t.result_heading(y),
        t.projected_total(y),
        t.growth_over_base(y),
        t.target_reading_absolute("T", "8,69", "8,7", y),
        t.target_reading_stated("T", "8,7", "P", y),
        t.uniform_needs_nothing(y),
        t.projects_formula(y),
        t.project_month_label(y),
        t.project_output("O", "u", 6, true, y),
        t.table_caption(y),
        t.table_hint("u", y),
        t.col_base_growth(y),
        t.col_implied_before(y),
        t.products_heading(y),
        t.col_base_volume(y),
        t.col_product_growth(y),
        t.col_implied_before_volume(y),
        t.chart_shares_title(y),
        t.chart_levels_title(y),
        t.chart_waterfall_title(y),
        t.chart_products_title(y),
        t.chart_histogram_title(y),
        t.hist_bin_col(y),
        t.chart_tornado_title(y),
        t.label_base_total(y),
        t.label_target_total(y),
        t.shares_summary("L", "9", "1", y),
        t.share_tooltip("N", "9", "V", "u", y),
        t.levels_summary(["A", "B", "C"], "u", y),
        t.waterfall_summary("A", "B", "u", true, "G", y),
        t.waterfall_summary("A", "B", "u", false, "G", y),
        t.product_tooltip("N", "G", "V", "u", y),
        t.percentile_tooltip("P10", "V", y),
        t.tornado_sector("S", "+1", "C", "u", y),
        t.tornado_project("P", "C", "u", y),
        t.provenance_published("P", "Q", y),
        t.provenance_implied_before("V", "G", y),
        t.provenance_implied_before_total(y),
        t.provenance_share(y),
        t.provenance_contribution(y),
        t.note_total_growth("S", "I", y),
        t.note_target_growth("T", "E", "S", "A", y),
        t.changes_none(y),
        t.changes_note(y),
        t.change_target("8,7", "F", "T", "u", y),
        t.change_so_far("S", "V", "G", "u", y),
        t.change_effect("E", "u", y),
        t.link_error(&DecodeError::Malformed(LinkPart::SoFar), y),
        t.import_error(&DecodeError::Repeated(LinkPart::SoFar), y),
        t.so_far_heading(y),
        t.so_far_months_label(y),
        t.so_far_value_label(y),
        t.so_far_growth_label(y),
        t.so_far_error(SoFarError::ReachesTotal2023, "T", y),
        t.so_far_verdict_label("S", y),
        t.same_period_base("S", "V", "u", y),
        t.rest_of_base("S", "V", "u", y),
        t.rest_needs("S", "P", "T", "u", y),
        t.rest_needs_beyond("S", "P", "M", y),
        t.year_complete(true, "T", "G", "u", y),
        t.year_complete(false, "T", "G", "u", y),
        t.levers_year_complete(y),
        t.scenario_gives_rest("P", "R", "T", "u", None, y),
        t.scenario_gives_rest("P", "R", "T", "u", Some("J"), y),
        t.so_far_assumption("A", y),
        t.levers_describe_rest("S", y),
        t.so_far_chart_title(y),
        t.so_far_chart_summary("A", "B", "C", "u", y),
        t.growth_in_target("P", None, y),
        t.growth_in_target("P", Some("S"), y),
    ];
    let notes = page_notes(t.lang, y);
    texts.extend([notes.failed, notes.no_wasm]);
    texts.extend(SUBJECTS.map(|s| t.explain_subject(data, s)));
    texts.extend(WORDS.map(|w| t.explain_word(w, y)));
    texts
}

/// Today's text with each year moved to the same role in the 2031 question.
fn moved_to_2031(text: &str) -> String {
    text.replace("2022", "2029")
        .replace("2023", "2030")
        .replace("2024", "2031")
}

#[test]
fn every_year_text_names_the_editions_years_by_their_role_in_both_languages() {
    let (today, later) = (dataset_of(2023), dataset_of(2030));
    assert_eq!(later.years(), Years::after(2030));
    let names_a_year = |text: &String| ["2029", "2030", "2031"].iter().any(|y| text.contains(y));
    let [vi, en] = Lang::ALL.map(|lang| {
        let t = strings(lang);
        let (now, then) = (year_texts(t, today), year_texts(t, later));
        assert_eq!(now.len(), then.len());
        for (now, then) in now.iter().zip(&then) {
            for old in ["2022", "2023", "2024"] {
                assert!(!then.contains(old), "{old} in {then:?}");
            }
            assert!(!then.contains(['{', '}']), "a placeholder left in {then:?}");
            assert_eq!(then, &moved_to_2031(now), "{lang:?}: {now:?} → {then:?}");
        }
        then
    });
    // Each text names a year in at least one language (a Vietnamese
    // wording may leave the year out), so none passes the above trivially.
    for (vi, en) in vi.iter().zip(&en) {
        assert!(names_a_year(vi) || names_a_year(en), "no year in {en:?}");
    }
}

#[test]
fn the_2024_question_reads_as_it_always_has() {
    let y = Years::after(2023);
    let (en, vi) = (strings(Lang::En), strings(Lang::Vi));
    assert_eq!(en.app_title(y), "Ninh Bình industry 2024");
    assert_eq!(vi.app_title(y), "Công nghiệp Ninh Bình 2024");
    assert_eq!(
        en.app_question(y),
        "Will 2024 industrial output reach the province's target?"
    );
    assert_eq!(
        vi.app_question(y),
        "Giá trị sản xuất công nghiệp năm 2024 có đạt mục tiêu của tỉnh?"
    );
    assert_eq!(en.scenario_heading(y), "Your 2024 scenario");
    assert_eq!(vi.scenario_heading(y), "Kịch bản 2024 của bạn");
    assert_eq!(en.result_heading(y), "2024 projection");
    assert_eq!(vi.result_heading(y), "Dự báo năm 2024");
    assert_eq!(
        en.chart_levels_title(y),
        "2022 (implied) → 2023 → 2024 (your scenario)"
    );
    assert_eq!(
        vi.chart_levels_title(y),
        "2022 (suy ra) → 2023 → 2024 (kịch bản của bạn)"
    );
    assert_eq!(
        en.chart_waterfall_title(y),
        "From the 2023 total to your 2024 total, sector by sector"
    );
    assert_eq!(
        vi.chart_waterfall_title(y),
        "Từ tổng 2023 đến tổng 2024 của bạn, theo từng ngành"
    );
    assert_eq!(en.chart_shares_title(y), "Share of the 2023 total");
    assert_eq!(vi.chart_shares_title(y), "Tỷ trọng trong tổng 2023");
    assert_eq!(
        en.chart_products_title(y),
        "Growth of notable products, 2023 on 2022"
    );
    assert_eq!(
        en.chart_histogram_title(y),
        "How likely is the target? Distribution of 2024 totals"
    );
    assert_eq!(
        vi.chart_tornado_title(y),
        "Yếu tố tác động đến tổng 2024: ±1 điểm % tăng trưởng và từng dự án đang bật"
    );
    assert_eq!(en.so_far_heading(y), "2024 so far");
    assert_eq!(vi.so_far_heading(y), "Năm 2024 đến nay");
    assert_eq!(en.col_implied_before(y), "2022 (implied)");
    assert_eq!(vi.col_base_growth(y), "Tăng 2023");
    assert_eq!(en.label_target_total(y), "2024");
}

#[test]
fn fill_names_the_three_roles_and_keeps_any_other_brace() {
    let y = Years::after(2030);
    assert_eq!(
        fill("{before}, {base} and {target}", y),
        "2029, 2030 and 2031"
    );
    assert_eq!(fill("no year", y), "no year");
    assert_eq!(fill("{tagret} total", y), "{tagret} total");
}
