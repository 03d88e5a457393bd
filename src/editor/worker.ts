/** The analysis worker: answers protocol requests with the core pipeline, off the main thread. */
import { analysis } from './analysis.ts';
import type { WorkerRequest } from './protocol.ts';
import { createHandler } from './worker-handler.ts';

const handle = createHandler(analysis);

self.onmessage = (event: MessageEvent<WorkerRequest | { kind: 'crash' }>) => {
  const data = event.data;
  if (data.kind === 'crash') {
    // A test asks for a real crash: an uncaught error reaches the page's onerror.
    setTimeout(() => {
      throw new Error('crash requested by a test');
    });
    return;
  }
  self.postMessage(handle(data));
};
