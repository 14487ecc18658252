# Sourced by the other scripts: tools installed by setup.sh come first on PATH
# (npm's wasm-opt 132 before any older system binaryen).
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$root/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
export CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
# The release build's toolchain (scripts/build.sh): a pinned nightly, for
# -Zbuild-std and panic=immediate-abort. Everything else uses stable.
export RELEASE_TOOLCHAIN=nightly-2026-10-30
