import { Finding } from '../types';
import { careStatus } from './conservativeCare';
import { capitalize, describeFinding, describeTherapy, evidence, firstAtSameLevel, listJoin } from './describe';
import { facts, mentioned } from './facts';
import { CLINICAL_NOTES, defineRule, RuleContext } from './types';

/** Foraminal stenosis and nerve-root contact at the same level (or a level the note does not give). */
function stenosisWithRootContact(ctx: RuleContext): { stenosis: Finding<'stenosis'>; root: Finding<'nerveRootContact'> } | undefined {
  const rootAt = firstAtSameLevel(facts(ctx, 'nerveRootContact'));
  for (const stenosis of facts(ctx, 'stenosis').filter((f) => f.attributes.location === 'foraminal')) {
    const root = rootAt(stenosis);
    if (root) return { stenosis, root };
  }
  return undefined;
}

/** Any injection mentioned as done, ongoing, planned or possible. */
function injectionMentioned(ctx: RuleContext): boolean {
  return (
    ctx.case.injectionDone || mentioned(ctx, 'conservativeTherapy').some((f) => f.attributes.modality === 'injection')
  );
}

const ADVICE = 'consider an epidural steroid injection.';

export const considerEsi = defineRule({
  id: 'consider-esi',
  title: 'Consider an epidural steroid injection',
  description: 'Foraminal stenosis with nerve-root contact and insufficient relief from initial care, no injection yet: consider an epidural steroid injection.',
  defaultSeverity: 'information',
  citations: [1, 3],
  noteTypes: CLINICAL_NOTES,
  elective: true,
  check(ctx) {
    const pair = stenosisWithRootContact(ctx);
    if (!pair || injectionMentioned(ctx)) return [];
    const insufficient = careStatus(ctx).received.filter((f) => f.attributes.response === 'none' || f.attributes.response === 'partial');
    if (insufficient.length === 0) return [];
    const width = ctx.options.endplateWidthMm;
    return [
      {
        range: pair.stenosis.range,
        message: `${capitalize(describeFinding(pair.stenosis, width))} and ${describeFinding(pair.root, width)}, with insufficient relief from ${listJoin(insufficient.map((f) => describeTherapy(f.attributes)))}: ${ADVICE}`,
        related: [pair.root, ...insufficient].map((f) => evidence(f, width)),
      },
    ];
  },
  hover(f, ctx) {
    const pair = stenosisWithRootContact(ctx);
    const concerned = (pair && (pair.stenosis === f || pair.root === f)) || (f.kind === 'conservativeTherapy' && f.attributes.modality === 'injection');
    return concerned
      ? { text: `With foraminal stenosis and nerve-root contact, if initial measures give insufficient relief, ${ADVICE}`, citations: [1, 3] }
      : undefined;
  },
});
