#!/usr/bin/env bash
# Installs what building and testing need, and nothing that is already there
# at the right version: safe and quick to run again. Needs the package
# registries (crates.io, npm, Debian) on first run; downloads no other binary.
#
#   wasm32 target · chromium + chromedriver + brotli (apt) ·
#   wasm-bindgen-cli at the Cargo.lock version · trunk 0.21.14 ·
#   binaryen 132 (wasm-opt) and playwright-core (npm) · the release build's
#   pinned nightly with rust-src · crates (cargo fetch, std's included)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

TRUNK_VERSION=0.21.14
say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

missing=()
command -v chromium >/dev/null || missing+=(chromium)
command -v chromedriver >/dev/null || missing+=(chromium-driver)
command -v brotli >/dev/null || missing+=(brotli)
if ((${#missing[@]})); then
  say "installing from Debian: ${missing[*]}"
  sudo=""
  [ "$(id -u)" = 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# The CLI must equal the wasm-bindgen crate in Cargo.lock to the patch.
bindgen_version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' Cargo.lock)
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $bindgen_version" ]; then
  say "installing wasm-bindgen-cli $bindgen_version (a few minutes)"
  # No --locked: its own lockfile names a crate version the registry lacks.
  cargo install wasm-bindgen-cli --version "$bindgen_version" --force
fi
if ! grep -q "wasm_bindgen = \"$bindgen_version\"" Trunk.toml; then
  echo "Trunk.toml [tools] wasm_bindgen must be $bindgen_version (Cargo.lock)" >&2
  exit 1
fi

if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION (about 12 minutes on 2 cores)"
  cargo install trunk --version "$TRUNK_VERSION" --locked --force
fi

if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -d node_modules/playwright-core ] || [ ! -d node_modules/terser ] \
   || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm tools (binaryen, terser, playwright-core)"
  npm ci --no-audit --no-fund --loglevel=error
fi

# The release build's pinned nightly, with the standard library's source
# (rebuilt for size) and the wasm target.
if ! rustup run "$RELEASE_TOOLCHAIN" rustc --version >/dev/null 2>&1 \
   || ! rustup component list --toolchain "$RELEASE_TOOLCHAIN" --installed | grep -qx rust-src \
   || ! rustup target list --toolchain "$RELEASE_TOOLCHAIN" --installed | grep -qx wasm32-unknown-unknown; then
  say "installing the release toolchain $RELEASE_TOOLCHAIN (rust-src, wasm32)"
  rustup toolchain install "$RELEASE_TOOLCHAIN" --profile minimal \
    --component rust-src --target wasm32-unknown-unknown --no-self-update
fi

# Trunk runs cargo with --offline: every crate (for every target) must be
# here, and so must the crates the standard library's source depends on.
cargo fetch --quiet
sysroot=$(rustup run "$RELEASE_TOOLCHAIN" rustc --print sysroot)
RUSTUP_TOOLCHAIN="$RELEASE_TOOLCHAIN" cargo fetch --quiet \
  --manifest-path "$sysroot/lib/rustlib/src/rust/library/Cargo.toml"
