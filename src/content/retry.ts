/**
 * Retries a request to the service worker with backoff. The browser may stop the worker between two messages, or a
 * message may find it starting: a short wait and another try is the cure. Gives up after the last delay, rejecting
 * with the last error, or at once when the page's session ends.
 */
export const RETRY_DELAYS_MS = [200, 800, 2500] as const;

export async function withRetry<T>(request: () => Promise<T>, { signal, delays = RETRY_DELAYS_MS }: { signal: AbortSignal; delays?: readonly number[] }): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await request();
    } catch (error) {
      const delay = delays[attempt];
      if (delay === undefined || signal.aborted) throw error;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, delay);
        signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
      });
      if (signal.aborted) throw error;
    }
  }
}
