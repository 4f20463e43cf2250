import { ContextCategory, ContextRule, DocumentRule, SectionRule } from '../rule';

/**
 * Rules for surgical plans only. A surgery is a plan until the note says it was done: by its
 * words ("had", "underwent", "in 2015", "was carried out", "postoperative changes of"), by its
 * place (an imaging report, a procedure description, an operative report) or by a discussion
 * (options, risks, a candidate for, asking about) that makes it one of the choices weighed.
 */
export const SURGICAL_PLAN_RULES: readonly ContextRule[] = [
  // "If relief is not lasting, we discussed ... fusion", "whether or not she would be a candidate for a TLIF": a condition, not a negation.
  {
    id: 'surgicalPlan.conditionalNot',
    category: 'pseudo',
    allowedKinds: ['surgicalPlan'],
    literals: [
      'if * not', 'if * * not', 'if * * * not', 'unless * not', 'unless * * not', 'unless * * * not',
      'whether or not', 'whether or * not', 'whether or * * not', 'whether or * * * not',
    ],
  },
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
  // "two laminectomies performed from 1990 to 1994", "laminectomy was carried out", "laminectomy, 07/14/2026".
  {
    id: 'surgicalPlan.pastAfter',
    category: 'historical',
    direction: 'backward',
    maxScope: 8,
    allowedKinds: ['surgicalPlan'],
    literals: [
      '<year>', 'in <year>', 'years ago', 'year ago', 'months ago', 'month ago', 'weeks ago', 'week ago', 'last year',
      'was performed', 'were performed', 'was done', 'were done', 'was achieved', 'were achieved', 'was carried out',
      'were carried out', 'was completed', 'were completed', 'was accomplished', 'were accomplished',
    ],
  },
  // A discussion weighs every option it names: "options include decompression alone or TLIF", "asking about fusion".
  {
    id: 'surgicalPlan.discussion',
    category: 'hypothetical',
    direction: 'both',
    allowedKinds: ['surgicalPlan'],
    literals: [
      'discuss', 'discussed', 'discussing', 'discussion', 'discussions', 'talked', 'option', 'options', 'alternative', 'alternatives',
      'risk', 'risks', 'benefit', 'benefits', 'consider', 'considered', 'considering', 'consideration', 'versus', 'vs', 'candidate',
      'consult', 'consultation', 'consulted', 'evaluate', 'evaluation', 'evaluated', 'refer', 'referral', 'referred', 'opinion',
      'indicated', 'indication', 'indications', 'reserved', 'asking', 'asks', 'asked', 'inquiring', 'inquires', 'interested', 'favor',
      'favored', 'prefer', 'preferred', 'rather', 'rather than',
    ],
  },
];

const ALL_BUT_HISTORY: readonly ContextCategory[] = ['absent', 'family', 'hypothetical', 'possible'];

export const SURGICAL_PLAN_SECTION_RULES: readonly SectionRule[] = [
  // What an imaging report's findings or a procedure description name was done, whatever the words ("doing a foraminotomy to free up the foramen").
  {
    id: 'surgicalPlan.procedureSection',
    sections: ['comparison', 'technique', 'findings', 'imaging', 'level'],
    category: 'historical',
    allowedKinds: ['surgicalPlan'],
    outweighs: ALL_BUT_HISTORY,
  },
  // A surgery in a plan is planned, unless its sentence says otherwise ("Plan: she is s/p L4-5 laminectomy").
  {
    id: 'surgicalPlan.planSection',
    sections: ['plan'],
    category: 'hypothetical',
    allowedKinds: ['surgicalPlan'],
    yieldsTo: ['possible', 'historical'],
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
  { id: 'surgicalPlan.operativeReport', documentKind: 'operative', category: 'historical', allowedKinds: ['surgicalPlan'] },
];
