#!/usr/bin/env bash
# Installs what a command needs, and nothing that is already there at the
# right version: safe and quick to run again. Needs the package registries
# (crates.io, npm, Debian) on first run; downloads no other binary and no
# browser build.
#
#   scripts/setup.sh --build   what building the site needs (serve.sh,
#                              dev.sh, build.sh): the stable toolchain
#                              pinned by rust-toolchain.toml, with
#                              rustfmt, clippy and the wasm32 target,
#                              wasm-bindgen-cli at the Cargo.lock version,
#                              npm's tools (binaryen's wasm-opt, terser,
#                              lightningcss, and the test drivers: all small
#                              JS packages), the release build's pinned
#                              nightly with rust-src;
#   scripts/setup.sh --test    that, plus the browsers the tests drive,
#                              from Debian: chromium + chromium-driver,
#                              firefox-esr, webkit2gtk-driver (WebKit's
#                              MiniBrowser) and xvfb for it, and Java
#                              (default-jre-headless) for the HTML checker
#                              (npm's vnu-jar). npm ci runs no install
#                              script: the only one, vnu-jar's, would
#                              download a Java runtime from elsewhere.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

want=build
case "${1:---build}" in
  --build) ;;
  --test) want=test ;;
  *) echo "usage: scripts/setup.sh [--build|--test]" >&2; exit 2 ;;
esac
say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }
timed() { local t=$SECONDS; "$@"; say "  ($((SECONDS - t)) s)"; }

# The stable toolchain that rust-toolchain.toml pins, with its components
# (rustfmt, clippy) and the wasm32 target; `rustup toolchain install` with
# no name reads that file.
stable=$(sed -n 's/^channel = "\(.*\)"$/\1/p' rust-toolchain.toml)
if ! rustup run "$stable" rustc --version >/dev/null 2>&1 \
   || ! rustup component list --toolchain "$stable" --installed | grep -q '^clippy' \
   || ! rustup component list --toolchain "$stable" --installed | grep -q '^rustfmt' \
   || ! rustup target list --toolchain "$stable" --installed | grep -qx wasm32-unknown-unknown; then
  say "installing the pinned stable toolchain $stable (rustfmt, clippy, wasm32)"
  timed rustup toolchain install --no-self-update
fi

if [ "$want" = test ]; then
  missing=()
  command -v chromium >/dev/null || missing+=(chromium)
  command -v chromedriver >/dev/null || missing+=(chromium-driver)
  command -v firefox-esr >/dev/null || missing+=(firefox-esr)
  command -v WebKitWebDriver >/dev/null || missing+=(webkit2gtk-driver)
  command -v Xvfb >/dev/null || missing+=(xvfb)
  command -v java >/dev/null || missing+=(default-jre-headless)
  if ((${#missing[@]})); then
    say "installing from Debian: ${missing[*]}"
    sudo=""
    [ "$(id -u)" = 0 ] || sudo="sudo"
    timed $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive timed $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
fi

# The CLI must equal the wasm-bindgen crate in Cargo.lock to the patch.
bindgen_version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' Cargo.lock)
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $bindgen_version" ]; then
  say "installing wasm-bindgen-cli $bindgen_version (a few minutes)"
  # No --locked: its own lockfile names a crate version the registry lacks.
  timed cargo install wasm-bindgen-cli --version "$bindgen_version" --force
fi

if [ ! -x node_modules/.bin/wasm-opt ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm tools (binaryen, terser, lightningcss, test drivers)"
  PUPPETEER_SKIP_DOWNLOAD=1 timed npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
fi

# The release build's pinned nightly, with the standard library's source
# (rebuilt for size) and the wasm target.
if ! rustup run "$RELEASE_TOOLCHAIN" rustc --version >/dev/null 2>&1 \
   || ! rustup component list --toolchain "$RELEASE_TOOLCHAIN" --installed | grep -qx rust-src \
   || ! rustup target list --toolchain "$RELEASE_TOOLCHAIN" --installed | grep -qx wasm32-unknown-unknown; then
  say "installing the release toolchain $RELEASE_TOOLCHAIN (rust-src, wasm32)"
  timed rustup toolchain install "$RELEASE_TOOLCHAIN" --profile minimal \
    --component rust-src --target wasm32-unknown-unknown --no-self-update
fi
