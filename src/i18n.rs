//! Every user-facing string, in Vietnamese and English.
//!
//! One `Strings` value per language, so a key missing in one language is a
//! compile error. Texts that embed numbers take them already formatted (see
//! `format`), which keeps this module free of locale rules and of the browser.

use crate::model::errors::{DecodeError, EditRefused, FileReadError, LinkPart, StoreNotice};
use crate::model::growth_input::GrowthInputError;
use crate::model::projects::Project;
use crate::model::units::MoneyUnit;
use crate::model::{Dataset, Lang};

mod published;
mod record;
mod room;
mod so_far;

pub struct Strings {
    pub lang: Lang,
    pub needs_nothing: &'static str,
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
    pub scenario_heading: &'static str,
    pub levers_heading: &'static str,
    pub presets_heading: &'static str,
    pub target_reading_legend: &'static str,
    pub reading_absolute_short: &'static str,
    pub reading_stated_short: &'static str,
    pub projects_editor_heading: &'static str,
    pub projects_formula: &'static str,
    pub project_on: &'static str,
    pub project_name_label: &'static str,
    pub project_sector_label: &'static str,
    pub project_capital_label: &'static str,
    pub project_ratio_label: &'static str,
    pub project_month_label: &'static str,
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
    pub chart_histogram_title: &'static str,
    pub hist_bin_col: &'static str,
    pub hist_count_col: &'static str,
    pub chart_tornado_title: &'static str,
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
    pub app_title: &'static str,
    pub app_question: &'static str,
    pub source_label: &'static str,
    pub estimates_note: &'static str,
    pub price_basis_note: &'static str,
    pub language_label: &'static str,
    pub table_caption: &'static str,
    pub col_sector: &'static str,
    pub col_share: &'static str,
    pub col_growth_2023: &'static str,
    pub total_row: &'static str,
    pub growth_field_suffix: &'static str,
    error_empty: &'static str,
    error_not_a_number: &'static str,
    error_below_minimum: &'static str,
    error_above_maximum: &'static str,
    pub result_heading: &'static str,
    pub projected_total: &'static str,
    pub growth_over_2023: &'static str,
    pub target_label: &'static str,
    pub verdict_met: &'static str,
    pub verdict_not_met: &'static str,
    pub what_it_takes: &'static str,
    pub reset_all: &'static str,
    pub data_notes_heading: &'static str,
    pub unit_bn_vnd: &'static str,
    pub col_implied_2022: &'static str,
    pub col_contribution: &'static str,
    pub products_button: &'static str,
    pub no_products: &'static str,
    pub units_label: &'static str,
    pub unit_tn_vnd: &'static str,
    pub unit_m_usd: &'static str,
    pub usd_rate_label: &'static str,
    pub sectors_heading: &'static str,
    pub charts_heading: &'static str,
    pub products_heading: &'static str,
    pub col_product: &'static str,
    pub col_parent_sector: &'static str,
    pub col_volume_2023: &'static str,
    pub col_product_growth: &'static str,
    pub col_implied_volume_2022: &'static str,
    pub show_table: &'static str,
    pub chart_shares_title: &'static str,
    pub chart_small_shares_title: &'static str,
    pub chart_levels_title: &'static str,
    pub chart_waterfall_title: &'static str,
    pub chart_products_title: &'static str,
    pub col_change: &'static str,
    pub label_2023_total: &'static str,
    pub label_2024_total: &'static str,
    pub kind_published: &'static str,
    pub kind_derived: &'static str,
    pub kind_scenario: &'static str,
}

pub fn strings(lang: Lang) -> &'static Strings {
    match lang {
        Lang::Vi => &VI,
        Lang::En => &EN,
    }
}

pub static EN: Strings = Strings {
    lang: Lang::En,
    needs_nothing: "The target is met even if this sector produced nothing in 2024.",
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
    scenario_heading: "Your 2024 scenario",
    levers_heading: "2024 growth by sector",
    presets_heading: "Start from a preset",
    target_reading_legend: "Which target to test",
    reading_absolute_short: "published absolute target",
    reading_stated_short: "+8.7 % on 2023",
    projects_editor_heading: "Investment projects",
    projects_formula: "Each project adds capital × output per unit of capital × months of output in 2024 ÷ 12 to its sector.",
    project_on: "In the scenario",
    project_name_label: "Project name",
    project_sector_label: "Sector",
    project_capital_label: "Capital",
    project_ratio_label: "Output per unit of capital per year",
    project_month_label: "First month of output in 2024",
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
    chart_histogram_title: "How likely is the target? Distribution of 2024 totals",
    hist_bin_col: "2024 total",
    hist_count_col: "Draws",
    chart_tornado_title: "What moves the 2024 total: ±1 pp of growth, and each active project",
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
    app_title: "Ninh Bình industry 2024",
    app_question: "Will 2024 industrial output reach the province's target?",
    source_label: "Source",
    estimates_note: "2023 figures are estimates (“ước đạt”)",
    price_basis_note:
        "values as published; the source does not say whether prices are current or comparable",
    language_label: "Language",
    table_caption: "Industrial production value by sector, 2023, and your 2024 growth",
    col_sector: "Sector",
    col_share: "Share of total",
    col_growth_2023: "2023 growth",
    total_row: "Whole province",
    growth_field_suffix: "2024 growth, %",
    error_empty: "Enter a growth rate, e.g. 9.5.",
    error_not_a_number: "Not a number. Use digits, e.g. 9.5 or -2.",
    error_below_minimum: "Growth cannot be below −100 % (output cannot fall below zero).",
    error_above_maximum: "Above +300 % is outside what this tool accepts.",
    result_heading: "2024 projection",
    projected_total: "Projected 2024 total",
    growth_over_2023: "Growth over 2023",
    target_label: "Target (published)",
    verdict_met: "Target met",
    verdict_not_met: "Target not met",
    what_it_takes: "What it would take",
    reset_all: "Reset all to 2023 growth",
    data_notes_heading: "Data notes",
    unit_bn_vnd: "billion VND",
    col_implied_2022: "2022 (implied)",
    col_contribution: "Contribution, pp",
    products_button: "Products",
    no_products: "The article names no products for this sector.",
    units_label: "Show values in",
    unit_tn_vnd: "trillion VND",
    unit_m_usd: "million USD",
    usd_rate_label: "Exchange rate, VND per USD (your assumption)",
    sectors_heading: "Sectors",
    charts_heading: "Charts",
    products_heading: "Products with notable growth, 2023",
    col_product: "Product",
    col_parent_sector: "Sector",
    col_volume_2023: "2023 volume",
    col_product_growth: "Growth on 2022",
    col_implied_volume_2022: "Implied 2022 volume",
    show_table: "Show as a table",
    chart_shares_title: "Share of the 2023 total",
    chart_small_shares_title: "The three small sectors, zoomed (without manufacturing)",
    chart_levels_title: "2022 (implied) → 2023 → 2024 (your scenario)",
    chart_waterfall_title: "From the 2023 total to your 2024 total, sector by sector",
    chart_products_title: "Growth of notable products, 2023 on 2022",
    col_change: "Change",
    label_2023_total: "2023",
    label_2024_total: "2024",
    kind_published: "published",
    kind_derived: "derived",
    kind_scenario: "your scenario",
};

pub static VI: Strings = Strings {
    lang: Lang::Vi,
    needs_nothing: "Mục tiêu vẫn đạt kể cả khi ngành này không sản xuất gì năm 2024.",
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
    scenario_heading: "Kịch bản 2024 của bạn",
    levers_heading: "Tăng trưởng 2024 theo ngành",
    presets_heading: "Bắt đầu từ kịch bản có sẵn",
    target_reading_legend: "Kiểm tra theo mục tiêu nào",
    reading_absolute_short: "mục tiêu tuyệt đối đã công bố",
    reading_stated_short: "tăng 8,7 % so với 2023",
    projects_editor_heading: "Dự án đầu tư",
    projects_formula: "Mỗi dự án cộng vào ngành của nó: vốn × giá trị sản xuất trên mỗi đồng vốn × số tháng sản xuất năm 2024 ÷ 12.",
    project_on: "Tính vào kịch bản",
    project_name_label: "Tên dự án",
    project_sector_label: "Ngành",
    project_capital_label: "Vốn",
    project_ratio_label: "Giá trị sản xuất trên mỗi đồng vốn mỗi năm",
    project_month_label: "Tháng bắt đầu sản xuất năm 2024",
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
    chart_histogram_title: "Khả năng đạt mục tiêu: phân bố tổng giá trị 2024",
    hist_bin_col: "Tổng 2024",
    hist_count_col: "Số lần",
    chart_tornado_title: "Yếu tố tác động đến tổng 2024: ±1 điểm % tăng trưởng và từng dự án đang bật",
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
    app_title: "Công nghiệp Ninh Bình 2024",
    app_question: "Giá trị sản xuất công nghiệp năm 2024 có đạt mục tiêu của tỉnh?",
    source_label: "Nguồn",
    estimates_note: "Số liệu 2023 là ước đạt",
    price_basis_note: "giá trị theo số liệu công bố; nguồn không nêu giá hiện hành hay giá so sánh",
    language_label: "Ngôn ngữ",
    table_caption: "Giá trị sản xuất công nghiệp theo ngành năm 2023 và tăng trưởng 2024 bạn chọn",
    col_sector: "Ngành",
    col_share: "Tỷ trọng",
    col_growth_2023: "Tăng 2023",
    total_row: "Toàn tỉnh",
    growth_field_suffix: "tăng trưởng 2024, %",
    error_empty: "Hãy nhập tốc độ tăng, ví dụ 9,5.",
    error_not_a_number: "Không phải là số. Hãy nhập chữ số, ví dụ 9,5 hoặc -2.",
    error_below_minimum: "Không thể giảm quá −100 % (sản lượng không thể âm).",
    error_above_maximum: "Trên +300 % nằm ngoài phạm vi công cụ chấp nhận.",
    result_heading: "Dự báo năm 2024",
    projected_total: "Tổng giá trị dự báo 2024",
    growth_over_2023: "Tăng so với 2023",
    target_label: "Mục tiêu (công bố)",
    verdict_met: "Đạt mục tiêu",
    verdict_not_met: "Chưa đạt mục tiêu",
    what_it_takes: "Cần gì để đạt",
    reset_all: "Đặt lại theo mức tăng 2023",
    data_notes_heading: "Ghi chú số liệu",
    unit_bn_vnd: "tỷ đồng",
    col_implied_2022: "2022 (suy ra)",
    col_contribution: "Đóng góp, điểm %",
    products_button: "Sản phẩm",
    no_products: "Bài báo không nêu sản phẩm nào của ngành này.",
    units_label: "Hiển thị giá trị theo",
    unit_tn_vnd: "nghìn tỷ đồng",
    unit_m_usd: "triệu USD",
    usd_rate_label: "Tỷ giá, đồng/USD (giả định của bạn)",
    sectors_heading: "Các ngành",
    charts_heading: "Biểu đồ",
    products_heading: "Sản phẩm tăng khá năm 2023",
    col_product: "Sản phẩm",
    col_parent_sector: "Ngành",
    col_volume_2023: "Sản lượng 2023",
    col_product_growth: "So với 2022",
    col_implied_volume_2022: "Sản lượng 2022 (suy ra)",
    show_table: "Xem dạng bảng",
    chart_shares_title: "Tỷ trọng trong tổng 2023",
    chart_small_shares_title: "Ba ngành nhỏ, phóng to (không gồm chế biến, chế tạo)",
    chart_levels_title: "2022 (suy ra) → 2023 → 2024 (kịch bản của bạn)",
    chart_waterfall_title: "Từ tổng 2023 đến tổng 2024 của bạn, theo từng ngành",
    chart_products_title: "Tăng trưởng sản phẩm nổi bật, 2023 so với 2022",
    col_change: "Thay đổi",
    label_2023_total: "2023",
    label_2024_total: "2024",
    kind_published: "công bố",
    kind_derived: "suy ra",
    kind_scenario: "kịch bản của bạn",
};

/// Sentences that embed formatted numbers.
impl Strings {
    /// The name to show for a project: the user's, else the data's own
    /// name in this language, else "unnamed".
    pub fn project_name(&self, data: &Dataset, project: &Project) -> String {
        if !project.name.is_empty() {
            return project.name.clone();
        }
        project
            .source
            .as_ref()
            .and_then(|id| data.projects.iter().find(|p| &p.id == id))
            .map(|p| p.name.get(self.lang).to_owned())
            .unwrap_or_else(|| self.unnamed_project.to_owned())
    }

    /// Every project's display name, in list order (for exports).
    pub fn project_names(&self, data: &Dataset, projects: &[Project]) -> Vec<String> {
        projects
            .iter()
            .map(|p| self.project_name(data, p))
            .collect()
    }

    pub fn growth_field_label(&self, sector: &str) -> String {
        format!("{sector} — {}", self.growth_field_suffix)
    }

    pub fn still_using(&self, last_valid: &str) -> String {
        let last_valid = last_valid.trim_end();
        match self.lang {
            Lang::Vi => format!("Kết quả vẫn dùng {last_valid}."),
            Lang::En => format!("The result still uses {last_valid}."),
        }
    }

    /// Why a field's text cannot be used. A growth field says its limits
    /// in words (`limits: None`); any other names the limit it crossed,
    /// given as the field shows it (lowest, highest).
    pub fn input_error(&self, error: GrowthInputError, limits: Option<(&str, &str)>) -> String {
        match (error, limits) {
            (GrowthInputError::Empty, _) => self.error_empty.to_owned(),
            (GrowthInputError::NotANumber, _) => self.error_not_a_number.to_owned(),
            (GrowthInputError::BelowMinimum, None) => self.error_below_minimum.to_owned(),
            (GrowthInputError::AboveMaximum, None) => self.error_above_maximum.to_owned(),
            (GrowthInputError::BelowMinimum, Some((min, _))) => self.error_at_least(min),
            (GrowthInputError::AboveMaximum, Some((_, max))) => self.error_at_most(max),
        }
    }

    fn error_at_least(&self, min: &str) -> String {
        match self.lang {
            Lang::Vi => format!("Giá trị nhỏ nhất được chấp nhận là {min}."),
            Lang::En => format!("The lowest accepted value is {min}."),
        }
    }

    fn error_at_most(&self, max: &str) -> String {
        match self.lang {
            Lang::Vi => format!("Giá trị lớn nhất được chấp nhận là {max}."),
            Lang::En => format!("The highest accepted value is {max}."),
        }
    }

    pub fn gap_sentence(&self, met: bool, gap: &str, unit: &str, gap_pp: &str) -> String {
        match (self.lang, met) {
            (Lang::Vi, true) => format!("Vượt mục tiêu {gap} {unit} ({gap_pp} điểm %)."),
            (Lang::Vi, false) => {
                format!("Còn thiếu {gap} {unit} so với mục tiêu ({gap_pp} điểm %).")
            }
            (Lang::En, true) => {
                format!("{gap} {unit} above the target ({gap_pp} percentage points).")
            }
            (Lang::En, false) => {
                format!("{gap} {unit} short of the target ({gap_pp} percentage points).")
            }
        }
    }

    pub fn target_reading_absolute(&self, target: &str, growth: &str, stated: &str) -> String {
        if self.lang == Lang::Vi {
            format!("Kiểm tra mục tiêu tuyệt đối đã công bố: {target} (tăng {growth} %, công bố là {stated} %).")
        } else {
            format!("Tests the published absolute target: {target} (+{growth} % on 2023, published as {stated} %).")
        }
    }

    pub fn target_reading_stated(&self, target: &str, stated: &str, published: &str) -> String {
        if self.lang == Lang::Vi {
            format!("Kiểm tra cách đọc “tăng {stated} % so với 2023”: {target} (mục tiêu tuyệt đối công bố là {published}).")
        } else {
            format!("Tests the “+{stated} % on 2023” reading: {target} (the published absolute target is {published}).")
        }
    }

    pub fn unit_label(&self, unit: MoneyUnit) -> &'static str {
        match unit {
            MoneyUnit::BillionVnd => self.unit_bn_vnd,
            MoneyUnit::TrillionVnd => self.unit_tn_vnd,
            MoneyUnit::MillionUsd => self.unit_m_usd,
        }
    }

    pub fn provenance_published(&self, publisher: &str, quote: &str) -> String {
        match self.lang {
            Lang::Vi => {
                format!("Số liệu công bố: {publisher}, ước đạt năm 2023. Bài báo: “{quote}”.")
            }
            Lang::En => format!(
                "Published figure: {publisher}, 2023 estimate. Article (Vietnamese): “{quote}”."
            ),
        }
    }

    pub fn provenance_target(&self, publisher: &str, quote: &str) -> String {
        match self.lang {
            Lang::Vi => format!("Mục tiêu công bố: {publisher}. Bài báo: “{quote}”."),
            Lang::En => format!("Published target: {publisher}. Article (Vietnamese): “{quote}”."),
        }
    }

    pub fn provenance_implied_2022(&self, value: &str, growth: &str) -> String {
        match self.lang {
            Lang::Vi => {
                format!("Suy ra: giá trị 2023 ÷ (1 + tăng 2023) = {value} ÷ (1 + {growth} %).")
            }
            Lang::En => {
                format!("Derived: 2023 value ÷ (1 + 2023 growth) = {value} ÷ (1 + {growth} %).")
            }
        }
    }

    pub fn provenance_implied_total_2022(&self) -> &'static str {
        match self.lang {
            Lang::Vi => "Suy ra: tổng giá trị 2022 suy ra của bốn ngành (mỗi ngành: giá trị 2023 ÷ (1 + tăng 2023)).",
            Lang::En => "Derived: the sum of the four sectors' implied 2022 values (each: 2023 value ÷ (1 + 2023 growth)).",
        }
    }

    pub fn provenance_share(&self) -> &'static str {
        match self.lang {
            Lang::Vi => "Suy ra: giá trị 2023 của ngành ÷ tổng bốn ngành.",
            Lang::En => "Derived: the sector's 2023 value ÷ the sum of the four sectors.",
        }
    }

    pub fn provenance_contribution(&self) -> &'static str {
        match self.lang {
            Lang::Vi => "Suy ra: (giá trị 2023 − giá trị 2022 suy ra) ÷ tổng 2022 suy ra của bốn ngành × 100.",
            Lang::En => "Derived: (2023 value − implied 2022 value) ÷ implied 2022 total of the four sectors × 100.",
        }
    }

    pub fn provenance_converted(&self, rate: &str) -> String {
        match self.lang {
            Lang::Vi => format!(" Quy đổi theo tỷ giá giả định của bạn: {rate} đồng/USD."),
            Lang::En => format!(" Converted at your assumed rate of {rate} VND per USD."),
        }
    }

    pub fn product_multiple(&self, times: &str) -> String {
        match self.lang {
            Lang::Vi => format!("gấp {times} lần"),
            Lang::En => format!("×{times}"),
        }
    }

    pub fn products_count(&self, n: usize) -> String {
        format!("{} ({n})", self.products_button)
    }

    pub fn table_hint(&self, unit: &str) -> String {
        match self.lang {
            Lang::Vi => format!("Giá trị tính bằng {unit}. Đóng góp: số điểm phần trăm vào mức tăng 2023 của toàn tỉnh. Chọn tiêu đề cột để sắp xếp."),
            Lang::En => format!("Values in {unit}. Contribution: percentage points of the 2023 growth of the total. Select a column heading to sort."),
        }
    }

    pub fn sort_by(&self, column: &str) -> String {
        match self.lang {
            Lang::Vi => format!("Sắp xếp theo {column}"),
            Lang::En => format!("Sort by {column}"),
        }
    }

    pub fn shares_summary(&self, largest: &str, share: &str, rest: &str) -> String {
        match self.lang {
            Lang::Vi => format!("{largest} chiếm {share} % tổng giá trị 2023; ba ngành còn lại cộng lại {rest} %."),
            Lang::En => format!("{largest} makes up {share} % of the 2023 total; the other three sectors together {rest} %."),
        }
    }

    pub fn small_shares_summary(&self, largest: &str, share: &str, max: &str) -> String {
        match self.lang {
            Lang::Vi => format!("Trong ba ngành nhỏ, {largest} lớn nhất với {share} % tổng; thang đo chỉ đến {max} %."),
            Lang::En => format!("Among the small sectors, {largest} is the largest at {share} % of the total; this scale ends at {max} %."),
        }
    }

    pub fn share_tooltip(&self, name: &str, share: &str, value: &str, unit: &str) -> String {
        match self.lang {
            Lang::Vi => format!("{name}: {share} % tổng 2023 ({value} {unit}). Suy ra từ số liệu công bố."),
            Lang::En => format!("{name}: {share} % of the 2023 total ({value} {unit}). Derived from published figures."),
        }
    }

    pub fn levels_summary(&self, y2022: &str, y2023: &str, y2024: &str, unit: &str) -> String {
        match self.lang {
            Lang::Vi => format!("Toàn tỉnh: {y2022} (2022, suy ra) → {y2023} (2023) → {y2024} {unit} (2024, kịch bản của bạn). Mỗi ô có thang đo riêng."),
            Lang::En => format!("Whole province: {y2022} (2022, implied) → {y2023} (2023) → {y2024} {unit} (2024, your scenario). Each panel has its own scale."),
        }
    }

    pub fn level_tooltip(
        &self,
        name: &str,
        year: &str,
        value: &str,
        unit: &str,
        kind: &str,
    ) -> String {
        format!("{name}, {year}: {value} {unit} ({kind}).")
    }

    pub fn waterfall_summary(
        &self,
        start: &str,
        end: &str,
        unit: &str,
        met: bool,
        gap: &str,
    ) -> String {
        match (self.lang, met) {
            (Lang::Vi, true) => format!("Từ {start} năm 2023, các ngành đưa tổng lên {end} {unit} năm 2024, vượt đường mục tiêu {gap} {unit}."),
            (Lang::Vi, false) => format!("Từ {start} năm 2023, các ngành đưa tổng lên {end} {unit} năm 2024, còn thiếu {gap} {unit} so với đường mục tiêu."),
            (Lang::En, true) => format!("From {start} in 2023 the sectors take the total to {end} {unit} in 2024, {gap} {unit} above the target line."),
            (Lang::En, false) => format!("From {start} in 2023 the sectors take the total to {end} {unit} in 2024, {gap} {unit} short of the target line."),
        }
    }

    pub fn step_tooltip(&self, name: &str, delta: &str, unit: &str, growth: &str) -> String {
        match self.lang {
            Lang::Vi => format!("{name}: {delta} {unit} ({growth}, kịch bản của bạn)."),
            Lang::En => format!("{name}: {delta} {unit} ({growth}, your scenario)."),
        }
    }

    pub fn total_tooltip(&self, year: &str, value: &str, unit: &str, kind: &str) -> String {
        match self.lang {
            Lang::Vi => format!("Tổng {year}: {value} {unit} ({kind})."),
            Lang::En => format!("Total {year}: {value} {unit} ({kind})."),
        }
    }

    pub fn target_line(&self, value: &str) -> String {
        match self.lang {
            Lang::Vi => format!("Mục tiêu {value}"),
            Lang::En => format!("Target {value}"),
        }
    }

    pub fn axis_note(&self, floor: &str, unit: &str) -> String {
        match self.lang {
            Lang::Vi => format!(
                "Trục bắt đầu từ {floor} {unit}, không từ 0, để thấy rõ phần tăng của từng ngành."
            ),
            Lang::En => format!(
                "Axis starts at {floor} {unit}, not at zero, so each sector's step is visible."
            ),
        }
    }

    pub fn products_summary(
        &self,
        fastest: &str,
        growth: &str,
        others_low: &str,
        others_high: &str,
    ) -> String {
        match self.lang {
            Lang::Vi => format!("{fastest} tăng nhanh nhất ({growth}); các sản phẩm khác tăng {others_low}–{others_high} %."),
            Lang::En => format!("{fastest} grew fastest ({growth}); the other products grew {others_low}–{others_high} %."),
        }
    }

    pub fn product_tooltip(&self, name: &str, growth: &str, volume: &str, unit: &str) -> String {
        match self.lang {
            Lang::Vi => {
                format!("{name}: {growth} so với 2022; {volume} {unit} năm 2023 (số liệu công bố).")
            }
            Lang::En => format!("{name}: {growth} on 2022; {volume} {unit} in 2023 (published)."),
        }
    }

    pub fn slider_label(&self, sector: &str) -> String {
        match self.lang {
            Lang::Vi => format!("{sector} — thanh trượt tăng trưởng 2024"),
            Lang::En => format!("{sector} — 2024 growth slider"),
        }
    }

    pub fn reset_sector(&self, sector: &str, growth: &str) -> String {
        match self.lang {
            Lang::Vi => format!("Đặt {sector} về mức tăng 2023 ({growth} %)"),
            Lang::En => format!("Reset {sector} to its 2023 growth ({growth} %)"),
        }
    }

    pub fn outside_slider(&self, min: &str, max: &str) -> String {
        match self.lang {
            Lang::Vi => format!("Ngoài khoảng của thanh trượt ({min} % đến {max} %): ô số giữ đúng giá trị bạn nhập."),
            Lang::En => format!("Outside the slider's range ({min} % to {max} %): the field keeps the exact value you typed."),
        }
    }

    pub fn needs_alone(&self, pct: &str) -> String {
        match self.lang {
            Lang::Vi => format!("Một mình ngành này cần tăng {pct} % để đạt mục tiêu."),
            Lang::En => format!("Alone, this sector would need {pct} % to meet the target."),
        }
    }

    pub fn needs_at_least(&self, pct: &str) -> String {
        match self.lang {
            Lang::Vi => format!("Mục tiêu vẫn đạt nếu ngành này chỉ tăng {pct} %."),
            Lang::En => format!("The target is still met if this sector grows only {pct} %."),
        }
    }

    pub fn needs_implausible(&self, pct: &str) -> String {
        match self.lang {
            Lang::Vi => format!("Ngành này không thể một mình bù khoảng thiếu: sẽ cần tăng {pct} %, vượt xa mọi mức hợp lý."),
            Lang::En => format!("This sector cannot close the gap alone: it would need {pct} %, far beyond anything plausible."),
        }
    }

    /// A sector alone would need more than any growth the field accepts.
    pub fn needs_beyond_field(&self, max: &str) -> String {
        match self.lang {
            Lang::Vi => format!(
                "Ngành này không thể một mình bù khoảng thiếu: kể cả tăng {max} % cũng chưa đủ."
            ),
            Lang::En => {
                format!("This sector cannot close the gap alone: even {max} % would not be enough.")
            }
        }
    }

    /// Every sector alike would need more than any growth a field accepts.
    pub fn uniform_beyond_field(&self, max: &str) -> String {
        match self.lang {
            Lang::Vi => format!("Kể cả khi mọi ngành cùng tăng {max} %, mục tiêu vẫn chưa đạt."),
            Lang::En => format!("Even if every sector grew {max} %, the target would not be met."),
        }
    }

    pub fn reading_absolute_option(&self, value: &str) -> String {
        match self.lang {
            Lang::Vi => format!("Mục tiêu tuyệt đối đã công bố: {value}"),
            Lang::En => format!("The published absolute target: {value}"),
        }
    }

    pub fn reading_stated_option(&self, stated: &str, value: &str) -> String {
        match self.lang {
            Lang::Vi => format!("Tăng {stated} % so với 2023: {value}"),
            Lang::En => format!("+{stated} % on 2023: {value}"),
        }
    }

    pub fn month_name(&self, month: u8) -> String {
        match self.lang {
            Lang::Vi => format!("Tháng {month}"),
            Lang::En => [
                "January",
                "February",
                "March",
                "April",
                "May",
                "June",
                "July",
                "August",
                "September",
                "October",
                "November",
                "December",
            ]
            .get(usize::from(month.clamp(1, 12)) - 1)
            .copied()
            .unwrap_or_default()
            .to_owned(),
        }
    }

    pub fn include_project(&self, name: &str) -> String {
        match self.lang {
            Lang::Vi => format!("Tính {name} vào kịch bản"),
            Lang::En => format!("Include {name} in the scenario"),
        }
    }

    pub fn remove_project(&self, name: &str) -> String {
        match self.lang {
            Lang::Vi => format!("Xóa {name}"),
            Lang::En => format!("Remove {name}"),
        }
    }

    pub fn project_output(&self, output: &str, unit: &str, months: u8, enabled: bool) -> String {
        match (self.lang, enabled) {
            (Lang::Vi, true) => {
                format!("Đóng góp năm 2024: {output} {unit} ({months} tháng sản xuất).")
            }
            (Lang::Vi, false) => {
                format!("Đang tắt: không tính vào kịch bản ({months} tháng sản xuất nếu bật).")
            }
            (Lang::En, true) => {
                format!("Adds {output} {unit} in 2024 ({months} months of output).")
            }
            (Lang::En, false) => {
                format!("Switched off: not in the scenario ({months} months of output if on).")
            }
        }
    }

    pub fn project_from_article(&self, capital: &str, unit: &str) -> String {
        match self.lang {
            Lang::Vi => format!("Bài báo chỉ nêu vốn: {capital} {unit}."),
            Lang::En => format!("The article gives only the capital: {capital} {unit}."),
        }
    }

    pub fn projects_full(&self, max: usize) -> String {
        match self.lang {
            Lang::Vi => format!("Tối đa {max} dự án."),
            Lang::En => format!("At most {max} projects."),
        }
    }

    pub fn projects_add(&self, total: &str, unit: &str) -> String {
        match self.lang {
            Lang::Vi => format!("Các dự án đang bật đóng góp {total} {unit}."),
            Lang::En => format!("Active projects add {total} {unit}."),
        }
    }

    pub fn range_low_label(&self, sector: &str) -> String {
        match self.lang {
            Lang::Vi => format!("{sector} — thấp hơn mức chọn, điểm %"),
            Lang::En => format!("{sector} — below the chosen growth, pp"),
        }
    }

    pub fn range_high_label(&self, sector: &str) -> String {
        match self.lang {
            Lang::Vi => format!("{sector} — cao hơn mức chọn, điểm %"),
            Lang::En => format!("{sector} — above the chosen growth, pp"),
        }
    }

    pub fn mc_running(&self, done: &str, total: &str) -> String {
        match self.lang {
            Lang::Vi => format!("Đang mô phỏng: {done} / {total} lần rút…"),
            Lang::En => format!("Simulating: {done} of {total} draws…"),
        }
    }

    pub fn probability_sentence(&self, pct: &str, draws: &str) -> String {
        match self.lang {
            Lang::Vi => format!("Xác suất đạt mục tiêu: {pct} % ({draws} lần rút, theo khoảng bất định của bạn)."),
            Lang::En => format!("Probability of meeting the target: {pct} % ({draws} draws over your uncertainty ranges)."),
        }
    }

    pub fn percentile_tooltip(&self, label: &str, value: &str) -> String {
        match self.lang {
            Lang::Vi => format!("{label}: {value} (phân vị của tổng 2024)."),
            Lang::En => format!("{label}: {value} (percentile of the 2024 total)."),
        }
    }

    pub fn histogram_summary(&self, pct: &str, draws: &str, p10: &str, p90: &str) -> String {
        match self.lang {
            Lang::Vi => format!("{pct} % trong {draws} lần rút đạt mục tiêu; 80 % số lần rơi vào khoảng {p10} đến {p90}."),
            Lang::En => format!("{pct} % of {draws} draws reach the target; 80 % of them fall between {p10} and {p90}."),
        }
    }

    pub fn tornado_sector(&self, sector: &str, step: &str, change: &str, unit: &str) -> String {
        match self.lang {
            Lang::Vi => format!("{sector} {step} điểm %: tổng 2024 thay đổi {change} {unit}."),
            Lang::En => format!("{sector} {step} pp: the 2024 total changes by {change} {unit}."),
        }
    }

    pub fn tornado_project(&self, project: &str, change: &str, unit: &str) -> String {
        match self.lang {
            Lang::Vi => format!("Không có {project}: tổng 2024 thay đổi {change} {unit}."),
            Lang::En => format!("Without {project}: the 2024 total changes by {change} {unit}."),
        }
    }

    pub fn tornado_summary(&self, top: &str, change: &str, unit: &str) -> String {
        match self.lang {
            Lang::Vi => format!("{top} tác động lớn nhất: mỗi điểm % tăng trưởng làm tổng thay đổi {change} {unit}."),
            Lang::En => format!("{top} moves the total most: each point of its growth is worth {change} {unit}."),
        }
    }

    pub fn scenario_n(&self, n: usize) -> String {
        match self.lang {
            Lang::Vi => format!("Kịch bản {n}"),
            Lang::En => format!("Scenario {n}"),
        }
    }

    pub fn delete_saved(&self, name: &str) -> String {
        match self.lang {
            Lang::Vi => format!("Xóa {name}"),
            Lang::En => format!("Delete {name}"),
        }
    }

    pub fn compare_hint(&self, max: usize) -> String {
        match self.lang {
            Lang::Vi => format!("Chọn tối đa {max} kịch bản để xem cạnh nhau."),
            Lang::En => format!("Tick up to {max} scenarios to see them side by side."),
        }
    }

    fn store_version_cleared(&self, version: &str) -> String {
        match self.lang {
            Lang::Vi => {
                format!("Các kịch bản đã lưu thuộc định dạng khác (“{version}”) nên đã được xóa.")
            }
            Lang::En => format!(
                "The saved scenarios were in another format (“{version}”) and were cleared."
            ),
        }
    }

    /// The name of a part of a share code, in this language.
    /// A part of a link, named in this language (every part, both
    /// languages: no fall-back to English).
    fn link_part(&self, part: LinkPart) -> &'static str {
        match (self.lang, part) {
            (Lang::Vi, LinkPart::EmptyPart) => "phần trống",
            (Lang::En, LinkPart::EmptyPart) => "empty part",
            (Lang::Vi, LinkPart::DataVersion) => "phiên bản số liệu",
            (Lang::En, LinkPart::DataVersion) => "data version",
            (Lang::Vi, LinkPart::Language) => "ngôn ngữ",
            (Lang::En, LinkPart::Language) => "language",
            (Lang::Vi, LinkPart::Growth) => "tốc độ tăng",
            (Lang::En, LinkPart::Growth) => "growth",
            (Lang::Vi, LinkPart::GrowthRate) => "tốc độ tăng",
            (Lang::En, LinkPart::GrowthRate) => "growth rate",
            (Lang::Vi, LinkPart::TargetReading) => "cách đọc mục tiêu",
            (Lang::En, LinkPart::TargetReading) => "target reading",
            (Lang::Vi, LinkPart::Project) => "dự án",
            (Lang::En, LinkPart::Project) => "project",
            (Lang::Vi, LinkPart::ProjectName) => "tên dự án",
            (Lang::En, LinkPart::ProjectName) => "project name",
            (Lang::Vi, LinkPart::ProjectCount) => "số dự án",
            (Lang::En, LinkPart::ProjectCount) => "number of projects",
            (Lang::Vi, LinkPart::UncertaintyRange) => "khoảng bất định",
            (Lang::En, LinkPart::UncertaintyRange) => "uncertainty range",
            (Lang::Vi, LinkPart::UncertaintyRanges) => "khoảng bất định",
            (Lang::En, LinkPart::UncertaintyRanges) => "uncertainty ranges",
            (Lang::Vi, LinkPart::Seed) => "hạt giống",
            (Lang::En, LinkPart::Seed) => "seed",
            (Lang::Vi, LinkPart::Draws) => "số lần rút",
            (Lang::En, LinkPart::Draws) => "number of draws",
            (Lang::Vi, LinkPart::MoneyUnit) => "đơn vị tiền",
            (Lang::En, LinkPart::MoneyUnit) => "money unit",
            (Lang::Vi, LinkPart::ExchangeRate) => "tỷ giá",
            (Lang::En, LinkPart::ExchangeRate) => "exchange rate",
            (Lang::Vi, LinkPart::View) => "chế độ xem",
            (Lang::En, LinkPart::View) => "view",
            (Lang::Vi, LinkPart::SectorCount) => "số ngành",
            (Lang::En, LinkPart::SectorCount) => "number of sectors",
            (Lang::Vi, LinkPart::SoFar) => "số liệu 2024 đến nay",
            (Lang::En, LinkPart::SoFar) => "2024 so far",
        }
    }

    /// What the saved-scenario list says about the store.
    pub fn store_notice(&self, notice: &StoreNotice) -> String {
        match notice {
            StoreNotice::NewerKept => self.store_newer_kept.to_owned(),
            StoreNotice::VersionCleared(version) => self.store_version_cleared(version),
            StoreNotice::CorruptCleared => self.store_corrupt_cleared.to_owned(),
            StoreNotice::Refused(EditRefused::NewerVersion) => {
                self.store_newer_refused().to_owned()
            }
            StoreNotice::Refused(EditRefused::Full) => self.store_full().to_owned(),
            StoreNotice::Unavailable => self.store_unavailable.to_owned(),
        }
    }

    /// A save or delete refused: the store belongs to a newer version.
    fn store_newer_refused(&self) -> &'static str {
        match self.lang {
            Lang::Vi => "Không lưu được: các kịch bản trên thiết bị này do phiên bản mới hơn của ứng dụng lưu, và phiên bản này không ghi đè lên chúng. Hãy mở phiên bản mới nhất.",
            Lang::En => "Not saved: the scenarios on this device were saved by a newer version of the app, and this version does not write over them. Open the latest version.",
        }
    }

    fn store_full(&self) -> &'static str {
        match self.lang {
            Lang::Vi => "Không lưu được: đã có đủ số kịch bản tối đa; hãy xóa bớt một kịch bản.",
            Lang::En => "Not saved: the list is full; delete a saved scenario first.",
        }
    }

    /// Why a chosen file was not read, in this language.
    pub fn file_error(&self, error: FileReadError) -> &'static str {
        match (self.lang, error) {
            (Lang::Vi, FileReadError::TooLarge) => "Tệp quá lớn (trên 1 MB) để là một kịch bản đã xuất; kịch bản hiện tại không đổi.",
            (Lang::En, FileReadError::TooLarge) => "That file is too large (over 1 MB) to be an exported scenario; your scenario is unchanged.",
            (Lang::Vi, FileReadError::Unreadable) => "Không đọc được tệp này; kịch bản hiện tại không đổi.",
            (Lang::En, FileReadError::Unreadable) => "That file could not be read; your scenario is unchanged.",
        }
    }

    /// Why an imported file could not be used (the scenario stays as it was).
    pub fn import_error(&self, error: &DecodeError) -> String {
        let reason = self.decode_reason(error);
        match self.lang {
            Lang::Vi => {
                format!("Không nhập được tệp: {reason}. Kịch bản hiện tại được giữ nguyên.")
            }
            Lang::En => format!(
                "The file could not be imported: {reason}. The current scenario is unchanged."
            ),
        }
    }

    /// Why a link could not be opened, for the banner.
    pub fn link_error(&self, error: &DecodeError) -> String {
        let reason = self.decode_reason(error);
        match self.lang {
            Lang::Vi => format!("Không mở được kịch bản trong đường dẫn: {reason}. Đang hiển thị kịch bản gốc."),
            Lang::En => format!("The scenario in this link could not be opened: {reason}. Showing the baseline instead."),
        }
    }

    fn decode_reason(&self, error: &DecodeError) -> String {
        let reason = match (self.lang, error) {
            (Lang::Vi, DecodeError::Empty) => "đường dẫn không chứa kịch bản".to_owned(),
            (Lang::En, DecodeError::Empty) => "the link holds no scenario".to_owned(),
            (Lang::Vi, DecodeError::TooLong) => "đoạn mã kịch bản quá dài".to_owned(),
            (Lang::En, DecodeError::TooLong) => "the scenario text is too long".to_owned(),
            (Lang::Vi, DecodeError::UnsupportedVersion(v)) => format!(
                "định dạng “{v}” không được hỗ trợ (có thể bị cắt hoặc tạo bởi phiên bản mới hơn)"
            ),
            (Lang::En, DecodeError::UnsupportedVersion(v)) => {
                format!("its format “{v}” is unknown (cut short, or made by a newer version)")
            }
            (Lang::Vi, DecodeError::DatasetVersion { found, expected }) => format!(
                "được tạo với số liệu phiên bản {found}, ứng dụng này có phiên bản {expected}"
            ),
            (Lang::En, DecodeError::DatasetVersion { found, expected }) => {
                format!("it was made with data version {found}; this app has version {expected}")
            }
            (Lang::Vi, DecodeError::UnknownSegment(p)) => format!("có phần không hợp lệ “{p}”"),
            (Lang::En, DecodeError::UnknownSegment(p)) => format!("it has an unknown part “{p}”"),
            (Lang::Vi, DecodeError::Malformed(part)) => {
                format!("không đọc được một giá trị ({})", self.link_part(*part))
            }
            (Lang::En, DecodeError::Malformed(part)) => {
                format!("the {} cannot be read", self.link_part(*part))
            }
            (Lang::Vi, DecodeError::OutOfRange(part)) => format!(
                "một giá trị nằm ngoài phạm vi cho phép ({})",
                self.link_part(*part)
            ),
            (Lang::En, DecodeError::OutOfRange(part)) => {
                format!("the {} is out of range", self.link_part(*part))
            }
            (Lang::Vi, DecodeError::Repeated(part)) => {
                format!("một phần xuất hiện hai lần ({})", self.link_part(*part))
            }
            (Lang::En, DecodeError::Repeated(part)) => {
                format!("the {} appears twice", self.link_part(*part))
            }
        };
        reason
    }

    /// The projects alone reach the target: no growth is needed at all.
    pub fn uniform_needs_nothing(&self) -> &'static str {
        match self.lang {
            Lang::Vi => {
                "Các dự án đã đủ đạt mục tiêu, kể cả khi các ngành không sản xuất gì năm 2024."
            }
            Lang::En => {
                "The projects alone reach the target, even if the sectors produced nothing in 2024."
            }
        }
    }

    pub fn uniform_needed(&self, pct: &str) -> String {
        if self.lang == Lang::Vi {
            format!("Nếu mọi ngành tăng như nhau: mỗi ngành cần tăng {pct} %.")
        } else {
            format!("If every sector grew alike, each would need {pct} %.")
        }
    }

    pub fn note_total_growth(&self, stated: &str, implied: &str) -> String {
        if self.lang == Lang::Vi {
            format!("Tốc độ tăng toàn tỉnh 2023 công bố là {stated} %, nhưng tính từ bốn ngành thì là {implied} %. Ứng dụng dùng số liệu từng ngành và nêu rõ chênh lệch này.")
        } else {
            format!("The stated 2023 growth of the total is {stated} %, but the four sectors' own growth rates imply {implied} %. The app computes from the sectors and shows this difference.")
        }
    }

    pub fn note_target_growth(&self, target: &str, exact: &str, stated: &str, alt: &str) -> String {
        if self.lang == Lang::Vi {
            format!("Mục tiêu {target} tỷ đồng là tăng {exact} % so với 2023, được công bố là “{stated} %”; tăng đúng {stated} % sẽ là {alt} tỷ đồng.")
        } else {
            format!("The target of {target} billion VND is +{exact} % on 2023, published as “{stated} %”; exactly +{stated} % would be {alt} billion VND.")
        }
    }

    pub fn note_versions(&self, dataset: u32, link: u32) -> String {
        match self.lang {
            Lang::Vi => format!("Phiên bản số liệu {dataset}; định dạng đường dẫn {link}."),
            Lang::En => format!("Data version {dataset}; link format {link}."),
        }
    }

    pub fn note_price_basis(&self) -> &'static str {
        if self.lang == Lang::Vi {
            "Nguồn không nêu giá trị tính theo giá hiện hành hay giá so sánh 2010; ứng dụng dùng đúng số đã công bố và không suy đoán."
        } else {
            "The source does not say whether values are at current or at comparable (2010) prices; the app uses the figures as published and does not guess."
        }
    }
}

#[cfg(test)]
mod link_error_tests {
    use super::*;

    #[test]
    fn every_link_error_reads_in_each_language_without_english_in_vietnamese() {
        for part in LinkPart::ALL {
            for error in [
                DecodeError::Malformed(part),
                DecodeError::OutOfRange(part),
                DecodeError::Repeated(part),
            ] {
                let en = strings(Lang::En).link_error(&error);
                let vi = strings(Lang::Vi).link_error(&error);
                let name = strings(Lang::En).link_part(part);
                assert!(en.contains(name), "{en}");
                assert!(
                    !vi.contains(name),
                    "English {name:?} in the Vietnamese text: {vi}"
                );
            }
        }
    }
}

#[cfg(test)]
mod error_text_tests {
    use super::*;

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
