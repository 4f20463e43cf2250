import * as assert from 'assert';
import * as fs from 'fs';
import { ASSERTION_SET_FILES, ASSERTION_VALUES, AssertionSentence, loadAssertionSet, naiveAssertion, NOTE_TYPES, SCORED_CATEGORIES, SPLITS, targetOccurrences } from './assertionSet';

/** Validates test/fixtures/assertion/sentences.jsonl (the data only; the engine's scores are printed by npm run score). */
describe('general-clinical assertion set (test/fixtures/assertion)', () => {
  const sentences = loadAssertionSet();
  const problems = (check: (s: AssertionSentence) => string | undefined) =>
    sentences.map((s) => ({ id: s.id, problem: check(s) })).filter((p) => p.problem).map((p) => `${p.id}: ${p.problem}`);

  it('every line is a JSON object', () => {
    const lines = ASSERTION_SET_FILES.flatMap((file) => fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()));
    assert.strictEqual(sentences.length, lines.length);
    assert.ok(sentences.every((s) => s && typeof s === 'object' && !Array.isArray(s)));
  });

  it('has at least 400 sentences with unique ids', () => {
    assert.ok(sentences.length >= 400, `${sentences.length} sentences`);
    assert.strictEqual(new Set(sentences.map((s) => s.id)).size, sentences.length, 'duplicate ids');
  });

  it('every field has a contract value', () => {
    assert.deepStrictEqual(
      problems((s) => {
        if (typeof s.id !== 'string' || !/^(?:a|d\d+-)\d{3,}$/.test(s.id)) return `id ${JSON.stringify(s.id)}`;
        if (!(NOTE_TYPES as readonly string[]).includes(s.noteType)) return `noteType ${JSON.stringify(s.noteType)}`;
        if (!ASSERTION_VALUES.includes(s.expected)) return `expected ${JSON.stringify(s.expected)}`;
        if (!(SPLITS as readonly string[]).includes(s.split)) return `split ${JSON.stringify(s.split)}`;
        if (typeof s.text !== 'string' || !s.text.trim()) return 'empty text';
        if (typeof s.why !== 'string' || !s.why.trim()) return 'empty why';
        return undefined;
      }),
      [],
    );
  });

  it('the target occurs in the text as whole words, and occurrence picks one when it occurs more than once', () => {
    assert.deepStrictEqual(
      problems((s) => {
        if (typeof s.target !== 'string' || !s.target.trim()) return 'empty target';
        const count = targetOccurrences(s.text, s.target).length;
        if (count === 0) return `target "${s.target}" not in text`;
        if (s.occurrence !== undefined && !(Number.isInteger(s.occurrence) && s.occurrence >= 1 && s.occurrence <= count)) {
          return `occurrence ${s.occurrence} of ${count}`;
        }
        if (count > 1 && s.occurrence === undefined) return `target "${s.target}" occurs ${count} times: give occurrence`;
        return undefined;
      }),
      [],
    );
  });

  it('no sentence is judged twice, and snippets that share a text share a split', () => {
    const keys = sentences.map((s) => `${s.text}\u0000${s.target.toLowerCase()}\u0000${s.occurrence ?? 1}`);
    assert.strictEqual(new Set(keys).size, keys.length, 'a text/target/occurrence is listed twice');
    const firstSplit = new Map<string, string>();
    const mixed: string[] = [];
    for (const s of sentences) {
      const first = firstSplit.get(s.text);
      if (first === undefined) firstSplit.set(s.text, s.split);
      else if (first !== s.split) mixed.push(s.id);
    }
    assert.deepStrictEqual(mixed, []);
  });

  // The first file (ids a###) holds both splits; later files are tuning batches only.
  const firstFile = sentences.filter((s) => s.id.startsWith('a'));

  it('every category is in both splits of the first file, with a third to two thirds held out', () => {
    for (const category of [...SCORED_CATEGORIES, 'present' as const]) {
      const of = firstFile.filter((s) => s.expected === category);
      const held = of.filter((s) => s.split === 'heldout').length;
      assert.ok(held > 0 && held < of.length, `${category}: ${held} of ${of.length} held out`);
      assert.ok(held >= of.length / 3 && held <= (2 * of.length) / 3, `${category}: ${held} of ${of.length} held out`);
    }
  });

  it('later files are tuning data only', () => {
    assert.deepStrictEqual(sentences.filter((s) => !s.id.startsWith('a') && s.split !== 'dev').map((s) => s.id), []);
  });

  it('present controls are 30-40 % of the first file', () => {
    const share = firstFile.filter((s) => s.expected === 'present').length / firstFile.length;
    assert.ok(share >= 0.3 && share <= 0.4, `${(share * 100).toFixed(1)} % present`);
  });

  it('the naive baseline reads only the 60 characters before the target', () => {
    const s = (text: string, target: string) => ({ id: 'x', noteType: 'ed', text, target, expected: 'present', split: 'dev', why: '' }) as AssertionSentence;
    assert.strictEqual(naiveAssertion(s('Patient denies fever.', 'fever')), 'absent');
    assert.strictEqual(naiveAssertion(s('Fever, no chills.', 'fever')), 'present');
    assert.strictEqual(naiveAssertion(s('Nothing else; notable fever.', 'fever')), 'present');
    assert.strictEqual(naiveAssertion(s(`No ${'x'.repeat(60)} fever.`, 'fever')), 'present');
  });
});
