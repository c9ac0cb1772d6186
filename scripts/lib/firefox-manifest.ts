/**
 * The Firefox build's manifest, derived from the one `manifest.json` so the two never drift apart.
 *
 * Firefox runs MV3 background code as an event page (`background.scripts`), not a service worker; it wants an add-on
 * id and a minimum version. 140 is the first Firefox with `CSS.highlights`, which the content script draws with (the
 * hover falls back to the caret position where `highlightsFromPoint` is missing). Backstory collects no data, which
 * Firefox asks every new extension to declare.
 */

export const GECKO_ID = '{3c0a4a5e-8f7b-4d2c-9e61-b4a2d7c5f018}';
export const FIREFOX_MIN_VERSION = '140.0';

interface ChromeManifest {
  background?: { service_worker?: string; type?: string };
  [key: string]: unknown;
}

export function firefoxManifest<M extends ChromeManifest>(manifest: M): Omit<M, 'background'> & Record<string, unknown> {
  const { background, ...rest } = manifest;
  const worker = background?.service_worker;
  if (!worker) throw new Error('manifest.json: background.service_worker is missing');
  return {
    ...rest,
    background: { scripts: [worker], type: background.type ?? 'module' },
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        strict_min_version: FIREFOX_MIN_VERSION,
        data_collection_permissions: { required: ['none'] },
      },
    },
  };
}
