/** The theme toggle: flips light/dark, saves the choice, follows the system until the learner picks. */

/** The key the choice is saved under. */
export const themeKey = 'layerlab:theme';

/** Current theme from the document. */
export function currentTheme(): 'dark' | 'light' {
  return document.documentElement.dataset['theme'] === 'dark' ? 'dark' : 'light';
}

/** Wires every `.theme-toggle` button and the system preference. */
export function initThemeToggle(): void {
  const buttons = [...document.querySelectorAll<HTMLButtonElement>('.theme-toggle')];
  const apply = (theme: 'dark' | 'light'): void => {
    document.documentElement.dataset['theme'] = theme;
    for (const b of buttons) b.setAttribute('aria-pressed', String(theme === 'dark'));
    document.dispatchEvent(new CustomEvent('layerlab:theme', { detail: theme }));
  };
  apply(currentTheme());
  for (const b of buttons) {
    b.addEventListener('click', () => {
      const next = currentTheme() === 'dark' ? 'light' : 'dark';
      try { localStorage.setItem(themeKey, next); } catch { /* storage may be off */ }
      apply(next);
    });
  }
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', (e) => {
    let saved: string | null = null;
    try { saved = localStorage.getItem(themeKey); } catch { /* storage may be off */ }
    if (saved === null) apply(e.matches ? 'dark' : 'light');
  });
}
