/** The built site has no broken internal links (nav, language switcher, hreflang, lessons, rules, embeds). */
import { describe, expect, it } from 'vitest';
import { brokenLinks } from '../site/links.ts';
import { builtPages } from '../site/harness.ts';

describe('links', () => {
  it('every internal link and hreflang alternate of every built page resolves', () => {
    expect(builtPages().length).toBeGreaterThan(100);
    const { checked, broken } = brokenLinks();
    expect(checked).toBeGreaterThan(2000);
    expect(broken).toEqual([]);
  });
});
