import { ContextRule, CueCategory, DocumentRule, SectionRule, StatedAttribute } from '../rule';
import { combine } from './combine';

/**
 * Rules for surgical plans only. A surgery is a plan until the note says it was done: by its
 * words ("had", "underwent", "in 2015", "was carried out", "postoperative changes of"), by its
 * place (an imaging report, a procedure description, an operative report) or by a discussion
 * (options, risks, a candidate for, asking about) that makes it one of the choices weighed.
 */
export const SURGICAL_PLAN_RULES: readonly ContextRule[] = [
  // "Postoperative changes of left L4-5 hemilaminotomy", "evidence of prior decompression": the surgery seen as a finding.
  {
    id: 'surgicalPlan.seenAsFinding',
    category: 'historical',
    direction: 'forward',
    maxScope: 3,
    allowedKinds: ['surgicalPlan'],
    literals: ['evidence', 'site', 'changes', 'sequelae', 'findings'],
  },
  // "She had a microdiscectomy", "two weeks after L4-5 laminectomy", "he has had a lumbar fusion".
  {
    id: 'surgicalPlan.pastBefore',
    category: 'historical',
    direction: 'forward',
    allowedKinds: ['surgicalPlan'],
    literals: [
      'had', 'has had', 'have had', 'underwent', 'undergone', 'was performed', 'performed', 'received', 'after', 'following', 'from',
      'post', 'postoperatively', 'status post', 's/p',
    ],
  },
  // "two laminectomies performed from 1990 to 1994", "laminectomy was carried out", "laminectomy, 07/14/2026"
  // (a date after the visit is a booking: surgicalPlan.futureDate).
  {
    id: 'surgicalPlan.pastAfter',
    category: 'historical',
    direction: 'backward',
    maxScope: 8,
    visitDate: 'notAfter',
    allowedKinds: ['surgicalPlan'],
    literals: [
      '<year>', 'in <year>', 'on <year>', 'of <year>', 'years ago', 'year ago', 'months ago', 'month ago', 'weeks ago', 'week ago', 'last year',
      'was performed', 'were performed', 'was done', 'were done', 'was achieved', 'were achieved', 'was carried out',
      'were carried out', 'was completed', 'were completed', 'was accomplished', 'were accomplished',
    ],
  },
];

/**
 * A condition's words, in both surgicalPlan.conditional (before the plan) and conditionalAfter (after it): the
 * longest phrase wins the match, so a rule that lists only "if" would be hidden by the other's "if no improvement".
 */
const CONDITIONS: readonly string[] = [
  'if', 'if not', 'if no', 'if none', 'if there is no', 'if no improvement', 'if not improved', 'if not better', 'if needed', 'if necessary',
  'if * not', 'if * * not', 'if * * * not', 'unless * not', 'unless * * not', 'whether',
];

/**
 * What the note says of the plan's standing, strongest first (SURGICAL_PLAN_STATUS). A 'state' rule
 * reaches the plans in its scope like any trigger; the status it states decides the assertion.
 */
export const SURGICAL_PLAN_STATUS_RULES: readonly ContextRule[] = [
  // "Not a surgical candidate", "I recommend against fusion", "a fusion would not help her".
  {
    id: 'surgicalPlan.notIndicated',
    category: 'state',
    value: 'notIndicated',
    direction: 'both',
    maxScope: 10,
    allowedKinds: ['surgicalPlan'],
    literals: [
      'not a candidate', 'not a surgical candidate', 'not a good candidate', 'not a good surgical candidate', 'not an appropriate candidate',
      'not a reasonable candidate', 'poor candidate', 'poor surgical candidate', 'not a candidate for', 'not candidate for', 'no longer a candidate',
      'recommend against', 'recommended against', 'recommending against', 'advise against', 'advised against', 'advising against',
      'would not recommend', 'do not recommend', "don't recommend", 'does not recommend', 'did not recommend', 'not recommended',
      'would not advise', 'do not advise', 'would not help', 'will not help', 'would not benefit', 'will not benefit', 'not likely to help',
      'not likely to benefit', 'unlikely to help', 'unlikely to benefit', 'unlikely to improve', 'would not improve', 'not expected to help',
      'not benefit from', 'no benefit from', 'little benefit from', 'not indicated', 'no indication for', 'no indication', 'no surgical indication',
      'no role for', 'no surgical lesion', 'nothing surgical', 'not warranted', 'is not needed', 'not necessary', 'would not offer',
      'cannot offer', 'not offer', 'would not operate', 'not operate', 'prefer not to perform', 'would prefer not to', 'not a surgical',
      'non-surgical candidate', 'nonsurgical candidate', 'not favored', 'not favor', 'would not favor', 'not in favor of',
      // Longer than the negation "is not", which would otherwise take the "not" and leave "indicated" to the recommended rule.
      ...combine(['is', 'are', 'was', 'would be', 'is still', 'is currently'], ['not indicated', 'not warranted', 'not recommended', 'not necessary', 'not needed', 'not advised', 'not appropriate']),
    ],
  },
  // "Fusion is not planned", "TLIF is not the best option": a predicate of the operation, denied right after it.
  {
    id: 'surgicalPlan.deniedPredicate',
    category: 'state',
    value: 'notIndicated',
    direction: 'backward',
    maxScope: 3,
    allowedKinds: ['surgicalPlan'],
    literals: ['is not', 'are not', 'was not', 'were not', 'will not be', 'would not be', 'should not be', 'has not been'],
  },
  // "She declines surgery", "he is not interested in a fusion", "wishes to avoid surgery".
  {
    id: 'surgicalPlan.declined',
    category: 'state',
    value: 'declined',
    direction: 'both',
    maxScope: 8,
    allowedKinds: ['surgicalPlan'],
    literals: [
      'declines', 'declined', 'declining', 'refuses', 'refused', 'refusing', 'not interested in', 'is not interested', 'no interest in',
      'does not want', "doesn't want", 'did not want', 'does not wish', 'did not wish', 'not wish to', 'wishes to avoid', 'wants to avoid',
      'hopes to avoid', 'hoping to avoid', 'would like to avoid', 'prefers to avoid', 'opted against', 'opts against', 'elected not to',
      'elects not to', 'chose not to', 'chooses not to', 'decided against', 'decided not to', 'not willing', 'unwilling', 'not ready for',
      'not ready to', 'turned down',
    ],
  },
  // "If PT fails, consider fusion", "should she worsen", "she will think it over": a plan that waits on something.
  {
    id: 'surgicalPlan.conditional',
    category: 'state',
    value: 'conditional',
    direction: 'forward',
    allowedKinds: ['surgicalPlan'],
    literals: [
      ...CONDITIONS, 'unless', 'unless * * * not',
      'whether or not', 'whether or * not', 'whether or * * not', 'whether or * * * not', 'in the event', 'in case', 'should she',
      'should he', 'should they', 'should the patient', 'should her', 'should his', 'should symptoms', 'should there', 'fails', 'fail',
      'failing', 'failure of', 'reserved for', 'reserve', 'depending on', 'pending', 'eventually', 'eventual', 'future', 'down the road',
      'at some point', 'may need', 'may require', 'might need', 'might require', 'could require', 'may ultimately', 'might be a need',
      'may be a need', 'possible need', 'potential need', 'could need', 'as needed', 'should the', 'think about',
      'think it over', 'thinking about', 'think about it', 'undecided', 'time to decide', 'will let us know', 'let us know', 'wants to wait',
      'would like to wait', 'wait and see', 'when she is ready', 'when he is ready', 'when ready',
      'anticipate the need for',
    ],
  },
  // "TLIF if symptoms persist", "fusion, should she fail PT": a condition written after the plan.
  {
    id: 'surgicalPlan.conditionalAfter',
    category: 'state',
    value: 'conditional',
    direction: 'backward',
    maxScope: 6,
    allowedKinds: ['surgicalPlan'],
    literals: [...CONDITIONS, 'unless', 'in the event', 'in case', 'should', 'pending', 'depending on', 'contingent on', 'contingent upon', 'provided'],
  },
  // "L5-S1 TLIF is scheduled for 12/15", "consent signed", "on the OR schedule", "pre-operative clearance".
  {
    id: 'surgicalPlan.scheduled',
    category: 'state',
    value: 'scheduled',
    direction: 'both',
    maxScope: 6,
    allowedKinds: ['surgicalPlan'],
    literals: [
      'scheduled', 'schedule', 'scheduling', 'booked', 'book', 'booking', 'or schedule', 'on the schedule', 'surgery date', 'date of surgery',
      'consent signed', 'consent was signed', 'consents signed', 'signed consent', 'signed the consent', 'consent obtained', 'consented',
      'consented for', 'posted for', 'pre-op', 'preop', 'preoperative', 'pre-operative', 'surgical clearance', 'preoperative clearance',
      'pre-operative clearance', 'clearance for', 'cleared for', 'pre-admission testing', 'accepted for', 'scheduled for', 'in preparation for', 'tonight', 'later today',
      'tomorrow', 'taken to the or', 'to the or', 'to the operating room', 'as scheduled', 'set for', 'is set for', 'set up for',
      'or calendar', 'on the or calendar', 'surgical calendar', 'on the calendar', 'case request', 'case requested', 'surgery request',
      'surgical request', 'request for surgery', 'surgery date set', 'date set', 'was signed', 'were signed', 'reviewed and signed',
      'medical clearance', 'pre-op labs', 'preop labs', 'preoperative labs', 'pre-op testing', 'preoperative testing',
      'surgical consent for', 'consent for surgery', 'consent form for', 'consents for', 'a date for', 'a surgical date for', 'a surgery date for',
    ],
  },
  // "L4-5 TLIF on 03/18/2026", "set for March 18, 2026" in a January note: a date after the visit books it.
  {
    id: 'surgicalPlan.futureDate',
    category: 'state',
    value: 'scheduled',
    direction: 'both',
    maxScope: 8,
    visitDate: 'after',
    allowedKinds: ['surgicalPlan'],
    // With the longer phrases other rules hold ("in <year>"): the longest match carries every rule's effect.
    literals: ['<year>', 'in <year>', 'on <year>', 'for <year>', 'of <year>'],
  },
  // "I recommend L4-5 TLIF", "we will proceed with fusion", "I would favor a TLIF", "fusion is indicated".
  {
    id: 'surgicalPlan.recommended',
    category: 'state',
    value: 'recommended',
    direction: 'both',
    maxScope: 8,
    allowedKinds: ['surgicalPlan'],
    literals: [
      'recommend', 'recommended', 'recommending', 'recommendation', 'recommendations', 'advise', 'advised', 'advising', 'suggest', 'suggested',
      'would favor', 'favor', 'favors', 'i favor', 'we favor', 'best option', 'best treatment', 'treatment of choice', 'would benefit from',
      'will benefit from', 'is indicated', 'are indicated', 'indicated', 'warranted', 'proceed', 'proceed with', 'proceeding', 'will proceed',
      'to proceed', 'wishes to proceed', 'wants to proceed', 'would like to proceed', 'agrees to proceed', 'agreed to proceed', 'elects to proceed',
      'elected to proceed', 'plan', 'plans', 'planned', 'planning', 'plan for', 'plan to', 'will plan', 'will undergo', 'to undergo', 'will have',
      'will perform', 'will do', 'going to have', 'going to undergo', 'needs', 'need', 'will need', 'requires', 'require', 'agrees with',
      'agreed with', 'agrees to', 'agreed to', 'to proceed with', 'awaiting approval for',
      // The patient takes up what was offered: "offered L4-5 TLIF; he accepted", "wants to move forward".
      'accepted', 'accepts', 'accepting', 'is agreeable', 'agreeable to', 'move forward', 'moving forward', 'go ahead with', 'going ahead with',
    ],
  },
  // A discussion weighs every option it names: "options include decompression alone or TLIF", "asking about fusion".
  // Split by what the note does with the option (a referral, another surgeon's advice, a discussion), which messages tell (rules/describe.ts).
  {
    id: 'surgicalPlan.referral',
    category: 'state',
    value: 'considered',
    direction: 'both',
    allowedKinds: ['surgicalPlan'],
    literals: [
      'consult', 'consultation', 'consulted', 'refer', 'referral', 'referred', 'refer to', 'referred to', 'referral to', 'refer for',
      'referred for', 'referral for',
    ],
  },
  {
    id: 'surgicalPlan.discussion',
    category: 'state',
    value: 'considered',
    direction: 'both',
    allowedKinds: ['surgicalPlan'],
    literals: [
      'discuss', 'discussed', 'discussing', 'discussion', 'discussions', 'talked', 'option', 'options', 'alternative', 'alternatives',
      'risk', 'risks', 'benefit', 'benefits', 'consider', 'considered', 'considering', 'consideration', 'versus', 'vs', 'candidate',
      'evaluate', 'evaluation', 'evaluated', 'opinion',
      'indication', 'indications', 'asking', 'asks', 'asked', 'inquiring', 'inquires', 'interested', 'prefer', 'preferred', 'offer', 'offered',
      'plan to discuss', 'will discuss', 'to discuss', 'plan to consider', 'will consider', 'to consider', 'to evaluate', 'for evaluation',
      'to be evaluated', 'for consideration', 'for discussion', 'to talk about',
      'candidate for', 'options include', 'option of', 'options of', 'discussion of', 'risk of', 'risks of', 'risks and benefits of',
      'risks include', 'risks including', 'potential risks', 'possible complications', 'next step', 'may benefit from', 'might benefit from',
      'could benefit from',
    ],
  },
  // Another surgeon's advice, weighed here: "fusion recommended by an outside surgeon", "prior surgeon recommended".
  {
    id: 'surgicalPlan.otherSurgeon',
    category: 'state',
    value: 'considered',
    direction: 'both',
    allowedKinds: ['surgicalPlan'],
    literals: [
      'surgeon recommended', 'surgeon has recommended', 'surgeon had recommended', 'recommended by an outside', 'recommended by another',
      'recommended by outside', 'recommended by the outside', 'recommended by her', 'recommended by his', 'recommended by a', 'was recommended by',
      'previously recommended', 'had recommended', 'had been recommended', 'was told she needs', 'was told he needs', 'told she needs',
      'told he needs', 'was proposed', 'that was proposed', 'was offered elsewhere', 'was recommended to', 'recommended to her',
      'recommended to him', 'recommended to the patient', 'that was recommended', 'which was recommended', 'had been recommended to',
    ],
  },
  // "TLIF rather than posterolateral fusion", "PT instead of surgery": the plan not chosen.
  {
    id: 'surgicalPlan.notChosen',
    category: 'state',
    value: 'notIndicated',
    direction: 'forward',
    maxScope: 6,
    allowedKinds: ['surgicalPlan'],
    literals: ['rather than', 'instead of', 'in lieu of', 'in preference to'],
  },
  // "She may be a candidate", "possible fusion", "would consider": a hedge weighs what follows it.
  {
    id: 'surgicalPlan.hedged',
    category: 'state',
    value: 'considered',
    direction: 'forward',
    allowedKinds: ['surgicalPlan'],
    literals: ['possible', 'possibly', 'may', 'might', 'could', 'would', 'potential', 'potentially', 'perhaps', 'maybe'],
  },
  // "Family planning", "discharge planning": planning something else.
  { id: 'surgicalPlan.otherPlanning', category: 'pseudo', allowedKinds: ['surgicalPlan'], literals: ['family planning', 'discharge planning', 'planned parenthood'] },
];

const ALL_BUT_HISTORY: readonly CueCategory[] = ['absent', 'family', 'hypothetical', 'possible', 'state'];

export const SURGICAL_PLAN_SECTION_RULES: readonly SectionRule[] = [
  // What an imaging report's findings or a procedure description name was done, whatever the words ("doing a foraminotomy to free up the foramen").
  {
    id: 'surgicalPlan.procedureSection',
    sections: ['comparison', 'technique', 'findings', 'imaging', 'level'],
    category: 'historical',
    allowedKinds: ['surgicalPlan'],
    outweighs: ALL_BUT_HISTORY,
  },
  // A surgery in a plan is the surgeon's recommendation, unless its sentence says otherwise ("Plan: she is s/p L4-5 laminectomy").
  {
    id: 'surgicalPlan.planSection',
    sections: ['plan'],
    category: 'state',
    value: 'recommended',
    allowedKinds: ['surgicalPlan'],
    yieldsTo: ['possible', 'historical', 'state'],
  },
  // "PROCEDURE PLANNED: L4-5 TLIF" in a pre-operative note: the operation booked.
  {
    id: 'surgicalPlan.plannedProcedureSection',
    sections: ['plannedProcedure'],
    category: 'state',
    value: 'scheduled',
    allowedKinds: ['surgicalPlan'],
    outweighs: ['hypothetical', 'possible', 'state'],
  },
];

export const SURGICAL_PLAN_DOCUMENT_RULES: readonly DocumentRule[] = [
  // An imaging report's impression names the surgery its findings saw.
  {
    id: 'surgicalPlan.imagingImpression',
    documentKind: 'imaging',
    sections: ['impression'],
    category: 'historical',
    allowedKinds: ['surgicalPlan'],
    outweighs: ALL_BUT_HISTORY,
  },
  // An operative report tells the operation it records.
  // Its statements ("I was prepared to do a discectomy", "I recommended plate fixation") tell the operation, not a plan; its plan tells what comes next.
  {
    id: 'surgicalPlan.operativeReport',
    documentKind: 'operative',
    exceptSections: ['plan'],
    category: 'historical',
    allowedKinds: ['surgicalPlan'],
    outweighs: ['state'],
  },
];

/**
 * A plan's status: the strongest stated first (a condition outweighs a refusal: "a future option should she
 * worsen, but not recommended now" waits on her course); a negated or family plan has none unless it is
 * declined or not indicated.
 */
export const SURGICAL_PLAN_STATUS: StatedAttribute = {
  kind: 'surgicalPlan',
  attribute: 'status',
  values: [
    ['conditional', 'hypothetical'],
    ['notIndicated', 'absent'],
    ['declined', 'absent'],
    ['scheduled', 'present'],
    ['recommended', 'present'],
    ['considered', 'hypothetical'],
    ['performed', 'historical'],
  ],
  fromAssertion: { historical: 'performed', hypothetical: 'considered' },
  outweighedBy: ['absent', 'family'],
};
