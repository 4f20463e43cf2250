import { ContextRule } from '../rule';
import { combine } from './combine';

/** Hypothetical: conditions, plans, recommendations, instructions ("if", "consider", "return if"). */
export const HYPOTHETICAL_RULES: readonly ContextRule[] = [
  // "If not (better), consider fusion": a condition, not a negation of what follows.
  {
    id: 'hypothetical.ifNot',
    category: 'hypothetical',
    direction: 'forward',
    literals: [
      'if not', 'if no', 'if none', 'if there is no', 'if no improvement', 'if not improved', 'if not better',
    ],
  },
  {
    id: 'hypothetical.forward',
    category: 'hypothetical',
    direction: 'forward',
    literals: [
      'if', 'should', 'in case', 'in the event', 'consider', 'considering', 'may benefit from', 'would benefit from',
      'may require', 'might require', 'could require', 'will', 'would', 'plan', 'plans', 'planned', 'planning',
      'plan to', 'plan for', 'start', 'starting', 'begin', 'initiate', 'initiating', 'trial of', 'refer', 'referred to',
      'referral to', 'recommend', 'recommended', 'recommending', 'recommendation', 'schedule', 'scheduled',
      'scheduling', 'candidate for', 'options include', 'option of', 'options of', 'discussed', 'discuss',
      'discussion of', 'proceed with', 'to proceed with', 'wishes to', 'wants to', 'desires', 'return if', 'call if',
      'go to the ed', 'go to ed', 'go to the er', 'go to er', 'go directly to the ed', 'present to the ed',
      'report to the ed', 'return to the ed', 'seek emergency care', 'seek immediate medical attention', 'return for',
      'return to the ed for', 'return to ed for', 'go to the ed for', 'go to ed for', 'go to the er for',
      'go to er for', 'go to the emergency room for', 'go to the emergency department for', 'seek care for',
      'seek immediate care for', 'seek emergency care for', 'call 911 for', 'precautions', 'warning signs',
      'return precautions', 'unless', 'pending', 'to undergo', 'order', 'ordered', 'prescribe', 'rx', 'going to',
      'would like', 'next step', 'offered', 'was offered', 'were offered', 'is offered',
      ...combine(['return', 'come back', 'call'], ['sooner for', 'sooner if', 'earlier for', 'earlier if', 'sooner for any']),
    ],
  },
  // Instructions and precautions: what to watch for has not happened.
  {
    id: 'hypothetical.instructions',
    category: 'hypothetical',
    direction: 'forward',
    literals: [
      'watch for', 'monitor for', 'look out for', 'seek care immediately for', 'seek medical attention for',
      'seek immediate medical attention for', 'notify', 'to prevent', 'prevent', 'to avoid', 'in order to prevent',
      'risk of', 'at risk for', 'signs and symptoms of', 'report any', 'notify us of any', 'call for any', 'prn', 'as needed for',
      'risks include', 'risks including', 'risks of', 'risks and benefits of', 'potential risks', 'possible complications',
      'complications include', 'complications including', 'potential complications', 'may develop', 'might develop', 'could develop',
      'scheduled for', 'call the clinic for any', 'call the office for any', 'come back right away for', 'come back immediately for',
      'return immediately for', 'return right away for', 'at high risk for', 'at increased risk for', 'high risk for', 'risk for',
      'watch closely for', 'observe for', 'observe for signs of', 'monitor closely for', 'awaiting approval for', 'anticipate the need for',
      'anticipate', 'might benefit from', 'could benefit from', 'were she to', 'were he to', 'were they to', 'depending on',
      'consented for', 'in preparation for', 'call for', 'risk factors for', 'risk factor for', 'predictors of', 'predictor of',
      ...combine(['educated on', 'educated about', 'counseled on', 'counseled about', 'instructed on', 'taught'], ['signs of', 'the signs of', 'symptoms of', 'warning signs of', 'the risk of', 'the risks of']),
      'is scheduled for', 'was scheduled for', 'are scheduled for', 'has been scheduled for',
      'approval for', 'approval for the', 'awaiting approval for the',
    ],
  },
  {
    id: 'hypothetical.lexicon',
    category: 'hypothetical',
    direction: 'forward',
    literals: ['come back for', 'come back to', 'come back if', 'should he', 'should she', 'should they', 'should the patient', 'should there', 'should there be', 'in the event of', 'in case of'],
  },
  // "fall precautions": precautions against what has not happened.
  {
    id: 'hypothetical.precautions',
    category: 'hypothetical',
    direction: 'backward',
    maxScope: 2,
    literals: ['precautions', 'prophylaxis', 'may be needed', 'may be required', 'would be reasonable', 'is offered', 'was offered', 'offered'],
  },
  {
    id: 'hypothetical.backward',
    category: 'hypothetical',
    direction: 'backward',
    maxScope: 8,
    literals: [
      'is planned', 'was recommended', 'is recommended', 'are recommended', 'was discussed', 'were discussed',
      'is scheduled', 'was ordered', 'will be', 'if needed', 'if necessary', 'as needed', 'prn',
      // "Slip progression is a risk if she keeps tumbling", "Incontinence is a rare complication": what might happen.
      'is a risk', 'is a known risk', 'is a potential risk', 'remains a risk', 'is the main risk', 'are risks', 'is a possible complication',
      'is a rare complication', 'is a known complication', 'is a potential complication', 'is a recognized complication', 'are rare complications',
      // What is said of patients in general: "Slip progression is uncommon in adults".
      'is uncommon in', 'is rare in', 'is unusual in', 'are uncommon in', 'are rare in',
      // "Any worsening weakness should prompt an ED visit": what to do if it happens.
      'should prompt', 'would prompt', 'should be reported', 'must be reported', 'needs to be reported', 'should trigger',
    ],
  },
];
