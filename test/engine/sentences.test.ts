import * as assert from 'assert';
import { analyzeNote } from '../../server/src/engine';

function sentencesOf(text: string): string[] {
  const a = analyzeNote(text);
  return a.sentences.map((s) => text.slice(s.start, s.end));
}

describe('sentence splitting', () => {
  it('ends sentences at "3 mm." and "L5-S1." but not at "Dr." or "approx."', () => {
    assert.deepStrictEqual(sentencesOf('Slip measures 3 mm. Mild stenosis at L5-S1. Seen by Dr. Smith approx. 2 weeks ago.'), [
      'Slip measures 3 mm.',
      'Mild stenosis at L5-S1.',
      'Seen by Dr. Smith approx. 2 weeks ago.',
    ]);
  });

  it('keeps decimals and numbered list markers inside their sentence', () => {
    assert.deepStrictEqual(sentencesOf('1. Slip of 0.3 cm at L5-S1.\n2. Mild foraminal narrowing.'), ['1. Slip of 0.3 cm at L5-S1.', '2. Mild foraminal narrowing.']);
  });

  it('splits bullets and lines without punctuation', () => {
    assert.deepStrictEqual(sentencesOf('LSS MRI\nFeature of muscle spasm\n- mild disc bulge at L4-5\n- no stenosis'), [
      'LSS MRI',
      'Feature of muscle spasm',
      '- mild disc bulge at L4-5',
      '- no stenosis',
    ]);
  });

  it('joins a templated sentence wrapped across lines', () => {
    const text = 'There is a grade 1 anterolisthesis of L5 on\nS1 measuring 3 mm with mild bilateral neural\nforaminal narrowing.';
    assert.deepStrictEqual(sentencesOf(text), [text]);
  });

  it('ends a sentence at a "?" after a word, not at a "?" that opens a statement', () => {
    assert.deepStrictEqual(sentencesOf('Any pain? Lucency at the radius, ? fracture. ? early SBO.'), ['Any pain?', 'Lucency at the radius, ? fracture.', '? early SBO.']);
  });

  it('handles CRLF line ends', () => {
    assert.deepStrictEqual(sentencesOf('FINDINGS:\r\nMild stenosis.\r\nNo fracture.\r\n'), ['Mild stenosis.', 'No fracture.']);
  });

  it('caps runaway sentences so per-sentence work stays bounded', () => {
    const text = 'stenosis '.repeat(2000);
    const lengths = sentencesOf(text).map((s) => s.length);
    assert.ok(lengths.length > 1 && lengths.every((n) => n <= 1000));
  });
});

describe('sections', () => {
  it('recognises headers with and without colons and per-level paragraphs', () => {
    const text = 'CLINICAL HISTORY: back pain\nFINDINGS\nL4-5: mild bulge.\nL5-S1: grade 1 slip.\n\nThe conus is normal.\nIMPRESSION: stable.';
    const sections = analyzeNote(text).sections.map((s) => [s.category, s.level ?? '']);
    assert.deepStrictEqual(sections, [
      ['indication', ''],
      ['findings', ''],
      ['level', 'L4-L5'],
      ['level', 'L5-S1'],
      ['findings', ''],
      ['impression', ''],
    ]);
  });

  it('does not take a sentence that starts with a header word for a header', () => {
    const sections = analyzeNote('Plan of care was discussed with the patient at length today.').sections;
    assert.deepStrictEqual(sections.map((s) => s.category), ['other']);
  });

  it('ends family or surgical history at an unknown ALL-CAPS heading', () => {
    const text = 'FAMILY HISTORY: Mother with lumbar stenosis.\nWORK STATUS: Grade 1 spondylolisthesis at L4-5.\n';
    const a = analyzeNote(text);
    assert.deepStrictEqual(a.sections.map((s) => s.category), ['familyHistory', 'other']);
    assert.deepStrictEqual(a.findings.map((f) => [f.kind, f.assertion]), [['stenosis', 'family'], ['listhesis', 'present']]);
  });

  it('keeps a plan going under its ALL-CAPS sub-headings', () => {
    const a = analyzeNote('PLAN:\nINJECTIONS: schedule an L5 TFESI.\nPHYSICAL THERAPY: start PT twice weekly.\n');
    assert.deepStrictEqual([...new Set(a.sections.map((s) => s.category))], ['plan']);
    assert.ok(a.findings.length >= 2 && a.findings.every((f) => f.assertion === 'hypothetical'));
  });

  it('reads an unknown heading by its words: medications, allergies, plans, a mixed family/social heading', () => {
    const categories = (title: string) => analyzeNote(`HPI: Back pain.\n${title}: Naprosyn.\n`).sections.map((s) => s.category);
    assert.deepStrictEqual(categories('DISCHARGE MEDICATIONS'), ['hpi', 'medications']);
    assert.deepStrictEqual(categories('ALLERGIES TO MEDICATIONS'), ['hpi', 'allergies']);
    assert.deepStrictEqual(categories('RECOMMENDED THERAPY'), ['hpi', 'plan']);
    assert.deepStrictEqual(categories('FAMILY HISTORY AND SOCIAL HISTORY'), ['hpi', 'socialHistory']);
  });

  it('does not read capitals as headings in a note written all in capitals', () => {
    const a = analyzeNote('PLAN:\nNOTE: START PT TWICE WEEKLY FOR LUMBAR RADICULOPATHY.\n');
    assert.deepStrictEqual(a.sections.map((s) => s.category), ['plan']);
  });
});
