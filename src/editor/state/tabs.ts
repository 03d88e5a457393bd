/** Open editor tabs and the active one, kept in step with renames and deletes. */

/** Which files are open as tabs, in order, and which one is shown. */
export interface Tabs {
  readonly open: readonly string[];
  readonly active: string | null;
}

/** No tabs open. */
export const noTabs: Tabs = { open: [], active: null };

/** Opens a file (or focuses its tab). */
export function openTab(tabs: Tabs, path: string): Tabs {
  return { open: tabs.open.includes(path) ? tabs.open : [...tabs.open, path], active: path };
}

/** Closes a tab; the neighbour to its right (else left) becomes active when it was active. */
export function closeTab(tabs: Tabs, path: string): Tabs {
  const index = tabs.open.indexOf(path);
  if (index < 0) return tabs;
  const open = tabs.open.filter((p) => p !== path);
  if (tabs.active !== path) return { open, active: tabs.active };
  return { open, active: open[Math.min(index, open.length - 1)] ?? null };
}

/** Follows a rename of a file or a folder. */
export function renameInTabs(tabs: Tabs, from: string, to: string): Tabs {
  const moved = (p: string): string => (p === from ? to : p.startsWith(`${from}/`) ? to + p.slice(from.length) : p);
  return { open: tabs.open.map(moved), active: tabs.active === null ? null : moved(tabs.active) };
}

/** Drops tabs of files that no longer exist. */
export function keepExisting(tabs: Tabs, exists: (path: string) => boolean): Tabs {
  let next = tabs;
  for (const path of tabs.open) if (!exists(path)) next = closeTab(next, path);
  if (next.active !== null && !exists(next.active)) next = { ...next, active: next.open[0] ?? null };
  return next;
}
