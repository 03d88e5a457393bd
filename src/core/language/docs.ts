/** Reference text for Dockerfile instructions and flags, in Layerlab's words, with a cache note each. */

/** What we say about one instruction. */
export interface InstructionDoc {
  readonly keyword: string;
  readonly synopsis: string;
  readonly summary: string;
  /** How the instruction takes part in BuildKit's cache key. */
  readonly cache: string;
  /** Snippet inserted by completion (`${1:name}` tab stops). */
  readonly snippet: string;
}

/** What we say about one flag of an instruction. */
export interface FlagDoc {
  readonly name: string;
  readonly instructions: readonly string[];
  readonly synopsis: string;
  readonly summary: string;
}

const i = (keyword: string, synopsis: string, summary: string, cache: string, snippet: string): InstructionDoc => ({ keyword, synopsis, summary, cache, snippet });

/** Every instruction BuildKit's Dockerfile frontend knows. */
export const instructionDocs: readonly InstructionDoc[] = [
  i('FROM', 'FROM [--platform=<platform>] <image> [AS <name>]', 'Starts a stage from a base image or from an earlier stage.', 'The base image digest is the root of every cache key in the stage: a new digest re-runs the whole stage.', 'FROM ${1:golang:1.22-alpine} AS ${2:build}'),
  i('RUN', 'RUN [--mount=…] [--network=…] <command>', 'Runs a command in a new layer on top of the current one.', 'Keyed on the command text (after ARG/ENV expansion) and the layer below; files the command reads are not looked at. Bind mounts add the mounted files\' checksums; cache mounts are not part of the key.', 'RUN ${1:command}'),
  i('CMD', 'CMD ["executable", "arg"]', 'The default command of the image.', 'Metadata only: changes the image config, never re-runs a step.', 'CMD ["${1:/app}"]'),
  i('LABEL', 'LABEL <key>=<value> …', 'Adds metadata to the image.', 'Metadata only.', 'LABEL ${1:key}="${2:value}"'),
  i('EXPOSE', 'EXPOSE <port>[/<protocol>]', 'Documents a port the container listens on.', 'Metadata only.', 'EXPOSE ${1:8080}'),
  i('ENV', 'ENV <key>=<value> …', 'Sets environment variables for later instructions and the running container.', 'Changes the environment every later RUN sees, so later RUN steps get new keys.', 'ENV ${1:KEY}=${2:value}'),
  i('ADD', 'ADD [--chown=…] [--checksum=…] <src>… <dest>', 'Copies files, URLs or git repositories; unpacks local tar archives.', 'Keyed on a checksum of the sources\' content and metadata (mode, owner; not mtime). Remote sources are fetched to compute it.', 'ADD ${1:src} ${2:dest}'),
  i('COPY', 'COPY [--from=<stage>] [--chown=…] [--link] <src>… <dest>', 'Copies files from the build context or another stage.', 'Keyed on a checksum of the copied files\' content and metadata (mtime is ignored). Files left out by .dockerignore never count.', 'COPY ${1:src} ${2:dest}'),
  i('ENTRYPOINT', 'ENTRYPOINT ["executable", "arg"]', 'The executable the container runs.', 'Metadata only.', 'ENTRYPOINT ["${1:/app}"]'),
  i('VOLUME', 'VOLUME ["/data"]', 'Marks a path as a volume in the image config.', 'Metadata only.', 'VOLUME ["${1:/data}"]'),
  i('USER', 'USER <user>[:<group>]', 'Sets the user for later instructions and the container.', 'Later RUN steps get new keys when it changes.', 'USER ${1:65532:65532}'),
  i('WORKDIR', 'WORKDIR <path>', 'Sets (and creates) the working directory.', 'A step of its own; later steps depend on it.', 'WORKDIR ${1:/src}'),
  i('ARG', 'ARG <name>[=<default>]', 'Declares a build argument (before the first FROM: a meta arg for FROM lines).', 'An ARG only changes keys of later RUN steps that can see it, and only when its value changes.', 'ARG ${1:NAME}'),
  i('ONBUILD', 'ONBUILD <instruction>', 'Registers an instruction to run when another build uses this image as its base.', 'Runs in the child build, keyed there.', 'ONBUILD ${1:instruction}'),
  i('STOPSIGNAL', 'STOPSIGNAL <signal>', 'The signal that stops the container.', 'Metadata only.', 'STOPSIGNAL ${1:SIGTERM}'),
  i('HEALTHCHECK', 'HEALTHCHECK [--interval=…] CMD <command>', 'How to test that the container still works.', 'Metadata only.', 'HEALTHCHECK CMD ${1:command}'),
  i('SHELL', 'SHELL ["executable", "arg"]', 'Changes the shell used by shell-form RUN, CMD and ENTRYPOINT.', 'Later shell-form RUN steps get new keys.', 'SHELL ["${1:/bin/sh}", "-c"]'),
  i('MAINTAINER', 'MAINTAINER <name>', 'Deprecated author field; use a LABEL.', 'Metadata only.', 'MAINTAINER ${1:name}'),
];

const f = (name: string, instructions: readonly string[], synopsis: string, summary: string): FlagDoc => ({ name, instructions, synopsis, summary });

/** Flags BuildKit accepts, per instruction. */
export const flagDocs: readonly FlagDoc[] = [
  f('platform', ['FROM'], '--platform=$BUILDPLATFORM', 'Picks the platform of the base image; `$BUILDPLATFORM` lets a Go stage cross-compile natively.'),
  f('mount', ['RUN'], '--mount=type=cache,target=/go/pkg/mod', 'Mounts a cache, bind, secret, ssh or tmpfs for this command only. Cache mounts keep Go\'s module and build caches between builds without putting them in a layer.'),
  f('network', ['RUN'], '--network=default|none|host', 'The network the command gets.'),
  f('security', ['RUN'], '--security=sandbox|insecure', 'Runs with extra privileges (needs an entitlement).'),
  f('from', ['COPY', 'ADD'], '--from=<stage|image>', 'Copies from an earlier stage (by name or index) or an image instead of the build context.'),
  f('chown', ['COPY', 'ADD'], '--chown=<user>:<group>', 'Owner of the copied files; owner is part of the checksum.'),
  f('chmod', ['COPY', 'ADD'], '--chmod=<mode>', 'Mode of the copied files; mode is part of the checksum.'),
  f('link', ['COPY', 'ADD'], '--link', 'Copies into an independent layer, so the step survives a change of the layers below it.'),
  f('parents', ['COPY', 'ADD'], '--parents', 'Keeps the source paths\' parent folders at the destination.'),
  f('exclude', ['COPY', 'ADD'], '--exclude=<pattern>', 'Leaves matching files out of this copy (and out of its checksum).'),
  f('checksum', ['ADD'], '--checksum=sha256:<digest>', 'Checks a remote source against a known digest.'),
  f('keep-git-dir', ['ADD'], '--keep-git-dir', 'Keeps the .git folder when adding a git repository.'),
  f('interval', ['HEALTHCHECK'], '--interval=30s', 'Time between checks.'),
  f('timeout', ['HEALTHCHECK'], '--timeout=30s', 'Time a check may take.'),
  f('start-period', ['HEALTHCHECK'], '--start-period=0s', 'Grace period after start.'),
  f('start-interval', ['HEALTHCHECK'], '--start-interval=5s', 'Time between checks during the start period.'),
  f('retries', ['HEALTHCHECK'], '--retries=3', 'Failures before the container is unhealthy.'),
];

/** Values offered after `--mount=`. */
export const mountSnippets: readonly string[] = [
  'type=cache,target=/go/pkg/mod',
  'type=cache,target=/root/.cache/go-build',
  'type=bind,source=go.sum,target=go.sum',
  'type=bind,source=go.mod,target=go.mod',
  'type=secret,id=',
  'type=ssh',
  'type=tmpfs,target=/tmp',
];

/** The doc of an instruction keyword (any case). */
export function instructionDoc(keyword: string): InstructionDoc | undefined {
  const upper = keyword.toUpperCase();
  return instructionDocs.find((d) => d.keyword === upper);
}

/** The doc of a flag of an instruction. */
export function flagDoc(keyword: string, name: string): FlagDoc | undefined {
  const upper = keyword.toUpperCase();
  return flagDocs.find((d) => d.name === name && d.instructions.includes(upper));
}
