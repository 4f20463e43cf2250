import { capitalize, describeFinding, evidence } from './describe';
import { parsDefects, slips } from './facts';
import { ALL_NOTES, defineRule } from './types';

const STABLE =
  'A chronic pars defect is longstanding and stable in most adults. It is not an acute stress fracture, and on its own it is not a reason for surgery.';
const ISTHMIC = 'Most adults with an isthmic slip stay stable and do well with conservative care.';

export const chronicParsStable = defineRule({
  id: 'chronic-pars-stable',
  title: 'Chronic pars defect is usually stable',
  description: 'A chronic pars defect (spondylolysis) is longstanding and stable in most adults, and does not by itself call for surgery.',
  defaultSeverity: 'hint',
  citations: [4, 5],
  noteTypes: ALL_NOTES,
  elective: false,
  check(ctx) {
    const pars = parsDefects(ctx, 'chronic');
    if (pars.length === 0) return [];
    const width = ctx.options.endplateWidthMm;
    return [
      {
        range: pars[0].range,
        message: `${capitalize(describeFinding(pars[0], width))}: longstanding and stable in most adults; not an acute stress fracture, and not by itself a reason for surgery. ${ISTHMIC}`,
        related: pars.map((f) => evidence(f, width)),
      },
    ];
  },
  hover(f, ctx) {
    if (f.kind === 'parsDefect' && parsDefects(ctx, 'chronic').includes(f)) return { text: `${STABLE} ${ISTHMIC}`, citations: [4, 5] };
    const isthmic = f.kind === 'listhesis' && slips(ctx).includes(f) && (f.attributes.type === 'isthmic' || parsDefects(ctx, 'chronic').length > 0);
    return isthmic ? { text: ISTHMIC, citations: [5] } : undefined;
  },
});
