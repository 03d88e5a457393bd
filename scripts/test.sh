#!/usr/bin/env bash
# Runs every Layerlab test: type check, unit/golden/property tests, the browser stories against the built
# site (Debian Chromium), and the server over real HTTP against real BuildKit engines (v0.8 and modern).
# It installs and starts what those need (scripts/ensure-chromium.sh, scripts/engines.sh via
# scripts/test-server.sh) and stops, by pid, what it started. Ends with one line: "tests: N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$PATH" ASTRO_TELEMETRY_DISABLED=1
reports=$(mktemp -d)
status=0
step() { echo; echo "== $1"; }

step "type check"
npx astro sync >/dev/null && npx tsc --noEmit -p tsconfig.json || status=1

step "bundle the CLI (dist-cli/, which bin/layerlab.cjs runs while it is fresh)"
npm run --silent build:cli || status=1

step "unit, golden and property tests"
npx vitest run --reporter=default --reporter=json --outputFile="$reports/unit.json" || status=1

step "browser stories (Debian Chromium against the built site)"
if bash scripts/ensure-chromium.sh && npm run --silent build >"$reports/build.log" 2>&1; then
  E2E_SKIP_BUILD=1 npx vitest run --config vitest.e2e.config.ts --reporter=default --reporter=json \
    --outputFile="$reports/e2e.json" || status=1
else
  tail -40 "$reports/build.log"; echo "site build failed"; status=1
fi

step "real BuildKit: the server over HTTP on both engines"
if [ -f scripts/test-server.sh ]; then
  LAYERLAB_VITEST_ARGS="--reporter=default --reporter=json --outputFile=$reports/server.json" \
    bash scripts/test-server.sh || status=1
fi

step "summary"
summary_files=("$reports/unit.json" "$reports/e2e.json")
[ -f scripts/test-server.sh ] && summary_files+=("$reports/server.json")
node scripts/summarize-tests.mjs "${summary_files[@]}" || status=1
rm -rf "$reports"
exit $status
