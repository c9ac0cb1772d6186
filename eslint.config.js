import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-imports': 'off',
    },
  },
  {
    // The core runs in Node, in tests and in the service worker: no DOM, no extension API.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['webextension-polyfill', 'preact', 'preact/*', '@floating-ui/*'], message: 'src/core is pure: no browser API, no UI.' },
            // Any depth: a relative path that climbs out of src/core into a runtime folder.
            {
              regex: '^(\\.\\./)+(content|background|popup|options|ui|extract)(/|$)',
              message: 'src/core imports no runtime folder: the service worker, tests and the CLI all run it.',
            },
            { regex: '^(\\.\\./)+(send|i18n)(\\.ts)?$', message: 'src/core imports no runtime module.' },
          ],
        },
      ],
      // No DOM or extension globals in the core, whatever file it is in.
      'no-restricted-globals': ['error', 'document', 'window', 'navigator', 'location', 'chrome', 'browser', 'HTMLElement', 'Node', 'Range', 'CSS', 'localStorage', 'indexedDB'],
    },
  },
);
