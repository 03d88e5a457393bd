/** BuildKit v0.8 branch (eeb7b65ab), vendored by Docker Engine 20.10.24: built-in Dockerfile frontend 1.2. */
import type { EngineProfile } from './types.ts';

const no = (since: string) => ({ supported: false, since }) as const;

/** The old engine: Docker 20.10's built-in frontend; newer syntax is rejected as BuildKit v0.8 rejects it. */
export const v08Engine: EngineProfile = {
  id: 'v0.8',
  title: 'Docker 20.10 (BuildKit v0.8, Dockerfile 1.2)',
  buildkit: 'v0.8 (eeb7b65ab)',
  dockerfileFrontend: '1.2',
  acceptedFlags: {
    from: ['platform'],
    run: ['mount'],
    copy: ['chown', 'from', 'chmod'],
    add: ['chown', 'chmod'],
    healthcheck: ['interval', 'timeout', 'start-period', 'retries'],
  },
  features: {
    heredocs: no('1.4'),
    mountValueExpansion: no('1.3'),
    chmodExpansion: no('1.10'),
    runNetwork: no('1.3'),
    copyLink: no('1.4'),
    copyExclude: no('1.19'),
    addChecksum: no('1.6'),
    secretEnv: no('1.10'),
    tmpfsSize: no('1.3'),
  },
  copyFromVariable: 'literal',
  forwardStageReferences: 'allowed',
  platformArgs: [
    'BUILDPLATFORM', 'BUILDOS', 'BUILDARCH', 'BUILDVARIANT',
    'TARGETPLATFORM', 'TARGETOS', 'TARGETARCH', 'TARGETVARIANT',
  ],
  proxyArgs: ['http_proxy', 'https_proxy', 'ftp_proxy', 'no_proxy'],
  nonEnvArgs: [],
  valuelessMetaArgsSet: true,
  argExpansion: 'expand-method',
  metaArgDefaultSkippedWhenOverridden: false,
  // convert_runmount.go detectRunMount [v0.8]: cache mounts default to from=scratch; tmpfs and from-less mounts are skipped.
  mountRegistersState: (mount) => mount.type !== 'tmpfs' && (mount.from !== undefined || mount.type === 'cache'),
  onbuild: { countedInTotal: false, namePrefix: '' },
  cacheMountPermissionsName: '[internal] settings cache mount permissions',
  sameVertexNaming: 'random',
  secretEnvMaskInName: false,
  httpSourceNamedLikeStep: false,
  workdirCleaned: false,
  transferSendsEmptiedDirs: true,
  cacheKeys: { cacheMountIdInKey: true, uidGidInContentHash: false },
  workdirSourceDateEpoch: false,
  flagMessages: {
    unknown: (name) => `Unknown flag: ${name}`,
    duplicate: (name) => `Duplicate flag specified: ${name}`,
    missingValue: (name) => `Missing a value on flag: ${name}`,
    notBoolean: (name, value) => `Expecting boolean value for flag ${name}, not: ${value}`,
    notFlag: (arg) => `Arg should start with -- : ${arg}`,
  },
  unknownInstruction: (keyword) => `unknown instruction: ${keyword.toUpperCase()}`,
  referenceNotLowercase: () => 'invalid reference format: repository name must be lowercase',
  targetNotFound: (target) => `target stage ${target} could not be found`,
};
