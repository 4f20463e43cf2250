import { ruleApplies } from '../rules';
import { careStatus, CareStatus, minimumWeeks, plannedKinds, weeksSoFar } from '../rules/conservativeCare';
import { conservativeFirst } from '../rules/conservativeFirst';
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
import { surgicalCriteria } from '../rules/surgicalCriteria';
import { Rule, RuleContext } from '../rules/types';
import { NOTE_TYPE_LABEL } from '../vocabulary/noteTypes';
import { NoteType, Range, RiskFactorType, SEVERITY_ORDER, SurgicalCriteria } from '../types';

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
  /** The kind of note (normalize/noteType.ts) and how to name it: "Imaging report". */
  noteType: { type: NoteType; label: string };
  /** The one recommendation line, red flags first when present. */
  line: string;
  /** Short: "Grade 1 · conservative 6/12 wk · criteria 1/4". */
  statusBar: string;
  /**
   * The four, in guideline order, when the fusion criteria apply to the note; none on an imaging
   * report or with a red flag (see `notAssessed`).
   */
  criteria: CriterionSummary[];
  conservativeCare: {
    days: number;
    minimumDays: number;
    /** Whole weeks so far and the minimum in weeks, as every display shows them ("9 of 12 weeks"). */
    weeks: number;
    minimumWeeks: number;
    /** Care is weighed against the minimum on this note (not on an imaging report, nor with a red flag). */
    assessed: boolean;
    /** One row per course: a medication list's copy of a course told elsewhere is not a second row. */
    episodes: Array<{ modality: string; days: number | null; status: string; range: Range; text: string }>;
  };
  redFlags: Array<{ type: string; range: Range; text: string }>;
  /** Why care against the minimum or the fusion criteria are not weighed on this note, when they are not. */
  notAssessed?: string;
}

const ON_CLINICAL_NOTES = 'conservative care and the fusion criteria are weighed on clinical notes';

/** Why an elective-care check does not speak on this note: its type, or a red flag. */
function whyNotAssessed(rule: Rule, ctx: RuleContext): string {
  return rule.noteTypes.includes(noteTypeOf(ctx))
    ? 'red flag documented — urgent evaluation comes before conservative care and the elective fusion criteria'
    : `${NOTE_TYPE_LABEL[noteTypeOf(ctx)].toLowerCase()} — ${ON_CLINICAL_NOTES}`;
}

/** The case's note type; a case from elsewhere (an older stored review) may not carry one. */
function noteTypeOf(ctx: RuleContext): NoteType {
  return ctx.case.noteType ?? 'unknown';
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
  const scope: Scope = { care: ruleApplies(conservativeFirst, ctx), criteria: ruleApplies(surgicalCriteria, ctx) };
  const criteria = scope.criteria ? describeCriteria(ctx) : [];
  const flags = redFlags(ctx);
  const repeats = new Set(care.repeats);
  const notAssessed = !scope.care ? whyNotAssessed(conservativeFirst, ctx) : !scope.criteria ? whyNotAssessed(surgicalCriteria, ctx) : undefined;
  return {
    noteType: { type: noteTypeOf(ctx), label: NOTE_TYPE_LABEL[noteTypeOf(ctx)] },
    line: recommendationLine(ctx, care, criteria, flags, scope),
    statusBar: statusBar(ctx, care, criteria, flags, scope),
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
      weeks: weeksSoFar(care),
      minimumWeeks: minimumWeeks(care),
      assessed: scope.care,
      episodes: therapyDocumentedOrPlanned(ctx)
        .filter((f) => !repeats.has(f))
        .map((f) => ({
          modality: f.attributes.modality === 'medication' && f.attributes.drug ? `${THERAPY_LABEL.medication} (${f.attributes.drug})` : THERAPY_LABEL[f.attributes.modality],
          days: f.attributes.durationDays ?? null,
          status: isPlanned(f) ? 'planned' : (f.attributes.status ?? (f.assertion === 'historical' ? 'completed' : 'not stated')),
          range: f.range,
          text: f.text,
        })),
    },
    redFlags: flags.map((r) => ({ type: r.type, range: r.finding.range, text: r.finding.text })),
    ...(notAssessed ? { notAssessed } : {}),
  };
}

/** Which elective-care checks speak on this note: care against the minimum, the fusion criteria (rules/index.ts ruleApplies). */
interface Scope {
  care: boolean;
  criteria: boolean;
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

function careProgress(care: CareStatus): string {
  if (care.received.length > 0 && care.days === 0) return `duration of conservative care not documented (minimum ${minimumWeeks(care)} weeks)`;
  const done = weeksSoFar(care);
  const minimum = minimumWeeks(care);
  // "9 of 12 weeks done" below the minimum; past it "26 of 12" would read as a slip of the pen.
  return done < minimum ? `${done} of ${minimum} weeks done` : `${done} weeks done, minimum ${minimum}`;
}

function recommendationLine(ctx: RuleContext, care: CareStatus, criteria: CriterionReport[], flags: RedFlagFact[], scope: Scope): string {
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
    if (parsDefects(ctx, 'chronic').length === 0) return `${head}: no guideline recommendation applies`;
    return `${head}: a chronic pars defect is usually stable${scope.care ? `; conservative care — ${careProgress(care)}` : ''}`;
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
  if (!scope.care) return `${head} (${NOTE_TYPE_LABEL[noteTypeOf(ctx)].toLowerCase()}: ${ON_CLINICAL_NOTES})`;
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

function statusBar(ctx: RuleContext, care: CareStatus, criteria: CriterionReport[], flags: RedFlagFact[], scope: Scope): string {
  const slip = forwardSlips(ctx)
    .map((f) => estimateSlip(f.attributes, ctx.options.endplateWidthMm))
    .sort((a, b) => (b.grade ?? 0) - (a.grade ?? 0))[0];
  const parts = [
    flags.length ? '⚠ Red flag' : undefined,
    slip ? (slip.grade !== null ? `${slip.gradeApproximate ? '≈ ' : ''}Grade ${slip.grade}` : 'Slip, grade ?') : 'No slip',
    scope.care ? `conservative ${weeksSoFar(care)}/${minimumWeeks(care)} wk` : undefined,
    scope.criteria ? `criteria ${criteria.filter((c) => c.state === 'met').length}/4` : undefined,
  ];
  return parts.filter(Boolean).join(' · ');
}
