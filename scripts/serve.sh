#!/usr/bin/env bash
# Installs what building needs (no browser), builds the release site into
# dist/ and serves it on http://127.0.0.1:${PORT:-8080}/ until interrupted.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --build
source scripts/env.sh
scripts/build.sh
exec node scripts/serve-static.mjs dist --port "${PORT:-8080}"
