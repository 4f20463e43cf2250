import { Output } from '../output';
import { AuditRecord, ReportWriter } from './reportWriter';

/**
 * One JSON line per note. A file: {"path", ...review} or {"path", "error"}. A line of standard
 * input: {"id", "meta"?, ...review} or {"id", "line", "error"}; meta comes back as it went in.
 */
export function ndjsonLine(r: AuditRecord): string {
  const head = 'path' in r.ref ? `{"path":${JSON.stringify(r.ref.path)}` : `{"id":${JSON.stringify(r.ref.id)}${r.ref.meta !== undefined ? `,"meta":${r.ref.meta}` : ''}`;
  // The result's JSON object, opened: its members follow the head's.
  const rest = 'error' in r ? JSON.stringify('path' in r.ref ? { error: r.error } : { line: r.ref.line, error: r.error }) : r.json;
  return `${head},${rest.slice(1)}`;
}

export class NdjsonReport implements ReportWriter {
  constructor(private readonly out: Output) {}
  begin(): void {}
  record(r: AuditRecord): void {
    this.out.write(ndjsonLine(r) + '\n');
  }
  end(): void {}
}
