#!/usr/bin/env bash
# Records every scenario definition (test/fixtures/scenario-defs/*.json, or the names given) on both
# engines of scripts/engines.sh into test/fixtures/scenarios/{v0.8,modern}/, then compares them.
#   scripts/oracle/record-all.sh [--check] [name...]
# --check re-records and compares with the stored recordings instead (writes nothing).
# The engines must be running (scripts/engines.sh start).
set -euo pipefail
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$REPO"
CHECK=(); [ "${1:-}" = --check ] && { CHECK=(--check); shift; }
eval "$(scripts/engines.sh env)"
scripts/engines.sh status >&2
DEFS=()
if [ $# -eq 0 ]; then DEFS=(test/fixtures/scenario-defs/*.json)
else for n in "$@"; do DEFS+=("test/fixtures/scenario-defs/${n%.json}.json"); done; fi
rc=0
node scripts/oracle/record.mjs --docker "$LAYERLAB_V08_DOCKER" "${CHECK[@]}" --out test/fixtures/scenarios/v0.8 "${DEFS[@]}" || rc=1
node scripts/oracle/record.mjs --docker "$LAYERLAB_MODERN_DOCKER" "${CHECK[@]}" --out test/fixtures/scenarios/modern "${DEFS[@]}" || rc=1
names=(); for d in "${DEFS[@]}"; do n=${d##*/}; names+=("${n%.json}"); done
node scripts/oracle/compare.mjs test/fixtures/scenarios/v0.8 test/fixtures/scenarios/modern "${names[@]}" > /dev/null || echo "record-all.sh: the engines differ (see scripts/oracle/compare.mjs)" >&2
exit $rc
