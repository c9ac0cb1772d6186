import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { parsePortalDay, type PortalItem } from '../../src/core/current-events/portal';

/** Reads the Current Events export (`YYYY/MM/YYYY-MM-DD.yaml`) between two dates, inclusive, in date order. */

export const SHARED_CURRENT_EVENTS = new URL('../../../shared/datasets/wikipedia-current-events/', import.meta.url).pathname;

export function* portalDays(dir: string, from = '0000-00-00', to = '9999-99-99'): Generator<{ date: string; file: string }> {
  if (!existsSync(dir)) throw new Error(`${dir}: no such directory (expected the Current Events export, YYYY/MM/YYYY-MM-DD.yaml)`);
  for (const year of readdirSync(dir).filter((y) => /^\d{4}$/.test(y)).sort()) {
    if (`${year}-12-31` < from || `${year}-01-01` > to) continue;
    for (const month of readdirSync(join(dir, year)).filter((m) => /^\d{2}$/.test(m)).sort()) {
      for (const name of readdirSync(join(dir, year, month)).filter((f) => f.endsWith('.yaml')).sort()) {
        const date = name.slice(0, 10);
        if (date >= from && date <= to) yield { date, file: join(dir, year, month, name) };
      }
    }
  }
}

export function readPortalItems(dir: string, from?: string, to?: string): PortalItem[] {
  const items: PortalItem[] = [];
  for (const { file } of portalDays(dir, from, to)) {
    try {
      items.push(...parsePortalDay(parse(readFileSync(file, 'utf8'))));
    } catch (error) {
      throw new Error(`${file}: cannot be read: ${(error as Error).message.split('\n')[0]}`, { cause: error });
    }
  }
  return items;
}
