#!/usr/bin/env bash
# The development loop: a debug build on stable (fast), served on
# http://127.0.0.1:${PORT:-8080}/, rebuilt when src/, crates/, data/, styles/,
# js/ or index.html change, and the open page reloaded (scripts/dev.mjs).
# Installs what is missing first, as scripts/serve.sh does.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --build
source scripts/env.sh
exec node scripts/dev.mjs --port "${PORT:-8080}"
