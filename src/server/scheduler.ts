/** One build at a time per engine (its cache belongs to one session at a time), FIFO, with a bounded wait queue. */

/** A place in an engine's line. */
export interface Ticket {
  /** Builds ahead of this one when it was queued (0 = runs now). */
  readonly ahead: number;
  /** Resolves when it is this ticket's turn. */
  readonly ready: Promise<void>;
  /** Leaves the line, or ends the turn; safe to call twice. */
  readonly release: () => void;
}

/** Per-engine FIFO lines sharing one cap on waiting builds. */
export interface Scheduler {
  /** A ticket, or undefined when maxQueue builds already wait (answer 429). */
  readonly enqueue: (engine: string) => Ticket | undefined;
  readonly running: () => number;
  readonly waiting: () => number;
}

interface Line { busy: boolean; queue: { start: () => void }[] }

/** Creates a scheduler; `maxQueue` counts builds waiting on all engines together. */
export function createScheduler(maxQueue: number): Scheduler {
  const lines = new Map<string, Line>();
  let waiting = 0, running = 0;
  const next = (line: Line) => {
    const n = line.queue.shift();
    if (n) n.start(); else line.busy = false;
  };
  const enqueue = (engine: string): Ticket | undefined => {
    let line = lines.get(engine);
    if (!line) { line = { busy: false, queue: [] }; lines.set(engine, line); }
    const l = line;
    if (l.busy && waiting >= maxQueue) return undefined;
    let state: 'waiting' | 'running' | 'done' = 'waiting';
    let resolve!: () => void;
    const ready = new Promise<void>((r) => { resolve = r; });
    const entry = { start: () => { state = 'running'; waiting--; running++; resolve(); } };
    const ahead = l.busy ? l.queue.length + 1 : 0;
    if (l.busy) { waiting++; l.queue.push(entry); }
    else { l.busy = true; state = 'running'; running++; resolve(); }
    const release = () => {
      if (state === 'waiting') {
        const i = l.queue.indexOf(entry);
        if (i >= 0) l.queue.splice(i, 1);
        waiting--;
      } else if (state === 'running') {
        running--;
        next(l);
      }
      state = 'done';
    };
    return { ahead, ready, release };
  };
  return { enqueue, running: () => running, waiting: () => waiting };
}
