/** Before/after bars: cold and warm build times, and the final image size. */
import type { Estimate } from '../protocol.ts';
import { english, type Translate } from '../i18n.ts';
import { h, megabytes, seconds } from './dom.ts';

interface Bar {
  readonly label: string;
  readonly value: number;
  readonly text: string;
  readonly kind: string;
}

/** Renders the estimate bars; `before` is the last recorded build (absent before the first). */
export function renderBars(container: HTMLElement, now: Estimate, before: Estimate | undefined, recorded = false, t: Translate = english): void {
  if (now.coldSeconds === 0 && now.imageBytes === 0) {
    container.replaceChildren();
    return;
  }
  const time = group(t('pg.bars.time'), [
    ...(before ? [{ label: t('pg.bars.beforeWarm'), value: before.warmSeconds, text: seconds(before.warmSeconds), kind: 'before' }] : []),
    { label: t(recorded ? 'pg.bars.thisWarm' : 'pg.bars.nextWarm'), value: now.warmSeconds, text: seconds(now.warmSeconds), kind: 'warm' },
    { label: t('pg.bars.cold'), value: now.coldSeconds, text: seconds(now.coldSeconds), kind: 'cold' },
  ]);
  const size = group(t('pg.bars.size'), [
    ...(before ? [{ label: t('pg.bars.before'), value: before.imageBytes, text: megabytes(before.imageBytes), kind: 'before' }] : []),
    { label: t('pg.bars.now'), value: now.imageBytes, text: megabytes(now.imageBytes), kind: 'size' },
  ]);
  container.replaceChildren(time, size);
}

function group(title: string, bars: readonly Bar[]): HTMLElement {
  const max = Math.max(1e-9, ...bars.map((b) => b.value));
  const rows = bars.map((b) =>
    h('div', { class: 'pg-bar-row' },
      h('span', { class: 'pg-bar-label', text: b.label }),
      h('span', { class: 'pg-bar-track', role: 'img', 'aria-label': `${b.label}: ${b.text}` },
        h('span', { class: `pg-bar pg-bar-${b.kind}`, style: `width:${Math.max(1, (100 * b.value) / max).toFixed(1)}%` })),
      h('span', { class: 'pg-bar-value', text: b.text }),
    ),
  );
  return h('figure', { class: 'pg-bars' }, h('figcaption', { text: title }), ...rows);
}
