/** Runs the analysis latest-wins: at most one request in flight, one more queued, stale runs dropped after a restart. */

/** The pump's controls. */
export interface Pump {
  /** Asks for an analysis of the current state (coalesces with one already queued). */
  soon(): void;
  /** Resolves once no analysis is running or queued. */
  settled(): Promise<void>;
  /** Forgets the run in flight (its worker is gone) and starts a fresh one. */
  restart(): void;
}

/** Makes a pump over a task; `onError` hears failures of runs that were not superseded by a restart. */
export function createPump(task: () => Promise<void>, onError: (error: unknown) => void): Pump {
  let inFlight = false;
  let dirty = false;
  let generation = 0;
  const waiters: (() => void)[] = [];
  async function run(): Promise<void> {
    dirty = false;
    inFlight = true;
    const mine = generation;
    try {
      await task();
    } catch (error) {
      if (mine === generation) {
        onError(error);
        dirty = true;
      }
    }
    if (mine !== generation) return;
    inFlight = false;
    if (dirty) void run();
    else for (const w of waiters.splice(0)) w();
  }
  const pump: Pump = {
    soon() {
      dirty = true;
      if (!inFlight) void run();
    },
    settled() {
      return inFlight || dirty ? new Promise((resolve) => waiters.push(resolve)) : Promise.resolve();
    },
    restart() {
      generation++;
      inFlight = false;
      pump.soon();
    },
  };
  return pump;
}
