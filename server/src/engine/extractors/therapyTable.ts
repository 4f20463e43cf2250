import { dateAt, daysBetween } from '../normalize/dates';
import { cellDates, findDurations } from '../normalize/durations';
import { pattern } from '../patterns';
import { TableCell, TableRow } from '../text/tables';
import { ColumnMeaning } from '../vocabulary/tableColumns';
import { SentenceView } from './types';

/**
 * A row of a therapy table ("| Physical therapy | 03/01-04/15/2026 | 6 wk | no relief |") or a field
 * row ("Physical therapy    Dates: 05/2026 - 07/2026    Response: partial"): one episode of care,
 * named in its therapy cell, its duration read from its Duration cell, else its Dates cell, else its
 * Start and Stop cells. Offsets here are sentence offsets.
 *
 * Conventions: "ongoing", "so far" or "present" as the duration or the stop, or a start with no stop,
 * means care up to the date of service (ongoing); a duration in the therapy's own cell ("Naproxen since
 * 06/15/2026") counts when no other cell gives one; a range or a single date before the date of service is care that was had
 * (completed). Visits are counts, not durations (test/fixtures conventions).
 */

export interface Span {
  index: number;
  end: number;
}

export interface TherapyRow {
  /** The cell that names the therapy. */
  therapy: Span;
  response?: Span;
  status?: Span;
  durationDays?: number;
  durationAt?: Span;
  /** The episode's dates (ISO) when its cells give them: a Dates range, Start and Stop. */
  startDate?: string;
  endDate?: string;
  /** The row says the care goes on up to the visit. */
  ongoing: boolean;
  /** The row dates the care before the visit. */
  ended: boolean;
  /** An episode written in one time column's cell: the finding is anchored there, not on the therapy's name. */
  anchor?: Span;
}

/** Columns that make a row a course of care, besides the therapy's name. */
const EPISODE_MEANINGS: ReadonlySet<ColumnMeaning> = new Set(['dates', 'start', 'stop', 'duration', 'visits', 'response', 'status', 'date']);
const ONGOING_CELL = pattern('therapyTable.ongoingCell', '(?<![a-z])(?:ongoing|so[ ]far|to[ ]date|present|current|currently|continuing|now)(?![a-z])');

function cellOf(row: TableRow, meaning: ColumnMeaning): TableCell | undefined {
  return row.cells.find((c) => c.meaning === meaning && c.end > c.start);
}

function relative(view: SentenceView, cell: TableCell | undefined): Span | undefined {
  if (!cell) return undefined;
  const index = Math.max(0, cell.start - view.start);
  const end = Math.min(view.lower.length, cell.end - view.start);
  return end > index ? { index, end } : undefined;
}

/** The row of a therapy table the sentence is, or undefined. */
export function therapyRow(view: SentenceView): TherapyRow | undefined {
  const row = view.context.tableRow;
  if (!row || row.isHeader) return undefined;
  const meanings = row.table.columns.map((c) => c.meaning);
  if (!meanings.some((m) => m !== undefined && EPISODE_MEANINGS.has(m)) || row.table.columns.some((c) => c.dated)) return undefined;
  const therapyCell = cellOf(row, 'therapy') ?? (meanings.includes('therapy') ? undefined : row.cells.find((c) => c.column === 0));
  const therapy = relative(view, therapyCell);
  if (!therapy) return undefined;
  const out: TherapyRow = { therapy, response: relative(view, cellOf(row, 'response')), status: relative(view, cellOf(row, 'status')), ongoing: false, ended: false };
  readDuration(view, row, out);
  return out;
}

/**
 * A therapy row under time columns ("| Physical therapy | 6 weeks, no relief | 4 weeks so far, some
 * relief |" under "Treatment | 03/2024 | Current"): each filled time cell is its own episode, its
 * duration and response read from the cell alone; the current column's is ongoing, a past column's
 * over. Undefined when the row is not under time columns.
 */
export function timeCellEpisodes(view: SentenceView): TherapyRow[] | undefined {
  const row = view.context.tableRow;
  if (!row || row.isHeader || !row.table.columns.some((c) => c.time)) return undefined;
  const labelCell = row.cells.find((c) => !row.table.columns[c.column]?.time && c.end > c.start);
  const therapy = relative(view, labelCell);
  if (!therapy) return undefined;
  const lower = view.note.lower;
  const dos = view.note.dateOfService;
  const episodes: TherapyRow[] = [];
  for (const cell of row.cells) {
    const time = row.table.columns[cell.column]?.time;
    const anchor = time ? relative(view, cell) : undefined;
    if (!anchor) continue;
    const episode: TherapyRow = { therapy, anchor, response: anchor, ongoing: time === 'current', ended: time === 'past' };
    const stated = findDurations(lower, cell.start, cell.end, dos).find((d) => d.kind !== 'ago');
    if (stated) {
      episode.durationDays = stated.days;
      episode.durationAt = { index: stated.index - view.start, end: stated.end - view.start };
    }
    if (ONGOING_CELL.test(lower.slice(cell.start, cell.end))) episode.ongoing = true;
    if (episode.ongoing) episode.ended = false;
    episodes.push(episode);
  }
  return episodes.length ? episodes : undefined;
}

function readDuration(view: SentenceView, row: TableRow, out: TherapyRow): void {
  const lower = view.note.lower;
  const dos = view.note.dateOfService;
  const durationCell = cellOf(row, 'duration');
  const datesCell = cellOf(row, 'dates') ?? cellOf(row, 'date');
  const stated = durationCell ? findDurations(lower, durationCell.start, durationCell.end, dos).find((d) => d.kind !== 'ago') : undefined;
  const dated = datesCell ? cellDates(lower, datesCell.start, datesCell.end, dos) : undefined;
  const therapyCell = row.cells.find((c) => c.start - view.start === out.therapy.index);
  // "Naproxen since 06/15/2026 | some relief": a duration written in the therapy's own cell.
  const own = !stated && !dated && therapyCell ? findDurations(lower, therapyCell.start, therapyCell.end, dos).find((d) => d.kind !== 'ago') : undefined;
  const placed = dated ?? own;
  if (placed?.startDate) out.startDate = placed.startDate;
  if (placed?.endDate) out.endDate = placed.endDate;
  if (stated) setDuration(view, out, stated.days, durationCell as TableCell);
  else if (dated) setDuration(view, out, dated.days, datesCell as TableCell);
  else if (own) {
    out.durationDays = own.days;
    out.durationAt = { index: own.index - view.start, end: own.end - view.start };
    if (own.kind === 'since' || own.untilNow) out.ongoing = true;
  } else startStop(view, row, out);
  for (const cell of [durationCell, datesCell, cellOf(row, 'stop')]) if (cell && ONGOING_CELL.test(lower.slice(cell.start, cell.end))) out.ongoing = true;
  if (dated && (dated.kind === 'since' || dated.untilNow)) out.ongoing = true;
  if (dated?.ended) out.ended = true;
  // A single date before the visit: the care was had ("ESI | 08/21/2026").
  if (!dated && datesCell && dos) {
    const date = dateAt(lower, datesCell.start);
    if (date?.iso && daysBetween(date.iso, dos) > 0) out.ended = true;
  }
  if (out.ongoing) out.ended = false;
}

function setDuration(view: SentenceView, out: TherapyRow, days: number, cell: TableCell): void {
  out.durationDays = days;
  out.durationAt = relative(view, cell);
}

/** "Start 03/01/2026 | Stop 04/15/2026"; "Stop: ongoing", or a start with no stop, runs up to the date of service (ongoing). */
function startStop(view: SentenceView, row: TableRow, out: TherapyRow): void {
  const lower = view.note.lower;
  const start = cellOf(row, 'start');
  if (!start) return;
  const from = dateAt(lower, start.start);
  if (!from?.iso) return;
  const stop = cellOf(row, 'stop');
  const until = stop ? dateAt(lower, stop.start) : undefined;
  const open = !stop || ONGOING_CELL.test(lower.slice(stop.start, stop.end));
  const to = until?.iso ?? (open ? view.note.dateOfService : null);
  if (!to) return;
  const days = daysBetween(from.iso, to);
  if (days <= 0) return;
  setDuration(view, out, days, start);
  out.startDate = from.iso;
  out.endDate = to;
  if (!until?.iso) out.ongoing = true;
}
