import { pattern } from '../patterns';
import { Sentence } from '../types';
import { sideOf } from '../vocabulary/sides';
import { COLUMN_MEANINGS, ColumnMeaning, CURRENT_EXAM_WORDS, EXAM_COLUMN_WORDS } from '../vocabulary/tableColumns';

/**
 * Tables in notes: pipe tables ("| PT | 03/2026 - 04/2026 | 6 wk |"), tab-separated and
 * space-aligned columns (cells two or more spaces apart), and one-line field rows ("Physical therapy
 * Dates: 05/2026 - 07/2026    Response: partial"). A table is a header row and at least one row
 * below it, of one style, with no blank line between; each cell takes its column's meaning from the
 * header ("Duration", "Response", "Dates": vocabulary/tableColumns.ts) or, in a field row, from its own
 * label. A column whose header is a date or an exam ("09/11/2026", "Eval 07/10", "Initial") is dated:
 * one exam or measurement per column. Linear in the note: every line is split once.
 *
 * Of a table's dated columns one is the current reading (`time: 'current'`): the one named for the
 * visit ("Current", "Today": vocabulary/tableColumns.ts CURRENT_EXAM_WORDS), else the latest date when
 * every dated header holds one, else the rightmost; the others ("Prior (03/2025)", "Previous",
 * "Initial") are past readings (`time: 'past'`). Context reads a row's answer from its current cell.
 *
 * A row wrapped over several lines (its first column empty on the next line, no number in it:
 * "|          |   seen in the ED   |") is one row: the next line's cells join it, each in its column.
 *
 * Not read: tables without a recognisable header (their cells say nothing about what they hold),
 * merged cells.
 */

export type TableStyle = 'pipe' | 'tab' | 'space' | 'fields';

export interface TableColumn {
  /** The header cell, note offsets; none in a field row. */
  header?: { start: number; end: number };
  meaning?: ColumnMeaning;
  /** The header names a date or an exam: the column holds one exam's values. */
  dated: boolean;
  /** Of a table's dated columns, the current reading and the past ones. */
  time?: 'past' | 'current';
}

export interface TableCell {
  /** Note offsets of the cell's value (a field row's label left out). */
  start: number;
  end: number;
  column: number;
  meaning?: ColumnMeaning;
}

export interface TableRow {
  start: number;
  end: number;
  cells: TableCell[];
  isHeader: boolean;
  table: Table;
}

export interface Table {
  start: number;
  end: number;
  style: TableStyle;
  columns: TableColumn[];
  /** Every row, the header first when there is one. */
  rows: TableRow[];
}

interface RawCell {
  start: number;
  end: number;
}

interface Line {
  start: number;
  end: number;
  style?: Exclude<TableStyle, 'fields'>;
  cells: RawCell[];
  separator: boolean;
}

/** Cells longer than this are prose, not a table. */
const MAX_CELL = 60;
/** A cell may start this far left of its header and still be under it. */
const ALIGN_SLACK = 3;

const MEANINGS = new Map<string, ColumnMeaning>();
for (const [meaning, phrases] of COLUMN_MEANINGS) for (const p of phrases) MEANINGS.set(p, meaning);
const EXAM_WORDS = new Set(EXAM_COLUMN_WORDS);
const CURRENT_WORDS = new Set(CURRENT_EXAM_WORDS);

const HEADER_TAIL = pattern('tables.headerTail', '[ ]?(?:\\([^)]{0,40}\\))?[ ]?[:?]?$');
const SPACES = pattern('tables.spaces', '[ \\t]+', 'g');
const DATE_IN_HEADER = pattern('tables.dateInHeader', '(?<![0-9])(?:\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{4})(?![0-9])');
/** "(?<!..)" keeps "08/05/2026" from looking like a score. */
const VALUE_LIKE = pattern('tables.valueLike', '(?<![0-9/])\\d{1,3}[ ]?[+-]?[ ]?/[ ]?(?:5|10|100|50)(?![0-9/])|%');
/** "Dates: 05/2026 - 07/2026": a field's label, then its value. */
const FIELD = pattern('tables.field', '^([a-z#][a-z#./ ]{0,30}?):[ ]{0,4}(?=\\S)');

/** "|---|:--:|": only pipes, dashes, colons, plus and equal signs, with a dash. */
function isSeparator(lower: string, start: number, end: number): boolean {
  let dash = false;
  for (let i = start; i < end; i++) {
    const c = lower[i];
    if (c === '-') dash = true;
    else if (c !== '|' && c !== ' ' && c !== '\t' && c !== ':' && c !== '+' && c !== '=' && c !== '\r') return false;
  }
  return dash;
}

function headerWords(lower: string, cell: RawCell): string {
  return lower.slice(cell.start, cell.end).replace(SPACES, ' ').trim().replace(HEADER_TAIL, '').trim();
}

const HEADER_PARTS = pattern('tables.headerParts', '[ ]?(?:/|&|,|[ ]or[ ]|[ ]and[ ])[ ]?');
/** A column of two ("Visits / duration") holds what the more telling of them does: a duration over a count. */
const PART_PRIORITY: readonly ColumnMeaning[] = ['duration', 'dates', 'response', 'status', 'therapy', 'start', 'stop', 'date', 'visits', 'answer', 'label'];

function meaningOf(words: string): ColumnMeaning | undefined {
  const whole = MEANINGS.get(words);
  if (whole !== undefined || words.length > 40) return whole;
  const parts = words.split(HEADER_PARTS).map((p) => MEANINGS.get(p.trim()));
  return PART_PRIORITY.find((m) => parts.includes(m));
}

/** "09/11/2026", "Eval 07/10", "Initial": a date alone, an exam word alone, or both. A bare "7/10" is a score. */
function isDatedHeader(lower: string, cell: RawCell): boolean {
  const words = headerWords(lower, cell);
  const date = DATE_IN_HEADER.exec(words);
  if (!date) return EXAM_WORDS.has(words);
  const rest = (words.slice(0, date.index) + words.slice(date.index + date[0].length)).trim();
  return rest === '' ? !VALUE_LIKE.test(words) : EXAM_WORDS.has(rest);
}

function trimmedCell(lower: string, start: number, end: number): RawCell | undefined {
  while (start < end && (lower.charCodeAt(start) === 32 || lower.charCodeAt(start) === 9)) start++;
  while (end > start && (lower.charCodeAt(end - 1) === 32 || lower.charCodeAt(end - 1) === 9 || lower.charCodeAt(end - 1) === 13)) end--;
  return end > start ? { start, end } : undefined;
}

/** Splits one line into cells, or says it is no table line. Tabs are read in the original text (the folded copy has spaces). */
function splitLine(text: string, lower: string, start: number, end: number): Line {
  const line: Line = { start, end, cells: [], separator: false };
  let pipes = 0;
  let tabs = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 124) pipes++;
    else if (c === 9) tabs++;
  }
  if (pipes >= 1) {
    line.style = 'pipe';
    if (isSeparator(lower, start, end)) {
      line.separator = true;
      return line;
    }
    // Pieces between pipes; an empty one between two pipes keeps its column ("| PT |  | 6 wk |").
    const pieces: RawCell[] = [];
    let from = start;
    for (let i = start; i <= end; i++) {
      if (i === end || lower.charCodeAt(i) === 124) {
        pieces.push(trimmedCell(lower, from, i) ?? { start: from, end: from });
        from = i + 1;
      }
    }
    if (pieces.length && pieces[0].end === pieces[0].start) pieces.shift();
    if (pieces.length && pieces[pieces.length - 1].end === pieces[pieces.length - 1].start) pieces.pop();
    line.cells = pieces;
    return line;
  }
  const tabbed = tabs > 0;
  let from = start;
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    const gapStart = i;
    if (c === 9 || (c === 32 && i + 1 < end && lower.charCodeAt(i + 1) === 32) || (tabbed && c === 32 && i + 1 < end && text.charCodeAt(i + 1) === 9)) {
      let gapTabs = 0;
      for (; i < end && lower.charCodeAt(i) === 32; i++) if (text.charCodeAt(i) === 9) gapTabs++;
      const cell = trimmedCell(lower, from, gapStart);
      if (cell) line.cells.push(cell);
      // Two tabs in a row hold an empty cell between them ("PT<tab><tab>6 wk").
      if (cell) for (let k = 1; k < gapTabs; k++) line.cells.push({ start: i, end: i });
      from = i;
      continue;
    }
    i++;
  }
  const last = trimmedCell(lower, from, end);
  if (last) line.cells.push(last);
  if (line.cells.length >= 2) line.style = tabbed ? 'tab' : 'space';
  return line;
}

function cellsFit(line: Line): boolean {
  return line.cells.every((c) => c.end - c.start <= MAX_CELL);
}

/** The header's columns, or undefined when the row says nothing about what its columns hold. */
function headerColumns(lower: string, header: Line): TableColumn[] | undefined {
  if (header.cells.some((c) => VALUE_LIKE.test(lower.slice(c.start, c.end)) && !isDatedHeader(lower, c))) return undefined;
  const columns: TableColumn[] = header.cells.map((cell) => {
    const dated = isDatedHeader(lower, cell);
    const meaning = dated ? undefined : meaningOf(headerWords(lower, cell));
    return { header: { start: cell.start, end: cell.end }, meaning, dated };
  });
  const known = columns.filter((c) => c.meaning !== undefined && c.meaning !== 'label').length;
  const dated = columns.filter((c) => c.dated).length;
  if (known === 0 && dated < 2) return undefined;
  // The first column of a table of dated columns names what each row measures.
  if (dated >= 2 && columns[0].meaning === undefined && !columns[0].dated) columns[0].meaning = 'label';
  if (dated >= 2) markTimes(lower, header.cells, columns);
  return columns;
}

/** "06/02/2026", "2026-06-02", "03/2025" as a number that sorts by date (year, month, day); undefined without a year. */
const HEADER_DATE = pattern('tables.headerDate', '(?<![0-9])(?:(\\d{1,2})/(?:(\\d{1,2})/)?(\\d{4})|(\\d{4})-(\\d{2})-(\\d{2}))(?![0-9])');

function dateKey(header: string): number | undefined {
  const m = HEADER_DATE.exec(header);
  if (!m) return undefined;
  if (m[4]) return Number(m[4]) * 10000 + Number(m[5]) * 100 + Number(m[6]);
  return Number(m[3]) * 10000 + Number(m[1]) * 100 + Number(m[2] ?? 0);
}

/** The current one of the dated columns (see the file comment), the others past. */
function markTimes(lower: string, cells: readonly RawCell[], columns: TableColumn[]): void {
  const dated = columns.map((c, k) => ({ column: c, k })).filter((d) => d.column.dated);
  let current = dated.find((d) => CURRENT_WORDS.has(headerWords(lower, cells[d.k])));
  if (!current) {
    const keys = dated.map((d) => dateKey(lower.slice(cells[d.k].start, cells[d.k].end)));
    if (keys.every((key) => key !== undefined)) {
      let latest = 0;
      for (let i = 1; i < keys.length; i++) if ((keys[i] as number) > (keys[latest] as number)) latest = i;
      current = dated[latest];
    } else current = dated[dated.length - 1];
  }
  for (const d of dated) d.column.time = d === current ? 'current' : 'past';
}

function columnOf(style: TableStyle, table: Table, lineStart: number, headerStart: number, cell: RawCell, k: number): number {
  if (style !== 'space') return Math.min(k, table.columns.length - 1);
  const at = cell.start - lineStart;
  let column = 0;
  for (let j = 0; j < table.columns.length; j++) {
    const header = table.columns[j].header;
    if (header && header.start - headerStart <= at + ALIGN_SLACK) column = j;
  }
  return column;
}

function rowOf(line: Line, table: Table, isHeader: boolean, headerLine: Line): TableRow {
  const cells: TableCell[] = [];
  for (let k = 0; k < line.cells.length; k++) {
    const cell = line.cells[k];
    const column = isHeader ? k : columnOf(table.style, table, line.start, headerLine.start, cell, k);
    cells.push({ start: cell.start, end: cell.end, column, meaning: table.columns[column]?.meaning });
  }
  return { start: line.start, end: line.end, cells, isHeader, table };
}

const HAS_DIGIT = pattern('tables.hasDigit', '[0-9]');

/**
 * In a table of dated exams, a row whose exam cells hold no number and that reads as a header is a
 * new header ("Muscle  Left  Right": its first cell names a column, or every exam cell is a side), not
 * a row; "| Saddle numbness | Yes | No |" and "| Work status | full duty | off work |" are rows.
 */
function isSubHeader(lower: string, table: Table, row: TableRow): boolean {
  const examCells = row.cells.filter((c) => table.columns[c.column]?.dated && c.end > c.start);
  if (examCells.length === 0 || examCells.some((c) => HAS_DIGIT.test(lower.slice(c.start, c.end)))) return false;
  const first = row.cells[0];
  if (first && !table.columns[first.column]?.dated && MEANINGS.has(headerWords(lower, first))) return true;
  return examCells.every((c) => sideOf(lower.slice(c.start, c.end).trim()) !== undefined);
}

/** A line that carries on the row above: its first column empty, something in another, and no number (a row of its own has a date or a value). */
function continuesRow(lower: string, row: TableRow): boolean {
  const filled = row.cells.filter((c) => c.end > c.start);
  if (filled.length === 0 || filled.some((c) => c.column === 0)) return false;
  return filled.every((c) => !HAS_DIGIT.test(lower.slice(c.start, c.end)));
}

/**
 * The table that starts at lines[from] and how many lines it takes; or, when that line is no header,
 * undefined and 1. A row with a prose-long cell, or a new header, ends the table. Each line is read
 * once as a header candidate and at most once as a row: linear in the group.
 */
function tableAt(lower: string, lines: readonly Line[], from: number): { table?: Table; used: number } {
  const first = lines[from];
  const columns = first.separator || !cellsFit(first) ? undefined : headerColumns(lower, first);
  if (!columns) return { used: 1 };
  const table: Table = { start: first.start, end: first.end, style: first.style as TableStyle, columns, rows: [] };
  table.rows.push(rowOf(first, table, true, first));
  let k = from + 1;
  for (; k < lines.length; k++) {
    const line = lines[k];
    if (line.separator) continue;
    if (!cellsFit(line)) break;
    const row = rowOf(line, table, false, first);
    const previous = table.rows[table.rows.length - 1];
    if (!previous.isHeader && continuesRow(lower, row)) {
      previous.cells.push(...row.cells.filter((c) => c.end > c.start));
      previous.end = row.end;
      table.end = line.end;
      continue;
    }
    if (isSubHeader(lower, table, row)) break;
    table.rows.push(row);
    table.end = line.end;
  }
  return table.rows.length >= 2 ? { table, used: k - from } : { used: 1 };
}

/** A one-line row of labelled cells ("Physical therapy    Dates: 05/2026 - 07/2026    Response: partial"). */
function fieldRow(lower: string, line: Line): Table | undefined {
  if (line.cells.length < 2 || !cellsFit(line)) return undefined;
  const columns: TableColumn[] = [];
  const cells: TableCell[] = [];
  let labelled = 0;
  for (let k = 0; k < line.cells.length; k++) {
    const cell = line.cells[k];
    const field = FIELD.exec(lower.slice(cell.start, cell.end));
    const meaning = field ? meaningOf(field[1].replace(SPACES, ' ').trim()) : undefined;
    if (meaning && meaning !== 'label' && meaning !== 'therapy') {
      labelled++;
      columns.push({ meaning, dated: false });
      cells.push({ start: cell.start + (field as RegExpExecArray)[0].length, end: cell.end, column: k, meaning });
    } else {
      const first: ColumnMeaning | undefined = k === 0 ? 'label' : undefined;
      columns.push({ meaning: first, dated: false });
      cells.push({ start: cell.start, end: cell.end, column: k, meaning: first });
    }
  }
  if (labelled === 0) return undefined;
  const table: Table = { start: line.start, end: line.end, style: 'fields', columns, rows: [] };
  table.rows.push({ start: line.start, end: line.end, cells, isHeader: false, table });
  return table;
}

/** Every table of the note, in order. `lower` is the folded lower-case note (text/normalize.ts). */
export function findTables(text: string, lower: string): Table[] {
  const tables: Table[] = [];
  let group: Line[] = [];
  const flush = () => {
    for (let k = 0; k < group.length; ) {
      const { table, used } = tableAt(lower, group, k);
      const row = table ?? (group[k].separator ? undefined : fieldRow(lower, group[k]));
      if (row) tables.push(row);
      k += used;
    }
    group = [];
  };
  let start = 0;
  while (start <= lower.length) {
    let end = lower.indexOf('\n', start);
    if (end === -1) end = lower.length;
    const line = splitLine(text, lower, start, end);
    if (line.style === undefined) flush();
    else {
      if (group.length > 0 && group[0].style !== line.style) flush();
      group.push(line);
    }
    start = end + 1;
  }
  flush();
  return tables;
}

/** Every row of every table, in note order. */
export function tableRows(tables: readonly Table[]): TableRow[] {
  return tables.flatMap((t) => t.rows);
}

/** The row that holds offset `at` (rows sorted by start), or undefined. Binary search. */
export function rowAt(rows: readonly TableRow[], at: number): TableRow | undefined {
  let lo = 0;
  let hi = rows.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const row = rows[mid];
    if (at < row.start) hi = mid - 1;
    else if (at >= row.end) lo = mid + 1;
    else return row;
  }
  return undefined;
}

/** Rows longer than this keep the sentences they were split into (text/sentences.ts MAX_SENTENCE). */
const MAX_ROW_SENTENCE = 1000;

/**
 * Sentences with every table row as one sentence of its own: text around a row is cut off it, and
 * a row split at a period ("| Epidural steroid inj. | 04/10/2026 |") is joined again. Linear.
 */
export function splitAtRows(text: string, sentences: readonly Sentence[], rows: readonly TableRow[]): Sentence[] {
  const whole = rows.filter((r) => r.end - r.start <= MAX_ROW_SENTENCE);
  if (whole.length === 0) return [...sentences];
  const out: Sentence[] = [];
  let r = 0;
  let emitted = -1;
  for (const s of sentences) {
    while (r < whole.length && whole[r].end <= s.start) r++;
    let from = s.start;
    for (let k = r; k < whole.length && whole[k].start < s.end; k++) {
      const row = whole[k];
      if (row.start > from) pushPiece(text, from, row.start, s.section, out);
      if (emitted < k) {
        pushPiece(text, row.start, row.end, s.section, out);
        emitted = k;
      }
      from = Math.max(from, row.end);
    }
    if (from < s.end) pushPiece(text, from, s.end, s.section, out);
  }
  return out;
}

function pushPiece(text: string, start: number, end: number, section: number, out: Sentence[]): void {
  while (start < end && text.charCodeAt(start) <= 32) start++;
  while (end > start && text.charCodeAt(end - 1) <= 32) end--;
  if (end > start) out.push({ start, end, section });
}
