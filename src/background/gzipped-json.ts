/**
 * Reads one of the extension's gzipped JSON files: the whole compressed body first, then one inflate whose output is
 * gathered by a plain reader loop, decoded once and parsed once.
 *
 * Why not `new Response(body.pipeThrough(new DecompressionStream('gzip'))).json()`: in Chromium 150 a `Response` over a
 * script-made stream takes the inflater's 64 kB chunks through a slower path; this read of the starting worker's
 * dataset took about 0.6× the time of that one on this machine (ADR 30).
 */
export async function readGzippedJson<T>(url: string): Promise<T> {
  return inflateJson<T>(await fetchBytes(url));
}

/** A file of the extension, whole. */
export async function fetchBytes(url: string): Promise<Uint8Array<ArrayBuffer>> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Backstory: cannot load ${url}: ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

/** Gzipped JSON, already read whole: inflated in one write, decoded once and parsed once. */
export async function inflateJson<T>(packed: Uint8Array<ArrayBuffer>): Promise<T> {
  const inflate = new DecompressionStream('gzip');
  const writer = inflate.writable.getWriter();
  // Not awaited: the writes settle only as the readable side below is drained; a bad file rejects the reads too.
  writer.write(packed).catch(() => undefined);
  writer.close().catch(() => undefined);
  return JSON.parse(new TextDecoder().decode(await drain(inflate.readable))) as T;
}

async function drain(readable: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  const reader = readable.getReader();
  const parts: Uint8Array[] = [];
  let size = 0;
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    parts.push(chunk.value);
    size += chunk.value.length;
  }
  const whole = new Uint8Array(size);
  let at = 0;
  for (const part of parts) {
    whole.set(part, at);
    at += part.length;
  }
  return whole;
}
