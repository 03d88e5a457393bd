import { describe, expect, it } from 'vitest';
import { closeTab, keepExisting, noTabs, openTab, renameInTabs } from '../../src/editor/state/tabs.ts';

describe('tabs', () => {
  const three = openTab(openTab(openTab(noTabs, 'a'), 'b'), 'c');
  it('opens once and focuses', () => {
    expect(openTab(three, 'a')).toEqual({ open: ['a', 'b', 'c'], active: 'a' });
  });
  it('closing the active tab activates its right neighbour, else the left', () => {
    expect(closeTab(openTab(three, 'b'), 'b')).toEqual({ open: ['a', 'c'], active: 'c' });
    expect(closeTab(three, 'c')).toEqual({ open: ['a', 'b'], active: 'b' });
    expect(closeTab(closeTab(closeTab(three, 'a'), 'b'), 'c')).toEqual({ open: [], active: null });
  });
  it('follows folder renames and drops deleted files', () => {
    const t = openTab(openTab(noTabs, 'cmd/x.go'), 'main.go');
    expect(renameInTabs(t, 'cmd', 'app')).toEqual({ open: ['app/x.go', 'main.go'], active: 'main.go' });
    expect(keepExisting(t, (p) => p !== 'main.go')).toEqual({ open: ['cmd/x.go'], active: 'cmd/x.go' });
  });
});
