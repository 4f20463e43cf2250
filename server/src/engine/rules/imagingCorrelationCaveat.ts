import { Finding, SEVERITY_ORDER } from '../types';
import { capitalize, evidence, levelLabel, listJoin, segmentOfFinding } from './describe';
import { facts, forwardSlips } from './facts';
import { ALL_NOTES, defineRule, RuleContext } from './types';

const MILD_AT_MOST = SEVERITY_ORDER.indexOf('mild-to-moderate');

/** Segments of the main pathology: the slip and the pars defect. */
function primarySegments(ctx: RuleContext): Set<string> {
  const found = [...forwardSlips(ctx), ...facts(ctx, 'parsDefect')].map(segmentOfFinding);
  return new Set(found.filter((s): s is string => !!s));
}

/** Mild (or unqualified) degenerative change at a level other than the slip. */
function changesElsewhere(ctx: RuleContext): Finding<'spondylosis'>[] {
  const primary = primarySegments(ctx);
  if (primary.size === 0) return [];
  return facts(ctx, 'spondylosis').filter((f) => {
    const seg = segmentOfFinding(f);
    const sev = f.attributes.severity;
    return seg !== undefined && !primary.has(seg) && (sev === undefined || SEVERITY_ORDER.indexOf(sev) <= MILD_AT_MOST);
  });
}

const CAVEAT = 'imaging changes often match symptoms poorly, and these may not be the main source of pain.';

export const imagingCorrelationCaveat = defineRule({
  id: 'imaging-correlation-caveat',
  title: 'Degenerative changes at other levels',
  description: 'Mild degenerative changes at levels other than the slip may not be the pain generators: correlate clinically.',
  defaultSeverity: 'hint',
  citations: [2, 3],
  noteTypes: ALL_NOTES,
  elective: false,
  check(ctx) {
    const others = changesElsewhere(ctx);
    if (others.length === 0) return [];
    const width = ctx.options.endplateWidthMm;
    const levels = listJoin([...new Set(others.map((f) => levelLabel(segmentOfFinding(f))!))]);
    const main = listJoin([...primarySegments(ctx)].map((s) => levelLabel(s)!));
    const mild = others.every((f) => f.attributes.severity !== undefined) ? 'Mild degenerative change' : 'Degenerative change';
    return [
      {
        range: others[0].range,
        message: `${mild} at ${levels}, away from the ${main} pathology: ${CAVEAT}`,
        related: others.map((f) => evidence(f, width)),
      },
    ];
  },
  hover(f, ctx) {
    return f.kind === 'spondylosis' && changesElsewhere(ctx).includes(f) ? { text: capitalize(CAVEAT), citations: [2, 3] } : undefined;
  },
});
