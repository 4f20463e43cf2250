import * as assert from 'assert';
import { analyzeNote } from '../../server/src/engine';
import { EXTRACTORS } from '../../server/src/engine/extractors';
import { normalizeForMatching } from '../../server/src/engine/text/normalize';
import { StemAnchor, StemScanner } from '../../server/src/engine/text/stemScanner';
import { VocabularyAnchor, wordStartStem } from '../../server/src/engine/text/anchors';

/**
 * The stems that wake an extractor come from its vocabulary tables (vocabulary/anchors.ts), so that
 * no phrase of a table can be missed by the scanner: a phrase added to a table wakes its extractor.
 */
const scanner = new StemScanner(EXTRACTORS.map((x) => x.anchor as StemAnchor));
const derived = EXTRACTORS.map((x, bit) => ({ name: x.name, bit, anchor: x.anchor as Partial<VocabularyAnchor> })).filter((x) => x.anchor.tables);

/** Ways a note may write a phrase: as listed, capitalised, hyphenated, with doubled spaces, right after punctuation or a digit. */
const SETTINGS: ReadonlyArray<(phrase: string) => string> = [
  (p) => `She reports ${p} today.`,
  (p) => `${p[0].toUpperCase()}${p.slice(1)} was noted.`,
  (p) => `HPI: ${p.toUpperCase()}.`,
  (p) => `(${p.replace(/ /g, '-')})`,
  (p) => `2.${p.replace(/ /g, '  ')}`,
];

function wakes(bit: number, text: string): boolean {
  const lower = normalizeForMatching(text);
  return (scanner.maskOf(lower, 0, lower.length) & (1 << bit)) !== 0;
}

describe('vocabulary anchors (every phrase of a table wakes its extractor)', () => {
  it('the clinic extractors take their anchors from their vocabulary', () => {
    const names = derived.map((x) => x.name);
    for (const name of [
      'conservativeTherapy', 'radicularSymptoms', 'redFlags', 'outcomeMeasures', 'functionalImpairment', 'surgicalPlan', 'imagingCorrelation',
      'stenosis', 'nerveRootContact', 'spondylosis', 'parsDefect', 'listhesis', 'patientPreference', 'riskFactors',
    ]) {
      assert.ok(names.includes(name), `${name} keeps its anchor by hand`);
    }
  });

  it('no built-in extractor keeps its stems by hand, but those named here with the reason', () => {
    const byHand: Readonly<Record<string, string>> = {
      outcomeTable: 'woken by a score notation ("%", "/10"), not a word',
      serialExamTable: 'woken by a strength grade ("/5"), not a word',
    };
    const kept = EXTRACTORS.filter((x) => !(x.anchor as Partial<VocabularyAnchor>).tables).map((x) => x.name);
    assert.deepStrictEqual(kept.sort(), Object.keys(byHand).sort());
  });

  for (const { name, bit, anchor } of derived) {
    for (const [table, phrases] of Object.entries(anchor.tables ?? {})) {
      it(`${name}: every phrase of ${table} (${phrases.length})`, () => {
        assert.ok(phrases.length > 0);
        for (const phrase of phrases) {
          for (const setting of SETTINGS) {
            const text = setting(phrase);
            assert.ok(wakes(bit, text), `${JSON.stringify(text)} does not wake ${name} (stem "${wordStartStem(phrase)}")`);
          }
        }
      });
    }
  }

  it('a stem is the phrase\'s first three words', () => {
    assert.strictEqual(wordStartStem('physical therapy'), 'physical therapy');
    assert.strictEqual(wordStartStem('posterior lumbar interbody fusion'), 'posterior lumbar interbody');
    assert.strictEqual(wordStartStem('Leg sx'), 'leg sx');
    assert.strictEqual(wordStartStem('non-steroidal anti-inflammatory'), 'non steroidal anti');
    assert.strictEqual(wordStartStem('hep'), 'hep');
    // A phrase that starts inside a word ("she'd like") is woken by its next word.
    assert.strictEqual(wordStartStem("'d like"), 'like');
  });

  it('finds what the vocabulary names, through analyzeNote', () => {
    const kinds = (text: string) => analyzeNote(text).findings.map((f) => f.kind);
    assert.ok(kinds('She completed aquatherapy for 6 weeks.').includes('conservativeTherapy'));
    assert.ok(kinds('He finished a functional restoration program in May.').includes('conservativeTherapy'));
    assert.ok(kinds('Left leg sx are worse with standing.').includes('radicularSymptoms'));
    // The hand-kept stems ("correlat", "concordan", ...) missed a phrase of the extractor's own pattern.
    const spine = 'Lumbar spine clinic note. Low back pain with L5 radiculopathy. ';
    assert.ok(kinds(`${spine}Her left leg pain has corresponding imaging findings at L5-S1.`).includes('imagingCorrelation'));
    assert.ok(kinds('MRI L-spine: moderate L4-5 central canal stenosis.').includes('stenosis'));
    assert.ok(kinds('MRI L-spine: the disc contacts the left L5 nerve root.').includes('nerveRootContact'));
    assert.ok(kinds('MRI L-spine: facet joint degeneration at L4-5.').includes('spondylosis'));
    assert.ok(kinds('MRI L-spine: bilateral L5 pars interarticularis defects.').includes('parsDefect'));
    assert.ok(kinds('MRI L-spine: grade 1 L4-5 spondylolysthesis.').includes('listhesis'), 'a misspelling inside a word');
    const risks = 'Lumbar spine clinic note. We discussed the risks and benefits of L4-5 TLIF. ';
    assert.ok(kinds(`${risks}She'd like to proceed with the fusion.`).includes('patientPreference'));
    assert.ok(kinds(`${risks}She signed the surgical consent for L4-5 TLIF.`).includes('patientPreference'));
    // "trying to quit" holds no smoking word; the hand-kept stems never woke the extractor for it.
    assert.ok(kinds('She is trying to quit.').includes('riskFactor'));
    assert.ok(kinds('Social history: exsmoker.').includes('riskFactor'), 'a status joined to "smoker"');
  });
});
