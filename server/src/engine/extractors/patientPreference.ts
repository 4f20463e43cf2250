import { anyPhrase, pattern } from '../patterns';
import { anchorFrom } from '../text/anchors';
import { CONSENT_PHRASES, REFUSAL_PHRASES, REQUEST_PHRASES, RISK_DISCUSSION_RISKS, RISK_DISCUSSION_VERBS, WANT_WORDS } from '../vocabulary/preferenceWords';
import { isSpace } from '../text/chars';
import { AttributeMap } from '../types';
import { CueTable, isSpineNote, tokenize, wordsBefore } from './shared/clinicClauses';
import { Candidate, Extractor, SentenceView } from './types';

/**
 * The patient's preference after a risk/benefit discussion (surgical criterion d):
 * surgery ("wishes to proceed with surgery", "understands the risks and benefits and would like to
 * proceed", "elects surgical management", "consented for L5-S1 TLIF") or nonoperative ("prefers to
 * continue conservative care", "does not want surgery", "declines surgery").
 *
 * informed: true when the same or the preceding sentence documents a risk/benefit discussion ("risks
 * and benefits were discussed", "risks, benefits and alternatives", "informed consent"); omitted otherwise.
 * Assertion (context/rules/patientPreference.ts): the mention's own verbs ("wishes to", "would like",
 * "wants to") are what it says, so the general hypothetical triggers do not apply; a condition or
 * hesitation before it ("if she wishes to proceed", "is considering", "undecided") makes it
 * hypothetical. A nonoperative preference carries its negation inside ("does not want surgery") and is present.
 * Not read: the surgeon's decision ("we elected to proceed"); outside a spine note, a preference for
 * surgery that does not name a spine operation ("wishes to proceed with cataract surgery").
 * Span: from the verb of wanting to the object ("wishes to proceed with surgery").
 */

type PreferenceAttributes = AttributeMap['patientPreference'];
type Preference = 'surgery' | 'nonoperative';

const GAP = '[ ]{1,2}';
/** "'d like" continues the word before it ("she'd like"); the other words start one. */
const CONTINUES_A_WORD = pattern('preference.continuesAWord', "^'");
const WANT = pattern(
  'preference.want',
  `(?:(?<![a-z])${anyPhrase(WANT_WORDS.filter((w) => !CONTINUES_A_WORD.test(w)), GAP)}|${anyPhrase(WANT_WORDS.filter((w) => CONTINUES_A_WORD.test(w)), GAP)})(?![a-z])`,
  'g',
);
/** After the verb, before the object: "to proceed with", "to undergo", "in", "for". */
const CONNECTOR = pattern(
  'preference.connector',
  '^[ ]{1,2}(?:to[ ]{1,2}(?:proceed|go[ ]{1,2}ahead|move[ ]{1,2}forward|pursue|undergo|have|schedule|get)(?:[ ]{1,2}(?:with|forward[ ]{1,2}with))?|in|for|on)(?![a-z])',
);
const BARE_PROCEED = pattern('preference.bareProceed', '^[ ]{1,2}to[ ]{1,2}(?:proceed|go[ ]{1,2}ahead|move[ ]{1,2}forward)(?![a-z])');
const BARE_PROCEED_OBJECT = pattern('preference.bareProceedObject', '^[ ]{1,2}(?:ahead[ ]{1,2})?(?:with|to|as|for)(?![a-z])');
const NONOP_CONNECTOR = pattern(
  'preference.nonopConnector',
  '^[ ]{1,2}(?:to[ ]{1,2}(?:continue|pursue|try|proceed[ ]{1,2}with|stay[ ]{1,2}with|stick[ ]{1,2}with|keep|remain[ ]{1,2}(?:with|on)|exhaust|have|do)(?![a-z]))?',
);
const AVOID = pattern('preference.avoid', '^[ ]{1,2}to[ ]{1,2}(?:avoid|defer|delay|postpone|hold[ ]{1,2}off[ ]{1,2}on|put[ ]{1,2}off)(?![a-z])');
const REFUSAL = pattern('preference.refusal', `(?<![a-z])${anyPhrase(REFUSAL_PHRASES, GAP)}(?![a-z])`, 'g');
const REFUSAL_CONNECTOR = pattern('preference.refusalConnector', '^[ ]{1,2}to[ ]{1,2}(?:have|undergo|proceed[ ]{1,2}with|pursue|consider)(?![a-z])');
const CONSENT = pattern('preference.consent', `(?<![a-z])${anyPhrase(CONSENT_PHRASES, GAP)}[ ]{1,2}(?:for|to)(?![a-z])`, 'g');

const SURGERY_OBJECTS = new CueTable<boolean>('preference.surgeryObjects', [
  [false, [
    'surgery', 'surgical intervention', 'surgical treatment', 'surgical management', 'surgical option', 'surgical procedure',
    'surgical correction', 'surgical decompression', 'surgical stabilization', 'surgical care', 'surgical repair',
    'surgical fixation', 'operative intervention', 'operative treatment', 'operative management', 'operation', 'procedure',
  ]],
  [true, [
    'fusion', 'arthrodesis', 'tlif', 'plif', 'alif', 'xlif', 'olif', 'decompression', 'laminectomy', 'laminotomy',
    'microdiscectomy', 'discectomy', 'spine surgery', 'spinal surgery', 'back surgery', 'lumbar surgery', 'spinal fusion',
    'lumbar fusion',
  ]],
]);
const CONSERVATIVE_OBJECTS = new CueTable<true>('preference.conservativeObjects', [
  [true, ['conservative', 'nonoperative', 'non operative', 'nonsurgical', 'non surgical']],
]);
const CARE_WORDS = new Set(['care', 'management', 'treatment', 'measures', 'therapy', 'options', 'option', 'approach', 'route', 'modalities', 'treatments']);
/** Words that may stand between the verb and the operation ("proceed with the planned L5-S1 TLIF"). */
const FILLER = new Set([
  'the', 'a', 'an', 'any', 'further', 'more', 'additional', 'continued', 'ongoing', 'all', 'his', 'her', 'trial', 'of',
  'lumbar', 'spinal', 'spine', 'back', 'posterior', 'anterior', 'lateral', 'minimally', 'invasive', 'mis', 'open', 'instrumented',
  'transforaminal', 'interbody', 'posterolateral', 'lumbosacral', 'recommended', 'proposed', 'planned', 'suggested', 'discussed',
  'above', 'previously', 'one', 'two', 'single', 'level', 'multilevel', 'multi', 'revision', 'elective', 'decompressive', 'at',
  'with', 'and', 'l1', 'l2', 'l3', 'l4', 'l5', 's1', '1', '2', '3', '4', '5', '6', '/', 'same', 'this', 'that', 'such',
]);
/** A risk/benefit discussion: risks (or complications named) and a word of discussing, or a fixed phrase. */
const RISK_WORDS = new CueTable<true>('preference.riskWords', [[true, RISK_DISCUSSION_RISKS]]);
const DISCUSS_WORDS = new CueTable<true>('preference.discussWords', [[true, RISK_DISCUSSION_VERBS]]);
const INFORMED_PHRASES = new CueTable<true>('preference.informedPhrases', [[true, ['r / b / a', 'r / b', 'rba', 'informed consent', 'pros and cons']]]);
const REQUEST = pattern('preference.request', `(?<![a-z])(?:per|at|on)[ ]{1,2}(?:the[ ]{1,2})?(${anyPhrase(REQUEST_PHRASES, GAP)})(?![a-z])`, 'g');
const SPINE_OBJECTS = new CueTable<true>('preference.spineObjects', [[true, ['fusion', 'arthrodesis', 'tlif', 'plif', 'alif', 'laminectomy', 'decompression', 'microdiscectomy', 'discectomy', 'surgery']]]);
const SURGERY_CONTEXT = new CueTable<true>('preference.surgeryContext', [
  [
    true,
    [
      'surgery', 'surgical', 'operation', 'operative', 'operate', 'fusion', 'tlif', 'plif', 'alif', 'decompression', 'laminectomy',
      'risk', 'risks', 'benefit', 'benefits', 'consent', 'consented',
    ],
  ],
]);
const CLINICIANS = new Set(['we', 'i', 'surgeon', 'physician', 'team']);
const ADVERBS = new Set(['therefore', 'then', 'thus', 'have', 'had', 'also', 'jointly', 'ultimately', 'together', 'both']);
export const PREFERENCE_ANCHOR = anchorFrom({ wantWords: WANT_WORDS, refusalPhrases: REFUSAL_PHRASES, consentPhrases: CONSENT_PHRASES, requestPhrases: REQUEST_PHRASES });

function informedText(text: string): boolean {
  return INFORMED_PHRASES.test(text) || (RISK_WORDS.test(text) && DISCUSS_WORDS.test(text));
}

const SENTENCE_END = pattern('preference.sentenceEnd', '[.!?]');

/** The sentence before this one, from the note (the pipeline hands over one sentence at a time). */
function previousSentence(view: SentenceView): string {
  const lower = view.note.lower;
  let i = view.start - 1;
  while (i >= 0 && isSpace(lower.charCodeAt(i))) i--;
  const floor = Math.max(0, view.start - 600);
  let j = i - 1;
  while (j >= floor && !SENTENCE_END.test(lower[j]) && !(lower[j] === '\n' && lower[j - 1] === '\n')) j--;
  return lower.slice(j + 1, Math.max(j + 1, i + 1));
}

/** After `from`, skip filler words and return the object phrase that follows (surgery or conservative care). */
function objectAfter(lower: string, from: number, table: CueTable<boolean> | CueTable<true>): { end: number; spine: boolean } | undefined {
  const tokens = tokenize(lower, from, Math.min(lower.length, from + 80));
  for (let i = 0; i < tokens.length && i <= 6; i++) {
    const cue = table.startingAt(lower, tokens[i].index, 40);
    if (cue) return { end: cue.end, spine: cue.value === true };
    if (!FILLER.has(tokens[i].text)) return undefined;
  }
  return undefined;
}

/** "conservative care", "further nonoperative management". */
function conservativeAfter(lower: string, from: number): number | undefined {
  const object = objectAfter(lower, from, CONSERVATIVE_OBJECTS);
  if (!object) return undefined;
  const next = tokenize(lower, object.end, Math.min(lower.length, object.end + 20))[0];
  return next && CARE_WORDS.has(next.text) ? next.end : undefined;
}

function clinicianSubject(lower: string, index: number): boolean {
  const words = wordsBefore(lower, index, 4).filter((w) => !ADVERBS.has(w));
  const last = words[words.length - 1];
  if (last === undefined) return false;
  if (CLINICIANS.has(last)) return true;
  const two = words.slice(-2).join(' ');
  return two === 'it was' || words[words.length - 2] === 'dr';
}

function extract(view: SentenceView): Candidate<'patientPreference'>[] {
  const { lower } = view;
  const spineNote = isSpineNote(view.note);
  const hits: Array<{ index: number; end: number; preference: Preference }> = [];
  const add = (index: number, end: number, preference: Preference) => {
    if (hits.some((h) => index < h.end && end > h.index)) return;
    if (clinicianSubject(lower, index)) return;
    hits.push({ index, end, preference });
  };

  let m: RegExpExecArray | null;
  REFUSAL.lastIndex = 0;
  while ((m = REFUSAL.exec(lower)) !== null) {
    let from = m.index + m[0].length;
    const connector = REFUSAL_CONNECTOR.exec(lower.slice(from, from + 30));
    if (connector) from += connector[0].length;
    const object = objectAfter(lower, from, SURGERY_OBJECTS);
    if (object && (spineNote || object.spine)) add(m.index, object.end, 'nonoperative');
  }
  WANT.lastIndex = 0;
  while ((m = WANT.exec(lower)) !== null) {
    const verbEnd = m.index + m[0].length;
    // "prefers to continue conservative care", "wants to avoid surgery".
    const nonop = NONOP_CONNECTOR.exec(lower.slice(verbEnd, verbEnd + 40));
    const conservative = conservativeAfter(lower, verbEnd + (nonop ? nonop[0].length : 0));
    if (conservative !== undefined) {
      add(m.index, conservative, 'nonoperative');
      continue;
    }
    const avoid = AVOID.exec(lower.slice(verbEnd, verbEnd + 40));
    if (avoid) {
      const object = objectAfter(lower, verbEnd + avoid[0].length, SURGERY_OBJECTS);
      if (object && (spineNote || object.spine)) add(m.index, object.end, 'nonoperative');
      continue;
    }
    const connector = CONNECTOR.exec(lower.slice(verbEnd, verbEnd + 50));
    const object = objectAfter(lower, verbEnd + (connector ? connector[0].length : 0), SURGERY_OBJECTS);
    if (object) {
      if (spineNote || object.spine) add(m.index, object.end, 'surgery');
      continue;
    }
    // "understands the risks and benefits and would like to proceed".
    const bare = BARE_PROCEED.exec(lower.slice(verbEnd, verbEnd + 40));
    if (bare && spineNote && (SURGERY_CONTEXT.test(lower) || SURGERY_CONTEXT.test(previousSentence(view)))) {
      const end = verbEnd + bare[0].length;
      if (!BARE_PROCEED_OBJECT.test(lower.slice(end, end + 16))) add(m.index, end, 'surgery');
    }
  }
  CONSENT.lastIndex = 0;
  while ((m = CONSENT.exec(lower)) !== null) {
    const object = objectAfter(lower, m.index + m[0].length, SURGERY_OBJECTS);
    if (object && (spineNote || object.spine)) add(m.index, object.end, 'surgery');
  }
  // "Recommend L5-S1 fusion per patient's request".
  REQUEST.lastIndex = 0;
  while ((m = REQUEST.exec(lower)) !== null) {
    if (SPINE_OBJECTS.test(lower)) add(m.index + m[0].length - m[1].length, m.index + m[0].length, 'surgery');
  }
  if (hits.length === 0) return [];

  // Informed: a risk/benefit discussion in this sentence or the one before (test/fixtures conventions).
  const informed = informedText(lower) || informedText(previousSentence(view));
  return hits
    .sort((a, b) => a.index - b.index)
    .map((h) => {
      const attributes: PreferenceAttributes = { preference: h.preference };
      if (informed) attributes.informed = true;
      return { kind: 'patientPreference', start: view.start + h.index, end: view.start + h.end, attributes };
    });
}

export const patientPreferenceExtractor: Extractor = {
  name: 'patientPreference',
  anchor: PREFERENCE_ANCHOR,
  extract,
};
