import { PhraseMatcher } from '../context/phraseMatcher';
import { dateAt } from '../normalize/dates';
import { StemAnchor } from '../text/stemScanner';
import { Table, TableRow } from '../text/tables';
import { GRADED_MOVEMENTS } from '../vocabulary/motorExam';
import { Grade, gradesIn } from './serialExam';
import { Candidate, Extractor, SentenceView } from './types';

/**
 * Serial motor exams in a table: a row per muscle with a column per dated exam ("Tibialis anterior
 * 5/5  4/5  2/5" under "Muscle  08/04/2026  09/01/2026  09/29/2026"), or a flowsheet with a row per
 * exam date and a column per muscle ("06/02/2026 | 4/5 | 3/5" under "Date | Tib ant | EHL").
 *
 * A progressive deficit: the latest exam's grade is below the best earlier one and no better than any
 * earlier one (5/5 -> 4/5 -> 2/5; 5/5 -> 4/5 -> 4/5). Stable, improving, or fallen-then-recovering
 * grades are not (4/5 -> 4+/5 -> 5/5; 5/5 -> 3/5 -> 4/5). The finding runs from the muscle's row label
 * to the latest grade (in a flowsheet, the muscle is in the header: the latest grade alone), and
 * `exams` names the two exams compared. Exams are ordered by their dates when every one has a full
 * date, else left to right (top to bottom). Assertion: ConText, like any red flag.
 */

const MOVEMENTS = new PhraseMatcher<true>(GRADED_MOVEMENTS.map((p): [string, true] => [p, true]));

interface Exam {
  /** Note offsets of the grade's cell. */
  start: number;
  end: number;
  grade: Grade;
  /** The exam's header or date cell, as written (lower case). */
  when: string;
  iso: string | null;
}

function namesMuscle(lower: string, start: number, end: number): boolean {
  return MOVEMENTS.occursIn(lower, start, end);
}

function gradeIn(lower: string, start: number, end: number): Grade | undefined {
  const grades = gradesIn(lower.slice(start, end));
  return grades.length === 1 ? grades[0] : undefined;
}

function chronological(exams: Exam[]): Exam[] {
  return exams.every((e) => e.iso) ? [...exams].sort((a, b) => (a.iso as string).localeCompare(b.iso as string)) : exams;
}

/** The earlier exam the latest one fell from, when the latest is a progressive deficit. */
function fallenFrom(exams: readonly Exam[]): Exam | undefined {
  if (exams.length < 2) return undefined;
  const latest = exams[exams.length - 1];
  const earlier = exams.slice(0, -1);
  if (earlier.some((e) => e.grade.rank < latest.grade.rank)) return undefined;
  const best = earlier.reduce((a, b) => (b.grade.rank > a.grade.rank ? b : a));
  return best.grade.rank > latest.grade.rank ? best : undefined;
}

function isoAt(lower: string, start: number, end: number): string | null {
  for (let i = start; i < end; i++) {
    const c = lower.charCodeAt(i);
    if (c >= 48 && c <= 57) return dateAt(lower, i)?.iso ?? null;
  }
  return null;
}

/** A row per muscle, a column per dated exam. */
function muscleRow(lower: string, row: TableRow): { label: { start: number; end: number }; exams: Exam[] } | undefined {
  const { columns } = row.table;
  const label = row.cells.find((c) => c.column === 0);
  if (!label || !namesMuscle(lower, label.start, label.end)) return undefined;
  const exams: Exam[] = [];
  for (const cell of row.cells) {
    const header = columns[cell.column]?.header;
    if (!columns[cell.column]?.dated || !header) continue;
    const grade = gradeIn(lower, cell.start, cell.end);
    if (grade) exams.push({ start: cell.start, end: cell.end, grade, when: lower.slice(header.start, header.end), iso: isoAt(lower, header.start, header.end) });
  }
  return { label: { start: label.start, end: label.end }, exams: chronological(exams) };
}

function describe(muscle: string, from: Exam, to: Exam, text: (s: number, e: number) => string): string {
  return `${muscle} ${text(from.start, from.end)} (${from.when}) to ${text(to.start, to.end)} (${to.when})`;
}

function extract(view: SentenceView): Candidate<'redFlag'>[] {
  const row = view.context.tableRow;
  if (!row || row.isHeader) return [];
  const lower = view.note.lower;
  const text = (s: number, e: number) => view.text.slice(s - view.start, e - view.start);
  const inSentence = (s: number, e: number) => s >= view.start && e <= view.start + view.text.length;
  const { columns } = row.table;
  if (columns.filter((c) => c.dated).length >= 2) {
    const found = muscleRow(lower, row);
    if (!found) return [];
    const from = fallenFrom(found.exams);
    const latest = found.exams[found.exams.length - 1];
    if (!from || !inSentence(found.label.start, latest.end)) return [];
    const start = Math.min(found.label.start, latest.start);
    const end = Math.max(found.label.end, latest.end);
    return [{ kind: 'redFlag', start, end, attributes: { type: 'progressiveDeficit', exams: describe(text(found.label.start, found.label.end), from, latest, text) } }];
  }
  const dateColumn = columns.findIndex((c) => c.meaning === 'date');
  if (dateColumn === -1) return [];
  return flowsheetFlags(view, row, dateColumn, inSentence);
}

/** A flowsheet's flags, computed once per table (each of its rows asks): the table is read once, not once per row. */
const FLOWSHEET_FLAGS = new WeakMap<Table, Candidate<'redFlag'>[]>();

/** A row per exam date, a column per muscle: flags on the latest row only. */
function flowsheetFlags(view: SentenceView, row: TableRow, dateColumn: number, inSentence: (s: number, e: number) => boolean): Candidate<'redFlag'>[] {
  let flags = FLOWSHEET_FLAGS.get(row.table);
  if (!flags) {
    flags = readFlowsheet(view.note.lower, row.table, dateColumn);
    FLOWSHEET_FLAGS.set(row.table, flags);
  }
  return flags.filter((f) => f.start >= row.start && f.end <= row.end && inSentence(f.start, f.end)).map((f) => ({ ...f, attributes: { ...f.attributes } }));
}

function readFlowsheet(lower: string, table: Table, dateColumn: number): Candidate<'redFlag'>[] {
  const { columns } = table;
  const dataRows = table.rows.filter((r) => !r.isHeader);
  const out: Candidate<'redFlag'>[] = [];
  for (let k = 0; k < columns.length; k++) {
    const header = columns[k].header;
    if (k === dateColumn || !header || !namesMuscle(lower, header.start, header.end)) continue;
    const exams: Exam[] = [];
    for (const r of dataRows) {
      const date = r.cells.find((c) => c.column === dateColumn);
      const cell = r.cells.find((c) => c.column === k);
      const grade = cell && gradeIn(lower, cell.start, cell.end);
      if (date && cell && grade) exams.push({ start: cell.start, end: cell.end, grade, when: lower.slice(date.start, date.end), iso: isoAt(lower, date.start, date.end) });
    }
    const ordered = chronological(exams);
    const latest = ordered[ordered.length - 1];
    const from = fallenFrom(ordered);
    if (!from) continue;
    const muscle = lower.slice(header.start, header.end);
    out.push({ kind: 'redFlag', start: latest.start, end: latest.end, attributes: { type: 'progressiveDeficit', exams: describe(muscle, from, latest, (s, e) => lower.slice(s, e)) } });
  }
  return out;
}

/** Rows with strength grades; extract() returns at once when the sentence is no table row. */
const ANCHOR: StemAnchor = { substrings: ['/5'] };

export const serialExamTableExtractor: Extractor = {
  name: 'serialExamTable',
  anchor: ANCHOR,
  extract,
};
