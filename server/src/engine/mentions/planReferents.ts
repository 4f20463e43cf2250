import { AnyFinding, Finding } from '../types';

type Plan = Finding<'surgicalPlan'>;

const isPlan = (f: AnyFinding): f is Plan => f.kind === 'surgicalPlan';

/** How close two options of different procedures stand when they are alternatives ("decompression alone or with fusion"). */
const ALTERNATIVES_GAP = 120;

/**
 * The plan a referent books: the plan named nearest before it, when that is an option discussed
 * and not one of alternatives named together. A recommended plan is planned already (its status
 * stays what its own sentence says); a declined, performed or ruled-out one is not booked.
 */
function bookedPlan(referent: Plan, plans: readonly Plan[]): Plan | undefined {
  const before = plans.filter((p) => p.start < referent.start);
  const nearest = before[before.length - 1];
  if (!nearest || nearest.attributes.status !== 'considered' || nearest.assertion !== 'hypothetical') return undefined;
  const other = before[before.length - 2];
  if (other && nearest.start - other.end < ALTERNATIVES_GAP && nearest.attributes.procedure !== other.attributes.procedure) return undefined;
  return nearest;
}

/**
 * "We discussed L4-5 TLIF. ... Surgery has been booked for October 15": the operation referred to
 * without its name (a `referent` surgicalPlan, kept by the extractor only when the context states
 * it scheduled) books the option the note discussed before it. The plan becomes scheduled and present, with the
 * referent as the evidence of its status; the referent itself is not reported. A referent with no
 * plan to refer to says nothing.
 */
export function resolvePlanReferents(findings: AnyFinding[]): AnyFinding[] {
  const referents = findings.filter((f): f is Plan => isPlan(f) && f.referent === true);
  if (referents.length === 0) return findings;
  const plans = findings.filter((f): f is Plan => isPlan(f) && !f.referent && f.attributes.status !== undefined);
  for (const referent of referents) {
    const plan = bookedPlan(referent, plans);
    if (plan) {
      plan.attributes = { ...plan.attributes, status: 'scheduled' };
      plan.assertion = 'present';
      plan.assertedBy = referent.assertedBy;
      plan.inheritedFrom = { ...plan.inheritedFrom, status: { range: referent.range, start: referent.start, end: referent.end } };
    }
  }
  return findings.filter((f) => !(isPlan(f) && f.referent));
}
