/** Marks the host for the end-to-end tests (its shadow root is closed; the tests read it through DevTools). */
export const HOST_ATTRIBUTE = 'data-backstory-card';
