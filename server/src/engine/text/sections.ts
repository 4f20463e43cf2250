import { pattern } from '../patterns';
import { Section, SectionCategory } from '../types';
import { isDigit } from './chars';
import {
  ADDENDUM_TITLE_NOUNS,
  ADDENDUM_TITLE_WORDS,
  NOT_PREOPERATIVE_TITLE_WORDS,
  PLANNING_SECTIONS,
  PREOPERATIVE_TITLE_WORDS,
  SECTION_HEADERS,
  SECTION_KEYWORDS,
  UNSTATED_PROCEDURE_TITLES,
} from '../vocabulary/sectionHeaders';
import { canonicalSegment, SEGMENT } from '../vocabulary/levels';

const OTHER_REGION_PARAGRAPH = pattern('sections.otherRegionParagraph', '^[ \\t]*(?:(c)[1-7][ \\t]?[-/][ \\t]?c?[1-8]|(t)(?:[1-9]|1[01])[ \\t]?[-/][ \\t]?t?(?:[1-9]|1[0-2]))(?:[ \\t]+level)?[ \\t]*:');
const HEADER_WITH_COLON = pattern('sections.headerWithColon', '^[ \\t]*(?:[-*\\u2022][ \\t]*)?([A-Za-z][A-Za-z0-9/&(), .-]{0,48}?)[ \\t]*:');
/** A SOAP letter ("S:", "P:") heads a section only before words or a line end: "P: 72" among vital signs is the pulse. */
const LETTER_HEADING_BODY = pattern('sections.letterHeadingBody', '^[ \\t]*(?:[A-Za-z]|$)');
/** "Imaging (MRI 03/2026, reviewed)": the parenthesis qualifies the title. */
const PARENTHESIS = pattern('sections.parenthesis', '\\([^()]{0,40}\\)', 'g');
/** Tested on the trimmed line, so that no two quantifiers compete for the same spaces. */
const HEADER_ALONE = pattern('sections.headerAlone', '^[A-Za-z][A-Za-z/&(), .-]{0,48}$');
const LEVEL_PARAGRAPH = pattern('sections.levelParagraph', `^[ \\t]*(?:at[ \\t]+)?(${SEGMENT})(?:[ \\t]+(?:level|disc|interspace))?(?:[ \\t]*\\([^()\\n]{0,40}\\))?[ \\t]*(?::|-(?=[ \\t])|\\.(?=[ \\t]))`);
/** "L3-L4, L4-L5 AND L5-S1:": a label naming several levels stays in its sentence, which then names them all. */
const LEVEL_LIST_LABEL = pattern(
  'sections.levelListLabel',
  `^[ \\t]*(?:at[ \\t]+)?${SEGMENT}(?:[ \\t]*(?:,|&|/|and|through|to)[ \\t]*(?:and[ \\t]+)?${SEGMENT}){1,5}(?:[ \\t]+levels?)?[ \\t]*:`,
);
const HEADING_NUMBER = pattern('sections.headingNumber', '^(?:\\d{1,2}|[ivxIVX]{1,4})[.)][ \\t]+');
const TITLE_NOISE = pattern('sections.titleNoise', '[/&(),.-]+', 'g');
const SPACES = pattern('sections.spaces', '\\s+', 'g');
const NON_BLANK = pattern('sections.nonBlank', '\\S');

/** Titles repeat from note to note ("HISTORY", "IMPRESSION"): their categories are remembered, up to a bound. */
const TITLE_CACHE = new Map<string, SectionCategory | null>();
const TITLE_CACHE_LIMIT = 4096;

function categoryOfTitle(title: string): SectionCategory | undefined {
  const cached = TITLE_CACHE.get(title);
  if (cached !== undefined) return cached ?? undefined;
  const key = foldedTitle(title);
  const category = Object.prototype.hasOwnProperty.call(SECTION_HEADERS, key) ? SECTION_HEADERS[key] : isAddendumTitle(key) ? 'addendum' : undefined;
  if (TITLE_CACHE.size >= TITLE_CACHE_LIMIT) TITLE_CACHE.clear();
  TITLE_CACHE.set(title, category ?? null);
  return category;
}

const ADDENDUM_WORDS = new Set(ADDENDUM_TITLE_WORDS);
const ADDENDUM_NOUNS = new Set(ADDENDUM_TITLE_NOUNS);
const ADJECTIVE_WORDS = new Set(['corrected', 'amended', 'revised']);

/** "addendum 12 09 2026", "corrected report": a folded title that opens an addendum. */
function isAddendumTitle(key: string): boolean {
  const space = key.indexOf(' ');
  const first = space === -1 ? key : key.slice(0, space);
  if (!ADDENDUM_WORDS.has(first)) return false;
  if (!ADJECTIVE_WORDS.has(first)) return true;
  const rest = space === -1 ? '' : key.slice(space + 1);
  const second = rest.split(' ', 1)[0];
  return ADDENDUM_NOUNS.has(second);
}

/** The category an unknown title's words suggest, if any. */
function categoryOfKeywords(title: string): SectionCategory | undefined {
  const words = title.toLowerCase().replace(TITLE_NOISE, ' ').split(SPACES);
  const matched = SECTION_KEYWORDS.filter(([, keywords]) => words.some((w) => keywords.includes(w))).map(([category]) => category);
  // "FAMILY HISTORY AND SOCIAL HISTORY": a family section only when nothing else shares the title.
  return matched.length > 1 ? matched.find((c) => c !== 'familyHistory') : matched[0];
}

const TITLE_CASE_WORDS = pattern('sections.titleCaseWords', '^[A-Z][a-z]+(?: [A-Za-z]+){0,3}$');

function looksLikeStandaloneHeader(title: string): boolean {
  // "FINDINGS" or "Impression" alone on a line, not a sentence that happens to be one word.
  return title === title.toUpperCase() || TITLE_CASE_WORDS.test(title);
}

interface Header {
  category: SectionCategory;
  title: string;
  start: number;
  bodyStart: number;
  level?: string;
  region?: 'cervical' | 'thoracic';
  /** A title not in the table: a sub-heading that ends only sections whose place decides assertion. */
  unknown?: true;
}

/**
 * Sections an unknown sub-heading continues ("PLAN: ... INJECTIONS: schedule an L5 TFESI" is still
 * the plan); any other section (family or surgical history, comparison, indication, medications...) it ends.
 */
const CONTINUED_UNDER_SUBHEADINGS: ReadonlySet<SectionCategory> = new Set<SectionCategory>(['plan', 'assessment', 'exam', 'hpi', 'findings', 'impression', 'imaging', 'technique', 'addendum', 'other']);

/** An ALL-CAPS title: at least three capital letters and no lower-case ones ("WORK RESTRICTIONS AND DISABILITY"). */
function allCapsTitle(title: string): boolean {
  let capitals = 0;
  for (let i = 0; i < title.length; i++) {
    const c = title.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) capitals++;
  }
  return capitals >= 3;
}

/**
 * True when the note is written in capitals: most of its opening lines, read after any "TITLE:",
 * have no lower-case letter. Then capitals say nothing about structure.
 */
function writtenInCapitals(text: string): boolean {
  let capsLines = 0;
  let mixedLines = 0;
  let lineStart = 0;
  const end = Math.min(text.length, 5000);
  while (lineStart < end) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1 || lineEnd > end) lineEnd = end;
    // Letters after the line's first colon (its title, if any, does not count).
    let upper = 0;
    let lower = 0;
    for (let i = lineStart; i < lineEnd; i++) {
      const c = text.charCodeAt(i);
      if (c === 58 && upper + lower > 0 && i < lineStart + 60 && lower === 0) {
        upper = 0;
        continue;
      }
      if (c >= 65 && c <= 90) upper++;
      else if (c >= 97 && c <= 122) lower++;
    }
    if (lower > 0) mixedLines++;
    else if (upper > 0) capsLines++;
    lineStart = lineEnd + 1;
  }
  return capsLines > mixedLines;
}

function headerAt(lowerLine: string, lineStart: number, line: string, capsAreHeaders: () => boolean): Header | undefined {
  const level = LEVEL_PARAGRAPH.exec(lowerLine);
  if (level) {
    const canonical = canonicalSegment(level[1]);
    if (canonical) {
      return { category: 'level', title: line.slice(0, level[0].length).trim(), start: lineStart, bodyStart: lineStart + level[0].length, level: canonical };
    }
  }
  if (LEVEL_LIST_LABEL.test(lowerLine)) return undefined;
  const other = OTHER_REGION_PARAGRAPH.exec(lowerLine);
  if (other) {
    return { category: 'level', title: line.slice(0, other[0].length).trim(), start: lineStart, bodyStart: lineStart + other[0].length, region: other[1] ? 'cervical' : 'thoracic' };
  }
  const colon = HEADER_WITH_COLON.exec(line);
  if (colon) {
    const category = categoryOfTitle(colon[1]);
    if (category && (colon[1].trim().length > 1 || LETTER_HEADING_BODY.test(line.slice(colon[0].length)))) return { category, title: colon[1].trim(), start: lineStart, bodyStart: lineStart + colon[0].length };
    // An unknown ALL-CAPS title still ends the section before it: "WORK RESTRICTIONS:" after "FAMILY HISTORY:".
    if (allCapsTitle(colon[1]) && capsAreHeaders()) {
      const guessed = categoryOfKeywords(colon[1]);
      return { category: guessed ?? 'other', title: colon[1].trim(), start: lineStart, bodyStart: lineStart + colon[0].length, unknown: guessed ? undefined : true };
    }
  }
  // "7. TREATMENT PLAN", "IV. IMPRESSION": a numbered heading alone on its line.
  const trimmed = line.trim().replace(HEADING_NUMBER, '');
  if (HEADER_ALONE.test(trimmed) && looksLikeStandaloneHeader(trimmed)) {
    // An unknown title alone on a line could be a finding written in capitals; only its words can make it a heading.
    const category = categoryOfTitle(trimmed) ?? (allCapsTitle(trimmed) && capsAreHeaders() ? categoryOfKeywords(trimmed) : undefined);
    if (category) return { category, title: trimmed, start: lineStart, bodyStart: lineStart + line.length };
  }
  return undefined;
}

function foldedTitle(title: string): string {
  return title.toLowerCase().replace(PARENTHESIS, ' ').replace(TITLE_NOISE, ' ').replace(SPACES, ' ').trim();
}

/** True when the note's first non-blank line calls it a pre-operative note ("PRE-OPERATIVE HISTORY AND PHYSICAL"). */
function preoperativeTitle(lower: string): boolean {
  const start = lower.search(NON_BLANK);
  if (start === -1) return false;
  const end = lower.indexOf('\n', start);
  const first = lower.slice(start, end === -1 ? lower.length : end);
  return PREOPERATIVE_TITLE_WORDS.some((w) => first.includes(w)) && !NOT_PREOPERATIVE_TITLE_WORDS.some((w) => first.includes(w));
}

/**
 * "Procedure:" names the operation done in an operative report, but the one planned under a plan
 * ("Plan: ... Procedure: L5-S1 TLIF / Surgery date: ...") or in a pre-operative note.
 */
function plannedProcedureTitle(header: Header, current: SectionCategory, preoperative: () => boolean): boolean {
  if (header.category !== 'technique' || !UNSTATED_PROCEDURE_TITLES.includes(foldedTitle(header.title))) return false;
  return PLANNING_SECTIONS.has(current) || preoperative();
}

/**
 * Whether line [start, end) could be a header or a blank line, cheaply: blank; short (a title alone);
 * a colon in its first 60 characters ("FINDINGS:"); or a level or region at its start ("L4-5. ...").
 */
function mayBeHeader(text: string, start: number, end: number): boolean {
  let i = start;
  while (i < end && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  if (end - i <= 60) return true;
  const colon = text.indexOf(':', i);
  if (colon !== -1 && colon < i + 60) return true;
  const c = text.charCodeAt(i) | 32; // lower case
  if (c === 108 || c === 97 || c === 99 || c === 116) {
    // l, a(t), c, t: "L4-5 ...", "At L5-S1 ...", "C5-6: ...", "T11-12 ..."
    for (let j = i + 1; j < i + 8 && j < end; j++) if (isDigit(text.charCodeAt(j))) return true;
  }
  return false;
}

/**
 * Splits a note into sections by header lines ("FINDINGS:", "Past Surgical History", "L5-S1: ...").
 * A per-level paragraph ends at a blank line, after which its parent section resumes.
 */
export function findSections(text: string, lower: string): Section[] {
  const sections: Section[] = [];
  let current: Section = { category: 'other', title: '', start: 0, end: text.length, bodyStart: 0 };
  let parent: Section | undefined;
  sections.push(current);
  const open = (s: Section) => {
    current.end = s.start;
    if (current.end === current.start && sections[sections.length - 1] === current) sections.pop();
    sections.push(s);
    current = s;
  };
  // Computed when first needed: most notes never meet an unknown capitalised heading.
  let capitalsNote: boolean | undefined;
  const capsAreHeaders = () => !(capitalsNote ??= writtenInCapitals(text));
  let preoperativeNote: boolean | undefined;
  const preoperative = () => (preoperativeNote ??= preoperativeTitle(lower));
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const contentEnd = lineEnd > lineStart && text.charCodeAt(lineEnd - 1) === 13 ? lineEnd - 1 : lineEnd;
    // Most lines are prose: look for a header only where one could be (see mayBeHeader).
    if (!mayBeHeader(text, lineStart, contentEnd)) {
      if (lineEnd === text.length) break;
      lineStart = lineEnd + 1;
      continue;
    }
    // Header candidates are short-prefixed lines; skip the regexes on very long lines' tails.
    const line = text.slice(lineStart, Math.min(contentEnd, lineStart + 400));
    const blank = line.trim() === '';
    if (blank) {
      if (current.category === 'level' && parent) {
        open({ ...parent, start: lineStart, bodyStart: lineStart, end: text.length, level: undefined, region: undefined });
        parent = undefined;
      }
    } else {
      const header = headerAt(lower.slice(lineStart, lineStart + line.length), lineStart, line, capsAreHeaders);
      if (header) {
        if (header.category === 'level') {
          if (current.category !== 'level') parent = current;
        } else {
          parent = undefined;
        }
        const { unknown, ...fields } = header;
        const category = unknown && CONTINUED_UNDER_SUBHEADINGS.has(current.category)
          ? current.category
          : plannedProcedureTitle(header, current.category, preoperative)
            ? 'plannedProcedure'
            : fields.category;
        open({ ...fields, category, end: text.length });
      }
    }
    if (lineEnd === text.length) break;
    lineStart = lineEnd + 1;
  }
  current.end = text.length;
  return sections;
}
