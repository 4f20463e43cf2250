import { Finding } from '../types';
import { capitalize, describeFinding, describeTherapy, evidence } from './describe';
import { isPlanned, mentioned, parsDefects } from './facts';
import { CLINICAL_NOTES, defineRule, RuleContext } from './types';

/** Bracing planned or still being worn (not a brace worn in the past). */
function bracingPlan(ctx: RuleContext): Finding<'conservativeTherapy'>[] {
  return mentioned(ctx, 'conservativeTherapy').filter(
    (f) => f.attributes.modality === 'bracing' && (isPlanned(f) || (f.assertion === 'present' && f.attributes.status !== 'completed')),
  );
}

const ADVICE = 'Immobilization is meant for an acute stress fracture; a longstanding defect is treated with active, structured rehabilitation instead.';

export const chronicParsImmobilization = defineRule({
  id: 'chronic-pars-immobilization',
  title: 'No immobilization for a chronic pars defect',
  description: 'Bracing or immobilization planned for a chronic pars defect: immobilization is for acute stress fractures only.',
  defaultSeverity: 'information',
  citations: [4],
  noteTypes: CLINICAL_NOTES,
  elective: false,
  check(ctx) {
    const pars = parsDefects(ctx, 'chronic');
    // An acute stress fracture anywhere in the note may be what the brace is for.
    if (pars.length === 0 || parsDefects(ctx, 'acute').length > 0) return [];
    const width = ctx.options.endplateWidthMm;
    return bracingPlan(ctx).map((brace) => ({
      range: brace.range,
      message: `${capitalize(describeTherapy(brace.attributes))} for a ${describeFinding(pars[0], width)}. ${ADVICE}`,
      related: [brace, ...pars].map((f) => evidence(f, width)),
    }));
  },
  hover(f, ctx) {
    if (f.kind === 'parsDefect' && parsDefects(ctx, 'acute').includes(f)) {
      return {
        text: "Acute pars stress fracture: immobilization applies to acute stress fractures. The guideline's advice on conservative care and fusion is written for a chronic defect.",
        citations: [4],
      };
    }
    if (f.kind === 'conservativeTherapy' && f.attributes.modality === 'bracing' && parsDefects(ctx, 'chronic').length > 0) return { text: ADVICE, citations: [4] };
    return undefined;
  },
});
