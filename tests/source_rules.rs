//! The code's own rules, checked on the source: every module opens with a
//! `//!` note (in `src/` and the model crate); no source file runs over
//! `MAX_FILE_LINES`; imports flow one way (charts do not import
//! components, i18n does not import share, state imports neither
//! components nor the root); the pure model is a crate of its own
//! (`crates/model`) whose manifest names no view or browser crate, so the
//! compiler keeps it from importing the app. Function length is clippy's
//! `too_many_lines` (threshold in clippy.toml, enabled in Cargo.toml).
//!
//! The import scan is lexical: it skips comments, string, byte-string,
//! raw-string and char literals (telling a char from a lifetime), so a
//! path named inside them never counts.

use std::fs;
use std::path::{Path, PathBuf};

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

/// The source with comments and literals blanked out (newlines kept, so
/// line numbers still hold).
fn code_only(source: &str) -> String {
    let chars: Vec<char> = source.chars().collect();
    let mut out = String::with_capacity(source.len());
    let keep_newlines = |out: &mut String, text: &[char]| {
        out.extend(text.iter().map(|&c| if c == '\n' { '\n' } else { ' ' }));
    };
    let mut i = 0;
    while i < chars.len() {
        let rest = &chars[i..];
        let end = if rest.starts_with(&['/', '/']) {
            i + rest.iter().position(|&c| c == '\n').unwrap_or(rest.len())
        } else if rest.starts_with(&['/', '*']) {
            let mut depth = 0;
            let mut j = i;
            loop {
                if chars[j..].starts_with(&['/', '*']) {
                    depth += 1;
                    j += 2;
                } else if chars[j..].starts_with(&['*', '/']) {
                    depth -= 1;
                    j += 2;
                    if depth == 0 {
                        break j;
                    }
                } else {
                    j += 1;
                }
            }
        } else if let Some(end) = raw_string_end(&chars, i) {
            end
        } else if rest[0] == '"' || rest.starts_with(&['b', '"']) {
            let mut j = i + rest.iter().position(|&c| c == '"').unwrap() + 1;
            while chars[j] != '"' {
                j += if chars[j] == '\\' { 2 } else { 1 };
            }
            j + 1
        } else if rest[0] == '\'' && is_char_literal(rest) {
            let mut j = i + 1;
            while chars[j] != '\'' {
                j += if chars[j] == '\\' { 2 } else { 1 };
            }
            j + 1
        } else {
            out.push(rest[0]);
            i += 1;
            continue;
        };
        keep_newlines(&mut out, &chars[i..end]);
        i = end;
    }
    out
}

/// `r"…"`, `r#"…"#`, `br"…"` starting at `i` (not inside an identifier).
fn raw_string_end(chars: &[char], i: usize) -> Option<usize> {
    if i > 0 && (chars[i - 1].is_alphanumeric() || chars[i - 1] == '_') {
        return None;
    }
    let mut j = i + usize::from(chars[i] == 'b');
    if chars.get(j) != Some(&'r') {
        return None;
    }
    j += 1;
    let hashes = chars[j..].iter().take_while(|&&c| c == '#').count();
    j += hashes;
    if chars.get(j) != Some(&'"') {
        return None;
    }
    let close: Vec<char> = std::iter::once('"')
        .chain(std::iter::repeat_n('#', hashes))
        .collect();
    (j + 1..chars.len())
        .find(|&k| chars[k..].starts_with(&close))
        .map(|k| k + close.len())
}

/// A char literal, not a lifetime or label: `'x'`, `'\n'`, `'\u{1F600}'`.
fn is_char_literal(rest: &[char]) -> bool {
    matches!(rest, ['\'', '\\', ..] | ['\'', _, '\'', ..])
}

#[test]
fn every_module_opens_with_a_note() {
    let bare: Vec<String> = src_files()
        .into_iter()
        .filter(|(_, text)| !text.trim_start().starts_with("//!"))
        .map(|(name, _)| name)
        .collect();
    assert!(bare.is_empty(), "no `//!` note at the top of {bare:?}");
}

/// Rooms a person can hold: no source file over this many lines, except
/// the tables of texts and fixtures listed in `DATA_TABLES`.
const MAX_FILE_LINES: usize = 600;

/// Files that are mostly a table (each line a datum), allowed to run long.
const DATA_TABLES: &[&str] = &[];

#[test]
fn no_source_file_runs_over_the_limit() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = src_files();
    files.extend(rust_files(&root.join("tests")).into_iter().map(|path| {
        let name = path.strip_prefix(root).unwrap().display().to_string();
        (name, fs::read_to_string(&path).expect("a test file"))
    }));
    let long: Vec<String> = files
        .iter()
        .filter(|(name, _)| !DATA_TABLES.contains(&name.as_str()))
        .map(|(name, text)| (name, text.lines().count()))
        .filter(|&(_, lines)| lines > MAX_FILE_LINES)
        .map(|(name, lines)| format!("{name} ({lines} lines)"))
        .collect();
    assert!(long.is_empty(), "over {MAX_FILE_LINES} lines: {long:#?}");
}

/// Whether a module's code names a path (`yew`, `crate::share`), comments
/// and literals aside; `crate::x` is also found inside a grouped import
/// (`use crate::{model::Lang, x::y}`).
fn names_path(text: &str, path: &str) -> bool {
    let code = code_only(text);
    let is_word = |c: char| c.is_alphanumeric() || c == '_';
    let has_word = |haystack: &str, word: &str| {
        haystack.match_indices(word).any(|(at, _)| {
            !haystack[..at].chars().next_back().is_some_and(is_word)
                && !haystack[at + word.len()..]
                    .chars()
                    .next()
                    .is_some_and(is_word)
        })
    };
    if has_word(&code, path) {
        return true;
    }
    let Some(module) = path.strip_prefix("crate::") else {
        return false;
    };
    code.match_indices("crate::{").any(|(at, _)| {
        top_level_items(&code[at + "crate::".len()..])
            .iter()
            .any(|item| {
                item.strip_prefix(module)
                    .is_some_and(|rest| !rest.starts_with(is_word))
            })
    })
}

/// The top-level items of a `{…}` group at the start of `group`, trimmed:
/// `{model::{Lang, Outcome}, share::code}` gives `model::{Lang, Outcome}`
/// and `share::code`.
fn top_level_items(group: &str) -> Vec<&str> {
    let mut items = Vec::new();
    let (mut depth, mut start) = (0, 1);
    for (k, c) in group.char_indices() {
        match c {
            '{' => depth += 1,
            '}' | ',' if depth == 1 => {
                items.push(group[start..k].trim());
                start = k + 1;
                if c == '}' {
                    break;
                }
            }
            '}' => depth -= 1,
            _ => {}
        }
    }
    items
}

#[test]
fn imports_flow_one_way() {
    let rules: [(&str, &[&str]); 3] = [
        ("src/charts/", &["crate::components", "crate::app"]),
        (
            "src/i18n",
            &["crate::share", "crate::components", "crate::app"],
        ),
        ("src/state.rs", &["crate::components", "crate::app"]),
    ];
    let mut broken = Vec::new();
    for (file, text) in src_files() {
        for (prefix, forbidden) in rules {
            for path in forbidden.iter().filter(|_| file.starts_with(prefix)) {
                if names_path(&text, path) {
                    broken.push(format!("{file} names {path}"));
                }
            }
        }
        // Imports across layers are then written `crate::x`, which the
        // rules above see.
        if code_only(&text).contains("super::super") {
            broken.push(format!("{file} reaches out through super::super"));
        }
    }
    assert!(broken.is_empty(), "imports against the flow: {broken:#?}");
}

#[test]
fn the_scanner_skips_comments_and_literals() {
    let code =
        code_only("let s = \"yew\"; // yew\nlet c = '}'; /* crate::share */ let r = r#\"yew\"#;\n");
    assert!(!code.contains("yew") && !code.contains("share") && !code.contains('}'));
    assert_eq!(code.lines().count(), 2);
    assert!(names_path("use yew::prelude::*;", "yew"));
    assert!(!names_path("// yew\nlet yewish = 1;", "yew"));
    assert!(names_path(
        "use crate::{model::Lang, share::code};",
        "crate::share"
    ));
    assert!(!names_path(
        "use crate::{model::{Lang, Outcome}};",
        "crate::share"
    ));
}

/// The pure model is its own crate: the compiler keeps it from naming the
/// app, and its manifest names no view or browser crate.
#[test]
fn the_model_crate_depends_on_no_view_or_browser_crate() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let manifest = fs::read_to_string(root.join("crates/model/Cargo.toml")).unwrap();
    for name in ["yew", "web-sys", "js-sys", "wasm-bindgen", "gloo"] {
        let named = manifest
            .lines()
            .any(|l| l.trim_start().starts_with(name) && l.contains('='));
        assert!(!named, "crates/model depends on {name}");
    }
}
