import { anyOf, anyPhrase, pattern } from '../patterns';
import { RedFlagType } from '../types';
import { anchorFrom } from '../text/anchors';
import { LEG_PARTS } from '../vocabulary/symptomTerms';
import {
  ABSENT_TONE_QUALIFIERS,
  BACK_REFERENCES,
  BLADDER_DRUGS,
  CAUDA_EQUINA_SIGNS,
  PROGRESSING_DEFICITS,
  DEFICIT_MODIFIERS,
  NORMAL_TONE_PHRASES,
  NOT_CAUDA_EQUINA_PHRASES,
  SIGN_FIELDS,
  SignField,
  DEFICITS,
  OTHER_BLADDER_CAUSES,
  BLADDER_RELIEF_WORDS,
  OTHER_DEFICIT_CAUSES,
  PROGRESSION_WORDS,
  SLIP_GRADE_CHANGE_VERBS,
  SLIP_WORDS,
  SPECIFIC_CAUDA_EQUINA_WORDS,
  STRESS_INCONTINENCE_TRIGGERS,
  SUSPECTED_CAUDA_EQUINA,
  TONE_NOUNS_AFTER,
  TONES,
  WORSENING_AFTER,
} from '../vocabulary/redFlagTerms';
import { fieldAnswer, fieldAnswerText } from '../context/fields';
import { Clause, clauseAt, clausesOf } from '../context/scope';
import { CueTable, isSpineNote } from './shared/clinicClauses';
import { matchesIn } from './shared/termWindows';
import { Candidate, Extractor, NoteContext, SentenceView } from './types';

/**
 * Red flags: cauda equina symptoms, progressive neurological deficit, slip progression.
 *
 * Span: the symptom phrase ("saddle anesthesia", "decreased rectal tone", "progressive weakness",
 * "progression of the anterolisthesis"). Assertion: ConText alone, with the red-flag rules of
 * context/rules/redFlag.ts (a warning to watch for is hypothetical, a normal rectal tone and a slip
 * that has not progressed are absent).
 * "No rectal tone" is a sign found (the tone is absent), not a negated one; "no rectal tone abnormality" is not read.
 * Not read: "cauda equina" alone (anatomy on imaging), normal rectal tone, stress/urge incontinence, bladder or bowel
 * trouble alone in a note that lists a bladder drug, weakness with a stroke or a myopathy beside it.
 */

const CAUDA = new CueTable<true>('redFlags.caudaEquina', [[true, CAUDA_EQUINA_SIGNS]]);
const NOT_CAUDA = new CueTable<true>('redFlags.notCaudaEquina', [[true, NOT_CAUDA_EQUINA_PHRASES]]);
const DEFICIT = new CueTable<true>('redFlags.deficit', [[true, DEFICITS]]);
const PROGRESSION = new CueTable<true>('redFlags.progression', [[true, PROGRESSION_WORDS]]);
const WORSENING = new CueTable<true>('redFlags.worsening', [[true, WORSENING_AFTER]]);
/** Between a progression word and the deficit: "progressive left motor weakness". */
const DEFICIT_MODIFIER = pattern(
  'redFlags.deficitModifiers',
  `^(?:[ ]{1,2}${anyPhrase(DEFICIT_MODIFIERS, '[ ]{1,2}')}(?![a-z])(?:,|/|[ ]{1,2}(?:and|or))?){0,3}[ ]{0,2}$`,
);
const PROGRESSING_DEFICIT = new CueTable<true>('redFlags.progressingDeficit', [[true, PROGRESSING_DEFICITS]]);
/** Between a deficit and its worsening: where it is ("weakness in his left foot has gotten worse"), "that is", a comma ("leg weakness, progressively worse"), a field's colon ("Leg weakness: progressive"). */
const DEFICIT_PLACE = `(?:[ ]{1,2}(?:in|of)[ ]{1,2}(?:(?:the|his|her|their|both)[ ]{1,2})?(?:(?:left|right|bilateral)[ ]{1,2})?${anyPhrase(LEG_PARTS, '[ ]{1,2}')}(?![a-z]))?`;
const DEFICIT_LINK = pattern('redFlags.deficitLink', `^${DEFICIT_PLACE}(?:,|[ ]{0,2}:)?[ ]{1,2}(?:(?:that|which)[ ]{1,2})?(?:(?:is|are|has|have|been)[ ]{1,2}){0,2}`);
const SLIPS = new CueTable<true>('redFlags.slip', [[true, SLIP_WORDS]]);
const SLIP_MODIFIERS = '(?:(?:grade[ ]{1,2}(?:[1-5]|i{1,3}|iv|v|one|two|three|four|five)|l[1-5][ -]?(?:l?[1-5]|s1)|anterior|isthmic|degenerative)[ ]{1,2}){0,3}';
const SLIP_BEFORE = pattern(
  'redFlags.slipBefore',
  `(?<![a-z])(?:(?:progression|increase|worsening)[ ]{1,2}(?:in|of)[ ]{1,2}(?:the[ ]{1,2})?(?:degree[ ]{1,2}of[ ]{1,2}(?:the[ ]{1,2})?)?|(?:progressive|progressing|progressed|increased|increasing|worsening|worsened|further)[ ]{1,2})${SLIP_MODIFIERS}$`,
);
const SLIP_AFTER = pattern(
  'redFlags.slipAfter',
  "^[ ]{1,2}(?:progression|(?:(?:at|of)[ ]{1,2}l[1-5](?:[ -]?(?:l?[1-5]|s1)|[ ]{1,2}on[ ]{1,2}(?:l[1-5]|s1))[ ]{1,2})?(?:(?:has|have|had|hasn't|haven't)[ ]{1,2})?(?:not[ ]{1,2})?(?:(?:slightly|mildly|minimally|further|significantly)[ ]{1,2})?(?:progressed|increased|worsened))(?![a-z])",
);
const ORDINAL_GRADE = '([1-5]|i{1,3}|iv|v|one|two|three|four|five)';
const GRADE_CHANGE = pattern(
  'redFlags.gradeChange',
  `(?<![a-z])${anyOf(SLIP_GRADE_CHANGE_VERBS)}[ ]{1,2}from[ ]{1,2}(?:a[ ]{1,2})?grade[ ]{1,2}${ORDINAL_GRADE}[ ]{1,2}to[ ]{1,2}(?:a[ ]{1,2})?(?:grade[ ]{1,2})?${ORDINAL_GRADE}(?![a-z0-9])`,
  'g',
);
const CAUDA_SUSPECTED = pattern(
  'redFlags.caudaSuspected',
  '(?<![a-z])(?:possible|probable|early|impending|incipient|incomplete|evolving|suspected|suspect|concern[ ]{1,2}for|concerning[ ]{1,2}for|worrisome[ ]{1,2}for|r/o|rule[ -]out|to[ ]{1,2}rule[ ]{1,2}out|evaluate[ ]{1,2}for|eval[ ]{1,2}for)(?:[ ]{1,2}(?:early|incomplete|evolving|impending))?[ ]{1,2}(cauda[ ]{1,2}equina)(?![ ]{1,2}(?:syndrome|nerve|roots?|fibers|compression|crowding|is|are|appears|syndromes))(?![a-z])',
  'g',
);
/** Complaints that stress, urge or postoperative incontinence (NOT_CAUDA_BEFORE, STRESS_TRIGGER_AFTER) explain. */
const BLADDER_COMPLAINT = pattern('redFlags.bladderComplaint', 'incontinence|retention');
const NOT_CAUDA_BEFORE = pattern('redFlags.notCaudaBefore', '(?<![a-z])(?:stress|urge|mixed|functional|overflow[ ]{1,2}and[ ]{1,2}stress|postoperative|post-?op)[ ]{1,2}(?:urinary[ ]{1,2})?$');
const STRESS_TRIGGER_AFTER = pattern(
  'redFlags.stressTriggerAfter',
  `^[ ]{1,2}(?:with|when|on|during|if)[ ]{1,2}(?:(?:she|he|they)[ ]{1,2})?${anyPhrase(STRESS_INCONTINENCE_TRIGGERS)}(?![a-z])`,
);
const explainedBladderComplaint = (lower: string, c: { index: number; end: number; text: string }) =>
  BLADDER_COMPLAINT.test(c.text) && (NOT_CAUDA_BEFORE.test(lower.slice(Math.max(0, c.index - 30), c.index)) || STRESS_TRIGGER_AFTER.test(lower.slice(c.end, c.end + 40)));
/** Bladder and bowel complaints with another cause in view are not cauda equina signs. */
const UROLOGIC = new CueTable<boolean>('redFlags.urologic', [
  [true, OTHER_BLADDER_CAUSES],
  [false, BLADDER_RELIEF_WORDS],
]);
/** A cause named near the complaint, and not itself denied or only feared: "no history of prostate problems" explains nothing. */
const otherBladderCause = (view: SentenceView, from: number, to: number) =>
  UROLOGIC.scan(view.lower, from, to).some((c) => c.value && view.context.mentionStands(c.index, c.end));
const ON_BLADDER_DRUG = new CueTable<true>('redFlags.bladderDrugs', [[true, BLADDER_DRUGS]]);
/**
 * Whether a drug's name occurs in lower[0, end), on token boundaries or not: a note without one cannot
 * list a drug, and a string search per name says so without tokenizing the note (much cheaper than
 * one alternation tried at every position).
 */
function namesABladderDrug(lower: string, end: number): boolean {
  for (const name of BLADDER_DRUGS) {
    const at = lower.indexOf(name);
    if (at !== -1 && at < end) return true;
  }
  return false;
}
const BLADDER_DRUG_NOTES = new WeakMap<NoteContext, boolean>();
/** Whether the note lists a bladder or prostate drug (its first 20,000 characters, read once per note). */
function onBladderDrug(note: NoteContext): boolean {
  let known = BLADDER_DRUG_NOTES.get(note);
  if (known === undefined) {
    const end = Math.min(note.lower.length, 20_000);
    known = namesABladderDrug(note.lower, end) && ON_BLADDER_DRUG.test(note.lower, 0, end);
    BLADDER_DRUG_NOTES.set(note, known);
  }
  return known;
}
/** A bowel complaint, which a bladder drug does not explain: "bowel or bladder incontinence", "fecal incontinence". */
const BOWEL = pattern('redFlags.bowel', '(?<![a-z])(?:bowel|fecal|faecal|stool|b/b)');
/** Bladder or bowel trouble, not a sign specific to cauda equina, counts only in a spine note and without another cause in view. */
function explainedOtherwise(view: SentenceView, text: string, index: number, end: number): boolean {
  const { lower } = view;
  if (SPECIFIC_CAUDA.test(text)) return false;
  return !isSpineNote(view.note) || (!BOWEL.test(text) && onBladderDrug(view.note)) || otherBladderCause(view, Math.max(0, index - 60), Math.min(lower.length, end + 60));
}
/** The field answers (context/rules/fields.ts ids) that make a bowel/bladder label a finding: a no, a normal, an abnormal, a box. */
const LABEL_ANSWERS: ReadonlySet<string> = new Set(['field.no', 'field.normal', 'field.abnormal', 'field.emptyItem', 'field.deniedItem']);
const SIGN_FIELD = new CueTable<SignField>('redFlags.signField', SIGN_FIELDS.map((f): [SignField, readonly string[]] => [f, f.labels]));
const FIELD_COMPLAINTS = new Map(SIGN_FIELDS.map((f) => [f, pattern('redFlags.fieldComplaint', `^${anyPhrase(f.complaints)}(?![a-z])`)]));
/** What may stand before a field's label, after the line's start, a ";" or an inline heading: a bullet or a number. */
const LABEL_BULLET = pattern('redFlags.labelBullet', '^(?:[-*\u2022]|\\d{1,2}[.)])?$');
/** What a field's label follows: a line break, ";", ":", "|", or the full stop of the sentence before ("... spondylolisthesis. Bladder: incontinent"). */
const LABEL_OPENERS = new Set([10, 59 /* ; */, 58 /* : */, 124 /* | */, 46 /* . */]);
function startsLabel(lower: string, start: number): boolean {
  let k = start - 1;
  while (k >= 0 && start - k <= 40 && !LABEL_OPENERS.has(lower.charCodeAt(k))) k--;
  return (k < 0 || LABEL_OPENERS.has(lower.charCodeAt(k))) && LABEL_BULLET.test(lower.slice(k + 1, start).trim());
}
/**
 * "Bowel/bladder: normal", "Bowel/bladder: incontinent", "Rectal tone: decreased": the label of a field that asks
 * for a sign (SIGN_FIELDS), as the finding, when its answer states the sign or, for fields that read it, is a normal
 * or a no (its assertion is the field rules'); a label with any other answer says nothing.
 */
function signField(view: SentenceView, index: number, end: number, field: SignField): boolean {
  const { lower } = view.note;
  const start = view.start + index;
  if (!startsLabel(lower, start)) return false;
  const answer = fieldAnswerText(lower, start, view.start + end);
  // An answer that names a sign itself ("Bladder: urinary retention") is the finding, not the label.
  if (answer === undefined || CAUDA.test(answer)) return false;
  if (FIELD_COMPLAINTS.get(field)?.test(answer)) return true;
  const rule = fieldAnswer(lower, start, view.start + end);
  return field.readsNormal && rule !== undefined && LABEL_ANSWERS.has(rule.id);
}

/** Weakness with another cause in view (a stroke, a myopathy) is not a progressive radicular deficit. */
const OTHER_DEFICIT = new CueTable<true>('redFlags.otherDeficitCause', [[true, OTHER_DEFICIT_CAUSES]]);
const SPECIFIC_CAUDA = pattern('redFlags.specificCauda', `(?<![a-z])${anyOf(SPECIFIC_CAUDA_EQUINA_WORDS)}`);
const NORMAL_TONE = new CueTable<true>('redFlags.normalTone', [[true, NORMAL_TONE_PHRASES]]);
/** "no rectal tone" is a tone found absent, unless a noun follows that the "no" negates ("no rectal tone abnormality"). */
const ABSENT_TONE = new CueTable<true>('redFlags.absentTone', [[true, ABSENT_TONE_QUALIFIERS.flatMap((q) => TONES.map((t) => `${q} ${t}`))]]);
const TONE_NOUN_AFTER = pattern('redFlags.toneNounAfter', `^[ ]{1,2}${anyOf(TONE_NOUNS_AFTER)}(?![a-z])`);
/** "4 mm, previously 2 mm, consistent with interval progression": a progression word in a sentence about a slip. */
// Not a progression of something it names ("progression of disc degeneration"): one of the slip is SLIP_BEFORE's.
const BARE_PROGRESSION = pattern('redFlags.bareProgression', '(?<![a-z])(?:interval[ ]{1,2})?(?:progression(?![ ]{1,2}(?:of|in)[ ]{1,2}[a-z])|progressed)(?![a-z])', 'g');
export const RED_FLAG_ANCHOR = anchorFrom({
  caudaEquinaSigns: CAUDA_EQUINA_SIGNS,
  signFields: SIGN_FIELDS.flatMap((f) => f.labels),
  suspectedCaudaEquina: SUSPECTED_CAUDA_EQUINA,
  normalTone: NORMAL_TONE_PHRASES,
  deficits: DEFICITS,
  progressingDeficits: PROGRESSING_DEFICITS,
  slipWords: SLIP_WORDS,
  slipGradeChange: SLIP_GRADE_CHANGE_VERBS,
});

const BACK_REFERENCE = pattern('redFlags.backReference', `^[ ]*${anyPhrase(BACK_REFERENCES)}(?![a-z])`);
/**
 * Whether the clause at `index` is about a slip: it names one, or it opens by pointing back to a clause that
 * does. Not "degenerative changes have progressed but the listhesis is stable".
 */
function slipInClauseOf(lower: string, clauses: readonly Clause[], index: number): boolean {
  const clause = clauseAt(clauses, index);
  if (SLIPS.test(lower, clause.index, clause.end)) return true;
  const before = clauses.indexOf(clause) - 1;
  return before >= 0 && BACK_REFERENCE.test(lower.slice(clause.index, clause.index + 30)) && SLIPS.test(lower, clauses[before].index, clauses[before].end);
}

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, v: 5, one: 1, two: 2, three: 3, four: 4, five: 5 };
function gradeNumber(raw: string): number {
  return ROMAN[raw] ?? Number(raw);
}

function extract(view: SentenceView): Candidate<'redFlag'>[] {
  const { lower } = view;
  const found: Array<{ index: number; end: number; type: RedFlagType; normalTone?: boolean; head?: { index: number; end: number } }> = [];
  let m: RegExpExecArray | null;
  for (const c of NORMAL_TONE.scan(lower)) found.push({ index: c.index, end: c.end, type: 'caudaEquina', normalTone: true });
  // "Possible early cauda equina", "R/o cauda equina": the syndrome under suspicion, not the anatomy.
  for (const m of matchesIn(CAUDA_SUSPECTED, lower)) {
    const index = m.index + m[0].length - m[1].length;
    found.push({ index, end: index + m[1].length, type: 'caudaEquina' });
  }
  const otherNames = NOT_CAUDA.scan(lower);
  for (const c of CAUDA.scan(lower)) {
    if (found.some((f) => c.index < f.end && c.end > f.index) || otherNames.some((o) => c.index < o.end && c.end > o.index)) continue;
    if (explainedBladderComplaint(lower, c)) continue;
    if (TONE_NOUN_AFTER.test(lower.slice(c.end, c.end + 20)) && ABSENT_TONE.test(lower, c.index, c.end)) continue;
    if (explainedOtherwise(view, c.text, c.index, c.end)) continue;
    found.push({ index: c.index, end: c.end, type: 'caudaEquina' });
  }
  for (const c of SIGN_FIELD.scan(lower)) {
    if (found.some((f) => c.index < f.end && c.end > f.index)) continue;
    if (!signField(view, c.index, c.end, c.value) || explainedOtherwise(view, c.text, c.index, c.end)) continue;
    found.push({ index: c.index, end: c.end, type: 'caudaEquina' });
  }
  if (isSpineNote(view.note)) {
    for (const d of DEFICIT.scan(lower)) {
      if (OTHER_DEFICIT.test(lower, Math.max(0, d.index - 60), Math.min(lower.length, d.end + 60))) continue;
      // "progressive weakness", "new left foot drop"; or "weakness that is getting worse".
      let start = -1;
      const before = lower.slice(Math.max(0, d.index - 40), d.index);
      for (const p of PROGRESSION.scan(before)) {
        if (DEFICIT_MODIFIER.test(before.slice(p.end))) start = Math.max(0, d.index - 40) + p.index;
      }
      let end = d.end;
      if (start === -1) {
        const link = DEFICIT_LINK.exec(lower.slice(d.end, d.end + 40));
        const w = WORSENING.startingAt(lower, d.end + (link ? link[0].length : 0), 40);
        if (!w) continue;
        start = d.index;
        end = w.end;
      }
      found.push({ index: start, end, type: 'progressiveDeficit' });
    }
    for (const d of PROGRESSING_DEFICIT.scan(lower)) {
      if (found.some((f) => d.index < f.end && d.end > f.index)) continue;
      if (OTHER_DEFICIT.test(lower, Math.max(0, d.index - 60), Math.min(lower.length, d.end + 60))) continue;
      found.push({ index: d.index, end: d.end, type: 'progressiveDeficit' });
    }
  }
  GRADE_CHANGE.lastIndex = 0;
  while ((m = GRADE_CHANGE.exec(lower)) !== null) {
    const end = m.index + m[0].length;
    if (gradeNumber(m[2]) <= gradeNumber(m[1])) continue;
    if (found.some((f) => m !== null && m.index < f.end && end > f.index)) continue;
    found.push({ index: m.index, end, type: 'slipProgression' });
  }
  for (const sl of SLIPS.scan(lower)) {
    let index = sl.index;
    let end = sl.end;
    const before = SLIP_BEFORE.exec(lower.slice(Math.max(0, sl.index - 70), sl.index));
    const after = SLIP_AFTER.exec(lower.slice(sl.end, sl.end + 50));
    if (before) index = Math.max(0, sl.index - 70) + before.index;
    else if (after) end = sl.end + after[0].length;
    else continue;
    if (found.some((f) => index < f.end && end > f.index)) continue;
    // "the slip has not progressed": the slip is judged, and what is said of it after it decides.
    found.push({ index, end, type: 'slipProgression', head: before ? undefined : { index: sl.index, end: sl.end } });
  }
  if (!found.some((f) => f.type === 'slipProgression') && SLIPS.test(lower)) {
    const clauses = clausesOf(lower);
    BARE_PROGRESSION.lastIndex = 0;
    while ((m = BARE_PROGRESSION.exec(lower)) !== null) {
      if (slipInClauseOf(lower, clauses, m.index)) found.push({ index: m.index, end: m.index + m[0].length, type: 'slipProgression' });
    }
  }
  return found.map((f) => {
    const candidate: Candidate<'redFlag'> = { kind: 'redFlag', start: view.start + f.index, end: view.start + f.end, attributes: { type: f.type } };
    // "normal rectal tone": the tone is judged, and "normal" is a negation rule for it (context/rules/redFlag.ts).
    const tone = f.normalTone ? lower.lastIndexOf('tone', f.end) : -1;
    if (tone >= f.index) candidate.head = { start: view.start + tone, end: view.start + tone + 4 };
    else if (f.head) candidate.head = { start: view.start + f.head.index, end: view.start + f.head.end };
    return candidate;
  });
}

export const redFlagsExtractor: Extractor = {
  name: 'redFlags',
  anchor: RED_FLAG_ANCHOR,
  extract,
};
