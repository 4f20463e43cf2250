import * as assert from 'assert';
import { findTables, rowAt, splitAtRows, Table, tableRows } from '../../server/src/engine/text/tables';
import { normalizeForMatching } from '../../server/src/engine/text/normalize';

/** Each row's cells as "meaning=text" ("@" marks a dated column's cell). */
function cellsOf(text: string, table: Table): string[][] {
  return table.rows.map((r) => r.cells.map((c) => `${c.meaning ?? (table.columns[c.column]?.dated ? '@' : '')}=${text.slice(c.start, c.end)}`));
}

function tablesIn(text: string): Table[] {
  return findTables(text, normalizeForMatching(text));
}

describe('table reader (text/tables.ts)', () => {
  it('reads a pipe table: the header gives each cell its meaning, separator lines are skipped', () => {
    const text = [
      'Prior care:',
      '| Treatment | Dates | Visits | Response |',
      '|---|---|---|---|',
      '| Physical therapy | 03/01/2026 - 04/15/2026 | 12 | no relief |',
      '| Gabapentin |  | 6 wk | some relief |',
      '',
      'Plan: follow up.',
    ].join('\n');
    const [table, ...rest] = tablesIn(text);
    assert.strictEqual(rest.length, 0);
    assert.strictEqual(table.style, 'pipe');
    assert.deepStrictEqual(cellsOf(text, table), [
      ['therapy=Treatment', 'dates=Dates', 'visits=Visits', 'response=Response'],
      ['therapy=Physical therapy', 'dates=03/01/2026 - 04/15/2026', 'visits=12', 'response=no relief'],
      ['therapy=Gabapentin', 'dates=', 'visits=6 wk', 'response=some relief'],
    ]);
    assert.ok(table.rows[0].isHeader && !table.rows[1].isHeader);
  });

  it('reads space-aligned columns by position, so an empty cell does not shift the others', () => {
    const text = [
      'Modality            Duration     Response',
      'Chiropractic        6 wk         temporary relief',
      'Lumbar brace                     none',
    ].join('\n');
    const [table] = tablesIn(text);
    assert.strictEqual(table.style, 'space');
    assert.deepStrictEqual(cellsOf(text, table).slice(1), [
      ['therapy=Chiropractic', 'duration=6 wk', 'response=temporary relief'],
      ['therapy=Lumbar brace', 'response=none'],
    ]);
  });

  it('reads tab-separated columns, and dated columns ("09/11/2026", "Eval 07/10", "D/C") as exams', () => {
    const text = 'Measure\t09/11/2026\tRe-eval 10/16\tD/C\nODI\t48%\t40%\t36%\n';
    const [table] = tablesIn(text);
    assert.strictEqual(table.style, 'tab');
    assert.deepStrictEqual(table.columns.map((c) => c.dated), [false, true, true, true]);
    assert.deepStrictEqual(cellsOf(text, table)[1], ['label=ODI', '@=48%', '@=40%', '@=36%']);
  });

  it('keeps an empty tab-separated cell in its column', () => {
    const text = 'Treatment\tDuration\tResponse\nGabapentin\t\tsome relief\n';
    const [table] = tablesIn(text);
    assert.deepStrictEqual(cellsOf(text, table)[1], ['therapy=Gabapentin', 'duration=', 'response=some relief']);
  });

  it('reads a one-line field row: each cell from its own label', () => {
    const text = '[x] Physical therapy    Dates: 05/2026 - 07/2026    Response: partial\n';
    const [table] = tablesIn(text);
    assert.strictEqual(table.style, 'fields');
    assert.deepStrictEqual(cellsOf(text, table), [['label=[x] Physical therapy', 'dates=05/2026 - 07/2026', 'response=partial']]);
  });

  it('finds no table in prose, in a header-less grid, or in a lone header', () => {
    assert.deepStrictEqual(tablesIn('She has pain.  It radiates to the leg.\nShe tried PT.  It did not help at all.\n'), []);
    assert.deepStrictEqual(tablesIn('L4-5   mild   stenosis\nL5-S1   moderate   stenosis\n'), [], 'no header names a column');
    assert.deepStrictEqual(tablesIn('Date | ODI | NRS\n\nSeen today.'), [], 'a header without rows');
    assert.deepStrictEqual(tablesIn('Call time: 14:20    Caller: patient\n'), [], 'a field row whose labels mean nothing here');
    assert.deepStrictEqual(tablesIn('Score   7/10   5/10\nODI   40%   30%\n'), [], 'a row of values is no header');
  });

  it('finds the row of an offset, and cuts sentences at row boundaries', () => {
    const text = 'Date | EHL\n06/02/2026 | 5/5\n08/25/2026 | 4/5\nStrength otherwise normal';
    const rows = tableRows(tablesIn(text));
    assert.strictEqual(rows.length, 3);
    assert.strictEqual(rowAt(rows, text.indexOf('08/25')), rows[2]);
    assert.strictEqual(rowAt(rows, text.indexOf('Strength')), undefined);
    const whole = [{ start: 0, end: text.length, section: 0 }];
    assert.deepStrictEqual(
      splitAtRows(text, whole, rows).map((s) => text.slice(s.start, s.end)),
      ['Date | EHL', '06/02/2026 | 5/5', '08/25/2026 | 4/5', 'Strength otherwise normal'],
    );
  });

  it('is linear: a table of 20,000 rows is read in well under a second', () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => `| PT ${i} | 6 wk | partial |`).join('\n');
    const started = Date.now();
    const [table] = tablesIn(`| Modality | Duration | Response |\n${rows}\n`);
    assert.strictEqual(table.rows.length, 20_001);
    assert.ok(Date.now() - started < 1500, `took ${Date.now() - started} ms`);
  });
});
