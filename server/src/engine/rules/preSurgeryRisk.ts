import { AnyFinding, RiskFactorType } from '../types';
import { capitalize, describePlanStanding, evidence, lineNumber, quote, RISK_FACTOR_LABEL } from './describe';
import { riskFactors, surgeryConsidered } from './facts';
import { HoverNote, RuleContext, RuleHit } from './types';

/**
 * Shared by the rules on factors that worsen surgical outcomes (smoking, depression or chronic
 * pain syndrome): the factor is present and surgery is planned or considered.
 */
export function riskBeforeSurgeryHits(ctx: RuleContext, types: RiskFactorType[], advice: string): RuleHit[] {
  const risks = riskFactors(ctx, ...types);
  const plan = surgeryConsidered(ctx)[0];
  if (risks.length === 0 || !plan) return [];
  const width = ctx.options.endplateWidthMm;
  return [
    {
      range: risks[0].range,
      message: `${capitalize(RISK_FACTOR_LABEL[risks[0].attributes.type])} (${quote(risks[0].text, 50)}, line ${lineNumber(risks[0])}) with ${describePlanStanding(plan)}: ${advice}`,
      related: [...risks, plan].map((f) => evidence(f, width)),
    },
  ];
}

/** Hover guidance for risk-factor findings of the given types. */
export function riskFactorHover(types: RiskFactorType[], text: string): (f: AnyFinding) => HoverNote | undefined {
  return (f) => (f.kind === 'riskFactor' && types.includes(f.attributes.type) ? { text, citations: [2] } : undefined);
}
