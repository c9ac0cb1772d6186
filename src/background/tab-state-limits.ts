import type { TabState } from '../messages';

/**
 * Bounds on what is stored per tab in `storage.session` (10 MB shared by every tab): a page's title and URL are the
 * page's to choose, and one page with a 10-million-character title must not fill the store for every other tab.
 */
export const MAX_STORED_TITLE = 500;
export const MAX_STORED_URL = 2_048;
export const MAX_STORED_ENTITIES = 300;
const MAX_STORED_DATE = 32;

export function capTabState(state: TabState): TabState {
  const { url, title, published } = state.page;
  return {
    page: {
      url: url.slice(0, MAX_STORED_URL),
      title: title.slice(0, MAX_STORED_TITLE),
      published: published === null ? null : published.slice(0, MAX_STORED_DATE),
    },
    // The list comes most mentioned first: what is cut is what the page mentions least.
    entities: state.entities.slice(0, MAX_STORED_ENTITIES),
    // Kept: without it the popup cannot tell a page still being read from one with no names.
    ...(state.reading ? { reading: { navigated: state.reading.navigated === true } } : {}),
    ...(state.undated === true ? { undated: true } : {}),
  };
}
