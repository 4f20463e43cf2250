import { RULES } from '../engine';
import { CachedReview } from './documentCache';
import { kindLabel, SECTION_LABEL } from './labels';
import { RuleInfo, SummaryResult } from './protocol';

const RED_FLAG_LABEL: Record<string, string> = {
  caudaEquina: 'Cauda equina',
  progressiveDeficit: 'Progressive deficit',
  slipProgression: 'Slip progression',
};

/** The Note Summary panel's data: the engine's summary plus the findings table. */
export function summaryFor(entry: CachedReview): SummaryResult {
  const { review } = entry;
  const s = review.summary;
  return {
    uri: entry.uri,
    version: entry.version,
    noteType: { ...s.noteType },
    line: s.line,
    statusBar: s.statusBar,
    criteria: s.criteria.map((c) => ({
      id: String(c.id),
      label: c.label,
      state: c.state,
      detail: (c as { detail?: string }).detail,
      evidence: c.evidence.map((e) => ({ range: e.range, text: e.text })),
    })),
    ...(s.notAssessed ? { notAssessed: s.notAssessed } : {}),
    conservativeCare: {
      days: s.conservativeCare.days,
      minimumDays: s.conservativeCare.minimumDays,
      weeks: s.conservativeCare.weeks,
      minimumWeeks: s.conservativeCare.minimumWeeks,
      assessed: s.conservativeCare.assessed,
      episodes: s.conservativeCare.episodes.map((e) => ({ ...e })),
    },
    redFlags: s.redFlags.map((r) => ({ ...r, label: RED_FLAG_LABEL[r.type] ?? r.type })),
    findings: [...review.findings]
      .sort((a, b) => a.start - b.start)
      .map((f) => ({ kind: f.kind, kindLabel: kindLabel(f), assertion: f.assertion, text: f.text, range: f.range, section: f.section, sectionLabel: SECTION_LABEL[f.section] ?? f.section })),
    diagnostics: review.diagnostics.map((d) => ({ code: d.code, severity: d.severity, message: d.message, range: d.range })),
    warnings: [...review.warnings],
  };
}

export function rulesInfo(): RuleInfo[] {
  return RULES.map((r) => ({ id: r.id, title: r.title, description: r.description, defaultSeverity: r.defaultSeverity }));
}
