/**
 * Long work in the page, cut into slices that give the page its turn between them: a task of ours longer than about
 * 50 ms delays the reader's input and the page's own scripts (a "long task"). Work asks `due()` as it goes and,
 * once a slice has used its budget, awaits `pause()`.
 */

/** Time one slice may take before the page gets its turn back: well under a frame's 16 ms at 60 Hz, far under 50. */
export const SLICE_MS = 8;

interface SchedulerLike {
  yield?: () => Promise<void>;
}

/**
 * Ends the current task and continues in a new one as soon as the page has run what is waiting. `scheduler.yield()`
 * keeps our place ahead of other queued work where the browser has it; otherwise a message to ourselves, which,
 * unlike `setTimeout(0)`, is not clamped to 4 ms once nested.
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerLike }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

export interface Slicer {
  /** The slice has used its budget: the caller should `pause()` at its next safe point. */
  due(): boolean;
  /** Yields to the page and starts a new slice. */
  pause(): Promise<void>;
  /** Starts a new slice now: the caller has just come back from waiting (an answer from the worker). */
  restart(): void;
}

export function createSlicer(budgetMs = SLICE_MS, now: () => number = () => performance.now()): Slicer {
  let started = now();
  return {
    due: () => now() - started >= budgetMs,
    async pause() {
      await yieldToPage();
      started = now();
    },
    restart() {
      started = now();
    },
  };
}

/**
 * Runs a stepwise computation (a generator that yields at points where it may be interrupted) in slices, and
 * answers its result; the computation is told on resuming whether the page ran meanwhile. Stops between slices, throwing `signal.reason`, when the signal is aborted.
 */
export async function runSliced<T>(steps: Generator<unknown, T, boolean | undefined>, slicer: Slicer, signal?: AbortSignal): Promise<T> {
  let paused = false;
  for (;;) {
    const step = steps.next(paused);
    if (step.done) return step.value;
    paused = slicer.due();
    if (paused) {
      await slicer.pause();
      signal?.throwIfAborted();
    }
  }
}
