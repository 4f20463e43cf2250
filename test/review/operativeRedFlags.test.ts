import * as assert from 'assert';
import { hoverMarkdown, reviewNote } from '../../server/src/engine';

/**
 * Red flags in operative notes (rules/index.ts ruleApplies, Rule.notOnOperationPerformed): in the
 * report of an operation the red flag is the operation's indication, so the rules stay silent; a
 * pre-operative H&P, of the same note type, still gets them, and so does every other kind of note.
 */

const OPERATIVE_REPORT = [
  'OPERATIVE REPORT',
  'PREOPERATIVE DIAGNOSIS: L4-L5 disc herniation with cauda equina syndrome and progressive weakness of the left leg.',
  'POSTOPERATIVE DIAGNOSIS: Same.',
  'PROCEDURE PERFORMED: L4-L5 laminectomy and discectomy.',
  'ESTIMATED BLOOD LOSS: 150 mL.',
  'INDICATIONS: Low back pain with saddle anesthesia and urinary retention for two days.',
].join('\n');

const PREOP_HP = [
  'PREOPERATIVE HISTORY AND PHYSICAL',
  'HISTORY OF PRESENT ILLNESS: Low back pain with saddle anesthesia and urinary retention for two days, and progressive weakness of the left leg.',
  'IMAGING: MRI shows a large L4-L5 disc herniation.',
  'PLAN: L4-L5 laminectomy and discectomy scheduled for tomorrow.',
].join('\n');

const CLINIC = [
  'SPINE CLINIC NOTE',
  'HISTORY OF PRESENT ILLNESS: Low back pain with saddle anesthesia and urinary retention for two days, and progressive weakness of the left leg.',
  'ASSESSMENT: Large L4-L5 disc herniation.',
  'PLAN: Emergent MRI.',
].join('\n');

const RED_FLAG_RULES = ['red-flag-cauda-equina', 'red-flag-progressive-deficit'];
const redFlagCodes = (text: string) => reviewNote(text).diagnostics.map((d) => d.code).filter((c) => RED_FLAG_RULES.includes(c));

describe('red flags in operative notes', () => {
  it('the report of an operation keeps its red flags in the summary but no diagnostic asks for the evaluation done', () => {
    const review = reviewNote(OPERATIVE_REPORT);
    assert.strictEqual(review.case.noteType, 'operative');
    assert.deepStrictEqual(redFlagCodes(OPERATIVE_REPORT), []);
    assert.deepStrictEqual([...review.case.redFlags].sort(), ['caudaEquina', 'progressiveDeficit']);
    assert.ok(review.summary.redFlags.length > 0);
    for (const f of review.findings.filter((x) => x.kind === 'redFlag' && x.assertion === 'present')) {
      assert.ok(!hoverMarkdown(f, review).includes('urgent surgical evaluation'), f.text);
    }
  });

  it('a pre-operative H&P and a clinic note still get them', () => {
    for (const text of [PREOP_HP, CLINIC]) {
      assert.deepStrictEqual(redFlagCodes(text).sort(), RED_FLAG_RULES, text.split('\n')[0]);
      const review = reviewNote(text);
      const flag = review.findings.find((x) => x.kind === 'redFlag' && x.assertion === 'present');
      assert.ok(flag && hoverMarkdown(flag, review).includes('urgent surgical evaluation'), text.split('\n')[0]);
    }
    assert.strictEqual(reviewNote(PREOP_HP).case.noteType, 'operative');
  });
});

describe('red flags in procedure notes that record no operation', () => {
  it('an epidural injection\'s procedure note keeps its red-flag error: an injection does not treat cauda equina', () => {
    const esi = [
      'PROCEDURE NOTE',
      'PROCEDURE PERFORMED: Left L5-S1 transforaminal epidural steroid injection under fluoroscopy.',
      'ESTIMATED BLOOD LOSS: None.',
      'HISTORY: Low back pain with grade 1 L5-S1 spondylolisthesis. Today she also reports new urinary incontinence since yesterday.',
    ].join('\n');
    assert.strictEqual(reviewNote(esi).case.noteType, 'operative');
    assert.deepStrictEqual(redFlagCodes(esi), ['red-flag-cauda-equina']);
  });

  it('an operative report is quiet about the slip progression that led to it', () => {
    const report = [
      'OPERATIVE REPORT',
      'PREOPERATIVE DIAGNOSIS: L4-L5 spondylolisthesis, progressed from grade 1 to grade 2 since 2024.',
      'PROCEDURE PERFORMED: L4-L5 TLIF with pedicle screws.',
      'ESTIMATED BLOOD LOSS: 300 mL.',
    ].join('\n');
    assert.ok(!reviewNote(report).diagnostics.some((d) => d.code === 'red-flag-slip-progression'));
  });
});
