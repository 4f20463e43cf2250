import { Output } from '../output';
import { AuditRecord, ReportWriter } from './reportWriter';

/**
 * One JSON line per note. A file: {"path", ...review} or {"path", "error"}. A line of standard
 * input: {"id", "meta"?, ...review} or {"id", "line", "error"}; meta comes back as it went in.
 */
export function ndjsonLine(r: AuditRecord): string {
  if ('path' in r.ref) return JSON.stringify('error' in r ? { path: r.ref.path, error: r.error } : { path: r.ref.path, ...r.result });
  const head = `{"id":${JSON.stringify(r.ref.id)}${r.ref.meta !== undefined ? `,"meta":${r.ref.meta}` : ''}`;
  const rest = JSON.stringify('error' in r ? { line: r.ref.line, error: r.error } : r.result);
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
