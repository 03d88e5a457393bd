/** Tiny DOM helpers for the playground views: element creation and an inline name input. */

type Attrs = Record<string, string | number | boolean | undefined>;

/** Creates an element with attributes (`text` sets textContent) and children. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    if (k === 'text') el.textContent = String(v);
    else if (k === 'class') el.className = String(v);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  el.append(...children);
  return el;
}

/** Creates an SVG element with attributes. */
export function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: (Node | string)[]): SVGElementTagNameMap[K] {
  const el = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined && v !== false) el.setAttribute(k, String(v));
  el.append(...children);
  return el;
}

/** Replaces an element with a text input; Enter commits, Escape or blur cancels. */
export function askName(anchor: HTMLElement, initial: string, label: string, commit: (value: string) => void): void {
  const input = h('input', { type: 'text', value: initial, 'aria-label': label, class: 'pg-name-input' });
  let done = false;
  const finish = (value: string | null): void => {
    if (done) return;
    done = true;
    input.replaceWith(anchor);
    if (value !== null && value.trim() !== '' && value !== initial) commit(value.trim());
  };
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') finish(input.value);
    if (e.key === 'Escape') finish(null);
  });
  input.addEventListener('blur', () => finish(input.value));
  anchor.replaceWith(input);
  input.focus();
  input.select();
}

/** Formats seconds for people: `0.4 s`, `12 s`, `2 min 5 s`. */
export function seconds(s: number): string {
  if (s < 10) return `${s.toFixed(1)} s`;
  if (s < 120) return `${Math.round(s)} s`;
  return `${Math.floor(s / 60)} min ${Math.round(s % 60)} s`;
}

/** Formats a byte count: `812 kB`, `14.2 MB`. */
export function megabytes(n: number): string {
  if (n < 1_000_000) return `${Math.round(n / 1000)} kB`;
  return `${(n / 1_000_000).toFixed(1)} MB`;
}
