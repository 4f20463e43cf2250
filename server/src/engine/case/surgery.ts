import { pattern } from '../patterns';
import { AnyFinding, Finding, SectionCategory } from '../types';
import { ofKind } from './findings';

/**
 * Which surgery mentions are a plan, decided once for the case and every rule:
 * - discussed: surgery planned, recommended, considered or discussed (hypothetical or possible,
 *   or stated in the plan or assessment);
 * - planned: the discussed ones that are neither possible nor conditional ("if symptoms
 *   persist, consider fusion" is a discussion, not a plan).
 * A surgery in the past or family history, or on a prior study, is never a plan.
 */
export interface SurgeryPlans {
  /** Most telling first: a named procedure in the plan before a bare "surgery" elsewhere. */
  planned: readonly Finding<'surgicalPlan'>[];
  /** Planned or only discussed, ranked the same way. */
  discussed: readonly Finding<'surgicalPlan'>[];
}

/** "I would favor a TLIF" and "we would recommend fusion" are recommendations; other "would" is a condition. */
const CONDITIONAL = pattern(
  'case.conditional',
  '(?<![a-z])(?:if|unless|should|consider|considering|option|options|possible|possibly|may|might|could|would(?![ ](?:favou?r|recommend|suggest|advise)(?![a-z]))|candidate|discuss|discussed|discussion|future|eventual|eventually)(?![a-z])',
);

/** Where a plan is written. */
const PLAN_SECTIONS: ReadonlySet<SectionCategory> = new Set(['plan', 'assessment']);
/** Sections whose surgery is past or someone else's, never a plan. */
const NOT_A_PLAN_SECTIONS: ReadonlySet<SectionCategory> = new Set(['pastSurgicalHistory', 'pastHistory', 'familyHistory', 'comparison']);

function planRank(f: Finding<'surgicalPlan'>): number {
  const a = f.attributes;
  const specific = a.procedure !== undefined || a.technique !== undefined || a.instrumentation !== undefined;
  return (PLAN_SECTIONS.has(f.section) ? 0 : 2) + (specific ? 0 : 1);
}

const byRank = (a: Finding<'surgicalPlan'>, b: Finding<'surgicalPlan'>) => planRank(a) - planRank(b) || a.start - b.start;

/** sentenceAround: the folded sentence of an offset, to read conditional wording (without it, none is read). */
export function surgeryPlans(findings: readonly AnyFinding[], sentenceAround?: (offset: number) => string): SurgeryPlans {
  const discussed = ofKind(findings, 'surgicalPlan').filter(
    (f) =>
      !NOT_A_PLAN_SECTIONS.has(f.section) &&
      (f.assertion === 'hypothetical' || f.assertion === 'possible' || (f.assertion === 'present' && PLAN_SECTIONS.has(f.section))),
  );
  const planned = discussed.filter((f) => f.assertion !== 'possible' && !(sentenceAround && CONDITIONAL.test(sentenceAround(f.start))));
  return { planned: planned.sort(byRank), discussed: discussed.sort(byRank) };
}
