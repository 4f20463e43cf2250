import { Output } from '../output';
import { AuditSummaryJson } from '../auditSummary';
import { ndjsonLine } from './ndjsonReport';
import { AuditRecord, ReportWriter } from './reportWriter';

/**
 * The CLI's JSON contract (version 1), streamed: {"version": 1, "files": [...], "summary": {...}}.
 * Files that could not be read are in summary.skipped, with their reason.
 */
export class JsonReport implements ReportWriter {
  private first = true;
  constructor(private readonly out: Output) {}
  begin(): void {
    this.out.write('{"version":1,"files":[');
  }
  record(r: AuditRecord): void {
    if (!('result' in r) || !('path' in r.ref)) return;
    this.out.write((this.first ? '\n' : ',\n') + ndjsonLine(r));
    this.first = false;
  }
  end(summary: AuditSummaryJson): void {
    this.out.write(`\n],"summary":${JSON.stringify(summary)}}\n`);
  }
}
