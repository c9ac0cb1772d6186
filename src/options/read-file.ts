/**
 * A file's text, read in the chunks the browser hands over, telling `onRead` the bytes read so far: a pack of tens
 * of megabytes takes long enough to read that the reader should see it move.
 */
export async function readWithProgress(file: File, onRead: (bytes: number) => void): Promise<string> {
  const reader = file.stream().getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    parts.push(decoder.decode(value, { stream: true }));
    onRead(bytes);
  }
  parts.push(decoder.decode());
  return parts.join('');
}
