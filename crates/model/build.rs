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
//! without its quote or a known, dated source fails the build. So are the
//! editions (`data/editions/*.json`, `check_editions`): every article,
//! figure and preset an edition names exists and fits its place; the
//! articles they name (`data/<name>.json`) are compiled in beside them.
//!
//! The schema is written once, in `src/schema.rs`: this script writes each
//! value as Rust through the value's own derived `Serialize` and the small
//! `Rust` serializer below, so no field is listed here. (ICU4X's databake
//! derives the same, but as a new build dependency it changes the model
//! crate's symbol hashes and so the release wasm:
//! docs/decisions/0024-data-as-rust-through-serde.md.)

use std::fmt::{self, Write as _};
use std::{env, fs, path::Path};

use serde::ser::{Impossible, SerializeSeq, SerializeStruct, Serializer};
use serde::Serialize;

#[allow(dead_code)]
#[path = "src/schema.rs"]
mod schema;

#[allow(dead_code)]
#[path = "src/dataset_check.rs"]
mod dataset_check;

#[allow(dead_code)]
#[path = "src/edition_schema.rs"]
mod edition_schema;

use edition_schema::{check_editions, EditionContext, EditionFile, NamedArticle};
use schema::{Assumptions, Dataset, Published};

const ASSUMPTIONS: &str = "../../data/assumptions.json";
const PUBLISHED: &str = "../../data/published.json";
const EDITIONS: &str = "../../data/editions";

/// A `Serializer` whose output is the Rust expression that builds the
/// value, driven by the schema's derived `Serialize` (so a field added to
/// the schema is written with no change here): structs as `Name { field:
/// value, }`, enum variants as `Enum::Variant`, numbers with their type's
/// suffix, texts and lists as the schema's borrowed `Cow`s. A shape the
/// schema does not use (a map, a tuple) stops the build.
struct Rust;

type Expression = Result<String, fmt::Error>;
/// Stands for the compound shapes the schema does not use.
type Refused = Impossible<String, fmt::Error>;

fn expression<T: Serialize + ?Sized>(value: &T) -> Expression {
    value.serialize(Rust)
}

macro_rules! suffixed {
    ($($method:ident: $type:ident),* $(,)?) => {$(
        fn $method(self, v: $type) -> Expression {
            Ok(format!("{v:?}_{}", stringify!($type)))
        }
    )*};
}

macro_rules! not_in_the_schema {
    ($($method:ident($($arg:ty),*) -> $out:ty;)*) => {$(
        fn $method(self, $(_: $arg),*) -> Result<$out, fmt::Error> {
            panic!(concat!("build.rs writes no ", stringify!($method), ": src/schema.rs has none"))
        }
    )*};
}

impl Serializer for Rust {
    type Ok = String;
    type Error = fmt::Error;
    type SerializeSeq = List;
    type SerializeStruct = Struct;
    type SerializeTuple = Refused;
    type SerializeTupleStruct = Refused;
    type SerializeTupleVariant = Refused;
    type SerializeMap = Refused;
    type SerializeStructVariant = Refused;

    suffixed!(serialize_u8: u8, serialize_u16: u16, serialize_u32: u32, serialize_u64: u64);
    suffixed!(serialize_i8: i8, serialize_i16: i16, serialize_i32: i32, serialize_i64: i64);

    fn serialize_f64(self, v: f64) -> Expression {
        // JSON has no other; Debug keeps every digit and the `.0`.
        assert!(v.is_finite(), "a non-finite number in the data");
        Ok(format!("{v:?}_f64"))
    }

    fn serialize_f32(self, v: f32) -> Expression {
        assert!(v.is_finite(), "a non-finite number in the data");
        Ok(format!("{v:?}_f32"))
    }

    fn serialize_bool(self, v: bool) -> Expression {
        Ok(v.to_string())
    }

    fn serialize_char(self, v: char) -> Expression {
        Ok(format!("{v:?}"))
    }

    fn serialize_str(self, v: &str) -> Expression {
        // A `Text`; Debug gives a valid, escaped Rust string literal.
        Ok(format!("std::borrow::Cow::Borrowed({v:?})"))
    }

    fn serialize_none(self) -> Expression {
        Ok("None".into())
    }

    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Expression {
        Ok(format!("Some({})", expression(value)?))
    }

    fn serialize_unit_variant(self, name: &str, _: u32, variant: &str) -> Expression {
        Ok(format!("{name}::{variant}"))
    }

    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        name: &str,
        _: u32,
        variant: &str,
        value: &T,
    ) -> Expression {
        Ok(format!("{name}::{variant}({})", expression(value)?))
    }

    fn serialize_newtype_struct<T: Serialize + ?Sized>(self, name: &str, value: &T) -> Expression {
        Ok(format!("{name}({})", expression(value)?))
    }

    fn serialize_seq(self, _: Option<usize>) -> Result<List, fmt::Error> {
        Ok(List(Vec::new()))
    }

    fn serialize_struct(self, name: &'static str, _: usize) -> Result<Struct, fmt::Error> {
        Ok(Struct {
            name,
            fields: Vec::new(),
        })
    }

    not_in_the_schema! {
        serialize_bytes(&[u8]) -> String;
        serialize_unit() -> String;
        serialize_unit_struct(&'static str) -> String;
        serialize_tuple(usize) -> Refused;
        serialize_tuple_struct(&'static str, usize) -> Refused;
        serialize_tuple_variant(&'static str, u32, &'static str, usize) -> Refused;
        serialize_map(Option<usize>) -> Refused;
        serialize_struct_variant(&'static str, u32, &'static str, usize) -> Refused;
    }
}

/// A `List`: its items, written as a borrowed slice.
struct List(Vec<String>);

impl SerializeSeq for List {
    type Ok = String;
    type Error = fmt::Error;

    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), fmt::Error> {
        self.0.push(expression(value)?);
        Ok(())
    }

    fn end(self) -> Expression {
        Ok(format!(
            "std::borrow::Cow::Borrowed(&[{}])",
            self.0.join(", ")
        ))
    }
}

/// A struct's fields, in order.
struct Struct {
    name: &'static str,
    fields: Vec<(&'static str, String)>,
}

impl SerializeStruct for Struct {
    type Ok = String;
    type Error = fmt::Error;

    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), fmt::Error> {
        self.fields.push((key, expression(value)?));
        Ok(())
    }

    fn end(self) -> Expression {
        // An adjacently tagged enum (`#[serde(tag, content)]`) comes as a
        // struct of its own name whose tag is one of its unit variants; a
        // struct cannot have a field of an enum of its own name.
        if let [(_, tag), (_, content)] = self.fields.as_slice() {
            if tag.starts_with(&format!("{}::", self.name)) {
                return Ok(format!("{tag}({content})"));
            }
        }
        let fields: String = self
            .fields
            .iter()
            .map(|(key, value)| format!("{key}: {value}, "))
            .collect();
        Ok(format!("{} {{ {fields}}}", self.name))
    }
}

fn read<T: serde::de::DeserializeOwned>(path: &str) -> T {
    println!("cargo:rerun-if-changed={path}");
    let json = fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"));
    serde_json::from_str(&json)
        .unwrap_or_else(|e| panic!("{path} does not match src/schema.rs: {e}"))
}

/// Every edition file, in order of target year, and the articles they name.
fn editions(
    assumptions: &Assumptions,
    published: &Published,
) -> (Vec<EditionFile>, Vec<NamedArticle>) {
    println!("cargo:rerun-if-changed={EDITIONS}");
    println!("cargo:rerun-if-changed=src/edition_schema.rs");
    let mut paths: Vec<_> = fs::read_dir(EDITIONS)
        .unwrap_or_else(|e| panic!("cannot read {EDITIONS}: {e}"))
        .map(|entry| entry.expect("a readable entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "json"))
        .collect();
    paths.sort();
    let mut editions: Vec<EditionFile> = paths
        .iter()
        .map(|path| read(path.to_str().expect("a UTF-8 path")))
        .collect();
    // In order of target year, and each one's "so far" figures in order of
    // months, so that the page need not sort them.
    editions.sort_by_key(|e| e.target_year);
    for edition in &mut editions {
        let mut so_far = edition.so_far.to_vec();
        so_far.sort_by_key(|id| published.figure(id).map(|f| f.to_month));
        edition.so_far = so_far.into();
    }
    let mut articles: Vec<NamedArticle> = Vec::new();
    for edition in &editions {
        let named = [
            &edition.base.article,
            &edition.target.article,
            &edition.outcome,
        ];
        for name in named.into_iter().flatten() {
            if !articles.iter().any(|a| a.name == *name) {
                let path = format!("../../data/{name}.json");
                let dataset: Dataset = read(&path);
                if let Err(error) = dataset.validate() {
                    panic!("{path} is refused: {error}");
                }
                articles.push(NamedArticle {
                    name: name.clone(),
                    dataset,
                });
            }
        }
    }
    let presets: Vec<_> = assumptions
        .presets
        .iter()
        .map(|p| (p.id.clone(), p.base))
        .collect();
    let ctx = EditionContext {
        articles: &articles,
        published,
        presets: &presets,
    };
    if let Err(error) = check_editions(&editions, &ctx) {
        panic!("{EDITIONS} is refused: {error:?}");
    }
    // The base of an edition implied by its outcome, computed here so the
    // page carries no code for it, under a name of its own.
    let implied: Vec<NamedArticle> = editions
        .iter()
        .filter_map(|e| {
            let dataset = e.implied_base(&ctx)?;
            if let Err(error) = dataset.validate() {
                panic!("the implied base of edition {} is refused: {error}", e.id);
            }
            Some(NamedArticle {
                name: e.implied_base_name().into(),
                dataset,
            })
        })
        .collect();
    articles.extend(implied);
    (editions, articles)
}

fn main() {
    println!("cargo:rerun-if-changed=src/schema.rs");
    let assumptions: Assumptions = read(ASSUMPTIONS);
    let published: Published = read(PUBLISHED);
    if let Err(error) = published.check() {
        panic!("{PUBLISHED} is refused: {error:?}");
    }
    let (editions, articles) = editions(&assumptions, &published);
    // What the app's views read: the default edition's base article.
    let default = editions
        .iter()
        .find(|e| e.default)
        .expect("checked: one default");
    let base = default.base.article.as_ref().unwrap_or_else(|| {
        panic!(
            "the default edition {} must have a base article: the app reads it",
            default.id
        )
    });
    // One copy of each article: the app's dataset is the default
    // edition's base article, found by its place among the articles.
    let default_article = articles
        .iter()
        .position(|a| a.name == *base)
        .expect("checked: it exists");
    // The wasm draws only the "so far" offers; the record is drawn by the
    // native prerender, which gets every figure.
    let wasm = env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32");
    // A file's comment is for a reader of the file, not for the page.
    let shipped_assumptions = Assumptions {
        comment: if wasm {
            "".into()
        } else {
            assumptions.comment.clone()
        },
        ..assumptions.clone()
    };
    let shipped_editions: Vec<EditionFile> = editions
        .iter()
        .map(|e| EditionFile {
            comment: if wasm { "".into() } else { e.comment.clone() },
            ..e.clone()
        })
        .collect();
    let shipped = if wasm {
        let named: Vec<&str> = editions
            .iter()
            .flat_map(|e| {
                let base = e.base.published_total.iter();
                base.chain(e.target.figure.iter()).chain(e.so_far.iter())
            })
            .map(|id| &**id)
            .collect();
        published.for_app(&named)
    } else {
        published
    };
    let statics = [
        (
            ASSUMPTIONS,
            "BUNDLED_ASSUMPTIONS: Assumptions",
            expression(&shipped_assumptions),
        ),
        (
            PUBLISHED,
            "BUNDLED_PUBLISHED: Published",
            expression(&shipped),
        ),
        (
            EDITIONS,
            "BUNDLED_EDITIONS: List<EditionFile>",
            expression(&shipped_editions),
        ),
        (
            EDITIONS,
            "BUNDLED_ARTICLES: List<NamedArticle>",
            expression(&articles),
        ),
    ];
    let mut code = format!(
        "/// Generated by build.rs: where the default edition's base article is in BUNDLED_ARTICLES.\npub static BUNDLED_DEFAULT_ARTICLE: usize = {default_article};\n"
    );
    for (path, item, value) in statics {
        let value = value.expect("the data written as Rust");
        let _ = writeln!(
            code,
            "/// Generated by build.rs from {path}.\npub static {item} = {value};"
        );
    }
    let out = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("bundled_data.rs");
    fs::write(out, code).expect("cannot write the generated dataset");
}
