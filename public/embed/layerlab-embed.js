// Layerlab embed client for host pages (docs/embed-api.md). Plain ES module, no dependencies.
// Usage: import { connect } from 'https://layerlab.dev/embed/layerlab-embed.js';
//        const embed = connect(iframe); await embed.ready; await embed.setFiles({ Dockerfile: '...' });

/** Connects to a Layerlab iframe. Messages are only accepted from the iframe's own window and origin. */
export function connect(iframe, options = {}) {
  const origin = options.origin ?? new URL(iframe.src, location.href).origin;
  const pending = new Map();
  const listeners = new Map();
  let seq = 0;
  let markReady;
  const ready = new Promise((resolve) => { markReady = resolve; });
  const onMessage = (event) => {
    if (event.source !== iframe.contentWindow || event.origin !== origin) return;
    const m = event.data;
    if (!m || m.layerlab !== 1 || typeof m.type !== 'string') return;
    if (m.type === 'ready') markReady(m);
    if (m.type === 'response') {
      const p = pending.get(m.id);
      if (!p) return;
      pending.delete(m.id);
      if (m.ok) p.resolve(m.result); else p.reject(new Error(m.error));
      return;
    }
    for (const cb of listeners.get(m.type) ?? []) cb(m);
  };
  window.addEventListener('message', onMessage);
  const request = async (type, extra = {}) => {
    await ready;
    const id = `r${++seq}`;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject });
      iframe.contentWindow.postMessage({ layerlab: 1, type, id, ...extra }, origin);
    });
  };
  return {
    ready,
    setFiles: (files) => request('setFiles', { files }),
    getState: () => request('getState'),
    build: () => request('build'),
    on(type, cb) {
      if (!listeners.has(type)) listeners.set(type, new Set());
      listeners.get(type).add(cb);
      return () => listeners.get(type).delete(cb);
    },
    close: () => window.removeEventListener('message', onMessage),
  };
}
