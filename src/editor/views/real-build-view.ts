/** "Connect a builder" and "Real build": the dialog, toolbar buttons, the Real build and Real log panels. */
import type { PlaygroundProbe } from '../controller.ts';
import { translatorFor, type Translate } from '../i18n.ts';
import { checkHealth, runReplay } from '../real-build/client.ts';
import { decodeConnection, encodeConnection, normalizeUrl, type Connection } from '../real-build/connection.ts';
import { compareView } from '../real-build/compare.ts';
import { isSessionId, newSessionId, replayPlan, type PlannedBuild } from '../real-build/request.ts';
import type { BuildProgress } from '../real-build/progress.ts';
import { h } from './dom.ts';
import { renderRealPanel, renderRealLog } from './real-build-panel.ts';

const connectionKey = 'layerlab:builder';
const sessionKey = (id: string): string => `layerlab:real-session:${id}`;

function read(key: string): string | null {
  try { return localStorage.getItem(key); } catch { return null; }
}
function write(key: string, value: string | null): void {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch { /* storage disabled: the connection lasts for this page only */ }
}

/** The playground's session id on the server, made once and kept. */
function sessionFor(id: string): string {
  const kept = read(sessionKey(id));
  if (kept !== null && isSessionId(kept)) return kept;
  const made = newSessionId(crypto.getRandomValues(new Uint8Array(8)));
  write(sessionKey(id), made);
  return made;
}

/** The elements this feature adds to a playground shell. */
interface RealParts {
  readonly connect: HTMLButtonElement;
  readonly run: HTMLButtonElement;
  readonly stop: HTMLButtonElement;
  readonly dialog: HTMLDialogElement;
  readonly tab: HTMLButtonElement;
  readonly logTab: HTMLButtonElement;
  readonly panel: HTMLElement;
  readonly log: HTMLElement;
}

function addTab(tablist: HTMLElement, after: Element | null, panelBefore: Element | null, pid: string, name: string, label: string, pre: boolean): [HTMLButtonElement, HTMLElement] {
  const tab = h('button', { type: 'button', role: 'tab', id: `tab-${pid}-${name}`, 'data-tab': name, 'aria-controls': `panel-${pid}-${name}`, 'aria-selected': 'false', tabindex: -1, hidden: true, text: label });
  const panel = h(pre ? 'pre' : 'div', { role: 'tabpanel', id: `panel-${pid}-${name}`, 'aria-labelledby': tab.id, 'data-part': name, class: `pg-panel${pre ? ' pg-log' : ''}`, tabindex: 0, hidden: true });
  if (after) after.after(tab); else tablist.append(tab);
  if (panelBefore) panelBefore.after(panel); else tablist.after(panel);
  return [tab, panel];
}

function buildDialog(pid: string, t: Translate): HTMLDialogElement {
  const title = `real-title-${pid}`;
  const [before = '', after = ''] = t('pg.real.intro').split('{command}');
  return h('dialog', { class: 'pg-real-dialog', 'aria-labelledby': title, 'data-part': 'real-dialog' },
    h('form', { method: 'dialog', novalidate: true },
      h('h2', { id: title, text: t('pg.real.connect') }),
      h('p', { class: 'pg-muted' }, before, h('code', { text: 'layerlab serve' }), after),
      h('label', {}, t('pg.real.url'), h('input', { type: 'url', name: 'url', placeholder: 'http://127.0.0.1:7421', autocomplete: 'off', spellcheck: 'false', required: true })),
      h('label', {}, t('pg.real.token'), h('input', { type: 'password', name: 'token', autocomplete: 'off', spellcheck: 'false' })),
      h('div', { class: 'pg-real-actions' },
        // The default button: Enter in a field tests the connection.
        h('button', { type: 'submit', class: 'primary', 'data-act': 'test', text: t('pg.real.test') }),
        h('button', { type: 'button', 'data-act': 'disconnect', text: t('pg.real.disconnect') }),
        h('button', { type: 'button', 'data-act': 'close', text: t('pg.real.close') })),
      h('div', { class: 'pg-real-health', role: 'status', 'aria-live': 'polite', 'data-part': 'real-health' })));
}

/** Adds the buttons, dialog, tabs and panels (call before the result tabs are wired); returns `attach` for once the playground is mounted. */
export function prepareRealBuild(root: HTMLElement, pid: string): (probe: PlaygroundProbe) => void {
  const toolbar = root.querySelector<HTMLElement>('.pg-toolbar');
  const tablist = root.querySelector<HTMLElement>('[data-part="panel-tabs"]');
  // Embeds live on other sites' pages, whose origins a builder would not allow: no builder there.
  if (!toolbar || !tablist || root.closest('[data-embed]')) return () => undefined;
  const t = translatorFor(root);
  const connect = h('button', { type: 'button', 'data-part': 'real-connect', 'aria-haspopup': 'dialog', text: t('pg.real.connect') });
  const run = h('button', { type: 'button', 'data-part': 'real-run', hidden: true, text: t('pg.real.run'), title: t('pg.real.runTitle') });
  const stop = h('button', { type: 'button', 'data-part': 'real-stop', hidden: true, text: t('pg.real.stop') });
  const dialog = buildDialog(pid, t);
  toolbar.querySelector('[data-part="status"]')?.before(connect, run, stop);
  root.append(dialog);
  const logTab = tablist.querySelector('[data-tab="log"]');
  const [tab, panel] = addTab(tablist, logTab, root.querySelector('[data-part="log"]'), pid, 'real', t('pg.real.tab'), false);
  const [realLogTab, log] = addTab(tablist, tab, panel, pid, 'real-log', t('pg.real.logTab'), true);
  return (probe) => attach(root, pid, probe, { connect, run, stop, dialog, tab, logTab: realLogTab, panel, log }, t);
}

function attach(root: HTMLElement, pid: string, probe: PlaygroundProbe, p: RealParts, t: Translate): void {
  let connection = decodeConnection(read(connectionKey));
  let controller: AbortController | null = null;
  const status = (text: string): void => {
    const el = root.querySelector('[data-part="status"]');
    if (el) el.textContent = text;
  };
  const showConnected = (): void => {
    p.connect.textContent = t(connection ? 'pg.real.connected' : 'pg.real.connect');
    p.run.hidden = connection === null;
    p.tab.hidden = p.logTab.hidden = connection === null && p.panel.childElementCount === 0;
  };
  wireDialog(p, () => connection, (c) => {
    connection = c;
    write(connectionKey, c === null ? null : encodeConnection(c));
    showConnected();
  }, t);
  p.stop.addEventListener('click', () => controller?.abort());
  p.run.addEventListener('click', () => {
    if (!connection || controller) return;
    const plan = replayPlan(probe.state(), sessionFor(pid), probe.result()?.steps ?? null, t);
    if (plan.kind === 'nothing') return status(plan.reason);
    const ctl = (controller = new AbortController());
    p.run.disabled = true;
    p.stop.hidden = false;
    p.tab.hidden = p.logTab.hidden = false;
    p.tab.click();
    const n = plan.builds.length;
    status(n === 1 ? t('pg.real.replayingOne', { url: connection.url }) : t('pg.real.replayingMany', { n, url: connection.url }));
    void replay(p, connection, plan.builds, ctl.signal, t).then(status).finally(() => {
      controller = null;
      p.run.disabled = false;
      p.stop.hidden = true;
    });
  });
  showConnected();
}

function wireDialog(p: RealParts, current: () => Connection | null, set: (c: Connection | null) => void, t: Translate): void {
  const form = p.dialog.querySelector('form')!;
  const url = form.querySelector<HTMLInputElement>('input[name="url"]')!;
  const token = form.querySelector<HTMLInputElement>('input[name="token"]')!;
  const health = p.dialog.querySelector<HTMLElement>('[data-part="real-health"]')!;
  const say = (kind: 'ok' | 'error' | 'busy', text: string, engines: readonly Node[] = []): void => {
    health.dataset['state'] = kind;
    health.replaceChildren(h('p', { text }), ...(engines.length > 0 ? [h('ul', { class: 'pg-real-engines' }, ...engines)] : []));
  };
  p.connect.addEventListener('click', () => {
    const c = current();
    url.value = c?.url ?? (url.value || 'http://127.0.0.1:7421');
    token.value = c?.token ?? token.value;
    p.dialog.showModal();
    url.focus();
  });
  form.querySelector('[data-act="disconnect"]')!.addEventListener('click', () => {
    set(null);
    say('ok', t('pg.real.disconnected'));
  });
  form.querySelector('[data-act="close"]')!.addEventListener('click', () => p.dialog.close());
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const base = normalizeUrl(url.value);
    if (base === null) return say('error', t('pg.real.badUrl', { value: url.value }));
    say('busy', t('pg.real.asking', { url: base }));
    const c = { url: base, token: token.value.trim() };
    const outcome = await checkHealth(fetch.bind(window), c, location.origin, t);
    if (outcome.kind === 'error') return say('error', outcome.message);
    const items = outcome.engines.map((e) => h('li', { 'data-engine': e.id, 'data-reachable': String(e.reachable) }, h('strong', { text: e.id }), `: ${e.reachable ? e.detail : t('pg.real.engineDown', { detail: e.detail })}`));
    if (!outcome.anyReachable) return say('error', t('pg.real.noEngine', { version: outcome.version }), items);
    set(c);
    say('ok', t('pg.real.connectedTo', { version: outcome.version }), items);
  });
}

/** Runs the replay, painting at most once a frame; resolves with a one-line outcome for the status bar. */
async function replay(p: RealParts, connection: Connection, builds: readonly PlannedBuild[], signal: AbortSignal, t: Translate): Promise<string> {
  let frame = 0;
  let latest: readonly BuildProgress[] = [];
  const paint = (): void => {
    frame = 0;
    renderRealPanel(p.panel, latest, t);
    renderRealLog(p.log, latest, t);
  };
  latest = await runReplay(fetch.bind(window), connection, builds, signal, location.origin, (all) => {
    latest = all;
    frame ||= requestAnimationFrame(paint);
  }, t);
  if (frame) cancelAnimationFrame(frame);
  paint();
  const bad = latest.reduce((n, b) => n + compareView(b, t).mismatches, 0);
  if (!latest.every((b) => b.phase === 'done')) return t('pg.real.stopped');
  return bad === 0 ? t('pg.real.finishedOk') : bad === 1 ? t('pg.real.finishedOne') : t('pg.real.finishedMany', { n: bad });
}
