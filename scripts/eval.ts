import { Engine } from '../src/core/engine';
import { cardCoverage, formatCardCoverage } from './lib/card-coverage';
import { evaluatePages, evaluateSentenceFiles, overall, precision, recall, type Score } from './lib/evaluate';
import { linkAccuracy, partShare, registryRecall, type LinkScore } from './lib/link-score';
import { evaluatePublicGold } from './lib/public-gold';
import { loadDataset } from './lib/load-dataset';

/**
 * `npm run eval [-- --errors]`: precision and recall on our own gold (tests/gold/), then link accuracy, parts of
 * longer names and recall of registry names on each public benchmark (../shared/datasets/entity-linking/).
 * `--errors` lists every wrong or missed link with its context.
 */
const showErrors = process.argv.includes('--errors');
const engine = new Engine(loadDataset());
const scores = [...evaluatePages(engine), ...evaluateSentenceFiles(engine)];
const pct = (x: number) => `${(100 * x).toFixed(1)}%`.padStart(7);
const row = (s: Score) => `${s.name.padEnd(36)} ${String(s.found).padStart(6)} ${String(s.gold).padStart(6)} ${pct(precision(s))} ${pct(recall(s))}`;
console.log(`${'page'.padEnd(36)} ${'found'.padStart(6)} ${'gold'.padStart(6)} ${'prec.'.padStart(7)} ${'recall'.padStart(7)}`);
for (const s of scores) console.log(row(s));
console.log(row(overall(scores)));

const publicScores = evaluatePublicGold(engine);
const linkRow = (s: LinkScore) =>
  `${s.name.padEnd(20)} ${String(s.mentions).padStart(6)} ${String(s.right).padStart(6)} ${String(s.other).padStart(6)} ${String(s.part).padStart(6)} ${String(s.unlabelled).padStart(6)} ${pct(linkAccuracy(s))} ${pct(partShare(s))} ${pct(registryRecall(s))} (${s.recalled}/${s.known})`;
console.log(`\n${'benchmark'.padEnd(20)} ${'found'.padStart(6)} ${'right'.padStart(6)} ${'other'.padStart(6)} ${'part'.padStart(6)} ${'no lbl'.padStart(6)} ${'acc.'.padStart(7)} ${'parts'.padStart(7)} ${'recall'.padStart(7)}`);
for (const s of publicScores) console.log(linkRow(s));

if (showErrors) {
  for (const s of scores) for (const e of s.errors) console.log(`${s.name}: ${e}`);
  for (const s of publicScores) {
    for (const j of s.judged) {
      if (j.verdict !== 'other' && j.verdict !== 'part') continue;
      console.log(`${s.name} #${j.doc}: ${j.verdict === 'part' ? 'part of' : 'wrong'}: ${j.mention.entity.id} for gold "${j.label!.name}" (${j.label!.entity_id})  ${j.context}`);
    }
    for (const m of s.missed) console.log(`${s.name} #${m.doc}: missed "${m.label.name}" (${m.label.entity_id})  ${m.context}`);
  }
}
console.log(`\n${formatCardCoverage(cardCoverage(engine))}`);
