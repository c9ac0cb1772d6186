import type { RequestType } from '../messages';

/**
 * The shape of each request's payload, checked before any handler reads it: types say what an honest sender sends,
 * not what arrives. Answers what is wrong, or undefined.
 */
type Raw = Record<string, unknown>;

const isString = (v: unknown): v is string => typeof v === 'string';
const isTabId = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;

function pageProblem(page: unknown): string | undefined {
  if (typeof page !== 'object' || page === null) return 'page must be an object';
  const { url, title, published } = page as Raw;
  if (!isString(url) || !isString(title)) return 'page.url and page.title must be strings';
  if (published !== null && !isString(published)) return 'page.published must be a string or null';
  return undefined;
}

const checks: { [T in RequestType]: (p: Raw) => string | undefined } = {
  scan: (p) => pageProblem(p.page) ?? (Array.isArray(p.blocks) && p.blocks.every(isString) ? undefined : 'blocks must be a list of strings'),
  card: (p) => (!isString(p.entity) ? 'entity must be a string' : p.tabId !== undefined && !isTabId(p.tabId) ? 'tabId must be a tab id' : undefined),
  pageSummary: (p) => (isTabId(p.tabId) ? undefined : 'tabId must be a tab id'),
  status: () => undefined,
  listPacks: () => undefined,
  checkPack: (p) => (isString(p.fileName) ? undefined : 'fileName must be a string'),
  installPack: (p) => (isString(p.fileName) ? undefined : 'fileName must be a string'),
  removePack: (p) => (isString(p.id) ? undefined : 'id must be a string'),
  listFeeds: () => undefined,
  subscribeFeed: (p) => (isString(p.url) ? undefined : 'url must be a string'),
  unsubscribeFeed: (p) => (isString(p.url) ? undefined : 'url must be a string'),
  refreshFeeds: () => undefined,
  scanChanges: (p) =>
    pageProblem(p.page) ??
    (typeof p.fresh !== 'boolean'
      ? 'fresh must be a boolean'
      : !Array.isArray(p.added) || !p.added.every((b) => typeof b === 'object' && b !== null && Number.isInteger((b as Raw).key) && isString((b as Raw).text))
        ? 'added must be a list of { key, text }'
        : !Array.isArray(p.removed) || !p.removed.every((k) => Number.isInteger(k))
          ? 'removed must be a list of keys'
          : p.reading !== undefined && (typeof p.reading !== 'object' || p.reading === null || typeof (p.reading as Raw).navigated !== 'boolean')
            ? 'reading must be { navigated: boolean }'
            : p.undated !== undefined && typeof p.undated !== 'boolean'
              ? 'undated must be a boolean'
              : undefined),
  enableSite: (p) => (!isString(p.host) ? 'host must be a string' : p.tabId !== undefined && !isTabId(p.tabId) ? 'tabId must be a tab id' : undefined),
  disableSite: (p) => (isString(p.host) ? undefined : 'host must be a string'),
  siteAccess: (p) => (isString(p.host) ? undefined : 'host must be a string'),
  searchEntities: (p) => (isString(p.query) && Number.isInteger(p.limit) && (p.limit as number) > 0 && (p.limit as number) <= 200 ? undefined : 'query must be a string and limit 1–200'),
  tabReading: (p) => (isTabId(p.tabId) ? undefined : 'tabId must be a tab id'),
  datasetStatus: () => undefined,
  loadCard: () => undefined,
  pageSettings: () => undefined,
};

export function payloadProblem(type: RequestType, payload: object): string | undefined {
  return checks[type](payload as Raw);
}
