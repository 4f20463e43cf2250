import { SurgicalCriteria } from '../../../../engine';
import { plansFusion } from '../../../../engine';
import { AuditRecord, noteName } from '../reportWriter';

/** A diagnostic as the detail view shows it: rule, severity, message, citations, evidence (1-based line, message). */
export interface RowDiagnostic {
  r: string;
  v: string;
  m: string;
  c: Array<number | string>;
  x: Array<[number, string]>;
}

/** A finding's evidence line: 1-based line, kind, assertion, the text verbatim. */
export type RowEvidence = [number, string, string, string];

/**
 * One note in the HTML report, compact (short keys: a large audit writes thousands): what the
 * table and the detail view show, never the note's text beyond its evidence spans.
 */
export type NoteRow =
  | { n: string; e: string }
  | {
      n: string;
      /** note type, summary line */
      t: string;
      s: string;
      /** conservative care days documented, and the minimum */
      cd: number;
      cm: number;
      rf: string[];
      /** The four fusion criteria (true / false / null = not documented) when fusion is planned. */
      fp: SurgicalCriteria | null;
      d: RowDiagnostic[];
      f: RowEvidence[];
      w: string[];
    };

export function noteRow(r: AuditRecord): NoteRow {
  const n = noteName(r.ref);
  if (!('result' in r)) return { n, e: r.error };
  const { case: c, diagnostics, findings, summary, warnings } = r.result;
  return {
    n,
    t: c.noteType ?? 'unknown',
    s: summary.line,
    cd: c.conservativeCareDays,
    cm: c.conservativeCareMinimumDays,
    rf: [...c.redFlags],
    fp: plansFusion(c) ? { ...c.surgicalCriteria } : null,
    d: diagnostics.map((d) => ({ r: d.code, v: d.severity, m: d.message, c: [...d.citations], x: d.related.map((x): [number, string] => [x.range.start.line + 1, x.message]) })),
    f: findings.map((f): RowEvidence => [f.range.start.line + 1, f.kind, f.assertion, f.text]),
    w: [...warnings],
  };
}
