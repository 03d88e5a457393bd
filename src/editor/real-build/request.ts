/** Turns the playground's recorded builds into `POST /v1/builds` bodies, each with the playground's own prediction. */
import { causeText, english, type Translate } from '../i18n.ts';
import type { BuildSettings, StepView } from '../protocol.ts';
import type { BuildRecord, StepOutcome } from '../state/builds.ts';
import { toFileMap } from '../state/files.ts';
import type { PlaygroundState } from '../state/playground-state.ts';

/** The JSON body of `POST /v1/builds` (docs/server-api.md), as the playground fills it. */
export interface BuildBody {
  readonly session: string;
  readonly engine: BuildSettings['engine'];
  /** The whole context, path → text. */
  readonly files: Readonly<Record<string, string>>;
  readonly dockerfile: string;
  readonly target?: string;
  readonly buildArgs: Readonly<Record<string, string>>;
  readonly noCache: boolean;
}

/** One build to replay: the request and what the playground predicted for it. */
export interface PlannedBuild {
  /** `Build #3`, or `Current files` when nothing was recorded yet. */
  readonly label: string;
  readonly body: BuildBody;
  readonly predicted: readonly StepOutcome[];
}

/** The replay, or why there is nothing to send. */
export type ReplayPlan =
  | { readonly kind: 'ok'; readonly builds: readonly PlannedBuild[] }
  | { readonly kind: 'nothing'; readonly reason: string };

/** A session id the server accepts: 1-64 of [A-Za-z0-9_.-]. */
export function isSessionId(s: string): boolean {
  return /^[A-Za-z0-9_.-]{1,64}$/.test(s);
}

/** A fresh session id from random bytes (the caller supplies them: crypto in the page, fixed bytes in tests). */
export function newSessionId(random: Uint8Array): string {
  return `pg-${[...random].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/** The request body for one set of files and settings. */
export function buildBody(session: string, files: Readonly<Record<string, string>>, settings: BuildSettings, dockerfile: string): BuildBody {
  return {
    session,
    engine: settings.engine,
    files,
    dockerfile,
    ...(settings.target !== '' ? { target: settings.target } : {}),
    buildArgs: settings.buildArgs,
    noCache: settings.noCache,
  };
}

function fromRecord(session: string, record: BuildRecord, dockerfile: string, t: Translate): PlannedBuild {
  return { label: t('pg.real.label.build', { id: record.id }), body: buildBody(session, record.files, record.settings, dockerfile), predicted: record.steps };
}

/**
 * The builds to send, oldest first: every recorded build (the cache they fill is what the predictions assume);
 * with none recorded, the current files with the live prediction.
 */
export function replayPlan(state: PlaygroundState, session: string, live: readonly StepView[] | null, t: Translate = english): ReplayPlan {
  const { builds } = state.history;
  if (builds.length > 0) {
    const missing = builds.find((b) => b.files[state.dockerfile] === undefined);
    if (missing) return { kind: 'nothing', reason: t('pg.real.plan.missing', { id: missing.id, file: state.dockerfile }) };
    return { kind: 'ok', builds: builds.map((b) => fromRecord(session, b, state.dockerfile, t)) };
  }
  const files = toFileMap(state.workspace);
  if (files[state.dockerfile] === undefined) return { kind: 'nothing', reason: t('pg.real.plan.noDockerfile', { file: state.dockerfile }) };
  if (live === null) return { kind: 'nothing', reason: t('pg.real.plan.wait') };
  const predicted = live.map((st) => ({ name: st.name, verdict: st.verdict, reason: st.causes[0] ? causeText(st.causes[0], t) : '' }));
  return { kind: 'ok', builds: [{ label: t('pg.real.label.current'), body: buildBody(session, files, state.settings, state.dockerfile), predicted }] };
}

/** A warning when the builds use both engines: the server keeps one cache per engine, the playground's prediction assumes one. */
export function mixedEnginesNote(builds: readonly PlannedBuild[], t: Translate = english): string | null {
  const engines = new Set(builds.map((b) => b.body.engine));
  if (engines.size < 2) return null;
  return t('pg.real.mixedEngines');
}
