/** Which one-word names are also ordinary words, judged from the Wikipedia Current Events record: a word the
 * record writes in lower case ("the plateau", "the delta") is a word before it is a name. */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

function* yamlFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) yield* yamlFiles(full);
    else if (name.endsWith(".yaml")) yield full;
  }
}

/** Lower-case word → how often the record writes it in lower case. */
export function lowerCaseCounts(currentEventsDir: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const file of yamlFiles(currentEventsDir)) {
    for (const m of readFileSync(file, "utf8").matchAll(/(?<![\p{L}\p{N}_/.-])\p{Ll}[\p{Ll}'-]*(?![\p{L}\p{N}_/])/gu)) {
      counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
    }
  }
  return counts;
}

/** True for a one-word name the record uses as a lower-case word at least `min` times. */
export function commonWordTest(counts: ReadonlyMap<string, number>, min = 5): (name: string) => boolean {
  return (name) => !/\s/.test(name.trim()) && (counts.get(name.toLowerCase()) ?? 0) >= min;
}
