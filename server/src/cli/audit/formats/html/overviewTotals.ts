import { DiagnosticSeverity } from '../../../../engine';
import { AuditResult } from '../../auditResult';
import { plansFusion } from '../../../../engine';
import { CRITERIA } from '../../auditSummary';
import { CareDurations } from './careDurations';

export const SEVERITIES: readonly DiagnosticSeverity[] = ['error', 'warning', 'information', 'hint'];

/**
 * What the overview adds to the closing summary, counted as the notes go by (memory: one
 * counter per rule and severity, and the care histogram's counters).
 */
export class OverviewTotals {
  /** Diagnostics per rule and severity (the severity as reported, after the user's settings). */
  readonly hits = new Map<string, Record<DiagnosticSeverity, number>>();
  readonly bySeverity: Record<DiagnosticSeverity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  readonly care = new CareDurations();
  notesWithDiagnostics = 0;
  fusionAllMet = 0;

  add(result: AuditResult): void {
    for (const d of result.diagnostics) {
      let counts = this.hits.get(d.code);
      if (!counts) this.hits.set(d.code, (counts = { error: 0, warning: 0, information: 0, hint: 0 }));
      counts[d.severity]++;
      this.bySeverity[d.severity]++;
    }
    if (result.diagnostics.length > 0) this.notesWithDiagnostics++;
    this.care.add(result.case);
    if (plansFusion(result.case) && CRITERIA.every((id) => result.case.surgicalCriteria[id] === true)) this.fusionAllMet++;
  }
}
