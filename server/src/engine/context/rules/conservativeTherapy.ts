import { ContextRule, KindExclusion } from '../rule';
import { RESPONSE_CUES, STATUS_CUES } from '../../vocabulary/therapies';
import { NEW_CLAUSE_STARTS } from '../scope';
import { REFERRING_NONE } from './therapyResponse';
import { TAKEN_BACK } from './negation';

/**
 * Conservative therapy decides its own negation: the general words collide with how care went
 * ("her pain resolved with PT", "PT is not helping", "no relief from the ESI" are outcomes). Its
 * status attribute says when (rules/attributes.ts: planned -> hypothetical), so general hypothetical
 * cues never apply, and general historical cues only to a therapy with no status ("h/o ESI").
 */
const KIND = 'conservativeTherapy';

const NEGATION_WORDS = [
  'no', 'not', 'never', 'without', 'denies', 'denied', 'deny', 'none', 'negative for', 'free of',
  'absence of', "hasn't", "haven't", "hadn't", "didn't", "doesn't", "isn't", "wasn't",
];

/** Every phrase made of one word from each part ('' leaves the part out). */
function phrases(...parts: ReadonlyArray<readonly string[]>): string[] {
  return parts.reduce<string[]>((acc, words) => acc.flatMap((a) => words.map((w) => [a, w].filter(Boolean).join(' '))), ['']);
}

/** Spine operations after which therapy is rehabilitation, not conservative care. */
const SPINE_OPERATIONS = ['fusion', 'laminectomy', 'discectomy', 'microdiscectomy', 'decompression', 'tlif', 'plif', 'alif', 'xlif', 'arthrodesis', 'spine surgery', 'back surgery'];

/** "PT was not tried", "NSAIDs should not be used": said after the therapy. */
const NOT_DONE = [
  ...phrases(['', 'was', 'were', 'has', 'have'], ['not', 'never'], ['', 'been'], ['done', 'tried', 'attempted', 'started', 'given', 'received', 'performed', 'completed', 'ordered', 'undertaken']),
  ...phrases(['should', 'must', 'will', 'is', 'are', 'can', 'could'], ['not', 'never'], ['', 'be'], ['used', 'given', 'taken', 'started', 'prescribed', 'continued', 'restarted', 'resumed', 'tried']),
];

const REFUSALS = STATUS_CUES.filter(([cue]) => cue === 'refused').flatMap(([, list]) => list);

/** Status and response cues with a negation word in them: "no relief", "did not tolerate", "no longer taking". */
const negationWord = new Set(NEGATION_WORDS);
const NEGATED_CUES = [...STATUS_CUES.filter(([cue]) => cue !== 'refused'), ...RESPONSE_CUES]
  .flatMap(([, list]) => list)
  .filter((cue) => cue.split(' ').some((w) => negationWord.has(w)));

export const CONSERVATIVE_THERAPY_RULES: readonly ContextRule[] = [
  { id: 'conservativeTherapy.negation', category: 'absent', direction: 'forward', allowedKinds: [KIND], literals: [...NEGATION_WORDS, ...NOT_DONE] },
  {
    id: 'conservativeTherapy.neitherNor',
    category: 'absent',
    direction: 'forward',
    allowedKinds: [KIND],
    literals: ['neither', 'nor'],
    unlessFollowedBy: [
      'help', 'helps', 'helped', 'helping', 'helpful', 'improve', 'improves', 'improved', 'improving', 'improvement', 'work', 'works', 'worked',
      'working', 'provide', 'provides', 'provided', 'providing', 'relieve', 'relieves', 'relieved', 'benefit', 'benefits', 'benefited', 'benefitted',
    ],
  },
  { id: 'conservativeTherapy.notDone', category: 'absent', direction: 'backward', maxScope: 1, allowedKinds: [KIND], literals: ['none', 'never', ...NOT_DONE] },
  // "The epidural injection was dictated in error" (an addendum's retraction: mentions/corrections.ts).
  { id: 'conservativeTherapy.inError', category: 'absent', direction: 'backward', maxScope: 4, allowedKinds: [KIND], literals: TAKEN_BACK },
  // "declined PT", "cannot take NSAIDs"; "injections were declined".
  { id: 'conservativeTherapy.refused', category: 'absent', direction: 'forward', allowedKinds: [KIND], literals: REFUSALS },
  { id: 'conservativeTherapy.refusedAfter', category: 'absent', direction: 'backward', maxScope: 3, allowedKinds: [KIND], literals: REFUSALS },
  // "ibuprofen and naproxen, none of which helped": the care was had; its response says how it went.
  { id: 'conservativeTherapy.cues', category: 'pseudo', allowedKinds: [KIND], literals: [...NEGATED_CUES, ...REFERRING_NONE] },
  // "If not improving, referral to PT", "whether or not a chiropractor would help": a condition.
  { id: 'conservativeTherapy.conditional', category: 'pseudo', allowedKinds: [KIND], literals: phrases(['if', 'unless', 'whether or'], [...NEGATION_WORDS, 'neither', 'nor']) },
  // An episode long past keeps its history, status or not: "a TLSO brace in high school".
  {
    id: 'conservativeTherapy.remote',
    category: 'historical',
    direction: 'both',
    allowedKinds: [KIND],
    literals: ['years ago', 'in high school', 'in college', 'as a child', 'as a teenager', 'as a teen', 'in childhood', 'decade ago', 'decades ago', 'remote', 'remotely', 'long ago'],
  },
  // A new clause (context/scope.ts) ends a cue's scope: "has not exhausted conservative measures and would like to start ESIs",
  // "As she has no pain, I have decreased the prednisone".
  {
    id: 'conservativeTherapy.clauses',
    category: 'terminate',
    allowedKinds: [KIND],
    literals: ['then', 'after which', 'i', ...phrases(['and'], NEW_CLAUSE_STARTS)],
  },
  // Rehabilitation after a spine operation is not the conservative care that precedes one: "post-operative PT for 12 weeks",
  // "PT after her L4-5 fusion". The care belongs to the earlier operation's recovery, so it is history for this episode.
  {
    id: 'conservativeTherapy.afterSurgery',
    category: 'historical',
    direction: 'both',
    maxScope: 6,
    allowedKinds: [KIND],
    literals: [
      'post operative', 'postoperative', 'postoperatively', 'post op', 'postop', 'post surgical', 'postsurgical',
      ...phrases(['after', 'following', 'since'], ['her', 'his', 'their', 'the', 'a', 'prior', 'previous'], ['', '*', '* *', '* * *'], SPINE_OPERATIONS),
    ],
  },
  // "treated with 4 weeks of PT in 2012" (two years or more before the visit).
  { id: 'conservativeTherapy.remoteYear', category: 'historical', direction: 'both', allowedKinds: [KIND], yearsBeforeVisit: 2, literals: ['in', 'during', 'back in', 'around'] },
];

export const CONSERVATIVE_THERAPY_EXCLUSIONS: readonly KindExclusion[] = [
  { id: 'conservativeTherapy.ownNegation', kinds: [KIND], categories: ['absent', 'hypothetical', 'pseudo'] },
  // With a status the timing is in the status ("underwent", "previous PT" -> completed).
  { id: 'conservativeTherapy.statusTiming', kinds: [`${KIND}[status]`], categories: ['historical'] },
];
