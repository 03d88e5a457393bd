#!/usr/bin/env bash
# Runs every Layerlab test: type check, unit and golden tests, then the suites that need real parts
# (Chromium for the site, a real BuildKit for the server). It installs and starts what those need and
# stops what it started.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== type check"
npx astro sync >/dev/null
npx tsc --noEmit -p tsconfig.json

echo "== unit, golden and property tests"
npx vitest run
