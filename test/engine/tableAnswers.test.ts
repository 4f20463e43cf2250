import * as assert from 'assert';
import { findTables } from '../../server/src/engine/text/tables';
import { normalizeForMatching } from '../../server/src/engine/text/normalize';
import { findingsOf } from './helpers';

/**
 * Tables read like the template lines they stand for: a row's answer cell ("Present?", "Y/N", a
 * ticked "Yes"/"No" column) answers its label as "Label: No" does (one field rule, context/fields.ts);
 * a wrapped row is one row; a past episode's row is history (context/tableRows.ts).
 */
const HEAD = 'LUMBAR SPINE FOLLOW-UP\nDate of service: 06/16/2026\n\n';
const flags = (text: string) => findingsOf(HEAD + text, 'redFlag').map((f) => [f.text, f.assertion, f.assertedBy ?? '']);

describe('table answer cells (context/fields.ts cellAnswer)', () => {
  it('a "Present?" column negates or affirms the row\'s label with the same rule as "Label: No"', () => {
    const table = ['| Symptom | Present? |', '|---|---|', '| Saddle anesthesia | No |', '| Urinary retention | Yes |', '| Progressive leg weakness | N |'].join('\n');
    assert.deepStrictEqual(flags(table), [
      ['Saddle anesthesia', 'absent', 'field.no'],
      ['Urinary retention', 'present', ''],
      ['Progressive leg weakness', 'absent', 'field.no'],
    ]);
    assert.deepStrictEqual(flags('Saddle anesthesia: No'), [['Saddle anesthesia', 'absent', 'field.no']], 'the template line, same rule');
  });

  it('a space-aligned "Y/N" column and a "Present (Y/N)" header', () => {
    assert.deepStrictEqual(flags(['Question                Y/N', 'Saddle numbness         N', 'Fecal incontinence      Y'].join('\n')), [
      ['Saddle numbness', 'absent', 'field.no'],
      ['Fecal incontinence', 'present', ''],
    ]);
    assert.deepStrictEqual(flags(['| Red flag | Present (Y/N) |', '| Urinary retention | n |'].join('\n')), [['Urinary retention', 'absent', 'field.no']]);
  });

  it('"Yes" / "No" columns: the ticked cell\'s header is the answer; empty boxes leave it to the other column', () => {
    const table = ['| Red flag | Yes | No |', '|---|---|---|', '| Urinary retention | [ ] | [x] |', '| Saddle anesthesia | X |  |', '| Fecal incontinence |  | \u2713 |'].join('\n');
    assert.deepStrictEqual(flags(table), [
      ['Urinary retention', 'absent', 'field.no'],
      ['Saddle anesthesia', 'present', ''],
      ['Fecal incontinence', 'absent', 'field.no'],
    ]);
  });

  it('a row whose answer cells are only empty boxes or blanks asserts nothing, as "Label: ***" does', () => {
    assert.deepStrictEqual(flags(['| Symptom | Present? |', '| Saddle anesthesia | [ ] |', '| Urinary retention | *** |'].join('\n')), []);
  });

  it('a table without an answer column is read as before', () => {
    assert.deepStrictEqual(flags(['| Symptom | Onset |', '| Saddle anesthesia | 2 days ago |'].join('\n')).map(([, a]) => a), ['present']);
    assert.deepStrictEqual(flags('He reports saddle anesthesia, no urinary retention.').map(([t, a]) => [t, a]), [['saddle anesthesia', 'present'], ['urinary retention', 'absent']]);
  });
});

describe('wrapped table rows (text/tables.ts)', () => {
  const text = [
    '| Date     | Event                           | Outcome          |',
    '|----------|---------------------------------|------------------|',
    '| 03/2019  | Urinary retention after a fall, | catheterized in  |',
    '|          |   seen in the ED                |   the ED         |',
    '| 01/2026  | Lifting injury at work          | 3 weeks off work |',
    '|          | 12 visits                       |                  |',
  ].join('\n');

  it('joins a line whose first column is empty (and holds no number) to the row above; each cell keeps its column', () => {
    const [table] = findTables(text, normalizeForMatching(text));
    assert.strictEqual(table.rows.length, 4, 'header, the wrapped row, and two rows (a line with a number is a row of its own)');
    const wrapped = table.rows[1];
    assert.deepStrictEqual(
      wrapped.cells.map((c) => [c.column, text.slice(c.start, c.end)]),
      [[0, '03/2019'], [1, 'Urinary retention after a fall,'], [2, 'catheterized in'], [1, 'seen in the ED'], [2, 'the ED']],
    );
    assert.ok(text.slice(wrapped.start, wrapped.end).endsWith('the ED         |'));
  });
});

describe('past episodes in tables (context/tableRows.ts)', () => {
  it('a row dated a year or more before the visit is history; a row of this year is not', () => {
    const table = ['| Date | Event | Outcome |', '|---|---|---|', '| 03/2019 | Urinary retention after a fall | catheterized |', '| 06/2026 | Saddle anesthesia | ED visit |'].join('\n');
    assert.deepStrictEqual(flags(table), [
      ['Urinary retention', 'historical', 'history.pastTableRow'],
      ['Saddle anesthesia', 'present', ''],
    ]);
  });

  it('a wrapped row keeps its date: its continued text is the same past episode', () => {
    const table = ['| Date | Event | Outcome |', '|---|---|---|', '| 03/2019 | Fall on ice, | admitted |', '|  | urinary retention | overnight |'].join('\n');
    assert.deepStrictEqual(flags(table), [['urinary retention', 'historical', 'history.pastTableRow']]);
  });

  it('a table under a "Prior ..." heading is history; under another heading it is not', () => {
    assert.deepStrictEqual(flags(['PRIOR EPISODES:', '| Event | Outcome |', '|---|---|', '| Saddle anesthesia | ED visit |'].join('\n')), [['Saddle anesthesia', 'historical', 'history.pastTableRow']]);
    assert.deepStrictEqual(flags(['CURRENT SYMPTOMS:', '| Event | Outcome |', '|---|---|', '| Saddle anesthesia | ED visit |'].join('\n')), [['Saddle anesthesia', 'present', '']]);
  });

  it('therapy rows date their own episodes: the table rule leaves them to the therapy reader', () => {
    const table = ['| Treatment | Dates | Response |', '|---|---|---|', '| Lumbar brace | 2019 | good relief |'].join('\n');
    const [brace] = findingsOf(HEAD + table, 'conservativeTherapy');
    assert.ok(brace, 'the brace is read');
    assert.notStrictEqual(brace.assertedBy, 'history.pastTableRow');
  });
});

describe('time columns: "Prior" / "Previous" / a past date against "Current" / "Today" (text/tables.ts time)', () => {
  const columnTimes = (text: string) => findTables(text, normalizeForMatching(text)).map((t) => t.columns.map((c) => c.time ?? ''));

  it('the column named for the visit is current, else the latest date, else the rightmost; the other dated columns are past', () => {
    assert.deepStrictEqual(columnTimes(['| Symptom | Prior (03/2025) | Current |', '|---|---|---|', '| Saddle numbness | Yes | No |'].join('\n')), [['', 'past', 'current']]);
    assert.deepStrictEqual(columnTimes(['Neuro screen   Today   05/12/2026', 'Saddle anesthesia   No   Yes'].join('\n')), [['', 'current', 'past']]);
    assert.deepStrictEqual(columnTimes(['| Muscle | 09/01/2026 | 06/01/2026 |', '| EHL | 4/5 | 5/5 |'].join('\n')), [['', 'current', 'past']]);
    assert.deepStrictEqual(columnTimes(['| Muscle | Initial | Re-eval |', '| EHL | 4/5 | 5/5 |'].join('\n')), [['', 'past', 'current']]);
  });

  it('a row answered in its time columns takes the current answer; a yes only in the past is history', () => {
    const table = [
      '| Symptom | Prior (03/2025) | Current |',
      '|---|---|---|',
      '| Saddle numbness | Yes | No |',
      '| Urinary retention | No | No |',
      '| Bowel incontinence | No | Yes |',
      '| Fecal incontinence | Yes |  |',
    ].join('\n');
    assert.deepStrictEqual(flags(table), [
      ['Saddle numbness', 'historical', 'field.pastAnswerOnly'],
      ['Urinary retention', 'absent', 'field.no'],
      ['Bowel incontinence', 'present', ''],
      ['Fecal incontinence', 'historical', 'field.pastAnswerOnly'],
    ]);
  });

  it('a row of words under dated columns is a row, not a new header ("Muscle  Left  Right" still is one)', () => {
    const text = ['Neuro screen        05/12/2026     Today', 'Saddle anesthesia   No             No', 'Bowel incontinence  Yes            No'].join('\n');
    assert.deepStrictEqual(flags(text).map(([t, a]) => [t, a]), [['Saddle anesthesia', 'absent'], ['Bowel incontinence', 'historical']]);
  });

  it('a finding written in a past column is history; a dated measurement stays that date\'s value', () => {
    const text = ['| Activity | Previous | Current |', '|---|---|---|', '| Work status | off work | full duty |', '| ODI | 48% | 30% |'].join('\n');
    assert.deepStrictEqual(findingsOf(HEAD + text, 'functionalImpairment').map((f) => [f.text, f.assertion, f.assertedBy]), [['off work', 'historical', 'history.pastTableRow']]);
    assert.deepStrictEqual(findingsOf(HEAD + text, 'outcomeMeasure').map((f) => [f.text, f.assertion]), [['48%', 'present'], ['30%', 'present']]);
  });
});

describe('single-choice template fields whose options are times ("Tobacco use: [ ] Current [x] Former [ ] Never")', () => {
  const smoking = (line: string) => findingsOf(HEAD + line, 'riskFactor').map((f) => [f.text, f.assertion, f.assertedBy ?? '']);
  it('the ticked option decides the label: former is history, current present, never absent', () => {
    assert.deepStrictEqual(smoking('Tobacco use: [ ] Current [x] Former [ ] Never'), [['Tobacco use', 'historical', 'field.former']]);
    assert.deepStrictEqual(smoking('Tobacco use: [x] Current [ ] Former [ ] Never'), [['Tobacco use', 'present', '']]);
    assert.deepStrictEqual(smoking('Tobacco use: [ ] Current [ ] Former [x] Never'), [['Tobacco use', 'absent', 'field.no']]);
  });
});

describe('checklist options of several words: an option runs from its box to the next box or the line end', () => {
  const of = (line: string, kind: Parameters<typeof findingsOf>[1]) => findingsOf(HEAD + line, kind).map((f) => [f.text, f.assertion, f.assertedBy ?? '']);
  it("an empty box in a field's options asserts nothing about its option's words", () => {
    assert.deepStrictEqual(of('Symptoms at onset: [ ] Sharp pain radiating down the left leg [x] Back pain only', 'radicularSymptoms'), []);
    assert.deepStrictEqual(of('Red flags: [ ] New saddle anesthesia [x] None', 'redFlag'), []);
  });
  it('an empty box alone on its line (a checklist) makes its whole option absent', () => {
    assert.deepStrictEqual(of('  [ ] Lumbar spinal stenosis', 'stenosis'), [['spinal stenosis', 'absent', 'field.emptyItem']]);
  });
  it("a ticked option of several words says what its words say; under \"Denies:\" it is denied", () => {
    assert.deepStrictEqual(of('  [x] No saddle anesthesia', 'redFlag').map(([t, a, r]) => [t, a, r.split(' ')[0]]), [['saddle anesthesia', 'absent', 'negation.forward']]);
    assert.deepStrictEqual(of('  [x] Pain radiating down the left leg', 'radicularSymptoms'), [['Pain radiating down the left leg', 'present', '']]);
    assert.deepStrictEqual(of('Denies: [x] new onset saddle anesthesia', 'redFlag').map(([t, a]) => [t, a]), [['saddle anesthesia', 'absent']]);
  });
  it('the option ends at the next box, a field label or a column gap', () => {
    assert.deepStrictEqual(of('Fever: [ ] Yes   Saddle anesthesia: [x] No', 'redFlag').map(([t, a]) => [t, a]), [['Saddle anesthesia', 'absent']]);
    assert.deepStrictEqual(of('[ ] Back pain [x] Pain radiating down the left leg', 'radicularSymptoms').map(([t, a]) => [t, a]), [['Pain radiating down the left leg', 'present']]);
  });
});
