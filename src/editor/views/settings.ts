/** Build settings: build args, target, no-cache and engine. */
import type { BuildSettings, EngineName } from '../protocol.ts';
import { english, type Translate } from '../i18n.ts';
import { h } from './dom.ts';

/** Parses `KEY=value` lines into build args (blank lines and lines without `=` are ignored). */
export function parseBuildArgs(text: string): Record<string, string> {
  const args: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const eq = line.indexOf('=');
    if (eq <= 0) continue;
    args[line.slice(0, eq).trim()] = line.slice(eq + 1);
  }
  return args;
}

/** Renders the settings form; `stages` fills the target picker. */
export function renderSettings(container: HTMLElement, settings: BuildSettings, stages: readonly string[], change: (s: BuildSettings) => void, t: Translate = english): void {
  const engine = h('select', { name: 'engine' },
    h('option', { value: 'modern', text: t('pg.settings.modern'), selected: settings.engine === 'modern' }),
    h('option', { value: 'v0.8', text: 'BuildKit v0.8', selected: settings.engine === 'v0.8' }));
  const targets = [...new Set([...stages.filter(Boolean), ...(settings.target ? [settings.target] : [])])];
  const target = h('select', { name: 'target' },
    h('option', { value: '', text: t('pg.settings.lastStage'), selected: settings.target === '' }),
    ...targets.map((t) => h('option', { value: t, text: t, selected: t === settings.target })));
  const noCache = h('input', { type: 'checkbox', name: 'noCache', checked: settings.noCache });
  const args = h('textarea', { name: 'buildArgs', rows: 3, placeholder: 'VERSION=1.2', spellcheck: 'false' });
  args.value = Object.entries(settings.buildArgs).map(([k, v]) => `${k}=${v}`).join('\n');
  const emit = (): void => change({ engine: engine.value as EngineName, target: target.value, noCache: noCache.checked, buildArgs: parseBuildArgs(args.value) });
  engine.addEventListener('change', emit);
  target.addEventListener('change', emit);
  noCache.addEventListener('change', emit);
  args.addEventListener('change', emit);
  container.replaceChildren(
    h('label', {}, `${t('pg.settings.engine')} `, engine),
    h('label', {}, '--target ', target),
    h('label', {}, noCache, ' --no-cache'),
    h('label', { class: 'pg-args' }, t('pg.settings.args'), args),
  );
}
