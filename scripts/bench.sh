#!/usr/bin/env bash
# The benchmark of the release site (docs/performance.md): builds dist/
# unless `--dist DIR` is given, then runs scripts/bench.mjs (sizes,
# first-visit bytes, Lighthouse, input latency, long tasks, layout shift,
# load, Monte Carlo in the page and natively), which prints every figure
# against its budget and writes the latest table into docs/performance.md.
#
#   scripts/bench.sh [--dist DIR] [--runs N] [--loads N] [--edits N] [--only a,b] [--skip a,b] [--no-table]
#
# Lighthouse is for the benchmark only: it is installed here, on demand,
# into .bench-tools/ (git-ignored), never by setup.sh / `npm ci`, so the
# tests do not depend on it.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --test   # the benchmark drives Chromium
source scripts/env.sh

LIGHTHOUSE_VERSION=12.2.3   # 13 needs Node 22
installed=$(node -p "require('./.bench-tools/node_modules/lighthouse/package.json').version" 2>/dev/null || true)
if [ "$installed" != "$LIGHTHOUSE_VERSION" ]; then
  echo "[bench] installing lighthouse@$LIGHTHOUSE_VERSION into .bench-tools/"
  mkdir -p .bench-tools
  # Its own package.json, so npm does not install into the project's node_modules.
  [ -f .bench-tools/package.json ] || echo '{ "private": true }' > .bench-tools/package.json
  npm install --prefix .bench-tools --no-save --no-audit --no-fund --loglevel=error "lighthouse@$LIGHTHOUSE_VERSION"
fi

if [[ " $* " != *" --dist "* && " $* " != *" --dist="* ]]; then
  scripts/build.sh
fi
exec env CHROME_PATH="${CHROME_PATH:-$CHROMIUM}" node scripts/bench.mjs "$@"
