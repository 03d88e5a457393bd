/** The playground shell's parts, and the toolbar's share, export and import buttons. */
import type { PlaygroundState } from './state/playground-state.ts';
import { makeWorkspace, toFileMap } from './state/files.ts';
import type { Translate } from './i18n.ts';
import { downloadContext, readArchive, shareUrl } from './transfer.ts';

/** The elements of a playground shell (server-rendered by Playground.astro). */
export interface Parts {
  readonly files: HTMLElement;
  readonly tabs: HTMLElement;
  readonly editor: HTMLElement;
  readonly status: HTMLElement;
  readonly build: HTMLButtonElement;
  readonly reset: HTMLButtonElement;
  readonly undo: HTMLButtonElement;
  readonly bars: HTMLElement;
  readonly steps: HTMLElement;
  readonly graph: HTMLElement;
  readonly log: HTMLElement;
  readonly compare: HTMLElement;
  readonly problems: HTMLElement;
  readonly settings: HTMLElement;
  readonly goals: HTMLElement;
  readonly panelTabs: HTMLElement;
}

/** Finds the parts by their `data-part` names; throws when the shell is incomplete. */
export function findParts(root: HTMLElement): Parts {
  const get = <T extends HTMLElement>(name: string): T => {
    const el = root.querySelector<T>(`[data-part="${name}"]`);
    if (!el) throw new Error(`playground shell lacks data-part="${name}"`);
    return el;
  };
  return {
    files: get('files'), tabs: get('tabs'), editor: get('editor'), status: get('status'),
    build: get('build'), reset: get('reset'), undo: get('undo'), bars: get('bars'),
    steps: get('steps'), graph: get('graph'), log: get('log'), compare: get('compare'), problems: get('problems'),
    settings: get('settings'), goals: get('goals'), panelTabs: get('panel-tabs'),
  };
}

/** What the toolbar needs from the controller. */
export interface ToolbarHooks {
  readonly state: () => PlaygroundState;
  readonly status: (text: string) => void;
  /** Replaces the state (undoable like a Reset). */
  readonly replace: (state: PlaygroundState, message: string) => void;
  readonly build: () => Promise<void>;
  readonly reset: () => void;
  readonly undo: () => void;
  /** Loads one of the page's examples by id. */
  readonly example: (id: string) => void;
  /** The playground's translator. */
  readonly t: Translate;
}

/** Wires Build, Reset, Undo reset, the example picker, Share, Export .zip/.tar and Import. */
export function wireToolbar(root: HTMLElement, parts: Parts, hooks: ToolbarHooks): void {
  parts.build.addEventListener('click', () => void hooks.build());
  parts.reset.addEventListener('click', hooks.reset);
  parts.undo.addEventListener('click', hooks.undo);
  const picker = root.querySelector<HTMLSelectElement>('[data-part="examples"]');
  picker?.addEventListener('change', () => hooks.example(picker.value));
  wireTransfer(root, hooks);
}

function wireTransfer(root: HTMLElement, hooks: ToolbarHooks): void {
  const button = (name: string): HTMLElement | null => root.querySelector(`[data-part="${name}"]`);
  button('share')?.addEventListener('click', async () => {
    const url = await shareUrl(hooks.state(), location.origin + location.pathname);
    const field = root.querySelector<HTMLInputElement>('[data-part="share-url"]');
    if (field) {
      field.value = url;
      field.hidden = false;
      field.select();
    }
    try {
      await navigator.clipboard.writeText(url);
      hooks.status(hooks.t('pg.status.shareCopied'));
    } catch {
      hooks.status(hooks.t('pg.status.shareReady'));
    }
  });
  button('export-zip')?.addEventListener('click', () => void downloadContext(toFileMap(hooks.state().workspace), 'zip'));
  button('export-tar')?.addEventListener('click', () => void downloadContext(toFileMap(hooks.state().workspace), 'tar'));
  const input = root.querySelector<HTMLInputElement>('[data-part="import"]');
  input?.addEventListener('change', async () => {
    const file = input.files?.[0];
    if (!file) return;
    try {
      const files = await readArchive(file);
      const s = hooks.state();
      const workspace = makeWorkspace(Object.entries(files).map(([path, content]) => ({ path, content })));
      const active = files[s.dockerfile] !== undefined ? s.dockerfile : (workspace.files[0]?.path ?? null);
      hooks.replace({ ...s, workspace, tabs: { open: active ? [active] : [], active } }, hooks.t('pg.status.imported', { n: workspace.files.length, name: file.name }));
    } catch (error) {
      hooks.status(hooks.t('pg.status.importFailed', { name: file.name, error: error instanceof Error ? error.message : String(error) }));
    }
    input.value = '';
  });
}
