import { AnyFinding, Finding, SectionCategory, SurgicalPlanStatus } from '../types';
import { ofKind } from './findings';

/**
 * Which surgery mentions are a plan, decided once for the case and every rule, from each plan's
 * status (context/rules/surgicalPlan.ts):
 * - planned: present plans, scheduled or recommended;
 * - considered: plans considered or conditional ("if PT fails, consider fusion");
 * - discussed: both.
 * Declined, not-indicated and performed surgery, and surgery in the past or family history or on
 * a prior study, is never a plan.
 */
export interface SurgeryPlans {
  /** Most telling first: a named procedure in the plan before a bare "surgery" elsewhere. */
  planned: readonly Finding<'surgicalPlan'>[];
  /** Considered or conditional, ranked the same way. */
  considered: readonly Finding<'surgicalPlan'>[];
  /** Planned or considered, ranked the same way. */
  discussed: readonly Finding<'surgicalPlan'>[];
}

const PLANNED: ReadonlySet<SurgicalPlanStatus | undefined> = new Set(['scheduled', 'recommended']);
const CONSIDERED: ReadonlySet<SurgicalPlanStatus | undefined> = new Set(['considered', 'conditional']);

/** Where a plan is written. */
const PLAN_SECTIONS: ReadonlySet<SectionCategory> = new Set(['plan', 'assessment', 'plannedProcedure']);
/** Sections whose surgery is past or someone else's, never a plan. */
const NOT_A_PLAN_SECTIONS: ReadonlySet<SectionCategory> = new Set(['pastSurgicalHistory', 'pastHistory', 'familyHistory', 'comparison']);

function planRank(f: Finding<'surgicalPlan'>): number {
  const a = f.attributes;
  const specific = a.procedure !== undefined || a.technique !== undefined || a.instrumentation !== undefined;
  return (a.status === 'scheduled' ? 0 : 4) + (PLAN_SECTIONS.has(f.section) ? 0 : 2) + (specific ? 0 : 1);
}

const byRank = (a: Finding<'surgicalPlan'>, b: Finding<'surgicalPlan'>) => planRank(a) - planRank(b) || a.start - b.start;

export function surgeryPlans(findings: readonly AnyFinding[]): SurgeryPlans {
  const plans = ofKind(findings, 'surgicalPlan').filter((f) => !NOT_A_PLAN_SECTIONS.has(f.section));
  const planned = plans.filter((f) => f.assertion === 'present' && PLANNED.has(f.attributes.status)).sort(byRank);
  const considered = plans.filter((f) => f.assertion !== 'present' && f.assertion !== 'absent' && CONSIDERED.has(f.attributes.status)).sort(byRank);
  return { planned, considered, discussed: [...planned, ...considered].sort(byRank) };
}
