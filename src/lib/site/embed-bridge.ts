/** Runs inside an embed: answers allowed hosts' postMessage requests and forwards results and goals (docs/embed-api.md). */
import { makeWorkspace } from '../../editor/state/files.ts';
import { openTab, noTabs } from '../../editor/state/tabs.ts';
import { toFileMap } from '../../editor/state/files.ts';
import { allowedOrigins, parseHostMessage, targetOrigin, type EmbedMessage, type HostMessage } from './embed-protocol.ts';
import { goalsEvent } from './lesson-client.ts';
import type { GoalStatus } from './goals-protocol.ts';
import { playgroundProbe } from './playground-link.ts';

/** Starts the bridge for the playground `playgroundId`; no-op when the page is not framed. */
export function startEmbedBridge(playgroundId: string, lesson: string | null, lang: string): void {
  if (window.parent === window) return;
  const configured = document.querySelector<HTMLMetaElement>('meta[name="layerlab-embed-origins"]')?.content ?? '';
  const allowed = allowedOrigins(location.origin, configured, new URLSearchParams(location.search).get('origins'));
  let host = targetOrigin(allowed, location.ancestorOrigins?.[0], document.referrer);
  const send = (message: EmbedMessage): void => {
    if (host !== null) window.parent.postMessage(message, host);
  };
  if (host === null) console.warn('Layerlab embed: the host origin is not in the allowlist (?origins=…); the postMessage API is off.');

  const answer = async (m: HostMessage): Promise<unknown> => {
    const probe = playgroundProbe(playgroundId);
    if (!probe) throw new Error('the playground has not started yet');
    switch (m.type) {
      case 'getState': {
        const s = probe.state();
        return { files: toFileMap(s.workspace), settings: s.settings, dockerfile: s.dockerfile, builds: s.history.builds.length };
      }
      case 'setFiles': {
        const s = probe.state();
        const workspace = makeWorkspace(Object.entries(m.files).map(([path, content]) => ({ path, content })));
        const active = m.files[s.dockerfile] !== undefined ? s.dockerfile : (workspace.files[0]?.path ?? null);
        probe.replace({ ...s, workspace, tabs: active === null ? noTabs : openTab(noTabs, active) }, 'Files set by the host page. Undo reset brings the previous ones back.');
        return { files: Object.keys(toFileMap(probe.state().workspace)) };
      }
      case 'build': {
        await probe.build();
        const r = probe.result();
        return { builds: probe.state().history.builds.length, steps: r?.steps.map((st) => ({ name: st.name, verdict: st.verdict })) ?? [] };
      }
      default: {
        const never: never = m;
        throw new Error(`unknown request ${JSON.stringify(never)}`);
      }
    }
  };

  window.addEventListener('message', (event: MessageEvent<unknown>) => {
    if (event.source !== window.parent || !allowed.has(event.origin)) return;
    const m = parseHostMessage(event.data);
    if (m === null) return;
    host = event.origin;
    answer(m).then(
      (result) => send({ layerlab: 1, type: 'response', id: m.id, ok: true, result }),
      (error: unknown) => send({ layerlab: 1, type: 'response', id: m.id, ok: false, error: error instanceof Error ? error.message : String(error) }),
    );
  });

  const sendResult = (): void => {
    const r = playgroundProbe(playgroundId)?.result();
    if (!r) return;
    send({
      layerlab: 1, type: 'result',
      steps: r.steps.map((st) => ({ name: st.name, verdict: st.verdict, reason: st.causes[0]?.text ?? '' })),
      problems: r.diagnostics.map((d) => ({ message: d.message, line: d.range.start.line + 1, rule: String(d.code ?? '') })),
    });
  };
  document.addEventListener('layerlab:analysis', sendResult);
  document.addEventListener(goalsEvent, (event) => {
    const goals = (event as CustomEvent<readonly GoalStatus[]>).detail;
    send({ layerlab: 1, type: 'goals', goals: goals.map((g) => ({ id: g.id, state: g.state })), allPassed: goals.length > 0 && goals.every((g) => g.state === 'passed') });
  });
  send({ layerlab: 1, type: 'ready', lesson, lang });
  // The playground boots from its own script and may have finished its first analysis before this bridge started:
  // that result goes out now, so a host always gets one after `ready`.
  sendResult();
}
