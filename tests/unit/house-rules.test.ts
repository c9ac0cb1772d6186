import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { REPO } from './helpers/paths';

/** The lint rule that keeps `src/core` pure holds at every depth of the folder, not only directly in it. */

const eslint = new ESLint({ cwd: REPO });

async function ruleIds(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${REPO}${filePath}` });
  return result!.messages.map((m) => m.ruleId ?? m.message);
}

describe('src/core stays free of the DOM, browser APIs and runtime folders', () => {
  const deep = 'src/core/resolve/deeper/example.ts';

  it.each([
    ["import browser from 'webextension-polyfill';\nexport const x = browser;\n", 'no-restricted-imports'],
    ["import { startSession } from '../../../content/session';\nexport const x = startSession;\n", 'no-restricted-imports'],
    ["import { send } from '../../../send';\nexport const x = send;\n", 'no-restricted-imports'],
    ['export const title = () => document.title;\n', 'no-restricted-globals'],
    ['export const id = () => chrome.runtime.id;\n', 'no-restricted-globals'],
  ])('refuses %j in a nested file', async (code, rule) => {
    expect(await ruleIds(deep, code)).toContain(rule);
  });

  it('lets a nested core file import the core', async () => {
    expect(await ruleIds(deep, "import { foldLowerString } from '../../text/chars';\nexport const f = foldLowerString;\n")).toEqual([]);
  });

  it('does not apply outside the core', async () => {
    expect(await ruleIds('src/content/example.ts', 'export const title = () => document.title;\n')).toEqual([]);
  });
});
