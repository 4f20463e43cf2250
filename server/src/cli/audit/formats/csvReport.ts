import { stringify } from 'csv-stringify/sync';
import { Range } from '../../../engine';
import { Output } from '../output';
import { AuditRecord, noteName, ReportWriter } from './reportWriter';

/** Columns of the diagnostics CSV (README "Command line" documents them). */
export const DIAGNOSTIC_COLUMNS = ['note', 'rule', 'severity', 'line', 'column', 'end_line', 'end_column', 'message', 'citations', 'query', 'summary'] as const;
/** Columns of the findings CSV (--csv-findings). */
export const FINDING_COLUMNS = ['note', 'kind', 'assertion', 'asserted_by', 'line', 'column', 'end_line', 'end_column', 'text', 'attributes'] as const;

/**
 * A cell a spreadsheet would run as a formula ("=HYPERLINK(...)", "+1", "@SUM", "-2+3") gets a
 * leading apostrophe. A run of dashes (the physician query's "--- Physician query") is left as is:
 * csv-stringify's own escape_formulas would change every query.
 */
const FORMULA_START = /^(?:[=+@\t\r]|-(?!-))/;

export function csvCell(cell: string | number): string | number {
  return typeof cell === 'string' && FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** One record, RFC 4180 quoting by csv-stringify (commas, quotes and line breaks inside a cell). */
function row(cells: ReadonlyArray<string | number>): string {
  return stringify([cells.map(csvCell)]);
}

/** 1-based lines and columns (UTF-16 code units), as spreadsheets and SARIF count. */
function position(r: Range): number[] {
  return [r.start.line + 1, r.start.character + 1, r.end.line + 1, r.end.character + 1];
}

/** One row per diagnostic; with --csv-findings, a second file with one row per finding. */
export class CsvReport implements ReportWriter {
  constructor(
    private readonly out: Output,
    private readonly findingsOut?: Output,
  ) {}

  begin(): void {
    this.out.write(row(DIAGNOSTIC_COLUMNS));
    this.findingsOut?.write(row(FINDING_COLUMNS));
  }

  record(r: AuditRecord): void {
    if (!('result' in r)) return;
    const note = noteName(r.ref);
    for (const d of r.result.diagnostics) {
      this.out.write(row([note, d.code, d.severity, ...position(d.range), d.message, d.citations.join(' '), d.query ?? '', r.result.summary.line]));
    }
    if (!this.findingsOut) return;
    for (const f of r.result.findings) {
      this.findingsOut.write(row([note, f.kind, f.assertion, f.assertedBy ?? '', ...position(f.range), f.text, JSON.stringify(f.attributes)]));
    }
  }

  end(): void {}
}
