#!/usr/bin/env bash
# Builds the site into dist/, one step after another:
#
#   1. cargo: the app as wasm. Release: on a pinned nightly that rebuilds
#      the standard library optimised for size and aborts on panic without
#      formatting a message (about 27 KB brotli less wasm than stable; see
#      docs/performance.md); a panic then stops the wasm with a
#      trap, which the page's loader turns into an on-page error message
#      (js/fatal.js). It has its own target directory, so it never
#      invalidates the stable builds of checks and tests.
#      Development (--dev): a debug build on stable, fast.
#   2. wasm-bindgen (the CLI at the Cargo.lock version): the JS glue.
#   3. wasm-opt (npm's binaryen), release only: -Oz, repeated while it
#      still shrinks (--converge, 0.3 KB), told a fact it cannot know
#      (--low-memory-unused, about 1.1 KB brotli less: the linker puts the
#      1 MiB stack first, so the lowest 1 KiB is touched only by a stack
#      about to overflow; scripts/site/wasm-imports.mjs checks that the
#      data still starts at 1 MiB).
#   4. the native `prerender` binary: the baseline in both languages, the
#      same model and sections as the app, put into the page before the
#      wasm runs; the record section in both languages, as templates the
#      app shows (it is not drawn by the wasm); and the page values, what
#      the page's own scripts share with the app (keys, words).
#   5. scripts/site/build.mjs: dist/ (hashed names, the page with its
#      scripts and policy, service worker, manifest, single-file edition).
#
#   scripts/build.sh [--dev] [--out DIR]     (DIR: dist by default)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

mode=release
out=dist
while (($#)); do
  case "$1" in
    --dev) mode=dev ;;
    --out) out=$2; shift ;;
    *) echo "usage: scripts/build.sh [--dev] [--out DIR]" >&2; exit 2 ;;
  esac
  shift
done
site=target/site-$mode
mkdir -p "$site"
step() { printf '\033[1m[build]\033[0m %s\n' "$*"; }
start=$SECONDS

step "cargo ($mode wasm)"
if [ "$mode" = release ]; then
  (
    export RUSTUP_TOOLCHAIN="$RELEASE_TOOLCHAIN"
    export CARGO_TARGET_DIR=target/release-nightly
    export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
    export CARGO_UNSTABLE_BUILD_STD_FEATURES=optimize_for_size
    export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort"
    cargo build --quiet --release --target wasm32-unknown-unknown --bin ninh-binh-industry
  )
  wasm=target/release-nightly/wasm32-unknown-unknown/release/ninh-binh-industry.wasm
else
  cargo build --quiet --target wasm32-unknown-unknown --bin ninh-binh-industry
  wasm=target/wasm32-unknown-unknown/debug/ninh-binh-industry.wasm
fi

step "wasm-bindgen"
wasm-bindgen --target=web --no-typescript --out-dir="$site" --out-name=ninh-binh-industry "$wasm"

if [ "$mode" = release ]; then
  step "wasm-opt"
  wasm-opt -Oz --low-memory-unused --converge \
    "$site/ninh-binh-industry_bg.wasm" -o "$site/ninh-binh-industry_bg.wasm"
fi

step "prerender (native)"
cargo run --quiet --features prerender --bin prerender > "$site/prerender.html"
cargo run --quiet --features prerender --bin prerender record > "$site/record.html"
cargo run --quiet --features prerender --bin prerender page-values > "$site/page-values.json"

step "site"
if [ "$mode" = release ]; then
  node scripts/site/build.mjs --site "$site" --out "$out"
else
  node scripts/site/build.mjs --site "$site" --out "$out" --dev
fi
step "done in $((SECONDS - start)) s"
