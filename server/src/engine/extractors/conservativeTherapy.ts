import { scanRange } from '../text/rangeScan';
import { CourseDates, findCourseDates, findDurations, DurationMention } from '../normalize/durations';
import { daysBetween } from '../normalize/dates';
import { anyOf, anyPhrase, pattern } from '../patterns';
import { matchesIn } from './shared/termWindows';
import { AttributeMap, SectionCategory, TherapyModality, TherapyResponse, TherapyStatus } from '../types';
import { anchorFrom } from '../text/anchors';
import { DRUG_CLASSES, DRUGS } from '../vocabulary/drugs';
import {
  DISCHARGED_FROM,
  DISCHARGED_FROM_REACH,
  FURTHER_COURSE_WORDS,
  GENERIC_THERAPY_NAMES,
  PT_ABBREVIATIONS,
  PT_EPISODE_FIELDS,
  RESPONSE_CELL_WORDS,
  RESPONSE_CUES,
  STATUS_CUES,
  StatusCue,
  THERAPY_PHRASES,
} from '../vocabulary/therapies';
import { Span, therapyRow, TherapyRow, timeCellEpisodes } from './therapyTable';
import { closestCue, CueTable, isNoteTitle, isSpineNote, nearestCue, notAboutSpine } from './shared/clinicClauses';
import { clauseAt, Clause, clausesOf } from '../context/scope';
import { decidedCues } from '../context/cueAssertion';
import { Candidate, Extractor, SentenceView } from './types';

/**
 * Conservative therapy episodes: modality (and drug), duration in days, status, response.
 *
 * Conventions:
 * - The span is the therapy's own name ("PT", "gabapentin", "epidural steroid injection"): short
 *   squiggles that never overlap; duration, status and response are read from the therapy's clause
 *   (see context/scope.ts) and shown in the hover.
 * - Duration: the duration the therapy owns ("6 weeks of PT", "PT x 6 wks"), else the one another
 *   therapy of the same clause owns ("PT, NSAIDs and chiropractic for 3 months": all three get 90).
 *   A duration that belongs to a symptom ("back pain for 2 years, PT") is not the therapy's.
 *   "6 weeks ago" counts only for care started then and still going on. See normalize/durations.ts.
 *   A duration or response told right after one item of a list is that item's, not the later items'
 *   ("PT x 6 weeks (no relief), meloxicam, chiropractic"); a span up to now beside the therapy's own
 *   duration is the window it was told in ("over the last 7 months ... 14 weeks of PT" is 98 days).
 * - Dates: `startDate` / `endDate` when the therapy's duration places itself ("from 01/05 to 02/20/2026",
 *   "since March") or the clause dates the course ("in March and April 2026", "started meloxicam in
 *   March 2026", "stopped in September"), owned like a duration; case/conservativeCare.ts adds them up.
 * - A class that labels its drug ("NSAID: meloxicam", "NSAIDs (ibuprofen ...)") is the drug's label: one finding.
 * - Status: the nearest status cue before the therapy, else right after it ("gabapentin was
 *   discontinued"); else a stated response means it was tried (completed); else the section
 *   (Plan -> planned, Medications -> ongoing, past history -> completed).
 * - Assertion: decided by the context rules (context/rules/conservativeTherapy.ts), not here:
 *   negated ("has not had PT", "no injections") or refused ("declined PT") -> absent; status planned
 *   -> hypothetical; a status makes general history cues moot ("underwent an ESI" is present) unless
 *   the episode is remote ("in high school", "in 2012").
 * - Response: the cue of the therapy's clause closest to it, as ConText decides it (context/rules/therapyResponse.ts:
 *   "not very effective" is none, "not certain it was very helpful" states none). Only read for care that was had
 *   (not for planned care: "consider ESI if no improvement").
 * - A therapy table's row (extractors/therapyTable.ts) is one episode, named in its therapy cell, with
 *   the duration, status and response of its own cells.
 */

type TherapyAttributes = AttributeMap['conservativeTherapy'];
interface TermValue {
  modality: TherapyModality;
  drug?: string;
}

interface Mention {
  index: number;
  end: number;
  value: TermValue;
}

const TERM_TABLE: Array<readonly [TermValue, readonly string[]]> = [];
/** Every name also in the plural ("lumbar epidural steroid injections"). */
const NO_PLURAL = pattern('conservativeTherapy.noPlural', "[s.']$");
const withPlurals = (names: readonly string[]) => names.flatMap((n) => (NO_PLURAL.test(n) ? [n] : [n, `${n}s`]));
for (const [modality, phrases] of THERAPY_PHRASES) TERM_TABLE.push([{ modality }, withPlurals(phrases)]);
for (const [drug, names] of DRUGS) TERM_TABLE.push([{ modality: 'medication', drug }, withPlurals(names)]);
const TERMS = new CueTable<TermValue>('conservativeTherapy.terms', TERM_TABLE);
const STATUS = new CueTable<StatusCue>('conservativeTherapy.status', STATUS_CUES);
const RESPONSE = new CueTable<TherapyResponse>('conservativeTherapy.response', RESPONSE_CUES);

const PT = pattern('conservativeTherapy.pt', `(?<![a-z0-9])${anyOf(PT_ABBREVIATIONS)}(?![a-z0-9])`, 'g');
const PT_VALUE: TermValue = { modality: 'physicalTherapy' };

/** Cheap test before extract(): stems of every therapy name, drug and abbreviation. */
export const THERAPY_ANCHOR = anchorFrom({
  therapies: THERAPY_PHRASES.flatMap(([, phrases]) => phrases),
  drugs: DRUGS.flatMap(([, names]) => names),
  abbreviations: PT_ABBREVIATIONS,
  episodeFields: PT_EPISODE_FIELDS,
});
/** "Dates of care:" in a physical therapy note (vocabulary PT_EPISODE_FIELDS). */
const PT_EPISODE_FIELD = pattern('conservativeTherapy.ptEpisodeField', `(?<![a-z])${anyPhrase(PT_EPISODE_FIELDS)}(?=[ ]{0,2}:)`, 'g');

/** Lower-case "pt" means physical therapy only in these spots ("failed pt", "pt x 6 wks"). */
const PT_LOWER_BEFORE = pattern(
  'conservativeTherapy.ptLowerBefore',
  '(?<![a-z])(?:of|in|failed|completed|attended|tried|finished|formal|outpatient|start|starting|begin|continue|continued|continuing|did|had|doing|from|with|no|prior|previous|and|or|,)[ ]{1,2}$',
);
const PT_AFTER_THERAPY = pattern('conservativeTherapy.ptAfterTherapy', '^[ ]{0,2}(?:x[ ]?\\d|for[ ]{1,2}\\d|2x|3x|\\d[ ]?x|sessions?|visits?|program|eval|evaluation|referral|/ot|and[ ]ot|,[ ]?ot|twice|three[ ]times)');
/** "PT: 12 weeks", "PT = 6 wks": a field whose value is a course's length is physical therapy, not a prothrombin time. */
const PT_COURSE_FIELD = pattern('conservativeTherapy.ptCourseField', '^[ ]{0,2}[:=][ ]{0,2}(?:x[ ]{0,2})?\\d{1,3}[ -]{0,2}(?:weeks?|wks?|months?|mos?|sessions?|visits?)(?![a-z])');
/** Uppercase "PT" is the patient (or prothrombin time) before these. */
const PT_NOT_THERAPY_AFTER = pattern(
  'conservativeTherapy.ptNotTherapyAfter',
  "^(?:'s|s)?[ ]{0,2}(?:states|stated|reports|reported|c/o|complains|complained|denies|denied|presents|presented|returns|notes|noted|says|said|feels|felt|ambulat\\w*|lives|works|agrees|agreed|understands|verbalized|verbalizes|tolerated|is[ ]a(?![a-z])|was[ ]a(?![a-z])|is[ ]an(?![a-z])|name|age|dob|inr|ptt|/inr|/ptt|[:=]?[ ]?\\d{1,3}(?:\\.\\d|[ ]?s(?:ec|econds)?(?![a-z]))|[:=][ ]?\\d(?![0-9]?/[0-9])|and[ ]ptt|and[ ]inr|,[ ]?inr|,[ ]?ptt|time|normal|abnormal|elevated|prolonged|wnl|within[ ]normal)",
);
const PT_LAB = pattern('conservativeTherapy.ptLab', '(?<![a-z])(?:ptt|aptt|inr|protime|prothrombin|coags?|coagulation|labs?|blood[ ]work|platelets?|hgb|hemoglobin)(?![a-z])');
/** Generic injections/blocks/braces elsewhere in the body or with other drugs are not spine care. */
const NOT_SPINE_CARE = pattern(
  'conservativeTherapy.notSpineCare',
  '(?<![a-z])(?:contrast|gadolinium|gad|gadavist|omnipaque|isovue|dye|intravenous|iv|insulin|vaccines?|vaccination|immuniz\\w*|flu|influenza|tetanus|b12|testosterone|botox|botulinum|intramuscular|im|subcutaneous|sq|heparin|lovenox|enoxaparin|depo|vitamin|knee|knees|shoulder|shoulders|hip|hips|elbow|wrist|hand|hands|finger|thumb|ankle|foot|feet|toe|heel|plantar|tendon|bursa|bursitis|subacromial|carpal|trochanteric|keloid|dental|orthodontic|teeth|neck|cervical|interscalene|femoral|popliteal|adductor|axillary|supraclavicular|digital|intercostal|occipital|genicular|stellate|pudendal|leg|afo|splint|collar|cast|eye|intravitreal|intraocular|joint[ ]space|sclerotherapy|varicose)(?![a-z])',
);
const FOR_OTHER_PART = pattern(
  'conservativeTherapy.forOtherPart',
  '^(?:[ ]{1,2}[a-z]+){0,3}?[ ]{1,2}(?:for|to|of|on)[ ]{1,2}(?:(?:her|his|their|the|a|left|right|bilateral|both|l|r)[ ]{1,2}){0,2}(?:knees?|shoulders?|neck|hips?|elbows?|wrists?|hands?|ankles?|feet|foot|cervical[ ]{1,2}spine|plantar[ ]{1,2}fascia)(?![a-z])',
);
const CLASS_DRUGS: ReadonlySet<string> = new Set(['opioid', 'nsaid', 'muscle relaxant']);
const CLASS_OF = new Map(DRUG_CLASSES.flatMap(([drugClass, drugs]) => drugs.map((d) => [d, drugClass] as const)));
/** Between a class label and the drug it names: "NSAID: meloxicam", "NSAIDs (ibuprofen", "Muscle relaxant - tizanidine". */
const LABEL_GAP = pattern('conservativeTherapy.labelGap', '^[ ]{0,2}(?::|\\(|-|=)[ ]{0,2}$');
const REFERENCE_BEFORE = pattern('conservativeTherapy.referenceBefore', '(?<![a-z])(?:the|this|that|these|those)[ ]{1,2}$');
const CAUSE_BEFORE = pattern('conservativeTherapy.causeBefore', '(?<![a-z])(?:attributed[ ]{1,2}to|due[ ]{1,2}to|secondary[ ]{1,2}to|caused[ ]{1,2}by|induced[ ]{1,2}by|precipitated[ ]{1,2}by)(?:[ ]{1,2}[a-z]+){0,3}?[ ]{1,2}(?:and[ ]{1,2})?$');
/** Therapy for something else: "pelvic floor physical therapy", "vestibular therapy", "cardiac rehab". */
const OTHER_THERAPY_BEFORE = pattern('conservativeTherapy.otherTherapyBefore', '(?<![a-z])(?:pelvic[ ]{1,2}floor|vestibular|cardiac|pulmonary|speech|swallow|hand|occupational|shoulder|knee|neck|cervical)[ ]{1,2}$');
const SPINE_IN_AIM = pattern('conservativeTherapy.spineInAim', '(?<![a-z])(?:back|lumbar|lumbosacral|spine|sciatica|radicul\\w*|l[1-5])(?![a-z])');
const GENERIC_NAMES: ReadonlySet<string> = new Set(GENERIC_THERAPY_NAMES);
const GAPS = pattern('conservativeTherapy.gaps', '[\\s-]+', 'g');
/** "injection site", "injection of contrast": the word, not a treatment. */
const GENERIC_NOT_THERAPY_AFTER = pattern(
  'conservativeTherapy.genericNotTherapyAfter',
  '^[ ]{0,2}(?:site|sites|needle|point|technique|of[ ]{1,2}(?:the[ ]{1,2})?(?:contrast|dye|gadolinium|air|saline|local|lidocaine|anesthetic)|fraction)(?![a-z])',
);
/** Drug words that name a diagnosis or a procedure's injectate, not a therapy. */
const DRUG_NOT_THERAPY_AFTER = pattern(
  'conservativeTherapy.drugNotTherapyAfter',
  '^[ -]{0,2}(?:dependence|dependent|abuse|use[ ]disorder|addiction|withdrawal|overdose|induced|contract|agreement|seeking|tolerance|naive|allergy|allergic|contraindications?)(?![a-z])',
);
const INJECTATE_BEFORE = pattern('conservativeTherapy.injectateBefore', '(?<![a-z])(?:depo|solu)[ -]?$');
const INJECTATE_AFTER = pattern('conservativeTherapy.injectateAfter', '^[^.;]{0,40}?(?<![a-z])(?:was|were)[ ]{1,2}(?:injected|instilled|administered[ ]{1,2}(?:into|through|via))');
/** Adjacent pieces of one name: "transforaminal epidural" + "injections". */
const JOIN_GAP = pattern('conservativeTherapy.joinGap', '^[ ]{1,2}(?:steroid[ ]{1,2}|anesthetic[ ]{1,2})?$');
/** An "on" right after a start verb belongs to it: "start her on gabapentin" is a plan. */
const DISCHARGE_CUES: ReadonlySet<string> = new Set(DISCHARGED_FROM);
const ON_AFTER_START = pattern('conservativeTherapy.onAfterStart', '(?<![a-z])(?:start|starting|begin|beginning|put|putting|place|placing|try|trying|trial)[ ]{1,2}(?:(?:her|him|them|the[ ]patient|patient)[ ]{1,2})?$');
const HEP_NOT_EXERCISE = pattern('conservativeTherapy.hepNotExercise', '^[ -]{0,2}(?:[abc]|atitis|ar|lock)(?![a-z])');
/** Words a duration may measure instead of the care: the relief it gave ("relief for 2 weeks"), a complaint ("back pain for 2 years"). */
const RELIEF_WORDS = 'relief|relieved|improvement|improved|benefit|better|helped';
const COMPLAINT_WORDS =
  'pain|pains|symptoms?|sciatica|numbness|tingling|radiculopathy|complaints?|weakness|discomfort|aches?|problems?|issues?|onset|injury|accident|surgery|stenosis|spondylolisthesis|condition|history|hx|lbp';
const SYMPTOM = pattern('conservativeTherapy.symptom', `(?<![a-z])(?:${RELIEF_WORDS}|${COMPLAINT_WORDS})(?![a-z])`, 'g');
/** A date measures no relief: "without benefit, stopped in September" dates the drugs. */
const COMPLAINT = pattern('conservativeTherapy.complaint', `(?<![a-z])(?:${COMPLAINT_WORDS})(?![a-z])`, 'g');
const DURATION_OF = pattern('conservativeTherapy.durationOf', '^[ ]{0,2}(?:of|in)[ ]{1,2}(?:(?:formal|outpatient|supervised|structured|physical|daily|regular|home|aquatic|the)[ ]{1,2}){0,2}$');

/** "50% relief", "80 percent improvement": 50% or more is good, 20-49% partial, less is none (test/fixtures README). */
const PERCENT_RELIEF = pattern(
  'conservativeTherapy.percentRelief',
  '(?<![0-9.])(\\d{1,3})[ ]?(?:%|percent)[ ]{1,2}(?:(?:pain[ ])?relief|improvement|better|reduction(?:[ ]in[ ]pain)?|benefit)(?![a-z])',
  'g',
);

function percentRelief(lower: string, clause: Clause): Cue<TherapyResponse> | undefined {
  const m = scanRange(PERCENT_RELIEF, lower, clause.index)[0];
  if (!m || m.index + m[0].length > clause.end) return undefined;
  const n = Number(m[1]);
  if (n > 100) return undefined;
  const value: TherapyResponse = n >= 50 ? 'good' : n >= 20 ? 'partial' : 'none';
  return { index: m.index, end: m.index + m[0].length, value, text: m[0] };
}

const ANY_CASE_LETTER = pattern('conservativeTherapy.anyCaseLetter', '[A-Za-z]');
const CAPITALIZED = pattern('conservativeTherapy.capitalized', '^[A-Z][a-z]');
const LIST_OR_SENTENCE_START = pattern('conservativeTherapy.listOrSentenceStart', '[.:;\\n\\d)]');
/** Capitalised words of therapy names themselves ("Epidural injections"), not brands. */
const CAPITALIZED_THERAPY_WORD = pattern(
  'conservativeTherapy.capitalizedTherapyWord',
  '^(?:Epidural|Steroid|Spinal|Lumbar|Facet|Transforaminal|Caudal|Interlaminar|Cortisone|Trigger|Selective|Back|Joint|Root|Block|Nerve)$',
);

/** "Epogen injections", "Toradol shot": a (brand) name just before a generic word says what was injected. */
function capitalizedWordBefore(text: string, index: number): boolean {
  let j = index - 1;
  while (j >= 0 && (text[j] === ' ' || text[j] === '-')) j--;
  const wordEnd = j + 1;
  while (j >= 0 && ANY_CASE_LETTER.test(text[j])) j--;
  const word = text.slice(j + 1, wordEnd);
  if (word.length < 3 || !CAPITALIZED.test(word)) return false;
  // Sentence-initial words and list items are capitalised anyway.
  let k = j;
  while (k >= 0 && text[k] === ' ') k--;
  if (k < 0 || LIST_OR_SENTENCE_START.test(text[k])) return false;
  return !CAPITALIZED_THERAPY_WORD.test(word);
}

/** A title line: "PHYSICAL THERAPY INITIAL EVALUATION", "Chiropractic Progress Note". */
const TITLE = pattern(
  'conservativeTherapy.title',
  '^[ ]{0,4}[A-Za-z][A-Za-z /&-]{0,60}(?:EVALUATION|EVAL|NOTE|PROGRESS|CONSULTATION|REPORT|VISIT|RE-EVALUATION|Evaluation|Note|Progress Note|Consultation|Report|Visit)[ ]{0,4}$',
);
/** What PT is for, not a separate therapy: "PT for core strengthening", "focused on core stabilization". */
const CONTENT_OF_PT_BEFORE = pattern('conservativeTherapy.contentOfPt', '(?<![a-z])(?:for|on|focused[ ]{1,2}on|focusing[ ]{1,2}on|emphasis[ ]{1,2}on|emphasizing|including|with)[ ]{1,2}(?:(?:a|an|the)[ ]{1,2})?$');
const PT_BEFORE = pattern('conservativeTherapy.ptBefore', '(?<![a-z])(?:pt|physical[ ]{1,2}therapy|physiotherapy)(?![a-z])');
/** "Modified duty is not available", "if his employer can offer modified duty": work status, not care given. */
const DUTY_UNAVAILABLE_AFTER = pattern('conservativeTherapy.dutyUnavailableAfter', '^[ ]{0,2}(?:(?:is|was|are|were)[ ]{1,2})?(?:not[ ]{1,2}(?:available|offered|possible|an[ ]{1,2}option)|unavailable)');
const DUTY_OFFER_BEFORE = pattern('conservativeTherapy.dutyOfferBefore', '(?<![a-z])(?:offer|offers|provide|provides|accommodate|accommodates)[ ]{1,2}(?:(?:him|her|them)[ ]{1,2})?$');
/** "a few days of relief", "two weeks of relief", "relief for 2 weeks": temporary, so partial. */
const SHORT_RELIEF = pattern(
  'conservativeTherapy.shortRelief',
  '(?<![a-z])(?:(?:[0-9]{1,2}|a|one|two|three|four|few|several|couple)[ ]{1,2}(?:of[ ]{1,2})?(?:hours?|days?|weeks?)[ ]{1,2}of[ ]{1,2}(?:pain[ ]{1,2})?relief|help(?:ed|s)[ ]{1,2}(?:for[ ]{1,2}|x[ ]?)?(?:only[ ]{1,2})?(?:(?:about|approximately|around)[ ]{1,2})?(?:[0-9]{1,2}(?:[ ]?-[ ]?[0-9]{1,2})?|a|one|two|three|four|five|six|seven|a[ ]{1,2}few|few|several|couple|a[ ]{1,2}couple[ ]{1,2}of)[ ]{1,2}(?:of[ ]{1,2})?(?:hours?|days?)|relief[ ]{1,2}(?:for|lasting)[ ]{1,2}(?:only[ ]{1,2})?(?:[0-9]{1,2}|a|one|two|three|few|several|couple)[ ]{1,2}(?:of[ ]{1,2})?(?:hours?|days?|weeks?))(?![a-z])',
  'g',
);
/** The imperative of a plan ("Continue PT for 4 more weeks", "Resume PT 2x/week for 6 weeks"), not "she continues PT". */
const CONTINUE = pattern('conservativeTherapy.continue', '^(?:continue|resume|restart)$');
const LIDOCAINE_PATCH = pattern('conservativeTherapy.lidocainePatch', '^[^.;]{0,16}?(?<![a-z])patch');

function isAllCaps(text: string): boolean {
  let upper = 0;
  let lowerCount = 0;
  for (let i = 0; i < text.length && i < 400; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) upper++;
    else if (c >= 97 && c <= 122) lowerCount++;
  }
  return upper > 10 && lowerCount < upper / 10;
}

function ptMentions(view: SentenceView, taken: readonly Mention[]): Mention[] {
  const { lower, text } = view;
  const out: Mention[] = [];
  if (lower.indexOf('pt') === -1) return out;
  const allCaps = isAllCaps(text);
  PT.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PT.exec(lower)) !== null) {
    const index = m.index;
    const end = index + 2;
    if (taken.some((t) => index < t.end && end > t.index)) continue;
    if (PT_LAB.test(lower.slice(Math.max(0, index - 30), end + 30))) continue;
    const original = text.slice(index, end);
    const before = lower.slice(Math.max(0, index - 14), index);
    const after = lower.slice(end, end + 24);
    const strong = PT_LOWER_BEFORE.test(before) || PT_AFTER_THERAPY.test(after);
    if (PT_COURSE_FIELD.test(after)) {
      // A course's length, whatever the case of its letters.
    } else if (original === 'PT' && !allCaps) {
      if (PT_NOT_THERAPY_AFTER.test(after)) continue;
    } else if (!strong || PT_NOT_THERAPY_AFTER.test(after)) {
      continue;
    }
    out.push({ index, end, value: PT_VALUE });
  }
  return out;
}

/** A physical therapy note's episode-of-care field is the note's course of physical therapy, dated by its value. */
function episodeFieldMentions(view: SentenceView): Mention[] {
  if (view.note.noteType !== 'physicalTherapy') return [];
  return matchesIn(PT_EPISODE_FIELD, view.lower).map((m) => ({ index: m.index, end: m.index + m[0].length, value: PT_VALUE }));
}

function termMentions(view: SentenceView): Mention[] {
  const { lower } = view;
  const out: Mention[] = [];
  for (const t of TERMS.scan(lower)) {
    if (GENERIC_NAMES.has(t.text.replace(GAPS, ' '))) {
      if (!isSpineNote(view.note)) continue;
      if (GENERIC_NOT_THERAPY_AFTER.test(lower.slice(t.end, t.end + 30))) continue;
      if (capitalizedWordBefore(view.text, t.index)) continue;
      const window = lower.slice(Math.max(0, t.index - 40), Math.min(lower.length, t.end + 40));
      if (NOT_SPINE_CARE.test(window)) continue;
    }
    // "a chiropractor for her neck", "PT for the left knee": care aimed at another part, whatever else the sentence says.
    // "the opioid" refers back to a drug already named (or to none): not a new mention.
    if (t.value.drug && CLASS_DRUGS.has(t.value.drug) && REFERENCE_BEFORE.test(lower.slice(Math.max(0, t.index - 6), t.index))) continue;
    // "attributed to anesthesia and opioids": a cause, not a treatment.
    if (CAUSE_BEFORE.test(lower.slice(Math.max(0, t.index - 40), t.index))) continue;
    if (OTHER_THERAPY_BEFORE.test(lower.slice(Math.max(0, t.index - 20), t.index))) continue;
    if (t.text.endsWith('duty') && (DUTY_UNAVAILABLE_AFTER.test(lower.slice(t.end, t.end + 30)) || DUTY_OFFER_BEFORE.test(lower.slice(Math.max(0, t.index - 30), t.index)))) continue;
    const aim = lower.slice(t.end, t.end + 50);
    if (FOR_OTHER_PART.test(aim) && !SPINE_IN_AIM.test(aim)) continue;
    if (t.value.drug) {
      if (t.text === 'lidocaine' && !LIDOCAINE_PATCH.test(lower.slice(t.end, t.end + 24))) continue;
      if (DRUG_NOT_THERAPY_AFTER.test(lower.slice(t.end, t.end + 20))) continue;
      if (INJECTATE_BEFORE.test(lower.slice(Math.max(0, t.index - 6), t.index))) continue;
      if (t.value.drug === 'methylprednisolone' && INJECTATE_AFTER.test(lower.slice(t.end, t.end + 60))) continue;
    }
    const previous = out[out.length - 1];
    if (
      previous &&
      previous.value.modality === t.value.modality &&
      !previous.value.drug &&
      !t.value.drug &&
      JOIN_GAP.test(lower.slice(previous.end, t.index))
    ) {
      previous.end = t.end;
      continue;
    }
    if (t.text === 'hep' && HEP_NOT_EXERCISE.test(lower.slice(t.end, t.end + 8))) continue;
    if (
      t.value.modality === 'homeExercise' &&
      (out.some((o) => o.value.modality === 'physicalTherapy') || PT_BEFORE.test(lower.slice(Math.max(0, t.index - 40), t.index))) &&
      CONTENT_OF_PT_BEFORE.test(lower.slice(Math.max(0, t.index - 24), t.index))
    ) continue;
    out.push({ index: t.index, end: t.end, value: t.value });
  }
  // A class that labels its drug is the drug's label, not another treatment.
  return out.filter((m, i) => {
    const next = out[i + 1];
    return !(m.value.drug && next?.value.drug && CLASS_OF.get(next.value.drug) === m.value.drug && LABEL_GAP.test(lower.slice(m.end, next.index)));
  });
}

interface Cue<V> {
  index: number;
  end: number;
  value: V;
  text: string;
}

function statusOf(
  mention: Mention,
  clause: Clause,
  cues: readonly Cue<StatusCue>[],
  hasResponse: boolean,
  view: SentenceView,
): { cue?: StatusCue; cueText?: string; status?: TherapyStatus } {
  const inPlan = view.section.category === 'plan';
  const inClause = cues.filter(
    (c) =>
      c.index >= clause.index &&
      c.end <= clause.end &&
      // "ibuprofen as needed" is being taken, except as an order in a plan.
      !(inPlan && (c.text === 'as needed' || c.text === 'prn' || c.text === 'p.r.n.')) &&
      (c.text !== 'on' ||
        (c.end <= mention.index && mention.index - c.end <= 2 && !ON_AFTER_START.test(view.lower.slice(Math.max(0, c.index - 30), c.index)))) &&
      (!DISCHARGE_CUES.has(c.text) || (c.end <= mention.index && mention.index - c.end <= DISCHARGED_FROM_REACH)),
  );
  const found = nearestCue(inClause, mention.index, mention.end, 40);
  const cue = found?.value;
  const cueText = found?.text;
  switch (cue) {
    case 'completed':
    case 'intolerant':
      return { cue, cueText, status: 'completed' };
    case 'ongoing':
      return { cue, cueText, status: 'ongoing' };
    case 'planned':
      return { cue, cueText, status: 'planned' };
    case 'pastPlanned':
      return { cue, cueText, status: hasResponse ? 'completed' : 'planned' };
    case 'refused':
      return { cue, cueText };
  }
  if (hasResponse) return { status: 'completed' };
  switch (view.section.category) {
    case 'technique':
      // A procedure note's "PROCEDURE:" section: the injection was done today.
      return { status: 'completed' };
    case 'plan':
      return { status: 'planned' };
    case 'medications':
      return { status: 'ongoing' };
    case 'pastHistory':
    case 'pastSurgicalHistory':
      return { status: 'completed' };
  }
  return {};
}

/** The next clause speaks of the care just named: "Gabapentin was titrated over 6 weeks; it has not helped", "…, none of which helped". */
const REFERRING_START = pattern(
  'conservativeTherapy.referringStart',
  '^[ ,;:-]{0,3}(?:(?:and|but)[ ]{1,2})?(?:it|they|this|these|which|both|neither|(?:none|all|each|either)[ ]{1,2}of[ ]{1,2}(?:which|these|them|those))(?![a-z])',
);

/** How care went, told in the next clause of the sentence about the clause's therapies, naming none of its own. */
function referredResponse(
  lower: string,
  clauses: readonly Clause[],
  clause: Clause,
  mentions: readonly Mention[],
  responsesOf: (clause: Clause) => ReadonlyArray<Cue<TherapyResponse>>,
): Cue<TherapyResponse> | undefined {
  const next = clauses.find((c) => c.index >= clause.end);
  if (!next || !REFERRING_START.test(lower.slice(clause.end, next.end))) return undefined;
  if (mentions.some((m) => m.index >= next.index && m.end <= next.end)) return undefined;
  return responsesOf(next)[0];
}

/** "PT helped her back a great deal, but her leg pain is no better": helped with one complaint and not the other is partial. */
const CONTRAST_START = pattern('conservativeTherapy.contrastStart', '^[ ,]{0,2}(?:but|however|although|though|yet|while|whereas)(?![a-z])');

function mixedResponse(
  lower: string,
  clauses: readonly Clause[],
  clause: Clause,
  mentions: readonly Mention[],
  responsesOf: (clause: Clause) => ReadonlyArray<Cue<TherapyResponse>>,
  response: TherapyResponse,
): TherapyResponse {
  if (response === 'partial') return response;
  const next = clauses.find((c) => c.index >= clause.end);
  if (!next || !CONTRAST_START.test(lower.slice(clause.end, next.end))) return response;
  if (mentions.some((m) => m.index >= next.index && m.end <= next.end)) return response;
  const opposite: TherapyResponse = response === 'good' ? 'none' : 'good';
  return responsesOf(next).some((c) => c.value === opposite) ? 'partial' : response;
}

const FURTHER_COURSE_START = pattern(
  'conservativeTherapy.furtherCourseStart',
  `^[ ,;:-]{0,3}(?:(?:and|then|followed[ ]{1,2}by)[ ]{1,2})?${anyPhrase(FURTHER_COURSE_WORDS)}(?![a-z])`,
);

/** The spans of the clause after `clause` when it tells a further course of the clause's one therapy and names none itself. */
function furtherCourses(lower: string, clauses: readonly Clause[], clause: Clause, inClause: readonly Mention[], mentions: readonly Mention[], durations: readonly DurationMention[]): DurationMention[] {
  if (inClause.some((m) => m.value.modality !== inClause[0].value.modality || m.value.drug !== inClause[0].value.drug)) return [];
  // The next clause with words in it: ", then" is two breaks with a blank between.
  const next = clauses.find((c) => c.index >= clause.end && lower.slice(c.index, c.end).trim() !== '');
  if (!next || !FURTHER_COURSE_START.test(lower.slice(clause.end, next.end))) return [];
  if (mentions.some((m) => m.index >= next.index && m.end <= next.end)) return [];
  // "then another 4 weeks are planned": a course still to come adds nothing.
  if (STATUS.scan(lower, next.index, next.end).some((c) => c.value === 'planned')) return [];
  return durations.filter((d) => d.kind === 'span' && !d.untilNow && d.index >= next.index && d.end <= next.end);
}

function durationFor(
  lower: string,
  mention: Mention,
  mentions: readonly Mention[],
  durations: readonly DurationMention[],
  clauses: readonly Clause[],
  clause: Clause,
  status: TherapyStatus | undefined,
  statusCue: StatusCue | undefined,
): { days: number; since: boolean; ended: boolean; at: { index: number; end: number }; dates?: DurationMention } | undefined {
  const own: DurationMention[] = [];
  const shared: Array<{ d: DurationMention; distance: number }> = [];
  const inClause = mentions.filter((m) => m.index >= clause.index && m.end <= clause.end);
  for (const d of durations) {
    if (d.index < clause.index || d.end > clause.end) continue;
    // "3 weeks ago" dates an event, not a course; but "started PT 6 weeks ago" and still going is 6 weeks of care.
    if (d.kind === 'ago' && !(status === 'ongoing' && statusCue === 'ongoing')) continue;
    // "6 weeks of PT": the duration belongs to the therapy right after it.
    const next = inClause.find((m) => m.index >= d.end);
    // "6 weeks of PT": that therapy's own; the other therapies of the clause share it (test/fixtures conventions).
    if (next && DURATION_OF.test(lower.slice(d.end, next.index))) {
      if (next === mention) own.push(d);
      else shared.push({ d, distance: Math.abs(next.index - mention.index) });
      continue;
    }
    const owner = ownerOf(lower, d, inClause, clause);
    if (owner === 'symptom' || owner === undefined) continue;
    if (owner === mention) own.push(d);
    else if (!toldOfAnEarlierItem(lower, d, mention, inClause)) shared.push({ d, distance: d.index >= mention.end ? d.index - mention.end : mention.index - d.end });
  }
  // "N ago" measures an ongoing course only as its start: beside a span ("for the past 6 weeks ..., last session 3 days ago") it dates an event.
  if (durations.length > 1) {
    const spans = (d: DurationMention): boolean => d.kind !== 'ago';
    if (own.some(spans)) own.splice(0, own.length, ...own.filter(spans));
    if (shared.some((x) => spans(x.d))) shared.splice(0, shared.length, ...shared.filter((x) => spans(x.d)));
  }
  // "Over the last 7 months he has completed 14 weeks of PT": the span up to now is the window the course was told in.
  if (own.some((d) => d.untilNow) && own.some((d) => d.kind === 'span' && !d.untilNow)) own.splice(0, own.length, ...own.filter((d) => !d.untilNow));
  // Sequential courses of one therapy add up: "two courses (fall, 8 weeks; spring, 6 weeks)", "two courses of PT, 6 weeks each",
  // "PT for 4 weeks in January, then another 4 weeks in February".
  if (own.length && own.every((d) => d.kind === 'span')) own.push(...furtherCourses(lower, clauses, clause, inClause, mentions, durations));
  if (own.length) {
    const at = { index: own[0].index, end: own[own.length - 1].end };
    // With several therapies in the clause, "2 months each" shares one duration among them.
    const oneTherapy = inClause.every((m) => m.value.modality === mention.value.modality && m.value.drug === mention.value.drug);
    const days = own.reduce((sum, d) => sum + d.days * (oneTherapy ? d.courses ?? 1 : 1), 0);
    return { days, since: own.some((d) => d.kind === 'since' || d.untilNow === true), ended: own.every((d) => d.ended === true), at, dates: own.length === 1 ? own[0] : undefined };
  }
  if (shared.length) {
    const d = shared.reduce((a, b) => (b.distance < a.distance ? b : a)).d;
    return { days: d.days, since: d.kind === 'since' || d.untilNow === true, ended: d.ended === true, at: { index: d.index, end: d.end }, dates: d };
  }
  return undefined;
}

/**
 * The dates of the clause that place the therapy's course ("in March and April 2026", "stopped in September"): its own,
 * else those of the nearest therapy of the clause they belong to (one date for a list, as one duration); the earliest
 * start and the latest end ("January-February and May-June 2026": one finding of two courses).
 */
function courseDatesFor(lower: string, mention: Mention, mentions: readonly Mention[], dates: readonly CourseDates[], clause: Clause): CourseDates | undefined {
  const inClause = mentions.filter((m) => m.index >= clause.index && m.end <= clause.end);
  const own: CourseDates[] = [];
  const shared: Array<{ d: CourseDates; distance: number }> = [];
  for (const d of dates) {
    if (d.index < clause.index || d.end > clause.end) continue;
    const owner = ownerOf(lower, d, inClause, clause, COMPLAINT);
    if (owner === 'symptom' || owner === undefined) continue;
    if (owner === mention) own.push(d);
    else if (!toldOfAnEarlierItem(lower, d, mention, inClause)) shared.push({ d, distance: Math.abs(owner.index - mention.index) });
  }
  const chosen = own.length ? own : shared.length ? [shared.reduce((a, b) => (b.distance < a.distance ? b : a)).d] : [];
  if (!chosen.length) return undefined;
  const starts = chosen.flatMap((d) => (d.startDate ? [d.startDate] : [])).sort();
  const ends = chosen.flatMap((d) => (d.endDate ? [d.endDate] : [])).sort();
  return { index: chosen[0].index, end: chosen[chosen.length - 1].end, startDate: starts[0], endDate: ends[ends.length - 1], opens: chosen.some((d) => d.opens) };
}

/**
 * A course's dates as attributes, when the note gives them. A start with the care still going on runs to the visit; dates
 * alone ("PT January-February 2026") give the duration when none is stated, and a course they end before the visit is completed.
 */
function placeCourse(attributes: TherapyAttributes, dates: CourseDates, dateOfService: string | null): void {
  let { startDate, endDate } = dates;
  if (dateOfService && startDate && startDate > dateOfService) return;
  if (startDate && !endDate && dates.opens && attributes.status === 'ongoing' && dateOfService) endDate = dateOfService;
  if (startDate && endDate && endDate <= startDate) return;
  if (startDate) attributes.startDate = startDate;
  if (endDate) attributes.endDate = endDate;
  if (attributes.durationDays === undefined && startDate && endDate) attributes.durationDays = daysBetween(startDate, endDate);
  if (attributes.status === undefined && endDate && dateOfService && endDate <= dateOfService && startDate) attributes.status = 'completed';
}

/**
 * What a cue told right after one item of a list says is that item's, not the next ones': "PT x 6 weeks (no relief),
 * meloxicam x 4 weeks, chiropractic" gives the chiropractic neither. A cue after the whole list ("ibuprofen and
 * gabapentin for 2 months") or before it ("no relief from PT or NSAIDs") is the list's, and what a colon after it
 * introduces is the item's content ("Continue PT for 6 more weeks: core stabilization, activity modification").
 */
function toldOfAnEarlierItem(lower: string, cue: { index: number; end: number }, mention: Mention, inClause: readonly Mention[]): boolean {
  if (cue.end > mention.index || !inClause.some((m) => m !== mention && m.end <= cue.index)) return false;
  return !lower.slice(cue.end, mention.index).includes(':');
}

/** The therapy (or symptom) a duration is about: the nearest before it, else the nearest after it. */
function ownerOf(lower: string, d: { index: number; end: number }, mentions: readonly Mention[], clause: Clause, symptoms = SYMPTOM): Mention | 'symptom' | undefined {
  let beforeTherapy: Mention | undefined;
  let afterTherapy: Mention | undefined;
  for (const m of mentions) {
    if (m.end <= d.index) beforeTherapy = m;
    else if (m.index >= d.end && !afterTherapy) afterTherapy = m;
  }
  let symptomBefore = -1;
  let symptomAfter = -1;
  for (const s of scanRange(symptoms, lower, clause.index, clause.end)) {
    const at = s.index;
    if (mentions.some((m) => at >= m.index && at < m.end)) continue;
    if (at + s[0].length <= d.index) symptomBefore = at + s[0].length;
    else if (at >= d.end && symptomAfter === -1) symptomAfter = at;
  }
  const beforeEnd = beforeTherapy ? beforeTherapy.end : -1;
  if (beforeTherapy || symptomBefore !== -1) {
    if (symptomBefore > beforeEnd) return d.index - symptomBefore <= 60 || !afterTherapy ? 'symptom' : afterTherapy;
    if (beforeTherapy && d.index - beforeTherapy.end <= 60) return beforeTherapy;
  }
  if (afterTherapy && (symptomAfter === -1 || afterTherapy.index < symptomAfter)) return afterTherapy;
  return symptomBefore !== -1 || symptomAfter !== -1 ? 'symptom' : beforeTherapy;
}

const CELL_WORDS = new Map<string, TherapyResponse>();
for (const [response, words] of RESPONSE_CELL_WORDS) for (const w of words) CELL_WORDS.set(w, response);
const CELL_PUNCTUATION = pattern('conservativeTherapy.cellPunctuation', '[^a-z ]+', 'g');

/**
 * The response cues of a clause or table cell as ConText decides them (context/rules/therapyResponse.ts):
 * a negated cue is no response ("not very effective"), a hedged one states none ("not certain it was
 * very helpful").
 */
function decidedResponses(lower: string, span: Clause, cues: ReadonlyArray<Cue<TherapyResponse>>, section: SectionCategory): Array<Cue<TherapyResponse>> {
  return decidedCues(lower, span.index, span.end, 'therapyResponse', cues, section, 'none');
}

/** How care went, from a table's Response cell: a cue ("no relief", "2 weeks of relief", "50% relief") or a bare word ("partial"). */
function cellResponse(lower: string, cell: Span, section: SectionCategory): TherapyResponse | undefined {
  if (scanRange(SHORT_RELIEF, lower, cell.index, cell.end).length) return 'partial';
  const percent = percentRelief(lower, cell);
  if (percent) return percent.value;
  const cue = RESPONSE.scan(lower, cell.index, cell.end).find((c) => c.end <= cell.end);
  if (cue) return decidedResponses(lower, cell, [cue], section)[0]?.value;
  return CELL_WORDS.get(lower.slice(cell.index, cell.end).replace(CELL_PUNCTUATION, ' ').trim());
}

const CELL_STATUS: Partial<Record<StatusCue, TherapyStatus>> = { completed: 'completed', intolerant: 'completed', ongoing: 'ongoing', planned: 'planned' };

/** One episode per therapy named in the row's therapy cell (each drug of "ibuprofen / gabapentin" its own). */
function tableEpisodes(view: SentenceView, row: TherapyRow, mentions: readonly Mention[]): Candidate<'conservativeTherapy'>[] {
  const { lower } = view;
  const seen = new Set<string>();
  const named = mentions.filter((m) => {
    const key = `${m.value.modality}/${m.value.drug ?? ''}`;
    if (m.index < row.therapy.index || m.end > row.therapy.end || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const response = row.response ? cellResponse(lower, row.response, view.section.category) : undefined;
  const statusCue = row.status ? STATUS.scan(lower, row.status.index, row.status.end)[0]?.value : undefined;
  return named.map((mention) => {
    let status: TherapyStatus | undefined = statusCue ? CELL_STATUS[statusCue] : undefined;
    if (!status && !statusCue) status = row.ongoing ? 'ongoing' : row.ended || response ? 'completed' : statusOf(mention, row.therapy, [], false, view).status;
    const attributes: TherapyAttributes = { modality: mention.value.modality };
    if (mention.value.drug) attributes.drug = mention.value.drug;
    const at = row.anchor ?? mention;
    const candidate: Candidate<'conservativeTherapy'> = { kind: 'conservativeTherapy', start: view.start + at.index, end: view.start + at.end, attributes };
    if (row.durationDays !== undefined && mention.value.modality !== 'injection') {
      attributes.durationDays = row.durationDays;
      if (row.durationAt) candidate.valueAt = { durationDays: { start: view.start + row.durationAt.index, end: view.start + row.durationAt.end } };
    }
    if (status) attributes.status = status;
    if (status !== 'planned' && mention.value.modality !== 'injection') {
      if (row.startDate) attributes.startDate = row.startDate;
      if (row.endDate) attributes.endDate = row.endDate;
    }
    if (response && status !== 'planned') attributes.response = response;
    return candidate;
  });
}

function extract(view: SentenceView): Candidate<'conservativeTherapy'>[] {
  const category = view.section.category;
  if (category === 'allergies' || category === 'familyHistory') return [];
  // Therapy for a knee or a neck is not the guideline's conservative care; nor is a note's title.
  if (notAboutSpine(view) || TITLE.test(view.text) || isNoteTitle(view)) return [];
  const { lower } = view;
  const terms = termMentions(view);
  const mentions = [...terms, ...ptMentions(view, terms), ...episodeFieldMentions(view)].sort((a, b) => a.index - b.index);
  if (mentions.length === 0) return [];
  const row = therapyRow(view);
  if (row) return tableEpisodes(view, row, mentions);
  const episodes = timeCellEpisodes(view);
  if (episodes) return episodes.flatMap((episode) => tableEpisodes(view, episode, mentions));

  const clauses = clausesOf(lower);
  const statusCues = STATUS.scan(lower).filter((c) => !mentions.some((m) => c.index < m.end && c.end > m.index));
  const responseCues = RESPONSE.scan(lower).filter((c) => !mentions.some((m) => c.index < m.end && c.end > m.index));
  const dos = view.note.dateOfService;
  const durations = findDurations(lower, 0, lower.length, dos);
  const courseDates = findCourseDates(lower, 0, lower.length, dos).filter((c) => !durations.some((d) => d.index < c.end && d.end > c.index));

  const decided = new Map<Clause, Array<Cue<TherapyResponse>>>();
  const responsesOf = (clause: Clause) => {
    let found = decided.get(clause);
    if (found === undefined) decided.set(clause, (found = decidedResponses(lower, clause, responseCues, category)));
    return found;
  };

  const out: Candidate<'conservativeTherapy'>[] = [];
  for (const mention of mentions) {
    const clause = clauseAt(clauses, mention.index);
    const clauseResponses = [...responsesOf(clause)];
    for (const short of scanRange(SHORT_RELIEF, lower, clause.index, clause.end)) {
      const end = short.index + short[0].length;
      // "helped x 2-3 days": the relief was brief, whatever "helped" alone would say.
      for (let i = clauseResponses.length - 1; i >= 0; i--) if (clauseResponses[i].index < end && clauseResponses[i].end > short.index) clauseResponses.splice(i, 1);
      clauseResponses.push({ index: short.index, end, value: 'partial', text: short[0] });
    }
    const percent = percentRelief(lower, clause);
    if (percent) clauseResponses.push(percent);
    const inClause = mentions.filter((m) => m.index >= clause.index && m.end <= clause.end);
    const responseCue =
      closestCue(clauseResponses.filter((c) => !toldOfAnEarlierItem(lower, c, mention, inClause)), mention.index, mention.end) ??
      referredResponse(lower, clauses, clause, mentions, responsesOf);
    const found = statusOf(mention, clause, statusCues, responseCue !== undefined, view);
    const { cue } = found;
    let { status } = found;

    const attributes: TherapyAttributes = { modality: mention.value.modality };
    if (mention.value.drug) attributes.drug = mention.value.drug;
    // An injection is an event, not a course: "two weeks of relief" is its response, never its duration.
    let valueAt: Candidate['valueAt'];
    const duration = mention.value.modality === 'injection' ? undefined : durationFor(lower, mention, mentions, durations, clauses, clause, status, cue);
    if (duration !== undefined) {
      attributes.durationDays = duration.days;
      valueAt = { durationDays: { start: view.start + duration.at.index, end: view.start + duration.at.end } };
      // "Continue PT for 4 more weeks" is a future course; "on Lyrica since June", "for the past 3 weeks" is still going on.
      if (cue === 'ongoing' && found.cueText && CONTINUE.test(found.cueText) && !duration.since) status = 'planned';
      if (cue === undefined && duration.since && status !== 'planned') status = 'ongoing';
      // "PT from March to May": a course whose dates ended before the visit is completed.
      if (cue === undefined && duration.ended && status === undefined) status = 'completed';
    }
    if (status) attributes.status = status;
    if (mention.value.modality !== 'injection' && status !== 'planned') {
      // "Started PT 3 weeks ago" and still going: from then to the visit.
      const told = duration?.dates;
      const dates = told?.startDate || told?.endDate ? { ...told, opens: told.kind === 'ago' } : courseDatesFor(lower, mention, mentions, courseDates, clause);
      if (dates) placeCourse(attributes, dates, dos);
    }
    if (responseCue && status !== 'planned') attributes.response = mixedResponse(lower, clauses, clause, mentions, responsesOf, responseCue.value);

    out.push({
      kind: 'conservativeTherapy',
      start: view.start + mention.index,
      end: view.start + mention.end,
      attributes,
      ...(valueAt ? { valueAt } : {}),
    });
  }
  return out;
}

export const conservativeTherapyExtractor: Extractor = {
  name: 'conservativeTherapy',
  anchor: THERAPY_ANCHOR,
  extract,
};
