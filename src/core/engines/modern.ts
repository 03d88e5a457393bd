/** BuildKit v0.25.2 (Docker Engine 28.5.2): built-in Dockerfile frontend 1.19.0, without labs build tags. */
import type { EngineProfile } from './types.ts';

const yes = (since: string) => ({ supported: true, since }) as const;

/** The modern engine: what Docker 28's built-in frontend accepts and prints. */
export const modernEngine: EngineProfile = {
  id: 'modern',
  title: 'Docker 28.5 (BuildKit v0.25.2, Dockerfile 1.19)',
  buildkit: 'v0.25.2',
  dockerfileFrontend: '1.19.0',
  acceptedFlags: {
    from: ['platform'],
    // --security needs the dfrunsecurity build tag (labs); --device is stable.
    run: ['mount', 'network', 'device'],
    // --parents needs the dfparents build tag (stable only in 1.20).
    copy: ['chown', 'from', 'chmod', 'link', 'exclude'],
    add: ['chown', 'chmod', 'link', 'keep-git-dir', 'checksum', 'unpack', 'exclude'],
    healthcheck: ['interval', 'timeout', 'start-period', 'start-interval', 'retries'],
  },
  features: {
    heredocs: yes('1.4'),
    mountValueExpansion: yes('1.3'),
    chmodExpansion: yes('1.10'),
    runNetwork: yes('1.3'),
    copyLink: yes('1.4'),
    copyExclude: yes('1.19'),
    addChecksum: yes('1.6'),
    secretEnv: yes('1.10'),
    tmpfsSize: yes('1.3'),
  },
  copyFromVariable: 'error',
  forwardStageReferences: 'error',
  platformArgs: [
    'BUILDPLATFORM', 'BUILDOS', 'BUILDOSVERSION', 'BUILDARCH', 'BUILDVARIANT',
    'TARGETPLATFORM', 'TARGETOS', 'TARGETOSVERSION', 'TARGETARCH', 'TARGETVARIANT', 'TARGETSTAGE',
  ],
  proxyArgs: ['http_proxy', 'https_proxy', 'ftp_proxy', 'no_proxy', 'all_proxy'],
  nonEnvArgs: ['BUILDKIT_SBOM_SCAN_CONTEXT', 'BUILDKIT_SBOM_SCAN_STAGE'],
  valuelessMetaArgsSet: false,
  argExpansion: 'dispatch',
  metaArgDefaultSkippedWhenOverridden: true,
  // Since BuildKit v0.9 (aa467196b) every mount without from= maps to scratch: the type may be a variable.
  mountRegistersState: () => true,
  onbuild: { countedInTotal: true, namePrefix: 'ONBUILD ' },
  cacheMountPermissionsName: '[internal] setting cache mount permissions',
  sameVertexNaming: 'last-marshalled',
  secretEnvMaskInName: true,
  httpSourceNamedLikeStep: true,
  workdirCleaned: true,
  transferSendsEmptiedDirs: false,
  cacheKeys: { cacheMountIdInKey: false, uidGidInContentHash: true },
  workdirSourceDateEpoch: true,
  flagMessages: {
    unknown: (name) => `unknown flag: --${name}`,
    duplicate: (name) => `duplicate flag specified: --${name}`,
    missingValue: (name) => `missing a value on flag: --${name}`,
    notBoolean: (name, value) => `expecting boolean value for flag --${name}, not: ${value}`,
    notFlag: (arg) => `arg should start with -- : ${arg}`,
  },
  unknownInstruction: (keyword) => `unknown instruction: ${keyword}`,
  referenceNotLowercase: (repository) => `invalid reference format: repository name (${repository}) must be lowercase`,
  targetNotFound: (target) => `target stage "${target}" could not be found`,
};
