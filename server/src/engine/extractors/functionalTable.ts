import { anchorFrom } from '../text/anchors';
import { TableRow } from '../text/tables';
import { AttributeMap } from '../types';
import { TOLERANCE_ROW_LABELS } from '../vocabulary/functionalLimits';
import { pattern } from '../patterns';
import { notAboutSpine } from './shared/clinicClauses';
import { Candidate, Extractor, SentenceView } from './types';

/**
 * Functional limits in tables: a row of tolerances ("| Walking tolerance | 4 blocks | 1 block |"
 * under "| Activity | Previous | Current |", "Standing   45 min   10 min") whose label names an activity
 * (vocabulary/functionalLimits.ts TOLERANCE_ROW_LABELS) and whose current cell states an amount of
 * time or distance is one limit of that activity, anchored on the row label (as a tolerance list in
 * prose is: "Tolerances: sitting 30 min"). The current cell is the current time column's
 * (text/tables.ts `time`), else the row's last filled cell. Words in cells ("off work") are read by
 * functionalImpairment.ts as prose; ConText judges the row (a past column is history).
 */

type Domain = NonNullable<AttributeMap['functionalImpairment']['domain']>;

const LABELS = new Map<string, Domain>();
for (const [domain, labels] of Object.entries(TOLERANCE_ROW_LABELS)) for (const label of labels) LABELS.set(label, domain as Domain);

const SPACES = pattern('functionalTable.spaces', '[ \\t]+', 'g');
const LABEL_TAIL = pattern('functionalTable.labelTail', '[ ]?(?:\\([^)]{0,40}\\))?[ ]?:?$');
/** "1 block", "15 minutes", "2 miles", "<10 min", "20-30 min". */
const AMOUNT = pattern(
  'functionalTable.amount',
  '(?<![a-z0-9])(?:<|~|about[ ]|approx\\.?[ ])?[ ]?\\d{1,4}(?:\\.\\d)?(?:[ ]?-[ ]?\\d{1,4})?[ ]?(?:blocks?|feet|ft|yards?|yds?|meters?|m|minutes?|mins?|min\\.|miles?|mi|steps|hours?|hrs?|h)(?![a-z])',
);

function currentCell(row: TableRow) {
  const { columns } = row.table;
  const filled = row.cells.filter((c) => c.end > c.start && c.column !== 0);
  return filled.find((c) => columns[c.column]?.time === 'current') ?? (columns.some((c) => c.time) ? undefined : filled[filled.length - 1]);
}

function extract(view: SentenceView): Candidate<'functionalImpairment'>[] {
  const row = view.context.tableRow;
  if (!row || row.isHeader || notAboutSpine(view)) return [];
  const lower = view.note.lower;
  const label = row.cells.find((c) => c.column === 0);
  if (!label || label.start < view.start || label.end > view.start + view.lower.length) return [];
  const domain = LABELS.get(lower.slice(label.start, label.end).replace(SPACES, ' ').trim().replace(LABEL_TAIL, '').trim());
  if (!domain) return [];
  const cell = currentCell(row);
  if (!cell || !AMOUNT.test(lower.slice(cell.start, cell.end))) return [];
  return [{ kind: 'functionalImpairment', start: label.start, end: label.end, attributes: { domain } }];
}

export const functionalTableExtractor: Extractor = {
  name: 'functionalTable',
  anchor: anchorFrom(TOLERANCE_ROW_LABELS),
  extract,
};
