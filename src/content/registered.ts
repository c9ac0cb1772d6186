/**
 * The content script as registered for sites the reader turned on from the popup. Its own entry file: bundled under
 * the name `index.ts`, the dynamic script's output was confused with the service worker's entry of the same name.
 */
import './index';
