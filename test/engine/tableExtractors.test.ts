import * as assert from 'assert';
import { analyzeNote } from '../../server/src/engine';

/** The findings of one kind, with their attributes as plain records. */
function findings(kind: string, lines: string[]): Array<{ text: string; attributes: Record<string, unknown> }> {
  return analyzeNote(lines.join('\n'), { dateOfService: '2026-06-30' })
    .findings.filter((f) => f.kind === kind)
    .map((f) => ({ text: f.text, attributes: f.attributes as Record<string, unknown> }));
}

describe('extractors on table rows', () => {
  it('outcome flowsheet with a row per date: one value per instrument cell; the header names no finding', () => {
    const found = findings('outcomeMeasure', ['Low back pain follow-up.', 'Date       | ODI | Back pain (NRS)', '04/01/2026 | 52% | 8/10', '06/30/2026 | 34% | 5/10']);
    assert.deepStrictEqual(found.map((f) => [f.text, f.attributes.instrument, f.attributes.value]), [['52%', 'ODI', 52], ['8/10', 'NRS', 8], ['34%', 'ODI', 34], ['5/10', 'NRS', 5]]);
  });

  it('a dated row that is no instrument ("Prone plank 15 s") gives nothing; a raw ODI of 50 is doubled', () => {
    const found = findings('outcomeMeasure', ['Low back pain.', 'Measure       Initial      Discharge', 'Prone plank   15 s         45 s', 'Oswestry      21/50        10/50']);
    assert.deepStrictEqual(found.map((f) => [f.text, f.attributes.value]), [['21/50', 42], ['10/50', 20]]);
  });

  it('therapy rows: a Status cell, Start and Stop cells ("ongoing" up to the visit), and a planned row', () => {
    const found = findings('conservativeTherapy', [
      'Low back pain with sciatica.',
      '| Medication  | Start      | Stop       | Status       |',
      '| Gabapentin  | 03/01/2026 | ongoing    | current      |',
      '| Meloxicam   | 01/05/2026 | 02/04/2026 | discontinued |',
    ]);
    assert.deepStrictEqual(
      found.map((f) => [f.attributes.drug, f.attributes.durationDays, f.attributes.status]),
      [['gabapentin', 121, 'ongoing'], ['meloxicam', 30, 'completed']],
    );
  });

  it('field rows: a start with no stop runs to the visit; a duration in the therapy cell counts when no other cell gives one', () => {
    const found = findings('conservativeTherapy', [
      'Low back pain.',
      '[x] Physical therapy    Start: 05/19/2026    Response: partial',
      '[x] Naproxen since 05/19/2026    Response: some relief',
    ]);
    assert.deepStrictEqual(
      found.map((f) => [f.text, f.attributes.durationDays, f.attributes.status, f.attributes.response]),
      [['Physical therapy', 42, 'ongoing', 'partial'], ['Naproxen', 42, 'ongoing', 'partial']],
    );
  });

  it('a stable or recovering motor row raises nothing; two sides side by side are not two exams', () => {
    const flags = findings('redFlag', [
      'Left leg weakness.',
      'Muscle        Initial   Today',
      'EHL           4/5       4/5',
      'Tibialis anterior   5/5     3/5',
      'Muscle        Left      Right',
      'Gastroc       5/5       3/5',
    ]);
    assert.deepStrictEqual(flags.map((f) => [f.text.replace(/\s+/g, ' '), f.attributes.exams]), [['Tibialis anterior 5/5 3/5', 'Tibialis anterior 5/5 (initial) to 3/5 (today)']]);
    const recovering = findings('redFlag', ['Muscle   05/01/2026   06/01/2026   06/30/2026', 'EHL      5/5          3/5          4/5']);
    assert.deepStrictEqual(recovering, []);
  });
  it('a therapy row under "Prior | Current" columns: one episode per filled time cell, the prior one completed, the current one ongoing', () => {
    const found = findings('conservativeTherapy', ['Low back pain follow-up.', '| Treatment | Prior | Current |', '|---|---|---|', '| Physical therapy | 6 weeks, no relief | 3 weeks so far |']);
    assert.deepStrictEqual(
      found.map((f) => [f.text, f.attributes.modality, f.attributes.durationDays, f.attributes.status, f.attributes.response]),
      [['6 weeks, no relief', 'physicalTherapy', 42, 'completed', 'none'], ['3 weeks so far', 'physicalTherapy', 21, 'ongoing', undefined]],
    );
  });
});
