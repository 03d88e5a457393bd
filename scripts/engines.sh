#!/usr/bin/env bash
# Real BuildKit engines for Layerlab's oracle (the ground truth the simulator is measured against).
#
#   scripts/engines.sh start    install what is missing, start both engines (unless running),
#                               make the base images, print `export` lines on stdout
#   scripts/engines.sh env      print the `export` lines only
#   scripts/engines.sh status   say what runs (exit 1 if an engine is down)
#   scripts/engines.sh stop     stop exactly what `start` started (by the pids it wrote), and wait
#
#   eval "$(scripts/engines.sh start)"
#
# Engines (see ../shared/oracle/ENGINES.md for the exact versions):
#   v0.8    Debian bookworm docker.io 20.10.24 (BuildKit v0.8 branch), the system's /usr/sbin/dockerd,
#           started here on a private socket, data root and exec root under $ENGINES_DIR/v08
#           (it starts its own containerd under $ENGINES_DIR/v08/exec), so it never meets another
#           daemon on /var/run/docker.sock.
#   modern  Debian sid docker.io 28.5.2 (BuildKit v0.25.2), by ../shared/oracle/engines/modern.sh
#           with MODERN_DIR=$ENGINES_DIR/modern (downloads sid .debs once; nothing installed into
#           the system). Skipped, with a message, when that script is absent.
#
# Environment printed by start/env:
#   LAYERLAB_ENGINES=1                 the engines are up (gates test/oracle/*.test.ts)
#   LAYERLAB_V08_DOCKER_HOST           unix socket of the v0.8 engine
#   LAYERLAB_V08_DOCKER                a docker CLI (20.10) wrapper bound to it (sets DOCKER_HOST/CONFIG)
#   LAYERLAB_MODERN_DOCKER_HOST        unix socket of the modern engine
#   LAYERLAB_MODERN_DOCKER_CONFIG      its DOCKER_CONFIG (holds the buildx plugin)
#   LAYERLAB_MODERN_DOCKER             a docker CLI (28.5 + buildx) wrapper bound to it
# Plain DOCKER_HOST is deliberately not exported: say which engine you mean.
#
# Settings: LAYERLAB_ENGINES_DIR (default /tmp/layerlab-engines), LAYERLAB_SHARED (default
# <repo>/../shared), LAYERLAB_SKIP_MODERN=1 (v0.8 only). Needs root on Debian bookworm amd64.
# Progress and phase timings go to stderr; stdout carries only the export lines.
set -euo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SHARED=${LAYERLAB_SHARED:-$(cd "$REPO/.." && pwd)/shared}
DIR=${LAYERLAB_ENGINES_DIR:-/tmp/layerlab-engines}
V08=$DIR/v08
V08_SOCK=$V08/docker.sock V08_PID=$V08/dockerd.pid V08_DOCKER=$V08/bin/docker
MODERN=$DIR/modern
MODERN_SH=$SHARED/oracle/engines/modern.sh
IMAGES_SH=$SHARED/oracle/images/images.sh
# Pinned like the recordings (ENGINES.md); if the archive moved on, the current version is taken.
V08_PKG=docker.io=20.10.24+dfsg1-1+deb12u1+b6

log() { echo "engines.sh: $*" >&2; }
T0=0
ms() { local t=${EPOCHREALTIME/./}; echo $(( t / 1000 )); }
phase() { T0=$(ms); log "$1 ..."; }
done_phase() { local d=$(( $(ms) - T0 )); log "$1 took $(( d / 1000 )).$(( d % 1000 / 100 ))s"; }

# ---- install (system packages, root) ----------------------------------------------------------
install_packages() {
  local need=()
  [ -x /usr/sbin/dockerd ] && [ -x /usr/bin/docker ] || need+=(docker.io)
  command -v busybox >/dev/null 2>&1 || need+=(busybox-static)
  [ ${#need[@]} -eq 0 ] && return 0
  [ "$(id -u)" = 0 ] || { log "needs root to install ${need[*]}"; exit 1; }
  export DEBIAN_FRONTEND=noninteractive
  if ! apt-cache show "${need[@]}" >/dev/null 2>&1; then apt-get -o DPkg::Lock::Timeout=900 update -q >&2; fi
  local pkgs=()
  for p in "${need[@]}"; do
    if [ "$p" = docker.io ] && apt-cache show "$V08_PKG" >/dev/null 2>&1; then pkgs+=("$V08_PKG")
    else [ "$p" = docker.io ] && log "pinned $V08_PKG not in the archive; installing the current docker.io"; pkgs+=("$p"); fi
  done
  # keep the package's init script from starting a system dockerd on /var/run/docker.sock
  local policy=""
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d; chmod 0755 /usr/sbin/policy-rc.d; policy=1
  fi
  local rc=0
  apt-get -o DPkg::Lock::Timeout=900 install -y -q --no-install-recommends "${pkgs[@]}" >&2 || rc=$?
  if [ $rc != 0 ]; then # stale package lists (404): refresh once and retry
    rc=0; apt-get -o DPkg::Lock::Timeout=900 update -q >&2 &&
      apt-get -o DPkg::Lock::Timeout=900 install -y -q --no-install-recommends "${pkgs[@]}" >&2 || rc=$?
  fi
  [ -n "$policy" ] && rm -f /usr/sbin/policy-rc.d
  [ $rc = 0 ] || { log "apt-get install ${pkgs[*]} failed"; exit 1; }
}

# ---- v0.8 engine (system dockerd 20.10, private socket/roots) ------------------------------------
# a pid file counts only if its process is our dockerd (its command line names our socket): a stale
# file whose pid was reused by another process must never lead to killing that process
ours() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null && tr '\0' ' ' < "/proc/$(cat "$1")/cmdline" | grep -qF "unix://$2"; }
v08_running() { ours "$V08_PID" "$V08_SOCK"; }

v08_start() {
  mkdir -p "$V08/bin" "$V08/config" "$V08/data" "$V08/exec"
  printf '#!/bin/sh\nexport DOCKER_HOST=unix://%s DOCKER_CONFIG=%s\nexec /usr/bin/docker "$@"\n' \
    "$V08_SOCK" "$V08/config" > "$V08_DOCKER"
  chmod 0755 "$V08_DOCKER"
  if v08_running && "$V08_DOCKER" version >/dev/null 2>&1; then log "v0.8 engine already running (pid $(cat "$V08_PID"))"; return; fi
  # no build-cache GC inside a scenario (20.10 has GC off unless configured; say so explicitly)
  echo '{"builder": {"gc": {"enabled": false}}}' > "$V08/daemon.json"
  PATH="/usr/sbin:/usr/bin:/sbin:/bin" setsid /usr/sbin/dockerd -H "unix://$V08_SOCK" \
    --config-file "$V08/daemon.json" --data-root "$V08/data" --exec-root "$V08/exec" --pidfile "$V08_PID" \
    --iptables=false --ip6tables=false --bridge=none --cgroup-parent=layerlab-v08 \
    >> "$V08/dockerd.log" 2>&1 < /dev/null &
  local bg=$!
  for _ in $(seq 90); do
    "$V08_DOCKER" version >/dev/null 2>&1 && [ -f "$V08_PID" ] && return
    kill -0 $bg 2>/dev/null || break
    sleep 1
  done
  log "v0.8 dockerd did not come up; see $V08/dockerd.log"; tail -20 "$V08/dockerd.log" >&2; exit 1
}

v08_stop() {
  v08_running || { log "v0.8 engine not running"; rm -f "$V08_PID"; return 0; }
  local pid ctd=""; pid=$(cat "$V08_PID")
  [ -f "$V08/exec/containerd/containerd.pid" ] && ctd=$(cat "$V08/exec/containerd/containerd.pid")
  kill -TERM "$pid"
  for _ in $(seq 60); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
  if kill -0 "$pid" 2>/dev/null; then log "dockerd $pid ignores TERM, killing"; kill -KILL "$pid"; sleep 1; fi
  if [ -n "$ctd" ] && kill -0 "$ctd" 2>/dev/null; then
    kill -TERM "$ctd"
    for _ in $(seq 10); do kill -0 "$ctd" 2>/dev/null || break; sleep 1; done
    kill -0 "$ctd" 2>/dev/null && kill -KILL "$ctd"
  fi
  rm -f "$V08_PID"; log "stopped v0.8 dockerd $pid${ctd:+ (containerd $ctd)}"
}

# ---- modern engine (delegated to the oracle's modern.sh) -----------------------------------------
modern_enabled() { [ "${LAYERLAB_SKIP_MODERN:-}" != 1 ] && [ -x "$MODERN_SH" ]; }
modern() { MODERN_DIR=$MODERN "$MODERN_SH" "$@"; }

# ---- commands -------------------------------------------------------------------------------------
env_out() {
  echo "export LAYERLAB_ENGINES=1"
  echo "export LAYERLAB_V08_DOCKER_HOST=unix://$V08_SOCK LAYERLAB_V08_DOCKER=$V08_DOCKER"
  if modern_enabled; then
    echo "export LAYERLAB_MODERN_DOCKER_HOST=unix://$MODERN/docker.sock LAYERLAB_MODERN_DOCKER_CONFIG=$MODERN/config LAYERLAB_MODERN_DOCKER=$MODERN/bin/docker"
  fi
}

start() {
  local all; all=$(date +%s)
  phase "install packages (docker.io, busybox-static) if missing"; install_packages; done_phase "install"
  phase "start the v0.8 engine"; v08_start; done_phase "v0.8 engine start"
  [ -x "$IMAGES_SH" ] || { log "missing $IMAGES_SH (shared/ must sit beside the repo, or set LAYERLAB_SHARED)"; exit 1; }
  phase "base images on v0.8"; DOCKER=$V08_DOCKER bash "$IMAGES_SH" >&2; done_phase "v0.8 images"
  if modern_enabled; then
    phase "start the modern engine (modern.sh: fetches sid packages once)"; modern start > /dev/null; done_phase "modern engine start"
    phase "base images on modern"; DOCKER=$MODERN/bin/docker bash "$IMAGES_SH" >&2; done_phase "modern images"
  else
    log "modern engine skipped (${LAYERLAB_SKIP_MODERN:+LAYERLAB_SKIP_MODERN=1}${LAYERLAB_SKIP_MODERN:-no $MODERN_SH})"
  fi
  log "all up in $(( $(date +%s) - all ))s; stop with: $0 stop"
  env_out
}

stop() {
  v08_stop
  if modern_enabled; then
    if [ -f "$MODERN/dockerd.pid" ] && ! ours "$MODERN/dockerd.pid" "$MODERN/docker.sock"; then
      log "stale $MODERN/dockerd.pid (not our dockerd), removed"; rm -f "$MODERN/dockerd.pid"
    fi
    modern stop
  fi
}

status() {
  local rc=0
  if v08_running; then echo "v0.8:   running, pid $(cat "$V08_PID"), socket $V08_SOCK"; else echo "v0.8:   not running"; rc=1; fi
  if modern_enabled; then
    if ours "$MODERN/dockerd.pid" "$MODERN/docker.sock"; then echo "modern: running, pid $(cat "$MODERN/dockerd.pid"), socket $MODERN/docker.sock"
    else echo "modern: not running"; rc=1; fi
  else echo "modern: disabled"; fi
  return $rc
}

case "${1:-start}" in
  start) start ;;
  env) env_out ;;
  stop) stop ;;
  status) status ;;
  *) echo "usage: $0 [start|env|status|stop]" >&2; exit 2 ;;
esac
