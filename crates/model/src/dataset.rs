//! The bundled dataset (`data/ninh-binh-2023.json`) as typed, validated data.
//!
//! Invariants once `Dataset::parse` returns `Ok`: there is at least one
//! sector, every value is finite and positive, every growth rate is above
//! -100 %, the sectors add up to the published total within the article's
//! rounding (0.05 billion VND per sector), and every product and project
//! names a sector that exists. Derived figures (2022 levels, shares,
//! contributions) are computed here from published ones, never stored.

pub use super::dataset_check::DataError;
pub use super::schema::*;

/// The JSON behind the bundled dataset, for native tests of validation.
#[cfg(test)]
pub const BUNDLED_JSON: &str = include_str!("../../../data/ninh-binh-2023.json");

/// The two languages of the app and of every text in the data.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    Vi,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Vi, Lang::En];

    /// The language of a visitor who reads neither (see `choose`).
    pub const FALLBACK: Lang = Lang::En;

    /// BCP 47 tag, as used by `Intl` and the `lang` attribute.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Vi => "vi",
            Lang::En => "en",
        }
    }

    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.split(['-', '_']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "vi" => Some(Lang::Vi),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// The language to start in: the address's `?lang=` (a shared link),
    /// else the one chosen last on this device, else the first of the
    /// browser's languages the app speaks, else English (the common
    /// language of visitors who read neither). A tag the app does not speak
    /// counts as absent. js/choose-lang.js makes the same choice before the
    /// first paint; `tests/fixtures/lang-choice.json` holds both to it.
    pub fn choose<T: AsRef<str>>(
        in_address: Option<&str>,
        remembered: Option<&str>,
        browser: impl IntoIterator<Item = T>,
    ) -> Lang {
        in_address
            .and_then(Lang::from_tag)
            .or_else(|| remembered.and_then(Lang::from_tag))
            .or_else(|| {
                browser
                    .into_iter()
                    .find_map(|tag| Lang::from_tag(tag.as_ref()))
            })
            .unwrap_or(Lang::FALLBACK)
    }
}

impl Localized {
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Vi => &self.vi,
            Lang::En => &self.en,
        }
    }
}

impl Sector {
    /// The level a year before the base year, implied by the base value
    /// and its published growth; `None` where that growth is not published.
    pub fn implied_2022(&self) -> Option<f64> {
        self.growth_pct.map(|g| level_before(self.value, g))
    }
}

impl ProductGrowth {
    /// The growth as a ratio of 2023 to 2022 (1.086 for +8.6 %, 2.1 for ×2.1).
    pub fn ratio(self) -> f64 {
        match self {
            ProductGrowth::Percent(pct) => 1.0 + pct / 100.0,
            ProductGrowth::Multiple(times) => times,
        }
    }
}

impl Product {
    pub fn implied_volume_2022(&self) -> f64 {
        self.volume / self.growth.ratio()
    }
}

impl Dataset {
    /// The dataset bundled into the app: the default edition's base
    /// article (compiled in by build.rs, so no fetch and no parsing at run
    /// time). build.rs refused to build with an article that fails
    /// `validate`; the native build (tests, the prerender) validates it
    /// again, and the page carries no checking code.
    pub fn bundled() -> Result<&'static Dataset, &'static DataError> {
        let articles = &super::generated::BUNDLED_ARTICLES;
        let dataset = &articles[super::generated::BUNDLED_DEFAULT_ARTICLE].dataset;
        #[cfg(not(target_arch = "wasm32"))]
        {
            static CHECKED: std::sync::OnceLock<Result<(), DataError>> = std::sync::OnceLock::new();
            CHECKED.get_or_init(|| dataset.validate()).as_ref()?;
        }
        Ok(dataset)
    }

    /// Reads and validates a dataset from JSON (native only: the app
    /// itself never parses JSON).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn parse(json: &str) -> Result<Dataset, DataError> {
        let dataset: Dataset =
            serde_json::from_str(json).map_err(|e| DataError::Json(e.to_string()))?;
        dataset.validate()?;
        Ok(dataset)
    }

    /// The years this dataset's question names: its own year is the base.
    pub fn years(&self) -> super::years::Years {
        super::years::Years::after(self.meta.year)
    }

    pub fn sector_index(&self, vsic: &str) -> Option<usize> {
        self.sectors.iter().position(|s| s.vsic == vsic)
    }

    pub fn sectors_sum_2023(&self) -> f64 {
        self.sectors.iter().map(|s| s.value).sum()
    }

    /// The 2022 total implied by the four sectors' own growth rates;
    /// `None` unless every sector's growth is published.
    pub fn implied_total_2022(&self) -> Option<f64> {
        self.sectors.iter().map(Sector::implied_2022).sum()
    }

    /// Total 2023 growth implied by the sectors (≈ 3.47 %), which the
    /// article rounds differently (3.4 %): reported as a data note.
    pub fn implied_total_growth_pct(&self) -> Option<f64> {
        Some((self.sectors_sum_2023() / self.implied_total_2022()? - 1.0) * 100.0)
    }

    /// The growth each sector's lever starts at and resets to: its growth
    /// into the base year, repeated; where that is not published, the
    /// growth the target asks of the sectors' base total, rounded up to
    /// the precision the scenario keeps (so that it meets the target).
    pub fn start_growth(&self) -> Vec<f64> {
        let scale = 10f64.powi(super::precision::GROWTH_DECIMALS as i32);
        let uniform = (self.target.value / self.sectors_sum_2023() - 1.0) * 100.0;
        let uniform = (uniform * scale).ceil() / scale;
        self.sectors
            .iter()
            .map(|s| s.growth_pct.unwrap_or(uniform))
            .collect()
    }

    /// Whether every sector's growth into the base year is published.
    pub fn base_growth_published(&self) -> bool {
        self.sectors.iter().all(|s| s.growth_pct.is_some())
    }

    /// Each sector's share of the 2023 total, as a fraction of 1.
    pub fn share_2023(&self, sector: usize) -> f64 {
        self.sectors[sector].value / self.sectors_sum_2023()
    }

    /// A sector's contribution to total 2023 growth, in percentage points:
    /// its change over 2022 as a share of the implied 2022 total.
    pub fn contribution_pp_2023(&self, sector: usize) -> Option<f64> {
        let s = &self.sectors[sector];
        Some((s.value - s.implied_2022()?) / self.implied_total_2022()? * 100.0)
    }

    /// Growth the target needs over the 2023 total (≈ 8.67 %, published as 8.7 %).
    pub fn target_growth_pct(&self) -> f64 {
        (self.target.value / self.total.value - 1.0) * 100.0
    }

    pub fn products_of(&self, sector: usize) -> impl Iterator<Item = &Product> {
        let vsic = &self.sectors[sector].vsic;
        self.products.iter().filter(move |p| &p.sector_vsic == vsic)
    }
}

/// The level a year earlier, given a level and its growth in percent.
pub fn level_before(value: f64, growth_pct: f64) -> f64 {
    value / (1.0 + growth_pct / 100.0)
}

/// The bundled dataset as a value views can hold: compared by address,
/// since it is one static value for the life of the page.
#[derive(Clone, Copy, Debug)]
pub struct Data(pub &'static Dataset);

impl PartialEq for Data {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.0, other.0)
    }
}

impl std::ops::Deref for Data {
    type Target = Dataset;

    fn deref(&self) -> &Dataset {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn data() -> &'static Dataset {
        Dataset::bundled().expect("bundled data is valid")
    }

    fn close(a: f64, b: f64, tol: f64) -> bool {
        (a - b).abs() <= tol
    }

    #[test]
    fn bundled_data_holds_every_published_figure() {
        let d = data();
        assert_eq!(d.meta.publisher.vi, "Sở Công Thương Ninh Bình");
        assert!(d.meta.values_are_estimates);
        assert_eq!(d.meta.price_basis, PriceBasis::AsPublished);
        assert_eq!(d.meta.unit.vi, "tỷ đồng");
        assert_eq!(d.total.value, 102_893.2);
        assert_eq!(d.total.growth_pct, 3.4);
        let sectors: Vec<(&str, f64, f64)> = d
            .sectors
            .iter()
            .map(|s| (&*s.vsic, s.value, s.growth_pct.unwrap()))
            .collect();
        assert_eq!(
            sectors,
            vec![
                ("B", 575.8, 10.0),
                ("C", 100_867.1, 3.4),
                ("D", 1_121.4, 4.8),
                ("E", 328.9, 8.6)
            ]
        );
        assert_eq!(d.products.len(), 4);
        let lenses = d.products.iter().find(|p| p.id == "camera_lenses").unwrap();
        assert_eq!(lenses.growth, ProductGrowth::Multiple(2.1));
        assert_eq!(lenses.sector_vsic, "C");
        assert_eq!(d.target.value, 111_816.0);
        assert_eq!(d.target.stated_growth_pct, 8.7);
        assert_eq!(d.projects[0].capital, 1_000.0);
    }

    #[test]
    fn every_quote_appears_in_the_article() {
        let article = include_str!("../../../data/source/article-vi.txt");
        let d = data();
        let quotes = d
            .sectors
            .iter()
            .map(|s| &s.quote_vi)
            .chain(d.products.iter().map(|p| &p.quote_vi))
            .chain(d.projects.iter().map(|p| &p.quote_vi))
            .chain([&d.total.quote_vi, &d.target.quote_vi]);
        for quote in quotes {
            assert!(article.contains(&**quote), "not in the article: {quote}");
        }
    }

    #[test]
    fn generated_dataset_equals_the_json() {
        assert_eq!(&Dataset::parse(BUNDLED_JSON).unwrap(), data());
    }

    #[test]
    fn sectors_sum_exactly_to_the_total() {
        let d = data();
        assert!(close(d.sectors_sum_2023(), d.total.value, 1e-6));
    }

    #[test]
    fn implied_total_growth_differs_from_the_stated_one() {
        // Hand-computed: 2022 levels 523.4545 + 97,550.39 + 1,070.04 + 302.85
        // = 99,446.74; 102,893.2 / 99,446.74 = 1.03466.
        let d = data();
        assert!(close(d.implied_total_2022().unwrap(), 99_446.74, 0.01));
        assert!(close(d.implied_total_growth_pct().unwrap(), 3.466, 0.001));
        assert!((d.implied_total_growth_pct().unwrap() - d.total.growth_pct).abs() > 0.05);
    }

    #[test]
    fn implied_2022_levels() {
        let d = data();
        assert!(close(d.sectors[0].implied_2022().unwrap(), 523.4545, 1e-4));
        assert!(close(
            d.sectors[1].implied_2022().unwrap(),
            97_550.387,
            1e-3
        ));
        assert!(close(d.sectors[2].implied_2022().unwrap(), 1_070.038, 1e-3));
        assert!(close(d.sectors[3].implied_2022().unwrap(), 302.855, 1e-3));
    }

    #[test]
    fn shares_add_to_one_and_manufacturing_dominates() {
        let d = data();
        let shares: Vec<f64> = (0..4).map(|i| d.share_2023(i)).collect();
        assert!(close(shares.iter().sum::<f64>(), 1.0, 1e-12));
        assert!(close(shares[1], 0.98031, 1e-5));
        assert!(close(shares[0], 0.005596, 1e-6));
    }

    #[test]
    fn contributions_add_to_implied_growth() {
        let d = data();
        let sum: f64 = (0..4).map(|i| d.contribution_pp_2023(i).unwrap()).sum();
        assert!(close(sum, d.implied_total_growth_pct().unwrap(), 1e-9));
        // Manufacturing: (100,867.1 − 97,550.387) / 99,446.74 × 100 = 3.3352 pp.
        assert!(close(d.contribution_pp_2023(1).unwrap(), 3.3352, 1e-4));
    }

    #[test]
    fn target_growth_is_8_67_not_8_7() {
        let d = data();
        assert!(close(d.target_growth_pct(), 8.6719, 1e-4));
    }

    #[test]
    fn products_by_sector() {
        let d = data();
        let mining: Vec<&str> = d.products_of(0).map(|p| &*p.id).collect();
        assert_eq!(mining, vec!["stone"]);
        assert_eq!(d.products_of(1).count(), 3);
        assert_eq!(d.products_of(2).count(), 0);
        let lenses = d.products.iter().find(|p| p.id == "camera_lenses").unwrap();
        assert!(close(lenses.implied_volume_2022(), 2.4 / 2.1, 1e-12));
    }

    #[test]
    fn validation_rejects_bad_data() {
        let bad_sum = BUNDLED_JSON.replace("575.8", "675.8");
        assert!(matches!(
            Dataset::parse(&bad_sum),
            Err(DataError::SectorsDoNotAddUp { .. })
        ));
        let bad_parent = BUNDLED_JSON.replace("\"sector_vsic\": \"B\"", "\"sector_vsic\": \"Z\"");
        assert!(matches!(
            Dataset::parse(&bad_parent),
            Err(DataError::UnknownSector { .. })
        ));
        let bad_growth = BUNDLED_JSON.replace("\"growth_pct\": 10.0", "\"growth_pct\": -100");
        assert!(matches!(
            Dataset::parse(&bad_growth),
            Err(DataError::GrowthBelowMinus100 { .. })
        ));
        assert!(matches!(Dataset::parse("{"), Err(DataError::Json(_))));
    }

    #[test]
    fn lang_tags() {
        assert_eq!(Lang::from_tag("vi-VN"), Some(Lang::Vi));
        assert_eq!(Lang::from_tag("en_GB"), Some(Lang::En));
        assert_eq!(Lang::from_tag("fr"), None);
        assert_eq!(Lang::from_tag(""), None);
    }

    #[test]
    fn lang_choice_order() {
        let none: [&str; 0] = [];
        assert_eq!(Lang::choose(Some("vi"), Some("en"), ["en"]), Lang::Vi);
        assert_eq!(Lang::choose(Some("fr"), Some("vi"), ["en"]), Lang::Vi);
        assert_eq!(
            Lang::choose(None, Some("xx"), ["de", "vi-VN", "en"]),
            Lang::Vi
        );
        assert_eq!(Lang::choose(None, None, ["de"]), Lang::En);
        assert_eq!(Lang::choose(None, None, none), Lang::En);
    }
}
