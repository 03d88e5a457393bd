#!/usr/bin/env bash
# Runs the build server's tests (test/server) against real BuildKit engines.
# Starts the engines with scripts/engines.sh in a private dir (so no one else's cache is pruned under
# them, and no one else's recording is disturbed by ours), runs `npx vitest run test/server`, and stops,
# by pid, exactly the engines it started (trap on exit). Called by scripts/test.sh.
#   LAYERLAB_SERVER_ENGINES_DIR   engines dir (default /tmp/layerlab-server-engines)
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$PATH"
export LAYERLAB_ENGINES_DIR=${LAYERLAB_SERVER_ENGINES_DIR:-/tmp/layerlab-server-engines}

started=0
if LAYERLAB_ENGINES_DIR=$LAYERLAB_ENGINES_DIR scripts/engines.sh status >/dev/null 2>&1; then
  echo "test-server.sh: engines in $LAYERLAB_ENGINES_DIR already running; leaving them running afterwards" >&2
else
  started=1
fi
cleanup() {
  if [ "$started" = 1 ]; then scripts/engines.sh stop >&2 || true; fi
}
trap cleanup EXIT
t0=$(date +%s)
eval "$(scripts/engines.sh start)"
echo "test-server.sh: engines up in $(( $(date +%s) - t0 ))s" >&2
t1=$(date +%s)
npx vitest run test/server test/oracle ${LAYERLAB_VITEST_ARGS:-}
echo "test-server.sh: test/server took $(( $(date +%s) - t1 ))s" >&2
