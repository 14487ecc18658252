#!/usr/bin/env bash
# Builds the release site and prints its benchmark figures (see README).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
source scripts/env.sh
trunk build --release
node scripts/bench.mjs "$@"
cargo run --quiet --release --example mc_throughput
