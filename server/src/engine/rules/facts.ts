import { pattern } from '../patterns';
import { AnyFinding, Finding, FindingKind, RedFlagType } from '../types';
import { caseBasis } from '../case/buildCase';
import { isNegated, isPresent, ofKind as findingsOfKind } from '../case/findings';
import { estimateSlip } from '../case/meyerding';
import { PRIOR_SECTIONS, RedFlagFact, redFlagFacts } from '../case/redFlags';
import { SameSentence, sameSentenceTest } from '../case/sameSentence';
import { segmentOfFinding } from './describe';
import { RuleContext } from './types';

export type { RedFlagFact };

/**
 * What counts as a fact. One place decides it for every rule:
 * - a finding counts only when the note asserts it as present;
 * - completed therapy also counts when told as history ("PT last year"), though only the
 *   current episode's care counts toward the minimum (case/conservativeCare.ts);
 * - which surgery mentions are a plan or a discussion is the case's decision (case/surgery.ts),
 *   and planned therapy is what "therapy recommended" means;
 * - negated, possible, family and (other) hypothetical mentions never count as present.
 */

/**
 * What the facts of one context are computed from, once per context: a hover asks every rule about
 * one finding, and each rule asks for the note's red flags and findings by kind; recomputed per
 * question they cost seconds on a note of many megabytes. A context is read-only, so its facts stay.
 */
interface ContextMemo {
  findings: readonly AnyFinding[];
  byKind: Map<FindingKind, readonly unknown[]>;
  redFlags?: readonly RedFlagFact[];
  sentenceTest?: SameSentence;
}
const MEMOS = new WeakMap<RuleContext, ContextMemo>();

function memoOf(ctx: RuleContext): ContextMemo {
  let memo = MEMOS.get(ctx);
  if (!memo || memo.findings !== ctx.findings) {
    memo = { findings: ctx.findings, byKind: new Map() };
    MEMOS.set(ctx, memo);
  }
  return memo;
}

/** Findings of a kind (a fresh array: callers may sort it). */
function ofKind<K extends FindingKind>(ctx: RuleContext, kind: K): Finding<K>[] {
  const memo = memoOf(ctx);
  let found = memo.byKind.get(kind) as readonly Finding<K>[] | undefined;
  if (!found) memo.byKind.set(kind, (found = findingsOfKind(ctx.findings, kind)));
  return found.slice();
}

/** Findings of a kind that the note asserts as present. */
export function facts<K extends FindingKind>(ctx: RuleContext, kind: K): Finding<K>[] {
  return ofKind(ctx, kind).filter(isPresent);
}

/**
 * Findings of a kind the note mentions as real for this patient at any time or in any mood:
 * everything but negated and family mentions. For "already tried or planned" checks.
 */
export function mentioned<K extends FindingKind>(ctx: RuleContext, kind: K): Finding<K>[] {
  return ofKind(ctx, kind).filter((f) => f.assertion !== 'absent' && f.assertion !== 'family');
}

/** Findings of a kind the note explicitly negates ("no functional limitation"). */
export function negated<K extends FindingKind>(ctx: RuleContext, kind: K): Finding<K>[] {
  return ofKind(ctx, kind).filter(isNegated);
}

// ---------------------------------------------------------------- conservative care

/** Conservative care the patient has had or is having: present or historical, not planned. */
export function isReceived(f: Finding<'conservativeTherapy'>): boolean {
  return (f.assertion === 'present' || f.assertion === 'historical') && f.attributes.status !== 'planned';
}

/** Conservative care recommended or planned. */
export function isPlanned(f: Finding<'conservativeTherapy'>): boolean {
  return f.assertion === 'hypothetical' || (f.assertion === 'present' && f.attributes.status === 'planned');
}

export function therapyReceived(ctx: RuleContext): Finding<'conservativeTherapy'>[] {
  return ofKind(ctx, 'conservativeTherapy').filter(isReceived);
}

export function therapyPlanned(ctx: RuleContext): Finding<'conservativeTherapy'>[] {
  return ofKind(ctx, 'conservativeTherapy').filter(isPlanned);
}

/** Received or planned: what "documented or recommended" means. */
export function therapyDocumentedOrPlanned(ctx: RuleContext): Finding<'conservativeTherapy'>[] {
  return ofKind(ctx, 'conservativeTherapy').filter((f) => isReceived(f) || isPlanned(f));
}

export function isPhysicalTherapy(f: Finding<'conservativeTherapy'>): boolean {
  return f.attributes.modality === 'physicalTherapy';
}

const NEUROPATHIC_AGENT = pattern('rules.neuropathicAgent', '\\b(?:gabapentin|pregabalin|neurontin|lyrica|gralise|horizant)\\b', 'i');

export function isNeuropathicAgent(f: Finding<'conservativeTherapy'>): boolean {
  return f.attributes.modality === 'medication' && NEUROPATHIC_AGENT.test(`${f.attributes.drug ?? ''} ${f.text}`);
}

/** True when the note names gabapentin/pregabalin in a section about allergies or intolerances. */
export function neuropathicAgentInAllergies(ctx: RuleContext): boolean {
  return ctx.sections.some(
    (s) => s.category === 'allergies' && NEUROPATHIC_AGENT.test(ctx.text.slice(s.bodyStart, s.end)),
  );
}

// ---------------------------------------------------------------- surgery

/**
 * Surgery planned or recommended ("plan: L5-S1 TLIF", "we recommend fusion"), most telling
 * first. The case decides which mentions are a plan (case/surgery.ts).
 */
export function surgeryPlanned(ctx: RuleContext): readonly Finding<'surgicalPlan'>[] {
  return caseBasis(ctx.case, ctx.findings).surgery.planned;
}

/** Surgery planned, recommended, considered or discussed ("may be a candidate for fusion"). */
export function surgeryConsidered(ctx: RuleContext): readonly Finding<'surgicalPlan'>[] {
  return caseBasis(ctx.case, ctx.findings).surgery.discussed;
}

export function isFusion(f: Finding<'surgicalPlan'>): boolean {
  const a = f.attributes;
  return a.procedure === 'fusion' || a.procedure === 'decompressionAndFusion' || a.technique !== undefined || a.instrumentation !== undefined;
}

export function fusionPlanned(ctx: RuleContext): Finding<'surgicalPlan'>[] {
  return surgeryPlanned(ctx).filter(isFusion);
}

export function fusionConsidered(ctx: RuleContext): Finding<'surgicalPlan'>[] {
  return surgeryConsidered(ctx).filter(isFusion);
}

// ---------------------------------------------------------------- slips

/** Present slips of the current study (a prior study's description is not a current fact). */
export function slips(ctx: RuleContext): Finding<'listhesis'>[] {
  return facts(ctx, 'listhesis').filter((f) => !PRIOR_SECTIONS.has(f.section));
}

/** Forward slips: anterolisthesis, or "spondylolisthesis" without a direction. */
export function forwardSlips(ctx: RuleContext): Finding<'listhesis'>[] {
  return slips(ctx).filter((f) => f.attributes.direction === undefined || f.attributes.direction === 'anterior');
}

function measured(f: Finding<'listhesis'>): boolean {
  const a = f.attributes;
  return a.grade !== undefined || a.lowGrade === true || a.mm !== undefined || a.percent !== undefined;
}

/**
 * The note's forward slips when every one of them is grade 1 whatever the endplate width (measured
 * mentions first); else none. A mention without a size of a measured slip ("grade I anterolisthesis
 * L4-5 (5 mm)" ... "symptomatic L4-5 spondylolisthesis") already carries its grade: mentions/ shares it.
 */
export function grade1Slips(ctx: RuleContext): Finding<'listhesis'>[] {
  const all = forwardSlips(ctx);
  const width = ctx.options.endplateWidthMm;
  if (all.length === 0 || !all.every((f) => estimateSlip(f.attributes, width).certainlyGrade1)) return [];
  // The measured mentions first: rules name and anchor "the slip" on the first.
  return [...all.filter(measured), ...all.filter((f) => !measured(f))];
}

/**
 * The note concerns the guideline's condition: a present slip or pars defect, lumbar stenosis,
 * or a planned spinal fusion or decompression. Generic advice (outcome measures) waits for it,
 * so a migraine visit that mentions a medication is not asked for an Oswestry score.
 */
export function inGuidelineScope(ctx: RuleContext): boolean {
  return (
    forwardSlips(ctx).length > 0 ||
    facts(ctx, 'parsDefect').length > 0 ||
    facts(ctx, 'stenosis').length > 0 ||
    surgeryConsidered(ctx).some((f) => f.attributes.procedure !== undefined || isFusion(f))
  );
}

// ---------------------------------------------------------------- pars defect

export function parsDefects(ctx: RuleContext, chronicity: 'chronic' | 'acute'): Finding<'parsDefect'>[] {
  return facts(ctx, 'parsDefect').filter((f) => f.attributes.chronicity === chronicity);
}

// ---------------------------------------------------------------- red flags

/** Present red flags: the case's definition (case/redFlags.ts), its sentences found once per context. */
export function redFlags(ctx: RuleContext, type?: RedFlagType): RedFlagFact[] {
  const memo = memoOf(ctx);
  const all = (memo.redFlags ??= redFlagFacts(ctx.findings, () => (memo.sentenceTest ??= sameSentenceTest(ctx.text))));
  return type ? all.filter((r) => r.type === type) : all.slice();
}

// ---------------------------------------------------------------- surgical risk factors

export function riskFactors(ctx: RuleContext, ...types: Array<Finding<'riskFactor'>['attributes']['type']>): Finding<'riskFactor'>[] {
  return facts(ctx, 'riskFactor').filter((f) => types.includes(f.attributes.type));
}
