import { careStatus, CareStatus, minimumWeeks, plannedKinds } from '../rules/conservativeCare';
import { CriterionReport, CriterionStatus, describeCriteria } from '../rules/criteria';
import { capitalize, describeStenosis, levelLabel, listJoin, RED_FLAG_LABEL, slipSegment, THERAPY_LABEL } from '../rules/describe';
import {
  facts,
  forwardSlips,
  grade1Slips,
  isPlanned,
  parsDefects,
  RedFlagFact,
  redFlags,
  riskFactors,
  surgeryPlanned,
  therapyDocumentedOrPlanned,
} from '../rules/facts';
import { estimateSlip } from '../case/meyerding';
import { RuleContext } from '../rules/types';
import { Range, RiskFactorType, SEVERITY_ORDER, SurgicalCriteria } from '../types';

/**
 * The note summed up for a reviewer: one recommendation line (red flags first), a short status
 * for the status bar, the four surgical criteria with their evidence, conservative care so far
 * against the minimum, and the red flags.
 */

export interface CriterionSummary {
  id: keyof SurgicalCriteria;
  label: string;
  state: CriterionStatus;
  evidence: Array<{ range: Range; text: string }>;
  /** What was found, in a clause: "6 weeks of the 3-month minimum". */
  detail: string;
}

export interface NoteSummary {
  /** The one recommendation line, red flags first when present. */
  line: string;
  /** Short: "Grade 1 · conservative 6/12 wk · criteria 1/4". */
  statusBar: string;
  /** Always the four, in guideline order. */
  criteria: CriterionSummary[];
  conservativeCare: {
    days: number;
    minimumDays: number;
    episodes: Array<{ modality: string; days: number | null; status: string; range: Range; text: string }>;
  };
  redFlags: Array<{ type: string; range: Range; text: string }>;
}

const URGENT = new Set(['caudaEquina', 'progressiveDeficit']);

/** Factors that worsen surgical outcomes, as things to address. */
const TO_ADDRESS: Record<RiskFactorType, string> = {
  smoking: 'smoking',
  depression: 'depression',
  chronicPainSyndrome: 'chronic pain syndrome',
  unrealisticExpectations: 'the expectation of complete pain relief',
};

export function buildSummary(ctx: RuleContext): NoteSummary {
  const care = careStatus(ctx);
  const criteria = describeCriteria(ctx);
  const flags = redFlags(ctx);
  return {
    line: recommendationLine(ctx, care, criteria, flags),
    statusBar: statusBar(ctx, care, criteria, flags),
    criteria: criteria.map((c) => ({
      id: c.id,
      label: c.label,
      state: c.state,
      detail: c.detail,
      evidence: c.evidence.map((f) => ({ range: f.range, text: f.text })),
    })),
    conservativeCare: {
      days: care.days,
      minimumDays: care.minimumDays,
      episodes: therapyDocumentedOrPlanned(ctx).map((f) => ({
        modality: f.attributes.modality === 'medication' && f.attributes.drug ? `${THERAPY_LABEL.medication} (${f.attributes.drug})` : THERAPY_LABEL[f.attributes.modality],
        days: f.attributes.durationDays ?? null,
        status: isPlanned(f) ? 'planned' : (f.attributes.status ?? (f.assertion === 'historical' ? 'completed' : 'not stated')),
        range: f.range,
        text: f.text,
      })),
    },
    redFlags: flags.map((r) => ({ type: r.type, range: r.finding.range, text: r.finding.text })),
  };
}

// ---------------------------------------------------------------- the pieces

/** "Grade 1, 3 mm slip", "Approximately grade 1, 3 mm slip", "Spondylolisthesis of unstated grade", or undefined. */
function slipPhrase(ctx: RuleContext): string | undefined {
  const width = ctx.options.endplateWidthMm;
  const all = forwardSlips(ctx);
  if (all.length === 0) {
    const pars = parsDefects(ctx, 'chronic')[0] ?? facts(ctx, 'parsDefect')[0];
    if (!pars) return undefined;
    const a = pars.attributes;
    return `${capitalize([a.chronicity, a.level, 'pars defect'].filter(Boolean).join(' '))} without a slip`;
  }
  const ranked = all
    .map((f) => ({ f, e: estimateSlip(f.attributes, width) }))
    .sort((a, b) => (b.e.grade ?? 0) - (a.e.grade ?? 0) || (b.f.attributes.mm ?? 0) - (a.f.attributes.mm ?? 0));
  const { f, e } = ranked[0];
  if (e.grade === null) return f.attributes.lowGrade ? 'Low-grade slip (grade not stated)' : 'Spondylolisthesis of unstated grade';
  const mm = f.attributes.mm !== undefined ? `, ${f.attributes.mm} mm` : f.attributes.percent !== undefined ? `, ${f.attributes.percent} %` : '';
  const level = levelLabel(slipSegment(f.attributes));
  return `${e.gradeApproximate ? 'Approximately grade' : 'Grade'} ${e.grade}${mm} slip${level ? ` at ${level}` : ''}`;
}

/** The worst stenosis: "mild foraminal stenosis". */
function stenosisPhrase(ctx: RuleContext): string | undefined {
  const worst = facts(ctx, 'stenosis').sort(
    (a, b) => SEVERITY_ORDER.indexOf(b.attributes.severity ?? 'none') - SEVERITY_ORDER.indexOf(a.attributes.severity ?? 'none'),
  )[0];
  return worst ? describeStenosis({ ...worst.attributes, side: undefined, level: undefined }) : undefined;
}

function weeks(days: number): number {
  return Math.round(days / 7);
}

function careProgress(care: CareStatus): string {
  if (care.received.length > 0 && care.days === 0) return `duration of conservative care not documented (minimum ${minimumWeeks(care)} weeks)`;
  return `${weeks(care.days)} of ${minimumWeeks(care)} weeks done`;
}

function recommendationLine(ctx: RuleContext, care: CareStatus, criteria: CriterionReport[], flags: RedFlagFact[]): string {
  const described = [slipPhrase(ctx) ?? 'No spondylolisthesis or pars defect documented', stenosisPhrase(ctx)].filter(Boolean) as string[];

  if (flags.length > 0) {
    const types = [...new Set(flags.map((r) => r.type))];
    const urgent = types.some((t) => URGENT.has(t));
    const action = urgent ? 'urgent surgical evaluation' : 'surgical consultation';
    return `RED FLAG: ${listJoin(types.map((t) => RED_FLAG_LABEL[t]))} — ${action}. ${described.join(', ')}.`;
  }
  const head = `${described.join(', ')}, no red flags`;
  const slips = forwardSlips(ctx);
  if (slips.length === 0) {
    return parsDefects(ctx, 'chronic').length > 0
      ? `${head}: a chronic pars defect is usually stable; conservative care — ${careProgress(care)}`
      : `${head}: no guideline recommendation applies`;
  }
  if (slips.some((f) => !estimateSlip(f.attributes, ctx.options.endplateWidthMm).measuresAgree)) {
    return `${head}: the stated grade and measurement of the slip disagree — clarify the grade before applying the guideline`;
  }
  if (grade1Slips(ctx).length === 0) {
    const graded = slips.some((f) => estimateSlip(f.attributes, ctx.options.endplateWidthMm).grade !== null);
    return graded
      ? `${head}: beyond the grade 1 slip this guideline covers — no recommendation made`
      : `${head}: document the slip grade (or its size in mm or %) to apply the guideline`;
  }
  const planned = surgeryPlanned(ctx).length > 0;
  if (!care.durationMet) {
    if (care.received.length === 0) {
      const sofar = care.planned.length ? `${plannedKinds(care)} planned` : 'none documented';
      return `${head}: structured conservative care (physical therapy-based) comes first${planned ? ', before any surgery' : ''} — ${sofar} (0 of ${minimumWeeks(care)} weeks)`;
    }
    return `${head}: ${planned ? 'exhaust' : 'continue'} structured conservative care${planned ? ' before surgery' : ''} — ${careProgress(care)}`;
  }
  if (care.outcome === 'helping') return `${head}: conservative care is helping — continue it (${careProgress(care)})`;
  const met = criteria.filter((c) => c.state === 'met').length;
  if (met === criteria.length) {
    const risks = [...new Set(riskFactors(ctx, 'smoking', 'depression', 'chronicPainSyndrome', 'unrealisticExpectations').map((f) => TO_ADDRESS[f.attributes.type]))];
    const first = risks.length ? ` once ${listJoin(risks)} ${risks.length > 1 ? 'are' : 'is'} addressed` : '';
    return `${head}: all four fusion criteria met — fusion can be considered${first} (decompression with fusion where there is stenosis)`;
  }
  const open = (state: CriterionReport['state']) => {
    const names = criteria.filter((c) => c.state === state).map((c) => c.shortLabel);
    return names.length ? `${state}: ${names.join(', ')}` : '';
  };
  const gaps = [open('not met'), open('not documented')].filter(Boolean).join('; ');
  return `${head}: conservative minimum reached (${careProgress(care)}); fusion criteria ${met} of 4 met (${gaps}) — fusion only when all four are met`;
}

function statusBar(ctx: RuleContext, care: CareStatus, criteria: CriterionReport[], flags: RedFlagFact[]): string {
  const slip = forwardSlips(ctx)
    .map((f) => estimateSlip(f.attributes, ctx.options.endplateWidthMm))
    .sort((a, b) => (b.grade ?? 0) - (a.grade ?? 0))[0];
  const parts = [
    flags.length ? '⚠ Red flag' : undefined,
    slip ? (slip.grade !== null ? `${slip.gradeApproximate ? '≈ ' : ''}Grade ${slip.grade}` : 'Slip, grade ?') : 'No slip',
    `conservative ${weeks(care.days)}/${minimumWeeks(care)} wk`,
    `criteria ${criteria.filter((c) => c.state === 'met').length}/4`,
  ];
  return parts.filter(Boolean).join(' · ');
}
