/**
 * Runs the worker's long jobs a slice at a time, in turn across lanes (one lane per tab), so that one huge page
 * cannot keep another tab's first scan or the options page waiting: between two slices the worker goes back to its
 * event loop, where other messages are answered, and the next slice comes from the next lane that has work.
 *
 * A job is a generator: each `yield` ends a slice. Pure: no browser API, so it is tested with a fake clock.
 */
export interface Scheduler {
  run<T>(lane: number | string, job: Iterator<void, T, undefined>): Promise<T>;
  /** Lanes with work waiting, for tests and diagnostics. */
  readonly busyLanes: number;
}

interface Job {
  step(): boolean;
}

/** A macrotask: lets messages queued meanwhile be handled before the next slice. */
export const toEventLoop = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export function createScheduler(pause: () => Promise<void> = toEventLoop): Scheduler {
  const lanes = new Map<number | string, Job[]>(); // in insertion order: the turn goes round it
  let running = false;

  const pump = async () => {
    try {
      while (lanes.size > 0) {
        for (const lane of [...lanes.keys()]) {
          const jobs = lanes.get(lane);
          const job = jobs?.[0];
          if (!jobs || !job) continue;
          if (job.step()) jobs.shift();
          if (jobs.length === 0) lanes.delete(lane);
          await pause();
        }
      }
    } finally {
      running = false;
    }
  };

  return {
    run<T>(lane: number | string, job: Iterator<void, T, undefined>): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        const queued: Job = {
          step() {
            try {
              const next = job.next();
              if (next.done) resolve(next.value);
              return next.done === true;
            } catch (error) {
              reject(error instanceof Error ? error : new Error(String(error)));
              return true;
            }
          },
        };
        const jobs = lanes.get(lane);
        if (jobs) jobs.push(queued);
        else lanes.set(lane, [queued]);
        if (!running) {
          running = true;
          // Started from the event loop, so that every request that arrived together is in the first round.
          void pause().then(pump);
        }
      });
    },
    get busyLanes() {
      return lanes.size;
    },
  };
}
