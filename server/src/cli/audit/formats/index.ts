import { packageVersion } from '../../packageVersion';
import { Output } from '../output';
import { CsvReport } from './csvReport';
import { HtmlReport } from './htmlReport';
import { JsonReport } from './jsonReport';
import { NdjsonReport } from './ndjsonReport';
import { ReportWriter } from './reportWriter';
import { SarifReport } from './sarifReport';

export interface ReportFormat {
  /** The `--format` value. */
  id: string;
  /** How the editor's "Export Audit Report…" names it. */
  label: string;
  /** The report file's extension, without the dot. */
  extension: string;
  /** Offered by the editor's "Export Audit Report…" (a report for a person or a viewer, not a pipeline stage). */
  editorExport: boolean;
  create(out: Output, options: { findingsOut?: Output }): ReportWriter;
}

/**
 * Every audit report format, in one place: `clinical-review audit --format` accepts these ids and
 * the editor's export offers those marked `editorExport`. A new format is one entry here.
 */
export const REPORT_FORMATS = [
  { id: 'ndjson', label: 'NDJSON (one line per note)', extension: 'ndjson', editorExport: false, create: (out) => new NdjsonReport(out) },
  { id: 'json', label: 'JSON (the JSON contract)', extension: 'json', editorExport: false, create: (out) => new JsonReport(out) },
  { id: 'csv', label: 'CSV (one row per diagnostic)', extension: 'csv', editorExport: true, create: (out, o) => new CsvReport(out, o.findingsOut) },
  { id: 'sarif', label: 'SARIF 2.1.0 (for SARIF viewers)', extension: 'sarif', editorExport: true, create: (out) => new SarifReport(out, packageVersion()) },
  { id: 'html', label: 'HTML (one page with charts, for people)', extension: 'html', editorExport: true, create: (out) => new HtmlReport(out, packageVersion()) },
] as const satisfies readonly ReportFormat[];

export type AuditFormat = (typeof REPORT_FORMATS)[number]['id'];

export function reportFormat(id: string): ReportFormat | undefined {
  return REPORT_FORMATS.find((f) => f.id === id);
}
