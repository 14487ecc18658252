#!/usr/bin/env bash
# Installs what is missing (browsers included), then runs every check and
# test: format, ESLint, the docs' paths (tests/repo/), clippy (native and
# wasm), native model tests, wasm tests in headless Chromium, the release
# build, the page's scripts in Node, end-to-end tests against dist/ served
# on 127.0.0.1 in Chromium (Playwright Test), and the core flows in Firefox
# ESR and WebKit. Stops at the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --test
source scripts/env.sh
step() { printf '\n\033[1m== %s ==\033[0m\n' "$*"; }

step "cargo fmt --check"
cargo fmt --all --check

step "eslint (the page's scripts, the tools, the tests)"
npx --no-install eslint .

step "docs and comments name only paths that exist"
node --test tests/repo/

step "clippy (native, all targets, with the build-time prerender)"
cargo clippy --all-targets --features prerender --quiet -- -D warnings
cargo clippy -p ninh-binh-model --all-targets --quiet -- -D warnings
step "clippy (wasm32)"
cargo clippy --target wasm32-unknown-unknown --lib --bins --quiet -- -D warnings
cargo clippy -p ninh-binh-model --target wasm32-unknown-unknown --quiet -- -D warnings

step "native tests: model, state, share codec"
cargo test --quiet --features prerender
cargo test --quiet -p ninh-binh-model

step "wasm tests in headless Chromium (wasm-bindgen-test)"
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
  cargo test --target wasm32-unknown-unknown --test browser

step "release build"
scripts/build.sh

step "the site build's own checks, and the page's scripts as shipped, on dist/"
node --test tests/site/ tests/js/

step "end-to-end tests in headless Chromium against dist/ (Playwright Test)"
npx --no-install playwright test

step "core flows in Firefox ESR and WebKit against dist/"
node --test --test-concurrency=1 tests/engines/
