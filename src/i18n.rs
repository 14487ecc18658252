//! Every user-facing string, in Vietnamese and English.
//!
//! One `Strings` value per language, so a key missing in one language is a
//! compile error: the two tables here hold the fixed texts that name no
//! year. Sentences that embed numbers, and every text that names a year,
//! are methods, one submodule per area of the page (fields, verdict,
//! levers, projects, charts, provenance, saved and links, "so far", the
//! room, published figures, the record and the pictures for slides), each matching on the language
//! so both wordings sit side by side. A text that names a year takes the
//! edition's `Years` and names it by its role (the year before the base,
//! the base year, the target year), never as a literal: a fixed one is a
//! template per language that `fill` completes (`{before}`, `{base}`,
//! `{target}`). The record names specific past questions and their
//! articles, so its years are its own. `page_notes` holds what the page's
//! own scripts say (filled into them at build time). They take numbers
//! already formatted (see `format`), which keeps i18n free of locale rules
//! and of the browser.

use crate::model::{Lang, Years};

mod charts;
mod editions;
mod fields;
mod levers;
mod page;
mod page_index;
pub mod page_notes;
mod pictures;
mod projects;
mod provenance;
mod published;
mod record;
mod room;
mod saved;
mod so_far;
mod verdict;
#[cfg(test)]
mod years_tests;

pub struct Strings {
    pub lang: Lang,
    pub qr_too_long: &'static str,
    pub download_qr_svg: &'static str,
    pub download_qr_png: &'static str,
    store_newer_kept: &'static str,
    pub share_heading: &'static str,
    pub share_link_label: &'static str,
    pub copy_link: &'static str,
    pub link_copied: &'static str,
    pub link_copy_manually: &'static str,
    pub qr_label: &'static str,
    pub qr_caption: &'static str,
    pub presenter_view: &'static str,
    pub exit_presenter: &'static str,
    pub export_json: &'static str,
    pub export_csv: &'static str,
    pub import_json: &'static str,
    pub import_failed: &'static str,
    pub open_full_app: &'static str,
    pub dismiss: &'static str,
    pub presets_heading: &'static str,
    pub target_reading_legend: &'static str,
    pub reading_absolute_short: &'static str,
    pub projects_editor_heading: &'static str,
    pub project_on: &'static str,
    pub project_name_label: &'static str,
    pub project_sector_label: &'static str,
    pub project_capital_label: &'static str,
    pub project_ratio_label: &'static str,
    pub assumptions_are_yours: &'static str,
    pub add_project: &'static str,
    pub unnamed_project: &'static str,
    pub uncertainty_heading: &'static str,
    pub uncertainty_explainer: &'static str,
    pub range_low_col: &'static str,
    pub range_high_col: &'static str,
    pub pp_short: &'static str,
    pub mc_draws_label: &'static str,
    pub mc_seed_label: &'static str,
    pub mc_probability: &'static str,
    pub mc_pending: &'static str,
    pub hist_count_col: &'static str,
    pub tornado_driver_col: &'static str,
    pub tornado_down_col: &'static str,
    pub tornado_up_col: &'static str,
    pub compare_heading: &'static str,
    pub save_name_label: &'static str,
    pub save_scenario: &'static str,
    pub load_saved: &'static str,
    pub saved_unreadable: &'static str,
    store_corrupt_cleared: &'static str,
    store_unavailable: &'static str,
    pub gap_label: &'static str,
    pub none: &'static str,
    pub needs_see_levers: &'static str,
    pub source_label: &'static str,
    pub price_basis_note: &'static str,
    pub language_label: &'static str,
    pub col_sector: &'static str,
    pub col_share: &'static str,
    pub total_row: &'static str,
    error_empty: &'static str,
    error_not_a_number: &'static str,
    error_below_minimum: &'static str,
    error_above_maximum: &'static str,
    pub target_label: &'static str,
    pub verdict_met: &'static str,
    pub verdict_not_met: &'static str,
    pub what_it_takes: &'static str,
    pub data_notes_heading: &'static str,
    pub unit_bn_vnd: &'static str,
    pub col_contribution: &'static str,
    pub products_button: &'static str,
    pub no_products: &'static str,
    pub units_label: &'static str,
    pub unit_tn_vnd: &'static str,
    pub unit_m_usd: &'static str,
    pub usd_rate_label: &'static str,
    pub sectors_heading: &'static str,
    pub charts_heading: &'static str,
    pub col_product: &'static str,
    pub col_parent_sector: &'static str,
    pub show_table: &'static str,
    pub chart_small_shares_title: &'static str,
    pub col_change: &'static str,
    pub kind_published: &'static str,
    pub kind_derived: &'static str,
    pub kind_scenario: &'static str,
}

/// `template` with `{before}`, `{base}` and `{target}` replaced by those
/// years; any other brace is kept as it is (a test then catches it).
fn fill(template: &str, years: Years) -> String {
    let mut out = String::with_capacity(template.len());
    for (k, piece) in template.split(['{', '}']).enumerate() {
        let year = match piece {
            _ if k % 2 == 0 => {
                out.push_str(piece);
                continue;
            }
            "before" => years.before,
            "base" => years.base,
            "target" => years.target,
            _ => {
                out.push('{');
                out.push_str(piece);
                out.push('}');
                continue;
            }
        };
        out.push_str(&year.to_string());
    }
    out
}

pub fn strings(lang: Lang) -> &'static Strings {
    match lang {
        Lang::Vi => &VI,
        Lang::En => &EN,
    }
}

pub static EN: Strings = Strings {
    lang: Lang::En,
    qr_too_long: "This link is too long for a QR code; share it as a link instead.",
    download_qr_svg: "Download the QR code as SVG",
    download_qr_png: "Download the QR code as PNG",
    store_newer_kept: "Scenarios saved on this device by a newer version of the app are kept but cannot be shown here.",
    share_heading: "Share and take away",
    share_link_label: "Link to this scenario",
    copy_link: "Copy link",
    link_copied: "Link copied.",
    link_copy_manually: "The browser did not allow copying: the link is selected, press Ctrl+C (⌘C on a Mac).",
    qr_label: "QR code of the link to this scenario",
    qr_caption: "Scan to open this scenario. Download:",
    presenter_view: "Presenter view",
    exit_presenter: "Back to the full app",
    export_json: "Export JSON",
    export_csv: "Export CSV",
    import_json: "Import a JSON file",
    import_failed: "That file is not a scenario exported by this app.",
    open_full_app: "Open the full app",
    dismiss: "Dismiss",
    presets_heading: "Start from a preset",
    target_reading_legend: "Which target to test",
    reading_absolute_short: "published absolute target",
    projects_editor_heading: "Investment projects",
    project_on: "In the scenario",
    project_name_label: "Project name",
    project_sector_label: "Sector",
    project_capital_label: "Capital",
    project_ratio_label: "Output per unit of capital per year",
    assumptions_are_yours: "These figures are your assumptions, not published data.",
    add_project: "Add a project",
    unnamed_project: "Unnamed project",
    uncertainty_heading: "Uncertainty",
    uncertainty_explainer: "How far below and above your chosen growth each sector may land. Monte Carlo draws each sector's growth from a triangular distribution over that range, peaking at your choice, and counts how often the total reaches the target. The same scenario and seed always give the same answer.",
    range_low_col: "Below, pp",
    range_high_col: "Above, pp",
    pp_short: "pp",
    mc_draws_label: "Draws",
    mc_seed_label: "Seed",
    mc_probability: "Probability of meeting the target",
    mc_pending: "Computing the probability…",
    hist_count_col: "Draws",
    tornado_driver_col: "Driver",
    tornado_down_col: "Down",
    tornado_up_col: "Up",
    compare_heading: "Compare saved scenarios",
    save_name_label: "Name",
    save_scenario: "Save this scenario",
    load_saved: "Open",
    saved_unreadable: "This saved scenario no longer matches the app's data and cannot be opened.",
    store_corrupt_cleared: "The scenarios saved on this device could not be read and were cleared.",
    store_unavailable: "This browser does not let the app save on this device (storage is full or disabled).",
    gap_label: "Gap to the target",
    none: "none",
    needs_see_levers: "What each sector alone would need is shown beside its lever.",
    source_label: "Source",
    price_basis_note:
        "values as published; the source does not say whether prices are current or comparable",
    language_label: "Language",
    col_sector: "Sector",
    col_share: "Share of total",
    total_row: "Whole province",
    error_empty: "Enter a growth rate, e.g. 9.5.",
    error_not_a_number: "Not a number. Use digits, e.g. 9.5 or -2.",
    error_below_minimum: "Growth cannot be below −100 % (output cannot fall below zero).",
    error_above_maximum: "Above +300 % is outside what this tool accepts.",
    target_label: "Target (published)",
    verdict_met: "Target met",
    verdict_not_met: "Target not met",
    what_it_takes: "What it would take",
    data_notes_heading: "Data notes",
    unit_bn_vnd: "billion VND",
    col_contribution: "Contribution, pp",
    products_button: "Products",
    no_products: "The article names no products for this sector.",
    units_label: "Show values in",
    unit_tn_vnd: "trillion VND",
    unit_m_usd: "million USD",
    usd_rate_label: "Exchange rate, VND per USD (your assumption)",
    sectors_heading: "Sectors",
    charts_heading: "Charts",
    col_product: "Product",
    col_parent_sector: "Sector",
    show_table: "Show as a table",
    chart_small_shares_title: "The three small sectors, zoomed (without manufacturing)",
    col_change: "Change",
    kind_published: "published",
    kind_derived: "derived",
    kind_scenario: "your scenario",
};

pub static VI: Strings = Strings {
    lang: Lang::Vi,
    qr_too_long: "Đường dẫn này quá dài để tạo mã QR; hãy chia sẻ bằng đường dẫn.",
    download_qr_svg: "Tải mã QR dạng SVG",
    download_qr_png: "Tải mã QR dạng PNG",
    store_newer_kept: "Các kịch bản do phiên bản mới hơn của ứng dụng lưu trên thiết bị này được giữ lại nhưng không hiển thị được ở đây.",
    share_heading: "Chia sẻ và mang theo",
    share_link_label: "Đường dẫn tới kịch bản này",
    copy_link: "Sao chép",
    link_copied: "Đã sao chép đường dẫn.",
    link_copy_manually: "Trình duyệt không cho sao chép: đường dẫn đã được chọn, hãy nhấn Ctrl+C (⌘C trên Mac).",
    qr_label: "Mã QR của đường dẫn tới kịch bản này",
    qr_caption: "Quét để mở kịch bản này. Tải về:",
    presenter_view: "Chế độ trình chiếu",
    exit_presenter: "Quay lại ứng dụng đầy đủ",
    export_json: "Xuất JSON",
    export_csv: "Xuất CSV",
    import_json: "Nhập tệp JSON",
    import_failed: "Tệp này không phải kịch bản do ứng dụng này xuất ra.",
    open_full_app: "Mở ứng dụng đầy đủ",
    dismiss: "Đóng",
    presets_heading: "Bắt đầu từ kịch bản có sẵn",
    target_reading_legend: "Kiểm tra theo mục tiêu nào",
    reading_absolute_short: "mục tiêu tuyệt đối đã công bố",
    projects_editor_heading: "Dự án đầu tư",
    project_on: "Tính vào kịch bản",
    project_name_label: "Tên dự án",
    project_sector_label: "Ngành",
    project_capital_label: "Vốn",
    project_ratio_label: "Giá trị sản xuất trên mỗi đồng vốn mỗi năm",
    assumptions_are_yours: "Các số này là giả định của bạn, không phải số liệu công bố.",
    add_project: "Thêm dự án",
    unnamed_project: "Dự án chưa đặt tên",
    uncertainty_heading: "Độ bất định",
    uncertainty_explainer: "Mỗi ngành có thể thấp hơn và cao hơn mức tăng bạn chọn bao nhiêu. Mô phỏng Monte Carlo rút mức tăng của từng ngành theo phân phối tam giác trong khoảng đó (đỉnh tại lựa chọn của bạn) và đếm số lần tổng đạt mục tiêu. Cùng kịch bản và hạt giống luôn cho cùng kết quả.",
    range_low_col: "Thấp hơn, điểm %",
    range_high_col: "Cao hơn, điểm %",
    pp_short: "điểm %",
    mc_draws_label: "Số lần rút",
    mc_seed_label: "Hạt giống",
    mc_probability: "Xác suất đạt mục tiêu",
    mc_pending: "Đang tính xác suất…",
    hist_count_col: "Số lần",
    tornado_driver_col: "Yếu tố",
    tornado_down_col: "Giảm",
    tornado_up_col: "Tăng",
    compare_heading: "So sánh các kịch bản đã lưu",
    save_name_label: "Tên",
    save_scenario: "Lưu kịch bản này",
    load_saved: "Mở",
    saved_unreadable: "Kịch bản đã lưu này không còn khớp với số liệu của ứng dụng nên không mở được.",
    store_corrupt_cleared: "Không đọc được các kịch bản đã lưu trên thiết bị này nên đã xóa.",
    store_unavailable: "Trình duyệt không cho phép lưu trên thiết bị này (bộ nhớ đầy hoặc bị tắt).",
    gap_label: "Chênh lệch so với mục tiêu",
    none: "không có",
    needs_see_levers: "Mức mỗi ngành một mình cần đạt được ghi cạnh thanh điều chỉnh của ngành đó.",
    source_label: "Nguồn",
    price_basis_note: "giá trị theo số liệu công bố; nguồn không nêu giá hiện hành hay giá so sánh",
    language_label: "Ngôn ngữ",
    col_sector: "Ngành",
    col_share: "Tỷ trọng",
    total_row: "Toàn tỉnh",
    error_empty: "Hãy nhập tốc độ tăng, ví dụ 9,5.",
    error_not_a_number: "Không phải là số. Hãy nhập chữ số, ví dụ 9,5 hoặc -2.",
    error_below_minimum: "Không thể giảm quá −100 % (sản lượng không thể âm).",
    error_above_maximum: "Trên +300 % nằm ngoài phạm vi công cụ chấp nhận.",
    target_label: "Mục tiêu (công bố)",
    verdict_met: "Đạt mục tiêu",
    verdict_not_met: "Chưa đạt mục tiêu",
    what_it_takes: "Cần gì để đạt",
    data_notes_heading: "Ghi chú số liệu",
    unit_bn_vnd: "tỷ đồng",
    col_contribution: "Đóng góp, điểm %",
    products_button: "Sản phẩm",
    no_products: "Bài báo không nêu sản phẩm nào của ngành này.",
    units_label: "Hiển thị giá trị theo",
    unit_tn_vnd: "nghìn tỷ đồng",
    unit_m_usd: "triệu USD",
    usd_rate_label: "Tỷ giá, đồng/USD (giả định của bạn)",
    sectors_heading: "Các ngành",
    charts_heading: "Biểu đồ",
    col_product: "Sản phẩm",
    col_parent_sector: "Ngành",
    show_table: "Xem dạng bảng",
    chart_small_shares_title: "Ba ngành nhỏ, phóng to (không gồm chế biến, chế tạo)",
    col_change: "Thay đổi",
    kind_published: "công bố",
    kind_derived: "suy ra",
    kind_scenario: "kịch bản của bạn",
};

#[cfg(test)]
mod link_error_tests {
    use super::*;
    use crate::model::errors::{DecodeError, LinkPart};

    #[test]
    fn every_link_error_reads_in_each_language_without_english_in_vietnamese() {
        for part in LinkPart::ALL {
            for error in [
                DecodeError::Malformed(part),
                DecodeError::OutOfRange(part),
                DecodeError::Repeated(part),
            ] {
                let years = Years::after(2023);
                let en = strings(Lang::En).link_error(&error, years);
                let vi = strings(Lang::Vi).link_error(&error, years);
                let name = strings(Lang::En).link_part(part, years);
                assert!(en.contains(&name), "{en}");
                assert!(
                    !vi.contains(&name),
                    "English {name:?} in the Vietnamese text: {vi}"
                );
            }
        }
    }
}

#[cfg(test)]
mod error_text_tests {
    use super::*;
    use crate::model::errors::{EditRefused, StoreNotice};
    use crate::model::growth_input::GrowthInputError;

    #[test]
    fn a_field_names_the_limit_it_crossed_or_says_the_growth_limits_in_words() {
        let en = strings(Lang::En);
        let limits = Some(("1", "12"));
        assert_eq!(
            en.input_error(GrowthInputError::BelowMinimum, limits),
            "The lowest accepted value is 1."
        );
        assert_eq!(
            en.input_error(GrowthInputError::AboveMaximum, limits),
            "The highest accepted value is 12."
        );
        assert_eq!(
            en.input_error(GrowthInputError::AboveMaximum, None),
            "Above +300 % is outside what this tool accepts."
        );
        assert_eq!(
            en.input_error(GrowthInputError::Empty, limits),
            en.input_error(GrowthInputError::Empty, None)
        );
    }

    #[test]
    fn every_store_notice_reads_differently_in_each_language() {
        let notices = [
            StoreNotice::NewerKept,
            StoreNotice::VersionCleared("x9".into()),
            StoreNotice::CorruptCleared,
            StoreNotice::Refused(EditRefused::NewerVersion),
            StoreNotice::Refused(EditRefused::Full),
            StoreNotice::Unavailable,
        ];
        for lang in Lang::ALL {
            let texts: Vec<String> = notices
                .iter()
                .map(|n| strings(lang).store_notice(n))
                .collect();
            for (k, text) in texts.iter().enumerate() {
                assert!(!text.is_empty());
                assert!(!texts[k + 1..].contains(text), "{text}");
            }
            assert!(texts[1].contains("x9"));
        }
        for notice in &notices {
            assert_ne!(
                strings(Lang::Vi).store_notice(notice),
                strings(Lang::En).store_notice(notice)
            );
        }
    }
}
