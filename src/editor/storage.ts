/** Saves and loads a playground in localStorage (the state lives on the main thread; the worker holds none). */
import { decodeSaved, encodeSaved, type Saved } from './state/persist.ts';

/** The storage key of a playground id. */
export function storageKey(id: string): string {
  return `layerlab:playground:${id}`;
}

/** Loads the saved playground, or null when there is none or it cannot be read. */
export function loadSaved(id: string): Saved | null {
  try {
    const text = localStorage.getItem(storageKey(id));
    return text === null ? null : decodeSaved(text);
  } catch {
    return null;
  }
}

/** Saves a playground; returns false when storage refused (full or disabled). */
export function storeSaved(id: string, saved: Saved): boolean {
  try {
    localStorage.setItem(storageKey(id), encodeSaved(saved));
    return true;
  } catch {
    return false;
  }
}

/** Calls `apply` when another tab saves the same playground (the `storage` event never fires in the saving tab). */
export function onOtherTabSave(id: string, apply: (saved: Saved) => void): void {
  window.addEventListener('storage', (event) => {
    if (event.key !== storageKey(id) || event.newValue === null) return;
    const saved = decodeSaved(event.newValue);
    if (saved) apply(saved);
  });
}
