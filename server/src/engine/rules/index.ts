import { chronicParsImmobilization } from './chronicParsImmobilization';
import { chronicParsStable } from './chronicParsStable';
import { complicationRates } from './complicationRates';
import { conservativeFirst } from './conservativeFirst';
import { considerEsi } from './considerEsi';
import { decompressionAlone } from './decompressionAlone';
import { depression } from './depression';
import { expectations } from './expectations';
import { gradeConsistency } from './gradeConsistency';
import { imagingCorrelationCaveat } from './imagingCorrelationCaveat';
import { instrumentation } from './instrumentation';
import { neuropathicTrial } from './neuropathicTrial';
import { outcomeMeasures } from './outcomeMeasures';
import { ptProgram } from './ptProgram';
import { redFlagCaudaEquina } from './redFlagCaudaEquina';
import { redFlagProgressiveDeficit } from './redFlagProgressiveDeficit';
import { redFlagSlipProgression } from './redFlagSlipProgression';
import { rehabEquivalence } from './rehabEquivalence';
import { smoking } from './smoking';
import { surgicalCriteria } from './surgicalCriteria';
import { redFlags } from './facts';
import { Rule, RuleContext } from './types';
import { documentKinds } from '../normalize/noteType';
import { normalizeForMatching } from '../text/normalize';

/**
 * Every guideline rule, in the order of the guideline's rule table (shared/guideline/RULES.md).
 * One file per rule, named after its id in camelCase ("red-flag-cauda-equina" is
 * redFlagCaudaEquina.ts). The other files of this folder are shared helpers, not rules:
 * types.ts (Rule, RuleContext, defineRule), facts.ts (what counts as a fact), describe.ts
 * (phrasing), queries.ts (physician queries for documentation gaps), conservativeCare.ts (care
 * so far against the minimum), criteria.ts (the four fusion criteria, as the case decided them),
 * redFlag.ts and preSurgeryRisk.ts (shared by the red-flag and the smoking/depression rules),
 * meyerding.ts (a re-export of case/meyerding.ts for the LSP).
 */
export const RULES: readonly Rule[] = [
  conservativeFirst,
  surgicalCriteria,
  redFlagCaudaEquina,
  redFlagProgressiveDeficit,
  redFlagSlipProgression,
  chronicParsStable,
  chronicParsImmobilization,
  neuropathicTrial,
  considerEsi,
  ptProgram,
  outcomeMeasures,
  smoking,
  depression,
  expectations,
  imagingCorrelationCaveat,
  decompressionAlone,
  instrumentation,
  complicationRates,
  rehabEquivalence,
  gradeConsistency,
];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}

/**
 * Does a rule speak on this note? Decided here once, from what the rule declares, for the
 * diagnostics, the hovers and the summary alike: its note types (a note of unknown type gets
 * every rule), for a rule quiet on operation reports an operative note that is not one, and, for
 * elective-care advice, no red flag documented.
 */
export function ruleApplies(rule: Pick<Rule, 'noteTypes' | 'elective' | 'notOnOperationPerformed'>, ctx: RuleContext): boolean {
  const type = ctx.case.noteType ?? 'unknown';
  if (type !== 'unknown' && !rule.noteTypes.includes(type)) return false;
  if (rule.notOnOperationPerformed && type === 'operative' && recordsOperation(ctx)) return false;
  return !(rule.elective && redFlags(ctx).length > 0);
}

const OPERATION_RECORDED = new WeakMap<RuleContext, boolean>();
/** An injection's procedure note: it names an injection and no surgery (an epidural does not treat cauda equina). */
function injectionProcedureNote(ctx: RuleContext): boolean {
  const injected = ctx.findings.some((f) => f.kind === 'conservativeTherapy' && (f.attributes as { modality?: string }).modality === 'injection');
  return injected && !ctx.findings.some((f) => f.kind === 'surgicalPlan');
}

/**
 * Whether an operative note is the report of an operation performed: not a pre-operative H&P, nor
 * an injection's procedure note (read once per note).
 */
function recordsOperation(ctx: RuleContext): boolean {
  let known = OPERATION_RECORDED.get(ctx);
  if (known === undefined) {
    known = !injectionProcedureNote(ctx) && documentKinds(normalizeForMatching(ctx.text)).operative;
    OPERATION_RECORDED.set(ctx, known);
  }
  return known;
}

export * from './types';
