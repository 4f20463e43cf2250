import { evidence, lineNumber, quote } from './describe';
import { IMAGING_SECTIONS } from '../vocabulary/sectionHeaders';
import { facts, isNeuropathicAgent, mentioned, neuropathicAgentInAllergies } from './facts';
import { CLINICAL_NOTES, defineRule, RuleContext } from './types';

/** Gabapentin or pregabalin mentioned as taken, tried, planned or possible (negated and family mentions aside). */
function neuropathicAgentMentioned(ctx: RuleContext): boolean {
  return (
    ctx.case.neuropathicAgentTried ||
    neuropathicAgentInAllergies(ctx) ||
    mentioned(ctx, 'conservativeTherapy').some(isNeuropathicAgent)
  );
}

const ADVICE = 'consider a trial of a neuropathic pain medication (gabapentin or pregabalin).';

export const neuropathicTrial = defineRule({
  id: 'neuropathic-trial',
  title: 'Neuropathic medication for radicular symptoms',
  description: 'Radicular symptoms with no gabapentin or pregabalin documented: consider a trial.',
  defaultSeverity: 'information',
  citations: [1],
  noteTypes: CLINICAL_NOTES,
  elective: true,
  check(ctx) {
    // Symptoms as the clinician records them; an imaging report's "correlate for radiculopathy" is not a complaint.
    const radicular = facts(ctx, 'radicularSymptoms').filter((f) => !IMAGING_SECTIONS.has(f.section));
    if (radicular.length === 0 || neuropathicAgentMentioned(ctx)) return [];
    const first = radicular[0];
    return [
      {
        range: first.range,
        message: `Radicular symptoms (${quote(first.text, 60)}, line ${lineNumber(first)}) and no gabapentin or pregabalin documented: ${ADVICE}`,
        related: radicular.map((f) => evidence(f, ctx.options.endplateWidthMm)),
      },
    ];
  },
  hover(f) {
    if (f.kind === 'radicularSymptoms') return { text: `With radicular symptoms, ${ADVICE}`, citations: [1] };
    if (f.kind === 'conservativeTherapy' && isNeuropathicAgent(f)) {
      return { text: 'Gabapentin or pregabalin is the guideline\'s medication trial for radicular symptoms, alongside anti-inflammatories.', citations: [1] };
    }
    if (f.kind === 'conservativeTherapy' && f.attributes.modality === 'medication') {
      return { text: 'Anti-inflammatory medication is part of comprehensive pain management during conservative care.', citations: [1] };
    }
    return undefined;
  },
});
