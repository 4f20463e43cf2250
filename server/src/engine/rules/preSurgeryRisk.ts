import { AnyFinding, RiskFactorType } from '../types';
import { capitalize, describePlanStanding, evidence, lineNumber, quote, RISK_FACTOR_LABEL } from './describe';
import { riskFactors, surgeryConsidered } from './facts';
import { HoverNote, RuleContext, RuleHit } from './types';

/**
 * Shared by the rules on factors that worsen surgical outcomes (smoking, depression or chronic
 * pain syndrome): the factor is present and surgery is planned or considered. When the note tells
 * a treatment of the factor with it ("treated with sertraline"), `treatedAdvice` says so instead.
 */
export function riskBeforeSurgeryHits(ctx: RuleContext, types: RiskFactorType[], advice: string, treatedAdvice?: (treatment: string) => string): RuleHit[] {
  const risks = riskFactors(ctx, ...types);
  const plan = surgeryConsidered(ctx)[0];
  if (risks.length === 0 || !plan) return [];
  const width = ctx.options.endplateWidthMm;
  const first = risks[0];
  const treated = treatedAdvice && risks.find((f) => f.attributes.type === first.attributes.type && f.attributes.treated);
  const told = treated && treated !== first ? ` and ${quote(treated.text, 50)}, line ${lineNumber(treated)}` : '';
  return [
    {
      range: first.range,
      message: `${capitalize(RISK_FACTOR_LABEL[first.attributes.type])} (${quote(first.text, 50)}, line ${lineNumber(first)}${told}) with ${describePlanStanding(plan)}: ${treated ? treatedAdvice(treated.attributes.treatment ?? 'treatment') : advice}`,
      related: [...risks, plan].map((f) => evidence(f, width)),
    },
  ];
}

/** Hover guidance for risk-factor findings of the given types. */
export function riskFactorHover(types: RiskFactorType[], text: string): (f: AnyFinding) => HoverNote | undefined {
  return (f) => (f.kind === 'riskFactor' && types.includes(f.attributes.type) ? { text, citations: [2] } : undefined);
}
