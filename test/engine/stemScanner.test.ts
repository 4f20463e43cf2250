import * as assert from 'assert';
import * as fc from 'fast-check';
import { EXTRACTORS } from '../../server/src/engine/extractors';
import { StemAnchor, StemScanner } from '../../server/src/engine/text/stemScanner';

const ANCHORS: StemAnchor[] = [
  { wordStarts: ['pt', 'p.t', 'home exercis', '/10'] },
  { substrings: ['listhesis', 'stenos', 'nos'] },
  { wordStarts: ['nos', 'so pt'], substrings: ['root'] },
];
const scanner = new StemScanner(ANCHORS);
const mask = (text: string) => scanner.maskOf(text, 0, text.length);

/** The same question answered the slow, obvious way: one regex per anchor (a gap in a stem: 1-3 spaces or hyphens). */
function regexMask(anchors: readonly StemAnchor[], text: string): number {
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const gaps = (s: string) => s.replace(/[ -]/g, '[ -]{1,3}');
  let out = 0;
  anchors.forEach((a, i) => {
    const word = (a.wordStarts ?? []).map((s) => `(?<![a-z])${gaps(escape(s))}`);
    const sub = (a.substrings ?? []).map(escape);
    const all = [...word, ...sub];
    if (all.length && new RegExp(all.join('|')).test(text)) out |= 1 << i;
  });
  return out;
}

describe('stem scanner (which extractors a sentence may interest)', () => {
  it('word-start stems need a non-letter before them; substrings do not', () => {
    assert.strictEqual(mask('completed pt twice'), 0b001);
    assert.strictEqual(mask('adapt'), 0);
    assert.strictEqual(mask('pain 7/10'), 0b001);
    assert.strictEqual(mask('spondylolisthesis'), 0b010);
    assert.strictEqual(mask('nerve roots'), 0b100);
  });

  it('finds stems that overlap or end inside another stem', () => {
    // "stenos" contains "nos": the automaton reports both, and "nos" is no word start here.
    assert.strictEqual(mask('stenosis'), 0b010);
    assert.strictEqual(mask('nos'), 0b110);
    assert.strictEqual(mask('listenosis'), 0b010);
  });

  it('counts the start of the range as a word start and stays inside the range', () => {
    const text = 'xpt then stenosis';
    assert.strictEqual(scanner.maskOf(text, 1, 3), 0b001);
    assert.strictEqual(scanner.maskOf(text, 0, 3), 0);
    assert.strictEqual(scanner.maskOf(text, 9, 14), 0, '"steno" is cut short by the range');
  });

  it('treats characters beyond ASCII as breaks, without throwing', () => {
    assert.strictEqual(mask('ümlaut pt'), 0b001);
    assert.strictEqual(mask('\u00e9pt'), 0b001, '"é" is not a-z, so "pt" starts a word');
    assert.strictEqual(mask('sten\u00f6sis'), 0);
  });

  it('reads a space in a stem as a word gap: one to three spaces or hyphens', () => {
    assert.strictEqual(mask('home exercises'), 0b001);
    assert.strictEqual(mask('home-exercise'), 0b001);
    assert.strictEqual(mask('home - exercise'), 0b001);
    assert.strictEqual(mask('home    exercise'), 0, 'four spaces are no gap of one phrase');
    assert.strictEqual(mask('homeexercise'), 0);
  });

  it('refuses stems it cannot match', () => {
    assert.throws(() => new StemScanner([{ wordStarts: ['PT'] }]), /lower-case ASCII/);
    assert.throws(() => new StemScanner([{ substrings: [''] }]), /empty/);
    assert.throws(() => new StemScanner([{ wordStarts: ['home  exercise'] }]), /one space between two words/);
    assert.throws(() => new StemScanner([{ wordStarts: [' pt'] }]), /one space between two words/);
    assert.throws(() => new StemScanner([{ substrings: ['nerve root'] }]), /no gaps/);
  });

  it('agrees with one regex per anchor on arbitrary text', () => {
    const alphabet = fc.constantFrom(...'ptlisheonr .-/10xé'.split(''));
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 40 }), (chars) => {
        const text = chars.join('');
        assert.strictEqual(mask(text), regexMask(ANCHORS, text), JSON.stringify(text));
      }),
      { seed: 7, numRuns: 2000 },
    );
  });

  it('agrees with one regex per anchor for the real extractors', () => {
    const anchors = EXTRACTORS.map((x) => x.anchor as StemAnchor);
    const real = new StemScanner(anchors);
    for (const text of [
      'grade 1 anterolisthesis of l4 on l5 with moderate central canal stenosis',
      'she completed 8 weeks of physical therapy and takes gabapentin 300 mg',
      'denies bowel or bladder incontinence; odi 42%',
      'the patient wishes to proceed with l4-5 tlif after discussing risks',
      'smokes 1 ppd; history of depression',
      'no pars defect. nerve root abutment.',
    ]) {
      assert.strictEqual(real.maskOf(text, 0, text.length), regexMask(anchors, text), text);
    }
  });
});
