import { Engine } from '../src/core/engine';
import { cardCoverage, formatCardCoverage } from './lib/card-coverage';
import { evaluatePages, evaluateSentences, overall, precision, recall, type Score } from './lib/evaluate';
import { loadDataset } from './lib/load-dataset';

/** `npm run eval [-- --errors]`: precision and recall per page and overall, on the gold mentions in tests/gold/. */
const showErrors = process.argv.includes('--errors');
const engine = new Engine(loadDataset());
const scores = [...evaluatePages(engine), evaluateSentences(engine)];
const pct = (x: number) => `${(100 * x).toFixed(1)}%`.padStart(7);
const row = (s: Score) => `${s.name.padEnd(36)} ${String(s.found).padStart(6)} ${String(s.gold).padStart(6)} ${pct(precision(s))} ${pct(recall(s))}`;
console.log(`${'page'.padEnd(36)} ${'found'.padStart(6)} ${'gold'.padStart(6)} ${'prec.'.padStart(7)} ${'recall'.padStart(7)}`);
for (const s of scores) console.log(row(s));
console.log(row(overall(scores)));
if (showErrors) for (const s of scores) for (const e of s.errors) console.log(`${s.name}: ${e}`);
console.log(`\n${formatCardCoverage(cardCoverage(engine))}`);
