import { isPhysicalTherapy, isPlanned, isReceived } from './facts';
import { CLINICAL_NOTES, defineRule } from './types';

const PROGRAM = [
  'core strengthening for lumbar stabilization',
  'flexibility work, especially where flexion is restricted',
  'pain management techniques and functional restoration',
  'a gradual return to activities, aiming at function rather than complete pain relief',
];

export const ptProgram = defineRule({
  id: 'pt-program',
  title: 'What structured physical therapy covers',
  description: 'Hover on physical therapy (documented or recommended): the components of a structured program.',
  defaultSeverity: 'hint',
  presentation: 'hover',
  citations: [1, 2, 3],
  noteTypes: CLINICAL_NOTES,
  elective: true,
  hover(f) {
    if (f.kind !== 'conservativeTherapy' || !isPhysicalTherapy(f) || !(isReceived(f) || isPlanned(f))) return undefined;
    return { text: `A structured physical therapy program for this condition covers:\n\n- ${PROGRAM.join('\n- ')}`, citations: [1, 2, 3] };
  },
});
