import { anyPhrase, pattern } from '../patterns';
import { StemAnchor } from '../text/stemScanner';
import { TableRow } from '../text/tables';
import { AttributeMap } from '../types';
import { NRS_NAMES, ODI_NAMES, VAS_NAMES } from '../vocabulary/outcomeInstruments';
import { notAboutSpine } from './shared/clinicClauses';
import { Candidate, Extractor, SentenceView } from './types';

/**
 * Outcome measures in tables: a row per instrument with a column per dated visit
 * ("| ODI | 48% | 40% | 36% |" under "| Measure | 09/11/2026 | 10/16/2026 | 11/20/2026 |"), or a row
 * per visit with a column per instrument ("| 09/11/2026 | 48% | 7/10 |" under "| Date | ODI | NRS |").
 * Each dated value is one measurement, anchored on its cell (test/fixtures conventions); scales as in
 * outcomeMeasures.ts (ODI in percent, "21/50" is 42; VAS and NRS on 0-10, "70/100" is 7).
 * outcomeMeasures.ts leaves such rows to this extractor.
 */

type Instrument = AttributeMap['outcomeMeasure']['instrument'];

const GAP = '[ ]{1,2}';
const ODI = pattern('outcomeTable.odi', `^(?:modified[ ]{1,2})?${anyPhrase(ODI_NAMES, GAP)}(?![a-z])`);
const VAS = pattern('outcomeTable.vas', `^${anyPhrase(VAS_NAMES, GAP)}(?![a-z])`);
/** "NRS", "Pain (NRS)", "Back pain", "Leg pain 0-10": a pain score is NRS unless VAS is named. */
const NRS = pattern('outcomeTable.nrs', `^(?:${anyPhrase(NRS_NAMES, GAP)}|(?:(?:low[ ]{1,2})?back[ ]{1,2}|leg[ ]{1,2}|average[ ]{1,2}|worst[ ]{1,2})?pain)(?![a-z])`);
const VAS_INSIDE = pattern('outcomeTable.vasInside', '(?<![a-z])vas(?![a-z])');
const VALUE = pattern('outcomeTable.value', '^(\\d{1,3}(?:\\.\\d)?)[ ]{0,2}(%|/[ ]{0,2}(?:10|100|50)(?![0-9]))?[ ]{0,2}(?:\\(|$)');

function instrumentOf(lower: string, start: number, end: number): Instrument | undefined {
  const words = lower.slice(start, end);
  if (ODI.test(words)) return 'ODI';
  if (VAS.test(words)) return 'VAS';
  if (NRS.test(words)) return VAS_INSIDE.test(words) ? 'VAS' : 'NRS';
  return undefined;
}

function valueOf(instrument: Instrument, cell: string): number | undefined {
  const m = VALUE.exec(cell.trim());
  if (!m) return undefined;
  let value = Number(m[1]);
  const unit = (m[2] ?? '').replaceAll(' ', '');
  if (instrument === 'ODI') {
    if (unit === '/10') return undefined;
    if (unit === '/50') value *= 2;
    return value <= 100 ? value : undefined;
  }
  if (unit === '%' || unit === '/50') return undefined;
  if (unit === '/100' || (unit === '' && value > 10)) value /= 10;
  return value <= 10 ? value : undefined;
}

interface ValueCell {
  start: number;
  end: number;
  instrument: Instrument;
}

/** The cells of the row that hold a dated value of an instrument; undefined when the row is no outcome table's. */
function valueCells(lower: string, row: TableRow): ValueCell[] | undefined {
  const { columns } = row.table;
  if (columns.filter((c) => c.dated).length >= 2) {
    if (row.isHeader) return [];
    const label = row.cells.find((c) => c.column === 0);
    const instrument = label && instrumentOf(lower, label.start, label.end);
    if (!instrument) return undefined;
    return row.cells.filter((c) => columns[c.column]?.dated).map((c) => ({ start: c.start, end: c.end, instrument }));
  }
  if (!columns.some((c) => c.meaning === 'date')) return undefined;
  const byColumn = columns.map((c) => (c.header ? instrumentOf(lower, c.header.start, c.header.end) : undefined));
  if (!byColumn.some((i) => i !== undefined)) return undefined;
  if (row.isHeader) return [];
  const out: ValueCell[] = [];
  for (const c of row.cells) {
    const instrument = byColumn[c.column];
    if (instrument) out.push({ start: c.start, end: c.end, instrument });
  }
  return out;
}

/** True when the sentence is a row (or the header) of an outcome table: this extractor reads it. */
export function inOutcomeTable(view: SentenceView): boolean {
  const row = view.context.tableRow;
  return row !== undefined && valueCells(view.note.lower, row) !== undefined;
}

function extract(view: SentenceView): Candidate<'outcomeMeasure'>[] {
  const row = view.context.tableRow;
  if (!row || notAboutSpine(view)) return [];
  const text = view.note.lower;
  const out: Candidate<'outcomeMeasure'>[] = [];
  for (const cell of valueCells(text, row) ?? []) {
    if (cell.start < view.start || cell.end > view.start + view.lower.length) continue;
    const value = valueOf(cell.instrument, text.slice(cell.start, cell.end));
    if (value === undefined) continue;
    out.push({ kind: 'outcomeMeasure', start: cell.start, end: cell.end, attributes: { instrument: cell.instrument, value } });
  }
  return out;
}

/**
 * Any sentence with a value a score table holds, or an instrument's name (a row labelled "NPRS (0-10)" holds bare
 * numbers); extract() returns at once when it is no table row.
 */
const ANCHOR: StemAnchor = { substrings: ['%', '/10', '/50', '/100'], wordStarts: [...ODI_NAMES, ...VAS_NAMES, ...NRS_NAMES, 'pain'] };

export const outcomeTableExtractor: Extractor = {
  name: 'outcomeTable',
  anchor: ANCHOR,
  extract,
};
