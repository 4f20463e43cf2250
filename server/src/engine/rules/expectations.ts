import { evidence, lineNumber, quote } from './describe';
import { riskFactors } from './facts';
import { riskFactorHover } from './preSurgeryRisk';
import { CLINICAL_NOTES, defineRule } from './types';

const GOAL = 'discuss realistic goals: better function and a gradual return to activity, rather than complete pain relief.';

export const expectations = defineRule({
  id: 'expectations',
  title: 'Expectation of complete pain relief',
  description: 'The patient expects complete elimination of pain: address expectations.',
  defaultSeverity: 'information',
  citations: [2],
  noteTypes: CLINICAL_NOTES,
  elective: true,
  check(ctx) {
    const found = riskFactors(ctx, 'unrealisticExpectations');
    if (found.length === 0) return [];
    return [
      {
        range: found[0].range,
        message: `Expectation of complete pain relief documented (${quote(found[0].text, 60)}, line ${lineNumber(found[0])}): ${GOAL}`,
        related: found.map((f) => evidence(f, ctx.options.endplateWidthMm)),
      },
    ];
  },
  hover: riskFactorHover(['unrealisticExpectations'], `Expecting complete pain relief worsens outcomes of surgery; ${GOAL}`),
});
