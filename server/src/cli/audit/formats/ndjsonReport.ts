import { Output } from '../output';
import { AuditRecord, ReportWriter } from './reportWriter';

/**
 * One JSON line per note. A file: {"path", ...review} or {"path", "error"}. A line of standard
 * input: {"id", "meta"?, ...review} or {"id", "line", "error"}; meta comes back as it went in.
 */
export function ndjsonLine(r: AuditRecord): string {
  const head = 'path' in r.ref ? { path: r.ref.path } : { id: r.ref.id, ...(r.ref.meta ? { meta: r.ref.meta.value } : {}) };
  if ('error' in r) return JSON.stringify('path' in r.ref ? { ...head, error: r.error } : { ...head, line: r.ref.line, error: r.error });
  return JSON.stringify({ ...head, ...r.result });
}

export class NdjsonReport implements ReportWriter {
  constructor(private readonly out: Output) {}
  begin(): void {}
  record(r: AuditRecord): void {
    this.out.write(ndjsonLine(r) + '\n');
  }
  end(): void {}
}
