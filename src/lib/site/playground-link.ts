/** The one place the site reaches into a running playground (the probe `boot.ts` publishes per playground id). */
import type { PlaygroundProbe } from '../../editor/controller.ts';

/** The running playground with this id, or undefined before it has booted. */
export function playgroundProbe(id: string): PlaygroundProbe | undefined {
  return window.__layerlab?.[id];
}
