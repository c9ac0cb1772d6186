import { connect, type Socket } from 'node:net';

/**
 * A minimal client for Marionette, the remote protocol built into Firefox (what geckodriver speaks to): length-prefixed
 * JSON over TCP. Enough to install a temporary add-on, open a page and run a script in it, with Debian's Firefox ESR
 * and no driver binary to download.
 */
export class Marionette {
  private buffer = '';
  private nextId = 1;
  private readonly pending = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>();
  private handshake: ((v: unknown) => void) | undefined;

  private constructor(private readonly socket: Socket) {
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => this.receive(chunk));
    socket.on('error', (error) => this.failAll(error));
    socket.on('close', () => this.failAll(new Error('Marionette connection closed')));
  }

  static async connect(port: number): Promise<Marionette> {
    const socket = connect(port, '127.0.0.1');
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', resolve);
      socket.once('error', reject);
    });
    const client = new Marionette(socket);
    await new Promise((resolve) => (client.handshake = resolve));
    return client;
  }

  /** Sends a command and answers its result; a Marionette error rejects with its message. */
  command<T = unknown>(name: string, params: Record<string, unknown> = {}): Promise<T> {
    const id = this.nextId++;
    const body = JSON.stringify([0, id, name, params]);
    this.socket.write(`${Buffer.byteLength(body)}:${body}`);
    return new Promise<T>((resolve, reject) => this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject }));
  }

  close(): void {
    this.socket.destroy();
  }

  private receive(chunk: string): void {
    this.buffer += chunk;
    for (;;) {
      const colon = this.buffer.indexOf(':');
      if (colon < 0) return;
      const length = Number(this.buffer.slice(0, colon));
      // Lengths count bytes; the buffer holds characters. Compare in bytes so non-ASCII answers are read whole.
      const rest = Buffer.from(this.buffer.slice(colon + 1), 'utf8');
      if (rest.length < length) return;
      const message = JSON.parse(rest.subarray(0, length).toString('utf8')) as unknown;
      this.buffer = rest.subarray(length).toString('utf8');
      this.dispatch(message);
    }
  }

  private dispatch(message: unknown): void {
    if (!Array.isArray(message)) {
      this.handshake?.(message);
      this.handshake = undefined;
      return;
    }
    const [, id, error, result] = message as [number, number, { error: string; message: string } | null, unknown];
    const waiter = this.pending.get(id);
    if (!waiter) return;
    this.pending.delete(id);
    if (error) waiter.reject(new Error(`Marionette: ${error.error}: ${error.message}`));
    else waiter.resolve(result);
  }

  private failAll(error: Error): void {
    for (const waiter of this.pending.values()) waiter.reject(error);
    this.pending.clear();
  }
}
