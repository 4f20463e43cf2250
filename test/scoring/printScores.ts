import { assertionSetScores, assertionTable, mistakeLines } from './assertionSet';
import { loadCorpus } from './gold';
import { RuleRow, ruleRows } from './ruleScores';
import { assertionAccuracy, f1, scoreNotes, Scores } from './score';

/**
 * npm run score [-- --mistakes] [-- --rules] [-- --assertion-mistakes [--show-heldout]]: per-kind precision/recall/F1 on
 * the tuning and held-out splits, then the general-clinical assertion set per split. --rules adds the per-rule table
 * for each split; with --mistakes too, the tuning notes each rule fires wrongly on or misses.
 */
const pct = (x: number) => (x * 100).toFixed(1).padStart(6);

function table(title: string, scores: Scores): string {
  const rows = [`${title}`, `  ${'kind'.padEnd(22)} gold  pred     P      R     F1  strictF1  assert  attrs`];
  for (const [kind, c] of Object.entries(scores.byKind).sort()) {
    const loose = f1(c);
    const strict = f1(c, true);
    const attrs = c.attributesTotal ? pct(c.attributesRight / c.attributesTotal) : '     -';
    rows.push(
      `  ${kind.padEnd(22)} ${String(c.gold).padStart(4)}  ${String(c.predicted).padStart(4)} ${pct(loose.precision)} ${pct(loose.recall)} ${pct(loose.f1)}    ${pct(strict.f1)} ${pct(c.matched ? c.assertionRight / c.matched : 1)} ${attrs}`,
    );
  }
  rows.push(`  assertion accuracy: ${pct(assertionAccuracy(scores))} %`);
  for (const [name, f] of Object.entries(scores.caseFields)) rows.push(`  case.${name.padEnd(40)} ${f.right}/${f.total}`);
  return rows.join('\n');
}

function ruleTable(title: string, ruleRowsOfSplit: RuleRow[]): string {
  const rows = [`${title}: fires = notes the rule fires on; right = of those, notes where it also fires on the gold findings; gold = notes where it fires on the gold findings`];
  rows.push('| rule | fires | right | gold |', '|---|---|---|---|');
  for (const r of ruleRowsOfSplit) rows.push(`| \`${r.id}\` | ${r.fires} | ${r.right} | ${r.goldFires} |`);
  return rows.join('\n');
}

const { notes, heldOut } = loadCorpus();
const tuning = notes.filter((n) => !heldOut.has(n.name));
const held = notes.filter((n) => heldOut.has(n.name));
const tuningScores = scoreNotes(tuning);
console.log(table(`Tuning split (${tuning.length} notes)`, tuningScores));
console.log();
console.log(table(`Held-out split (${held.length} notes; never tuned against)`, scoreNotes(held)));
const assertionScores = assertionSetScores();
console.log();
console.log(assertionTable('Assertion set, dev split', assertionScores.dev));
console.log();
console.log(assertionTable('Assertion set, held-out split (never tuned against)', assertionScores.heldout));
if (process.argv.includes('--rules')) {
  const tuningRules = ruleRows(tuning);
  console.log(`\n${ruleTable(`Rules on the tuning split (${tuning.length} notes)`, tuningRules)}`);
  console.log(`\n${ruleTable(`Rules on the held-out split (${held.length} notes; never tuned against)`, ruleRows(held))}`);
  if (process.argv.includes('--mistakes')) {
    console.log('\nRule mistakes on the tuning split (wrong = fires without the gold findings firing it; missed = the reverse):');
    for (const r of tuningRules) {
      if (r.wrongNotes.length) console.log(`  ${r.id} wrong: ${r.wrongNotes.join(' ')}`);
      if (r.missedNotes.length) console.log(`  ${r.id} missed: ${r.missedNotes.join(' ')}`);
    }
  }
}
if (process.argv.includes('--mistakes')) {
  console.log('\nMistakes on the tuning split:');
  for (const m of tuningScores.mistakes) console.log(`  ${m.note}:${m.line + 1} ${m.kind} ${m.type} "${m.text}" ${m.detail}`);
}
if (process.argv.includes('--assertion-mistakes')) {
  console.log('\nAssertion-set mistakes on the dev split:');
  for (const line of mistakeLines(assertionScores.dev.mistakes)) console.log(line);
  if (process.argv.includes('--show-heldout')) {
    console.log('\nAssertion-set mistakes on the held-out split (do not tune against these):');
    for (const line of mistakeLines(assertionScores.heldout.mistakes)) console.log(line);
  }
}
