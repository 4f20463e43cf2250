import { plansFusion, SurgicalCriteria } from '../../engine';
import { AuditResult } from './auditResult';
import { NoteRef } from './auditInput';

export const CRITERIA: ReadonlyArray<keyof SurgicalCriteria> = ['failedConservativeCare', 'functionalImpairment', 'imagingCorrelation', 'patientPreference'];
export const CRITERION_LABEL: Record<keyof SurgicalCriteria, string> = {
  failedConservativeCare: '(a) failed conservative care',
  functionalImpairment: '(b) functional impairment',
  imagingCorrelation: '(c) imaging correlation',
  patientPreference: '(d) patient preference',
};
/** Skipped notes listed one by one in the summary; past this only counted (by reason). */
const LISTED_SKIPS = 1000;

export interface AuditSummaryJson {
  /** Every input: reviewed + skipped. */
  notes: number;
  reviewed: number;
  skipped: { total: number; byReason: Record<string, number>; notes: Array<NoteRefJson & { reason: string }>; notListed: number };
  findingsByKind: Record<string, { total: number; present: number }>;
  diagnosticsByRule: Record<string, number>;
  notesWithRedFlags: number;
  /** Notes with a present fusion plan (scheduled or recommended), and per criterion how many of them miss it. */
  fusionPlans: { notes: number; missing: Record<keyof SurgicalCriteria, { notMet: number; notDocumented: number; share: number }> };
}

type NoteRefJson = { path: string } | { line: number; id: string | number | null };

export function refJson(ref: NoteRef): NoteRefJson {
  return 'path' in ref ? { path: ref.path } : { line: ref.line, id: ref.id };
}

/**
 * What the summary needs of one reviewed note, computed where the note is reviewed (a worker
 * thread) so that only this and the result's JSON text cross to the main thread.
 */
export interface NoteTally {
  /** Per finding kind: how many findings, how many of them present. */
  kinds: Record<string, [total: number, present: number]>;
  /** Each diagnostic's rule id. */
  rules: string[];
  redFlags: boolean;
  /** The four criteria's states when the note plans a fusion (present, scheduled or recommended), else null. */
  fusion: SurgicalCriteria | null;
}

export function tallyOf(result: AuditResult): NoteTally {
  const kinds: NoteTally['kinds'] = {};
  for (const f of result.findings) {
    const k = (kinds[f.kind] ??= [0, 0]);
    k[0]++;
    if (f.assertion === 'present') k[1]++;
  }
  const c = result.case;
  const fusion = plansFusion(c) ? c.surgicalCriteria : null;
  return { kinds, rules: result.diagnostics.map((d) => d.code), redFlags: c.redFlags.length > 0, fusion };
}

/** Counts as the records go by (memory: one counter per kind, rule and reason). */
export class AuditSummary {
  private readonly s: AuditSummaryJson = {
    notes: 0,
    reviewed: 0,
    skipped: { total: 0, byReason: {}, notes: [], notListed: 0 },
    findingsByKind: {},
    diagnosticsByRule: {},
    notesWithRedFlags: 0,
    fusionPlans: {
      notes: 0,
      missing: Object.fromEntries(CRITERIA.map((c) => [c, { notMet: 0, notDocumented: 0, share: 0 }])) as AuditSummaryJson['fusionPlans']['missing'],
    },
  };

  reviewed(t: NoteTally): void {
    this.s.notes++;
    this.s.reviewed++;
    for (const [kind, [total, present]] of Object.entries(t.kinds)) {
      const k = (this.s.findingsByKind[kind] ??= { total: 0, present: 0 });
      k.total += total;
      k.present += present;
    }
    for (const code of t.rules) this.s.diagnosticsByRule[code] = (this.s.diagnosticsByRule[code] ?? 0) + 1;
    if (t.redFlags) this.s.notesWithRedFlags++;
    if (t.fusion) {
      this.s.fusionPlans.notes++;
      for (const id of CRITERIA) {
        const state = t.fusion[id];
        if (state === false) this.s.fusionPlans.missing[id].notMet++;
        if (state === null) this.s.fusionPlans.missing[id].notDocumented++;
      }
    }
  }

  skipped(ref: NoteRef, reason: string): void {
    this.s.notes++;
    this.s.skipped.total++;
    // Counted by kind of reason: a quoted detail (an unknown field's name) is left out.
    const kind = reason.replace(/ "[^"]*"/g, '');
    this.s.skipped.byReason[kind] = (this.s.skipped.byReason[kind] ?? 0) + 1;
    if (this.s.skipped.notes.length < LISTED_SKIPS) this.s.skipped.notes.push({ ...refJson(ref), reason });
    else this.s.skipped.notListed++;
  }

  toJson(): AuditSummaryJson {
    const plans = this.s.fusionPlans;
    for (const id of CRITERIA) {
      const m = plans.missing[id];
      m.share = plans.notes === 0 ? 0 : Math.round(((m.notMet + m.notDocumented) / plans.notes) * 1000) / 1000;
    }
    return this.s;
  }

  /** The closing summary for standard error: counts and rule ids only, never a file name or note text. */
  toText(seconds: number): string {
    const s = this.toJson();
    const byCount = (o: Record<string, number>) =>
      Object.entries(o)
        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
        .map(([k, n]) => `${k} ${n}`)
        .join(', ') || 'none';
    const rate = seconds > 0 ? ` in ${seconds.toFixed(1)} s (${Math.round(s.notes / seconds)} notes/s)` : '';
    const lines = [
      `audit: ${s.notes} notes${rate}: ${s.reviewed} reviewed, ${s.skipped.total} skipped${s.skipped.total ? ` (${byCount(s.skipped.byReason)})` : ''}`,
      `findings by kind (present/all): ${
        Object.entries(s.findingsByKind)
          .sort((a, b) => b[1].total - a[1].total || a[0].localeCompare(b[0]))
          .map(([k, n]) => `${k} ${n.present}/${n.total}`)
          .join(', ') || 'none'
      }`,
      `diagnostics by rule: ${byCount(s.diagnosticsByRule)}`,
      `notes with red flags: ${s.notesWithRedFlags}`,
      `notes planning fusion: ${s.fusionPlans.notes}${
        s.fusionPlans.notes
          ? `; missing ${CRITERIA.map((id) => {
              const m = s.fusionPlans.missing[id];
              return `${CRITERION_LABEL[id]} ${Math.round(m.share * 100)} % (${m.notMet} not met, ${m.notDocumented} not documented)`;
            }).join(', ')}`
          : ''
      }`,
    ];
    return lines.join('\n');
  }
}
