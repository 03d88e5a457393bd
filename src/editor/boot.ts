/** Boots every playground on the page: state and worker at once, Monaco after first paint on wide screens. */
import { mountPlayground, type PlaygroundProbe } from './controller.ts';
import { wirePanelTabs } from './panels.ts';
import { prepareRealBuild } from './views/real-build-view.ts';
import type { PlaygroundConfig } from './state/playground-state.ts';
import type { WorkerLike } from './worker-client.ts';

declare global {
  interface Window {
    /** Probes for tests and the bench, one per playground id. */
    __layerlab?: Record<string, PlaygroundProbe>;
  }
}

const spawn = (): WorkerLike => new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'layerlab-analysis' }) as unknown as WorkerLike;

/** Finds `[data-playground]` shells and mounts them. */
export function bootPlaygrounds(): void {
  for (const root of document.querySelectorAll<HTMLElement>('[data-playground]')) {
    const config = JSON.parse(root.querySelector('script[data-config]')?.textContent ?? '{}') as PlaygroundConfig;
    // Real builds (opt-in, src/editor/real-build): adds its tabs before they are wired, attaches once mounted.
    const attachRealBuild = prepareRealBuild(root, config.id);
    const tablist = root.querySelector<HTMLElement>('[data-part="panel-tabs"]');
    if (tablist) wirePanelTabs(tablist);
    const probe = mountPlayground(root, config, spawn);
    (window.__layerlab ??= {})[config.id] = probe;
    attachRealBuild(probe);
    const wide = matchMedia('(min-width: 760px)');
    const upgrade = (): void => {
      if (probe.editor() === 'monaco' || !wide.matches) return;
      void import('./monaco-host.ts').then((m) => probe.useEditor(m.createMonacoHost));
    };
    // After first paint: two frames, then idle time.
    requestAnimationFrame(() => requestAnimationFrame(() => ('requestIdleCallback' in window ? requestIdleCallback(upgrade, { timeout: 500 }) : setTimeout(upgrade, 50))));
    wide.addEventListener('change', upgrade);
  }
}
