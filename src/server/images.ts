/** --offline-images: small local stand-ins for every base image the lessons use (no registry needed). */
// Step 1 is shared/oracle/images/images.sh (busybox-based golang/alpine/distroless stand-ins, fake `go`).
// Step 2 adds what lessons need beyond the oracle's scenarios, because every build runs with --network=none:
// a stand-in `apk` (deterministic, offline: `apk add ca-certificates tzdata git build-base` leave the files
// lessons copy) in the alpine-based images, and distroless `:nonroot` (uid 65532, /home/nonroot).
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cliEnv } from './drivers/docker.ts';
import { runQuick } from './process.ts';

/** The repo's shared/ folder: $LAYERLAB_SHARED, else ../shared beside the repo root. */
export function sharedDir(env: Readonly<Record<string, string | undefined>> = process.env): string {
  const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
  return env['LAYERLAB_SHARED'] ?? join(repo, '..', 'shared');
}

const LABEL = 'layerlab.offline';
const APK_IMAGES = ['alpine:3.20', 'golang:1.22-alpine', 'golang:1.23-alpine'];

/** The stand-in apk: no network, same output for the same arguments. */
export const APK_SCRIPT = `#!/bin/sh
# Layerlab offline stand-in for apk (layerlab serve --offline-images): installs nothing from a network,
# leaves the files that lessons use for the packages it knows.
cmd="\${1:-}"; [ $# -gt 0 ] && shift
case "$cmd" in
add)
  for p in "$@"; do
    case "$p" in
    -*) continue ;;
    ca-certificates) mkdir -p /etc/ssl/certs && echo "# stand-in CA bundle" > /etc/ssl/certs/ca-certificates.crt ;;
    tzdata) mkdir -p /usr/share/zoneinfo && echo "TZif stand-in" > /usr/share/zoneinfo/UTC ;;
    git) printf '#!/bin/sh\\necho "git version 2.45.0 (stand-in)"\\n' > /usr/bin/git && chmod 0755 /usr/bin/git ;;
    build-base) printf '#!/bin/sh\\necho "gcc (stand-in)"\\n' > /usr/bin/gcc && chmod 0755 /usr/bin/gcc ;;
    esac
    mkdir -p /lib/apk/db && echo "$p" >> /lib/apk/db/installed
    echo "(stand-in) installing $p"
  done ;;
del|update|upgrade|cache) echo "(stand-in) apk $cmd" ;;
*) echo "apk (layerlab offline stand-in): $cmd $*" ;;
esac
exit 0
`;

async function labelled(cli: string, image: string, env: Record<string, string | undefined>): Promise<boolean> {
  const r = await runQuick(cli, ['image', 'inspect', '--format', `{{index .Config.Labels "${LABEL}"}}`, image], env, 30_000);
  return r.code === 0 && r.output.trim() === '1';
}

async function buildOver(cli: string, tag: string, dockerfile: string, files: Record<string, string>, env: Record<string, string | undefined>): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'layerlab-images-'));
  try {
    await writeFile(join(dir, 'Dockerfile'), dockerfile);
    for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text, { mode: 0o755 });
    const r = await runQuick(cli, ['build', '--network=none', '-q', '-t', tag, dir], { ...env, DOCKER_BUILDKIT: '1' }, 300_000);
    if (r.code !== 0) throw new Error(`making ${tag} failed: ${r.output.slice(-300)}`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Makes the stand-in images that are missing (idempotent) on the engine this docker CLI reaches. */
export async function makeOfflineImages(dockerCli: string): Promise<void> {
  const script = join(sharedDir(), 'oracle', 'images', 'images.sh');
  if (!existsSync(script)) throw new Error(`--offline-images needs ${script} (set LAYERLAB_SHARED to the shared/ folder)`);
  const env = cliEnv({ DOCKER: dockerCli });
  const r = await runQuick('bash', [script], env, 300_000);
  if (r.code !== 0) throw new Error(`images.sh failed: ${r.output.slice(-400)}`);
  for (const image of APK_IMAGES) {
    if (await labelled(dockerCli, image, env)) continue;
    await buildOver(dockerCli, image, `FROM ${image}\nCOPY apk /sbin/apk\nLABEL ${LABEL}=1\n`, { apk: APK_SCRIPT }, env);
  }
  const nonroot = 'gcr.io/distroless/static-debian12:nonroot';
  if (!(await labelled(dockerCli, nonroot, env))) {
    await buildOver(dockerCli, nonroot, `FROM gcr.io/distroless/static-debian12:latest\nWORKDIR /home/nonroot\nUSER 65532:65532\nLABEL ${LABEL}=1\n`, {}, env);
  }
}
