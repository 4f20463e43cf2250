import { pattern } from '../patterns';
import { TableCell, TableRow } from '../text/tables';
import { kindFilter, Target } from './rule';
import { PAST_TABLE_ROW } from './rules';

/**
 * Whether a finding's table row tells a past episode (rules/history.ts PAST_TABLE_ROW): a year in
 * another of the row's cells at least a year before the visit (any year in an undated note), a table
 * whose heading line (the line right above it) starts with a past word ("PRIOR EPISODES:"). Linear in
 * the row and its heading; or the finding's own cell under a past column of a table of dated columns
 * ("| Work status | off work | full duty |" under "Previous | Current"), except for the kinds in
 * `pastColumnExcludedKinds` (a dated ODI is that date's value). A therapy episode, which dates
 * itself, is history only in a past column dated a year or more before the visit (`remoteColumnKinds`).
 * A row's label is answered by its current cell instead (context/fields.ts).
 */
const YEAR = pattern('tableRows.year', '(?<![0-9])(?:19|20)[0-9]{2}(?![0-9])', 'g');
const NOT_LETTER = pattern('tableRows.notLetter', '[^a-z]');
const APPLIES = kindFilter(PAST_TABLE_ROW) ?? (() => true);
const PAST_COLUMN_APPLIES = kindFilter({ excludedKinds: PAST_TABLE_ROW.pastColumnExcludedKinds }) ?? (() => true);
const REMOTE_COLUMN_APPLIES = kindFilter({ allowedKinds: PAST_TABLE_ROW.remoteColumnKinds }) ?? (() => false);
/** How far back the heading line of a table is looked for. */
const MAX_HEADING = 120;

function startsWithPastWord(words: string): boolean {
  const first = words.trimStart().split(NOT_LETTER, 1)[0];
  return PAST_TABLE_ROW.headingWords.includes(first);
}

function remoteYearIn(lower: string, cell: { start: number; end: number }, visitYear: number | undefined): boolean {
  const text = lower.slice(cell.start, cell.end);
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(text); m; m = YEAR.exec(text)) {
    if (visitYear === undefined || visitYear - Number(m[0]) >= PAST_TABLE_ROW.yearsBeforeVisit) return true;
  }
  return false;
}

/** The line right above the table, if it is a heading ("PRIOR EPISODES:"). */
function headingAbove(lower: string, tableStart: number): string | undefined {
  const end = lower.lastIndexOf('\n', tableStart - 1);
  if (end <= 0) return undefined;
  const start = Math.max(lower.lastIndexOf('\n', end - 1) + 1, end - MAX_HEADING);
  const line = lower.slice(start, end).trim();
  return line.endsWith(':') ? line : undefined;
}

export function pastTableRow(lower: string, row: TableRow | undefined, targetStart: number, target: Target | undefined, visitYear: number | undefined): boolean {
  if (!row || row.isHeader) return false;
  const own = row.cells.find((c) => c.start <= targetStart && targetStart < c.end);
  if (!own) return false;
  if (REMOTE_COLUMN_APPLIES(target) && remoteColumn(lower, row, own, visitYear)) return true;
  if (!APPLIES(target)) return false;
  if (row.table.columns[own.column]?.time === 'past' && PAST_COLUMN_APPLIES(target)) return true;
  if (row.cells.some((c) => c !== own && c.end > c.start && remoteYearIn(lower, c, visitYear))) return true;
  const heading = headingAbove(lower, row.table.start);
  return heading !== undefined && startsWithPastWord(heading);
}

/** The cell is under a past column whose header dates it a year or more before the visit ("| PT | 6 weeks | ... |" under "03/2024"). */
function remoteColumn(lower: string, row: TableRow, own: TableCell, visitYear: number | undefined): boolean {
  const column = row.table.columns[own.column];
  return column?.time === 'past' && column.header !== undefined && visitYear !== undefined && remoteYearIn(lower, column.header, visitYear);
}
