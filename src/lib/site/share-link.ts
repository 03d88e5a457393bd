/** Playground links that carry a Dockerfile in the URL hash, with the playground's own share codec. */
import { encodeShare, sharePrefix } from '../../editor/state/share.ts';
import { initialState } from '../../editor/state/playground-state.ts';

/** The hash (`#share=…`) that opens the playground on these files. */
export function shareHash(files: Readonly<Record<string, string>>): string {
  const state = initialState({ id: 'share', files: Object.entries(files).map(([path, content]) => ({ path, content })), goals: [] });
  return sharePrefix + encodeShare(state);
}

/** A playground URL holding a single Dockerfile. */
export function dockerfileLink(playground: string, dockerfile: string): string {
  return playground + shareHash({ Dockerfile: dockerfile });
}
