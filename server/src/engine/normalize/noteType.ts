import { anyOf, pattern, phraseSource } from '../patterns';
import { NoteType, Section, SectionCategory } from '../types';
import { INPATIENT_HEADINGS, LETTER_CLOSINGS, LETTER_OPENINGS, NOTE_BODY_HEADINGS, NOTE_TITLE_CUES } from '../vocabulary/noteTypes';
import { modalityAt } from './reportTitle';

/**
 * What kind of note this is, decided once per note from its title, its headings and its sections:
 * an imaging report, a clinic/consult note, a physical therapy note, an emergency (or urgent care)
 * note, an operative or pre-operative note, a letter — or 'unknown' when nothing says so. The
 * rules declare the types they apply to (rules/types.ts); 'unknown' keeps every rule.
 *
 * Order of evidence: the title (first non-blank line, else the second) names the type; a title
 * naming an imaging exam counts only when the note has no clinic headings (an "MRI review" visit
 * is a clinic note). Without a telling title: a letter's greeting or closing, headings only one
 * kind of note has (an operative report's "PREOPERATIVE DIAGNOSIS:", an "ED COURSE:"), a radiology
 * layout (FINDINGS / TECHNIQUE / COMPARISON without clinic headings), a clinic layout (history of
 * present illness with an assessment or plan). An inpatient stay (hospital course, discharge
 * diagnosis) is none of these: unknown.
 */

const TITLE_CUES = NOTE_TITLE_CUES.map(([type, phrases], rank) => ({
  type,
  rank,
  regex: pattern(`noteType.title.${type}`, `(?<![a-z])${anyOf(phrases.map((p) => phraseSource(p)))}(?![a-z])`, 'g'),
}));
const IMAGING_RANK = NOTE_TITLE_CUES.findIndex(([type]) => type === 'imaging');

const BODY_HEADINGS = NOTE_BODY_HEADINGS.map(([type, phrases]) => ({
  type,
  regex: pattern(`noteType.body.${type}`, `(?:^|\\n)[ \\t]{0,4}${anyOf(phrases.map((p) => phraseSource(p)))}[ \\t]{0,2}:`),
}));
const INPATIENT = pattern('noteType.inpatient', `(?:^|\\n)[ \\t]{0,4}${anyOf(INPATIENT_HEADINGS.map((p) => phraseSource(p)))}[ \\t]{0,2}:`);
const LETTER_OPENING = pattern('noteType.letterOpening', `(?:^|\\n)[ \\t]{0,4}${anyOf(LETTER_OPENINGS.map((p) => phraseSource(p)))}(?![a-z])`);
const LETTER_CLOSING = pattern('noteType.letterClosing', `(?:^|\\n)[ \\t]{0,4}${anyOf(LETTER_CLOSINGS.map((p) => phraseSource(p)))}[ \\t]{0,2}[,\\n]`);

/** Where a letter opens and closes: its first and last characters, not its whole body. */
const LETTER_HEAD = 1500;
const LETTER_TAIL = 800;

/** Headings only clinical (not radiology) notes have; "EXAM:" is also a radiology report's exam name. */
const CLINIC_SECTIONS: ReadonlySet<SectionCategory> = new Set([
  'hpi',
  'pastHistory',
  'pastSurgicalHistory',
  'socialHistory',
  'familyHistory',
  'assessment',
  'plan',
  'medications',
  'allergies',
  'reviewOfSystems',
]);

/** A title is a short line; a long one is already the note's text. */
const MAX_TITLE = 120;

/**
 * The title lines: the first two non-blank lines, up to the first heading that opens a section of
 * the note ("HISTORY OF PRESENT ILLNESS: ... presented to the emergency room" is text, not a title).
 * An exam heading ("EXAM: CT LUMBAR SPINE") names the report and counts.
 */
function titleLines(lower: string, sections: readonly Section[]): string[] {
  const lines: string[] = [];
  let i = 0;
  while (lines.length < 2 && i < lower.length && i < 2000) {
    let end = lower.indexOf('\n', i);
    if (end === -1) end = lower.length;
    const lineStart = i;
    i = end + 1;
    if (lower.slice(lineStart, end).trim() === '') continue;
    const heading = sections.find((s) => s.start >= lineStart && s.start < end && s.bodyStart > s.start);
    if (heading && heading.category !== 'other' && heading.category !== 'exam') break;
    if (end - lineStart > MAX_TITLE) break;
    lines.push(lower.slice(lineStart, end));
  }
  return lines;
}

interface TitleCue {
  type: Exclude<NoteType, 'unknown'>;
  rank: number;
  start: number;
  end: number;
}

/** The type a title line names: its cues, overlapping ones resolved by the earliest start (then the longest), then the table's order. */
export function titleType(line: string): Exclude<NoteType, 'unknown'> | undefined {
  const cues: TitleCue[] = [];
  for (const { type, rank, regex } of TITLE_CUES) {
    regex.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = regex.exec(line)) !== null) cues.push({ type, rank, start: m.index, end: m.index + m[0].length });
  }
  const modality = modalityAt(line);
  if (modality) cues.push({ type: 'imaging', rank: IMAGING_RANK, ...modality });
  cues.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: TitleCue[] = [];
  for (const c of cues) if (!kept.some((k) => c.start < k.end && k.start < c.end)) kept.push(c);
  kept.sort((a, b) => a.rank - b.rank);
  return kept[0]?.type;
}

function isLetter(lower: string): boolean {
  return LETTER_OPENING.test(lower.slice(0, LETTER_HEAD)) || LETTER_CLOSING.test(lower.slice(Math.max(0, lower.length - LETTER_TAIL)));
}

/** The note's type, from its folded lower-case text and its sections. */
export function detectNoteType(lower: string, sections: readonly Section[]): NoteType {
  const clinicHeadings = sections.some((s) => CLINIC_SECTIONS.has(s.category));
  for (const line of titleLines(lower, sections)) {
    const type = titleType(line);
    if (type === 'imaging' && clinicHeadings) break;
    if (type) return type;
  }
  if (isLetter(lower)) return 'letter';
  for (const { type, regex } of BODY_HEADINGS) if (regex.test(lower)) return type;
  if (INPATIENT.test(lower)) return 'unknown';
  if (!clinicHeadings && documentKinds(lower).imaging) return 'imaging';
  const has = (category: SectionCategory) => sections.some((s) => s.category === category);
  if (has('hpi') && (has('assessment') || has('plan'))) return 'clinic';
  return 'unknown';
}

// ---------------------------------------------------------------- document kinds for the context rules

const OPERATIVE_NOTE = pattern(
  'clinic.operativeNote',
  '(?<![a-z])(?:procedures?[ ]{1,2}performed|operations?[ ]{1,2}performed|operative[ ]{1,2}(?:report|note|procedure)|principal[ ]{1,2}procedure|title[ ]{1,2}of[ ]{1,2}(?:the[ ]{1,2})?(?:operation|procedure)|name[ ]{1,2}of[ ]{1,2}(?:the[ ]{1,2})?(?:operation|procedure)|estimated[ ]{1,2}blood[ ]{1,2}loss|post-?operative[ ]{1,2}diagnos[ie]s)(?![a-z])',
);
const IMAGING_REPORT = pattern('clinic.imagingReport', '(?:^|\n)[ ]{0,4}(?:findings|technique|comparison)[ ]{0,2}:');

/**
 * What the context rules' document rules ask (context/rule.ts DocumentKind): does the note read
 * as an operative report (it names the operation performed), as an imaging report (radiology
 * headings)? Features, not the note's type: a clinic note may quote an operation performed.
 */
export function documentKinds(lower: string): Readonly<{ operative: boolean; imaging: boolean }> {
  return { operative: OPERATIVE_NOTE.test(lower), imaging: IMAGING_REPORT.test(lower) };
}
