/**
 * Where a command writes. The CLIs are functions that take one of these, so tests import and call them in process
 * instead of spawning `npx tsx` (slow and timing-sensitive on a loaded machine).
 */
export interface CliIO {
  out(text: string): void;
  err(text: string): void;
}

export const processIO: CliIO = {
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
};

/** Collects what a command writes, for tests. */
export function captureIO(): CliIO & { stdout(): string; stderr(): string } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out: (text) => void out.push(text),
    err: (text) => void err.push(text),
    stdout: () => out.join(''),
    stderr: () => err.join(''),
  };
}
