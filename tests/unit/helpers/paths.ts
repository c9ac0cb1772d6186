import { fileURLToPath } from 'node:url';

/** The shared, read-only fixtures beside the repository, and our own demo page. */
export const REPO = fileURLToPath(new URL('../../../', import.meta.url));
export const SHARED = fileURLToPath(new URL('../../../../shared/', import.meta.url));
export const PAGES = `${SHARED}fixtures/pages/`;
export const CURRENT_EVENTS = `${SHARED}datasets/wikipedia-current-events/`;
export const SEED_PAGE = `${PAGES}seed-kim-medals-2025-08-22.html`;
export const DEMO_PAGE = `${REPO}demo/kim-medals.html`;
