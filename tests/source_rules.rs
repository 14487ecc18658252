//! The code's own rules, checked on the source: every module opens with a
//! `//!` note (in `src/` and the model crate); no source file runs over
//! `MAX_FILE_LINES`; imports flow one way (charts do not import
//! components, i18n does not import share, state imports neither
//! components nor the root); the pure model is a crate of its own
//! (`crates/model`) whose manifest names no view or browser crate, so the
//! compiler keeps it from importing the app. Function length is clippy's
//! `too_many_lines` (threshold in clippy.toml, enabled in Cargo.toml).
//!
//! Each file is parsed with `syn`: the note is the file's first inner
//! attribute, and the import rules look at the paths it names (`use`
//! trees, paths in code and types, and `a::b` in macro bodies, which syn
//! leaves as tokens), so a path inside a comment or a literal never
//! counts. Each rule has a test that plants a breach and sees it caught.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::{Path, PathBuf};

use proc_macro2::{Delimiter, TokenStream, TokenTree};
use syn::visit::{self, Visit};
use syn::UseTree;

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in fs::read_dir(dir).expect("src/ is readable") {
        let path = entry.expect("a directory entry").path();
        if path.is_dir() {
            files.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
    files.sort();
    files
}

fn src_files() -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = rust_files(&root.join("src"));
    files.extend(rust_files(&root.join("crates/model/src")));
    files.push(root.join("crates/model/build.rs"));
    files
        .into_iter()
        .map(|path| {
            let name = path.strip_prefix(root).unwrap().display().to_string();
            (name, fs::read_to_string(&path).expect("a source file"))
        })
        .collect()
}

fn parse(file: &str, text: &str) -> syn::File {
    syn::parse_file(text).unwrap_or_else(|e| panic!("{file} does not parse: {e}"))
}

/// Whether the module opens with its note: a `//!` (or `/*! … */`) doc
/// is an inner `doc` attribute, and it must come first.
fn has_module_note(syntax: &syn::File) -> bool {
    syntax
        .attrs
        .first()
        .is_some_and(|attr| attr.path().is_ident("doc"))
}

#[test]
fn every_module_opens_with_a_note() {
    let bare: Vec<String> = src_files()
        .into_iter()
        .filter(|(name, text)| !has_module_note(&parse(name, text)))
        .map(|(name, _)| name)
        .collect();
    assert!(bare.is_empty(), "no `//!` note at the top of {bare:?}");
}

#[test]
fn a_module_without_a_note_is_caught() {
    let note = |text: &str| has_module_note(&parse("planted.rs", text));
    assert!(note("//! What this module is.\n\nuse std::fs;\n"));
    assert!(note("/*! What this module is. */\nfn f() {}\n"));
    assert!(!note("use std::fs;\n"));
    assert!(!note("/// An item's doc, not the module's.\nfn f() {}\n"));
    assert!(!note("// A plain comment.\nfn f() {}\n"));
    assert!(!note("#![allow(dead_code)]\n//! Too late.\n"));
}

/// Rooms a person can hold: no source file over this many lines, except
/// the tables of texts and fixtures listed in `DATA_TABLES`.
const MAX_FILE_LINES: usize = 600;

/// Files that are mostly a table (each line a datum), allowed to run long.
const DATA_TABLES: &[&str] = &[];

/// The files over `MAX_FILE_LINES`, with their length.
fn over_the_limit(files: &[(String, String)]) -> Vec<String> {
    files
        .iter()
        .filter(|(name, _)| !DATA_TABLES.contains(&name.as_str()))
        .map(|(name, text)| (name, text.lines().count()))
        .filter(|&(_, lines)| lines > MAX_FILE_LINES)
        .map(|(name, lines)| format!("{name} ({lines} lines)"))
        .collect()
}

#[test]
fn no_source_file_runs_over_the_limit() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = src_files();
    files.extend(rust_files(&root.join("tests")).into_iter().map(|path| {
        let name = path.strip_prefix(root).unwrap().display().to_string();
        (name, fs::read_to_string(&path).expect("a test file"))
    }));
    let long = over_the_limit(&files);
    assert!(long.is_empty(), "over {MAX_FILE_LINES} lines: {long:#?}");
}

#[test]
fn a_file_over_the_limit_is_caught() {
    let planted = |lines: usize| vec![("src/long.rs".to_string(), "x\n".repeat(lines))];
    assert_eq!(
        over_the_limit(&planted(MAX_FILE_LINES + 1)),
        ["src/long.rs (601 lines)"]
    );
    assert!(over_the_limit(&planted(MAX_FILE_LINES)).is_empty());
}

/// Every path a file names, as segments: `use` trees spelled out
/// (`use crate::{a::b, c}` gives `crate::a::b` and `crate::c`), paths in
/// code, types and visibilities, and `a::b` runs in macro bodies.
#[derive(Default)]
struct Paths(Vec<Vec<String>>);

impl<'ast> Visit<'ast> for Paths {
    fn visit_use_tree(&mut self, tree: &'ast UseTree) {
        use_paths(tree, &mut Vec::new(), &mut self.0);
    }

    fn visit_path(&mut self, path: &'ast syn::Path) {
        let segments = path.segments.iter().map(|s| s.ident.to_string());
        self.0.push(segments.collect());
        visit::visit_path(self, path);
    }

    fn visit_macro(&mut self, mac: &'ast syn::Macro) {
        self.visit_path(&mac.path);
        token_paths(mac.tokens.clone(), &[], &mut self.0);
    }
}

fn use_paths(tree: &UseTree, prefix: &mut Vec<String>, paths: &mut Vec<Vec<String>>) {
    let leaf = |ident: &syn::Ident| [prefix.as_slice(), &[ident.to_string()]].concat();
    match tree {
        UseTree::Path(p) => {
            prefix.push(p.ident.to_string());
            use_paths(&p.tree, prefix, paths);
            prefix.pop();
        }
        UseTree::Name(n) => paths.push(leaf(&n.ident)),
        UseTree::Rename(r) => paths.push(leaf(&r.ident)),
        UseTree::Glob(_) => paths.push(prefix.clone()),
        UseTree::Group(g) => g.items.iter().for_each(|t| use_paths(t, prefix, paths)),
    }
}

/// The `a::b::c` runs of a macro body (`html!`, `format!`…), each after
/// `prefix` when the body is a `{…}` group that follows `prefix::`.
fn token_paths(tokens: TokenStream, prefix: &[String], paths: &mut Vec<Vec<String>>) {
    let mut run: Vec<String> = prefix.to_vec();
    let mut colons = 0;
    let flush = |run: &mut Vec<String>, paths: &mut Vec<Vec<String>>| {
        if run.len() > prefix.len() {
            paths.push(run.clone());
        }
        run.clear();
        run.extend_from_slice(prefix);
    };
    for tree in tokens {
        match tree {
            TokenTree::Ident(ident) => {
                if colons != 2 {
                    flush(&mut run, paths);
                }
                run.push(ident.to_string());
                colons = 0;
            }
            TokenTree::Punct(p) if p.as_char() == ':' => colons += 1,
            TokenTree::Group(g) if colons == 2 && g.delimiter() == Delimiter::Brace => {
                token_paths(g.stream(), &run, paths);
                run.truncate(prefix.len());
                colons = 0;
            }
            other => {
                flush(&mut run, paths);
                colons = 0;
                if let TokenTree::Group(g) = other {
                    token_paths(g.stream(), &[], paths);
                }
            }
        }
    }
    flush(&mut run, paths);
}

/// Where each layer may not reach: files under the prefix name none of
/// the paths.
const IMPORT_RULES: [(&str, &[&str]); 3] = [
    ("src/charts/", &["crate::components", "crate::app"]),
    (
        "src/i18n",
        &["crate::share", "crate::components", "crate::app"],
    ),
    ("src/state.rs", &["crate::components", "crate::app"]),
];

/// The import rules a file breaks, one line each.
fn imports_against_the_flow(file: &str, text: &str) -> Vec<String> {
    let mut named = Paths::default();
    named.visit_file(&parse(file, text));
    let names = |path: &str| {
        let forbidden: Vec<String> = path.split("::").map(String::from).collect();
        named.0.iter().any(|p| p.starts_with(&forbidden))
    };
    let mut broken = Vec::new();
    for (prefix, forbidden) in IMPORT_RULES {
        for path in forbidden.iter().filter(|_| file.starts_with(prefix)) {
            if names(path) {
                broken.push(format!("{file} names {path}"));
            }
        }
    }
    // Imports across layers are then written `crate::x`, which the rules
    // above see.
    if named
        .0
        .iter()
        .any(|p| p.windows(2).any(|w| w == ["super", "super"]))
    {
        broken.push(format!("{file} reaches out through super::super"));
    }
    broken
}

#[test]
fn imports_flow_one_way() {
    let broken: Vec<String> = src_files()
        .iter()
        .flat_map(|(file, text)| imports_against_the_flow(file, text))
        .collect();
    assert!(broken.is_empty(), "imports against the flow: {broken:#?}");
}

#[test]
fn imports_against_the_flow_are_caught() {
    let caught = |file: &str, code: &str| !imports_against_the_flow(file, code).is_empty();
    let chart = "src/charts/bars.rs";
    for code in [
        "use crate::components::Card;",
        "use crate::{model::Lang, components::card::Card};",
        "use crate::{model::{Lang, Outcome}, app};",
        "fn f() { crate::app::start(); }",
        "fn f(x: crate::components::Card) {}",
        "fn f() -> Html { html! { <crate::components::Card /> } }",
        "macro_rules! m { () => { use crate::{components::Card}; }; }",
    ] {
        assert!(caught(chart, code), "{code}");
    }
    assert!(caught("src/i18n/texts.rs", "use crate::share::code;"));
    assert!(caught("src/i18n.rs", "use crate::share;"));
    assert!(caught("src/state.rs", "use crate::app::App;"));
    assert!(caught("src/a.rs", "use super::super::model;"));
    assert!(caught("src/a.rs", "fn f() { super::super::go() }"));
    assert!(caught(
        "src/a.rs",
        "fn f() { format!(\"{}\", super::super::X) }"
    ));
    // Not imports: comments, literals, other names, other layers.
    for code in [
        "// use crate::components::Card;\nfn f() {}",
        "/* crate::app */ fn f() {}",
        "const S: &str = \"crate::components\";",
        "const R: &str = r#\"crate::app\"#;",
        "const C: char = '}'; fn f() { html! { \"crate::app\" } }",
        "use crate::apply::Thing;",
        "use crate::{model::{Lang, Outcome}, share::code};",
    ] {
        assert!(!caught(chart, code), "{code}");
    }
    assert!(!caught("src/app.rs", "use crate::components::Card;"));
}

#[test]
fn a_breach_in_a_real_file_is_caught() {
    let files = src_files();
    let text = |name: &str| files.iter().find(|(n, _)| n == name).unwrap().1.clone();
    // The root imports components: read as a chart, it breaks the rule.
    let app = imports_against_the_flow("src/charts/app.rs", &text("src/app.rs"));
    assert!(app.contains(&"src/charts/app.rs names crate::components".to_string()));
    let chart = "src/charts/histogram.rs";
    assert!(imports_against_the_flow(chart, &text(chart)).is_empty());
    let planted = text(chart) + "fn planted() -> Html { html! { <crate::app::App /> } }\n";
    assert_eq!(
        imports_against_the_flow(chart, &planted),
        [format!("{chart} names crate::app")]
    );
}

/// Whether a manifest names `krate` as a dependency (`krate = …`).
fn names_crate(manifest: &str, krate: &str) -> bool {
    manifest.lines().any(|l| {
        let line = l.trim_start();
        line.strip_prefix(krate).is_some_and(|rest| {
            rest.trim_start().starts_with('=') || rest.starts_with(".workspace")
        }) || line.ends_with(&format!("dependencies.{krate}]"))
    })
}

/// The pure model is its own crate: the compiler keeps it from naming the
/// app, and its manifest names no view or browser crate.
#[test]
fn the_model_crate_depends_on_no_view_or_browser_crate() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let manifest = fs::read_to_string(root.join("crates/model/Cargo.toml")).unwrap();
    for name in ["yew", "web-sys", "js-sys", "wasm-bindgen", "gloo"] {
        assert!(
            !names_crate(&manifest, name),
            "crates/model depends on {name}"
        );
    }
}

#[test]
fn a_view_crate_in_the_model_manifest_is_caught() {
    assert!(names_crate("[dependencies]\nyew = \"0.23\"\n", "yew"));
    assert!(names_crate("web-sys = { version = \"0.3\" }", "web-sys"));
    assert!(names_crate("[target.'cfg(x)'.dependencies.gloo]", "gloo"));
    assert!(!names_crate("serde = \"1\"\n# no yew here\n", "yew"));
    assert!(!names_crate("wasm-bindgen-test = \"0.3\"", "wasm-bindgen"));
}
