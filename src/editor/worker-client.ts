/** The page's side of the worker protocol: typed calls, and a fresh worker when one crashes or hangs. */
import type { Method, Methods, WorkerReply, WorkerRequest } from './protocol.ts';

/** The parts of a Worker the client uses (a fake one in tests). */
export interface WorkerLike {
  postMessage(message: WorkerRequest): void;
  terminate(): void;
  onmessage: ((event: { data: WorkerReply }) => void) | null;
  onerror: ((event: unknown) => void) | null;
}

/** A typed client; `restarts` counts the workers replaced after a crash or a hang. */
export interface WorkerClient {
  call<M extends Method>(method: M, params: Methods[M]['params']): Promise<Methods[M]['result']>;
  readonly restarts: () => number;
  /** Test hook: makes the worker throw, as a crash would. */
  crashForTest(): void;
  dispose(): void;
}

interface Pending {
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: Error) => void;
  readonly timer: ReturnType<typeof setTimeout>;
}

/** Creates a client; `onRestart` runs after a replacement worker is up (the page re-sends its state). */
export function createWorkerClient(spawn: () => WorkerLike, onRestart: () => void, timeoutMs = 8000): WorkerClient {
  let worker = start();
  let nextId = 1;
  let restarts = 0;
  const pending = new Map<number, Pending>();

  function start(): WorkerLike {
    const w = spawn();
    w.onmessage = (event) => settle(event.data);
    w.onerror = () => restart('the analysis worker crashed');
    return w;
  }
  function settle(reply: WorkerReply): void {
    const p = pending.get(reply.id);
    if (!p) return;
    pending.delete(reply.id);
    clearTimeout(p.timer);
    if (reply.kind === 'result') p.resolve(reply.result);
    else p.reject(new Error(reply.message));
  }
  function restart(reason: string): void {
    worker.onmessage = null;
    worker.onerror = null;
    worker.terminate();
    for (const p of pending.values()) {
      clearTimeout(p.timer);
      p.reject(new Error(reason));
    }
    pending.clear();
    restarts++;
    worker = start();
    onRestart();
  }
  return {
    call(method, params) {
      const id = nextId++;
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => restart('the analysis worker stopped answering'), timeoutMs);
        pending.set(id, { resolve: resolve as (v: unknown) => void, reject, timer });
        worker.postMessage({ kind: 'request', id, method, params } as WorkerRequest);
      });
    },
    restarts: () => restarts,
    crashForTest() {
      worker.postMessage({ kind: 'crash' } as unknown as WorkerRequest);
    },
    dispose() {
      for (const p of pending.values()) clearTimeout(p.timer);
      pending.clear();
      worker.terminate();
    },
  };
}
