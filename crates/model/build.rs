//! Compiles `data/ninh-binh-2023.json`, `data/assumptions.json` and
//! `data/published.json` into Rust `static` items, so the app bundles them
//! as plain data: no JSON parser (a large share of the wasm) and no code
//! that builds them at start.
//!
//! The JSON is read into the very types the app uses (`src/schema.rs`,
//! shared with this script), so a misspelt or missing field fails the build
//! with serde's message. Values are checked again at run time by
//! `Dataset::validate`, which native tests exercise on broken variants.
//! The published figures are checked here (`Published::check`): a figure
//! without its quote or a known, dated source fails the build.

use std::fmt::Write as _;
use std::{env, fs, path::Path};

#[allow(dead_code)]
#[path = "src/schema.rs"]
mod schema;

use schema::*;

const DATA: &str = "../../data/ninh-binh-2023.json";
const ASSUMPTIONS: &str = "../../data/assumptions.json";
const PUBLISHED: &str = "../../data/published.json";

/// Writes a Rust expression that builds the value.
trait Emit {
    fn emit(&self, out: &mut String);
}

impl Emit for Text {
    fn emit(&self, out: &mut String) {
        // Debug gives a valid, escaped Rust string literal.
        let _ = write!(out, "std::borrow::Cow::Borrowed({self:?})");
    }
}

impl Emit for f64 {
    fn emit(&self, out: &mut String) {
        assert!(self.is_finite(), "non-finite number in {DATA}");
        let _ = write!(out, "{self:?}_f64");
    }
}

impl Emit for u32 {
    fn emit(&self, out: &mut String) {
        let _ = write!(out, "{self}_u32");
    }
}

impl Emit for u16 {
    fn emit(&self, out: &mut String) {
        let _ = write!(out, "{self}_u16");
    }
}

impl Emit for u64 {
    fn emit(&self, out: &mut String) {
        let _ = write!(out, "{self}_u64");
    }
}

impl Emit for u8 {
    fn emit(&self, out: &mut String) {
        let _ = write!(out, "{self}_u8");
    }
}

impl Emit for bool {
    fn emit(&self, out: &mut String) {
        let _ = write!(out, "{self}");
    }
}

impl<T: Emit + Clone> Emit for List<T> {
    fn emit(&self, out: &mut String) {
        out.push_str("std::borrow::Cow::Borrowed(&[");
        for item in self.iter() {
            item.emit(out);
            out.push_str(", ");
        }
        out.push_str("])");
    }
}

macro_rules! emit_struct {
    ($ty:ident { $($field:ident),* $(,)? }) => {
        impl Emit for $ty {
            fn emit(&self, out: &mut String) {
                // Destructuring makes a field added to the schema but not
                // here a compile error rather than silently dropped data.
                let $ty { $($field),* } = self;
                out.push_str(concat!(stringify!($ty), " {"));
                $(
                    out.push_str(concat!(stringify!($field), ": "));
                    $field.emit(out);
                    out.push_str(", ");
                )*
                out.push('}');
            }
        }
    };
}

emit_struct!(Localized { vi, en });
emit_struct!(Unit { code, vi, en });
emit_struct!(Meta {
    province,
    publisher,
    source_title,
    indicator,
    year,
    values_are_estimates,
    estimate_wording_vi,
    unit,
    price_basis,
});
emit_struct!(Total {
    vsic,
    name,
    value_2023,
    growth_pct_2023,
    quote_vi
});
emit_struct!(Sector {
    vsic,
    name,
    long_name,
    value_2023,
    growth_pct_2023,
    quote_vi
});
emit_struct!(Product {
    id,
    name,
    sector_vsic,
    volume_2023,
    unit,
    growth,
    quote_vi
});
emit_struct!(Target {
    value,
    stated_growth_pct,
    quote_vi
});
emit_struct!(NamedProject {
    id,
    name,
    sector_vsic,
    capital,
    quote_vi,
    note
});
emit_struct!(Dataset {
    dataset_version,
    meta,
    total,
    sectors,
    products,
    target_2024,
    projects
});

emit_struct!(Assumptions {
    comment,
    assumptions_version,
    default_range_pp,
    default_seed,
    project_defaults,
    presets,
});
emit_struct!(RangeDefault { low, high });
emit_struct!(ProjectDefault {
    project_id,
    output_per_capital,
    first_month,
    note
});
emit_struct!(GrowthOverride { vsic, growth_pct });
emit_struct!(Preset {
    id,
    name,
    rationale,
    base,
    overrides,
    projects_on
});

impl Emit for PresetBase {
    fn emit(&self, out: &mut String) {
        out.push_str(match self {
            PresetBase::Repeat2023 => "PresetBase::Repeat2023",
            PresetBase::TargetPath => "PresetBase::TargetPath",
        });
    }
}

impl Emit for PriceBasis {
    fn emit(&self, out: &mut String) {
        match self {
            PriceBasis::AsPublished => out.push_str("PriceBasis::AsPublished"),
        }
    }
}

impl<T: Emit> Emit for Option<T> {
    fn emit(&self, out: &mut String) {
        match self {
            None => out.push_str("None"),
            Some(value) => {
                out.push_str("Some(");
                value.emit(out);
                out.push(')');
            }
        }
    }
}

emit_struct!(Published {
    published_version,
    sources,
    figures,
    product_growth
});
emit_struct!(PublishedSource {
    id,
    publisher,
    title,
    url,
    date,
    note
});
emit_struct!(PublishedFigure {
    id,
    source,
    label,
    year,
    from_month,
    to_month,
    measure,
    prices,
    kind,
    value,
    value_is_lower_bound,
    growth_pct,
    quote
});
emit_struct!(PublishedProducts {
    id,
    source,
    year,
    from_month,
    to_month,
    quotes,
    items
});
emit_struct!(PublishedProductGrowth {
    name,
    growth_pct,
    times,
    product,
    note
});

macro_rules! emit_enum {
    ($ty:ident { $($variant:ident),* $(,)? }) => {
        impl Emit for $ty {
            fn emit(&self, out: &mut String) {
                out.push_str(match self {
                    $($ty::$variant => concat!(stringify!($ty), "::", stringify!($variant)),)*
                });
            }
        }
    };
}

emit_enum!(Measure {
    ProductionValue,
    ProductionIndex
});
emit_enum!(Prices {
    Current,
    Comparable2010,
    NotStated,
    NotApplicable
});
emit_enum!(FigureKind {
    Result,
    Estimate,
    Target
});

impl Emit for ProductGrowth {
    fn emit(&self, out: &mut String) {
        let (variant, value) = match self {
            ProductGrowth::Percent(v) => ("Percent", v),
            ProductGrowth::Multiple(v) => ("Multiple", v),
        };
        let _ = write!(out, "ProductGrowth::{variant}(");
        value.emit(out);
        out.push(')');
    }
}

fn read<T: serde::de::DeserializeOwned>(path: &str) -> T {
    println!("cargo:rerun-if-changed={path}");
    let json = fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"));
    serde_json::from_str(&json)
        .unwrap_or_else(|e| panic!("{path} does not match src/schema.rs: {e}"))
}

/// Appends `pub static {name}: {type_name}` built from `value`.
fn emit_static<T: Emit>(path: &str, name: &str, type_name: &str, value: &T, code: &mut String) {
    let _ = write!(
        code,
        "/// Generated by build.rs from {path}.\npub static {name}: {type_name} = "
    );
    value.emit(code);
    code.push_str(";\n");
}

/// Reads `path` into `T` and appends `pub static {name}: {type_name}`.
fn generate<T: Emit + serde::de::DeserializeOwned>(
    path: &str,
    name: &str,
    type_name: &str,
    code: &mut String,
) -> T {
    let value: T = read(path);
    emit_static(path, name, type_name, &value, code);
    value
}

fn main() {
    println!("cargo:rerun-if-changed=src/schema.rs");
    let mut code = String::new();
    let _: Dataset = generate(DATA, "BUNDLED_DATASET", "Dataset", &mut code);
    let _: Assumptions = generate(ASSUMPTIONS, "BUNDLED_ASSUMPTIONS", "Assumptions", &mut code);
    let published: Published = read(PUBLISHED);
    if let Err(error) = published.check() {
        panic!("{PUBLISHED} is refused: {error:?}");
    }
    // The wasm draws only the "so far" offers; the record is drawn by the
    // native prerender, which gets every figure.
    let shipped = if env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32") {
        published.offers_only()
    } else {
        published
    };
    emit_static(
        PUBLISHED,
        "BUNDLED_PUBLISHED",
        "Published",
        &shipped,
        &mut code,
    );
    let out = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("bundled_data.rs");
    fs::write(out, code).expect("cannot write the generated dataset");
}
