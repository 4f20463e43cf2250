import { pattern } from '../patterns';
import { Section } from '../types';
import { isSpace } from './chars';
import { normalizeForMatching } from './normalize';

/**
 * The engine's own physician queries, once inserted in a note (the quick fix), are not note text:
 * their indicator lines quote the note and their options name findings nobody stated. Each query
 * is a block between a header and a footer line:
 *
 *   --- Physician query (Clinical Note Review): functional status ---
 *   ...indicators, question...
 *   Please check one:
 *   [ ] Functional limitation present (please describe, e.g. ...): ____
 *   [ ] No significant functional limitation
 *   --- End of physician query ---
 *
 * Queries inserted by the product's first versions are recognised too: they had no dashes and no
 * footer ("Physician query: functional status", then "Clinical indicators in this note:" on the
 * next non-blank line) and end with their last option, "[ ] Unable to determine / clinically
 * undetermined" (or, where that line was deleted, with the last line of their run of options).
 *
 * The analysis reads the note with every block blanked out (same length, line breaks kept, so every
 * offset stays the note's). What stays readable is the physician's answer: a ticked option ("[x]")
 * on an option line of the block, unless the block asks for one answer and more than one is ticked,
 * or the tick is "unable to determine". Of a ticked option, the instructions in parentheses
 * ("(please specify)") and the blanks ("____") stay hidden; the rest, and whatever the physician
 * wrote in a blank, is read as documentation with its own range. An unticked query asserts nothing.
 */

export const QUERY_SOURCE = 'Clinical Note Review';
export const QUERY_FOOTER = '--- End of physician query ---';
export const CHECK_ONE = 'Please check one:';
export const CHECK_ALL = 'Please check all that apply:';
export const UNDETERMINED_OPTION = 'Unable to determine / clinically undetermined';
export const BLANK = '____';

export function queryHeader(topic: string): string {
  return `--- Physician query (${QUERY_SOURCE}): ${topic} ---`;
}

export function optionLine(option: string): string {
  return `[ ] ${option}`;
}

/** "--- Physician query (...): topic ---", or the first versions' "Physician query: topic"; its end is checked by hand (no competing quantifiers). */
const HEADER = pattern('queryBlocks.header', '^[ \\t]*(?:-{3,}[ \\t]*physician query\\b|physician query:)', 'gm');
const LEGACY_HEADER = pattern('queryBlocks.legacyHeader', '^[ \\t]*physician query:[ \\t]*');
/** The line that followed a first-version header. */
const LEGACY_INDICATORS = 'clinical indicators in this note';
/** How many lines a first-version query may take: it has no footer, so its end is looked for this far at most. */
const MAX_LEGACY_LINES = 80;
const HEADER_LINE = pattern('queryBlocks.headerLine', '^[ \\t]*-{3,}[ \\t]*physician query\\b');
const HEADER_TOPIC = pattern('queryBlocks.headerTopic', '^[ \\t]*-{3,}[ \\t]*physician query[ \\t]*(?:\\([^()\\n]{0,60}\\))?[ \\t]*:?[ \\t]*');
const FOOTER = pattern('queryBlocks.footer', '^[ \\t]*-{3,}[ \\t]*end of (?:physician )?query\\b');
const CHECKBOX = pattern('queryBlocks.checkbox', '^[ \\t]*\\[([ x\\u2713\\u2714]?)\\][ \\t]*');
const INSTRUCTION = pattern('queryBlocks.instruction', '\\((?:please|e\\.g\\.)[^()\\n]*\\)', 'g');
const BLANKS = pattern('queryBlocks.blanks', '_{2,}', 'g');

export interface Span {
  start: number;
  end: number;
}

export interface QueryBlock extends Span {
  /** The subject the header names: "functional status". */
  topic: string;
  /** The physician's answer: the parts of the ticked option(s) read as documentation. */
  answers: Span[];
}

interface Line extends Span {
  /** The line without its line break, in the folded lower-case text. */
  lower: string;
}

function* linesFrom(lower: string, from: number): Generator<Line> {
  let start = from;
  while (start < lower.length) {
    let end = lower.indexOf('\n', start);
    const next = end === -1 ? lower.length : end + 1;
    if (end === -1) end = lower.length;
    if (end > start && lower.charCodeAt(end - 1) === 13) end--;
    yield { start, end, lower: lower.slice(start, end) };
    start = next;
  }
}

function withoutTrailingDashes(s: string): string {
  let end = s.length;
  while (end > 0 && (s.charCodeAt(end - 1) === 45 || s.charCodeAt(end - 1) === 32 || s.charCodeAt(end - 1) === 9)) end--;
  return s.slice(0, end).trim();
}

const isHeader = (line: string) => HEADER_LINE.test(line) && line.trimEnd().endsWith('---');
const isFooter = (line: string) => FOOTER.test(line);

/** What of a ticked option is the physician's: its text without instructions and blanks. */
function answerSpans(lower: string, line: Line, textStart: number): Span[] {
  const body = line.lower.slice(textStart - line.start);
  if (body.trim() === UNDETERMINED_OPTION.toLowerCase()) return [];
  const hidden: Span[] = [];
  for (const re of [INSTRUCTION, BLANKS]) {
    re.lastIndex = 0;
    for (let m = re.exec(body); m; m = re.exec(body)) hidden.push({ start: textStart + m.index, end: textStart + m.index + m[0].length });
  }
  hidden.sort((a, b) => a.start - b.start);
  const spans: Span[] = [];
  let at = textStart;
  for (const h of hidden) {
    if (h.start > at) spans.push({ start: at, end: h.start });
    at = Math.max(at, h.end);
  }
  if (line.end > at) spans.push({ start: at, end: line.end });
  return spans.map((s) => trimmed(lower, s)).filter((s) => s.end > s.start);
}

function trimmed(lower: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && isSpace(lower.charCodeAt(start))) start++;
  while (end > start && isSpace(lower.charCodeAt(end - 1))) end--;
  return { start, end };
}

interface Scanned {
  end: number;
  oneAnswer: boolean;
  ticked: Array<{ line: Line; textStart: number }>;
}

/** Notes what an option line of a block holds; true when it is one. */
function readOption(line: Line, scanned: Scanned): boolean {
  const trimmed = line.lower.trim();
  if (trimmed === CHECK_ALL.toLowerCase()) scanned.oneAnswer = false;
  else if (trimmed === CHECK_ONE.toLowerCase()) scanned.oneAnswer = true;
  const box = CHECKBOX.exec(line.lower);
  if (!box) return false;
  if (box[1] !== '' && box[1] !== ' ') scanned.ticked.push({ line, textStart: line.start + box[0].length });
  return true;
}

/** A block from its dashed header to its footer (or, the footer deleted, its last option line). */
function dashedBlock(lower: string, headerEnd: number, headerLineEnd: number): Scanned {
  const scanned: Scanned = { end: headerLineEnd, oneAnswer: true, ticked: [] };
  let lastOption = headerLineEnd;
  for (const line of linesFrom(lower, headerEnd + 1)) {
    if (isFooter(line.lower)) return { ...scanned, end: line.end };
    if (isHeader(line.lower) || isLegacyHeader(lower, line)) break;
    if (readOption(line, scanned)) lastOption = line.end;
  }
  return { ...scanned, end: lastOption };
}

/** The first non-blank line after `from` starts with the first versions' indicator heading. */
function indicatorsFollow(lower: string, from: number): boolean {
  let seen = 0;
  for (const line of linesFrom(lower, from)) {
    const trimmed = line.lower.trim();
    if (trimmed === '') {
      if (++seen > 2) return false;
      continue;
    }
    return trimmed.startsWith(LEGACY_INDICATORS);
  }
  return false;
}

function isLegacyHeader(lower: string, line: Line): boolean {
  return LEGACY_HEADER.test(line.lower) && indicatorsFollow(lower, Math.min(lower.length, line.end + 1));
}

/** A first-version block: up to its "Unable to determine" option, or the end of its run of options. */
function legacyBlock(lower: string, headerEnd: number, headerLineEnd: number): Scanned {
  const scanned: Scanned = { end: headerLineEnd, oneAnswer: true, ticked: [] };
  let inOptions = false;
  let count = 0;
  for (const line of linesFrom(lower, headerEnd + 1)) {
    if (++count > MAX_LEGACY_LINES || isHeader(line.lower) || isLegacyHeader(lower, line)) break;
    if (!readOption(line, scanned)) {
      if (inOptions) break;
      continue;
    }
    inOptions = true;
    scanned.end = line.end;
    const box = CHECKBOX.exec(line.lower) as RegExpExecArray;
    if (line.lower.slice(box[0].length).trim() === UNDETERMINED_OPTION.toLowerCase()) break;
  }
  return scanned;
}

/** The query blocks of a note (`lower`: the folded lower-case text, see normalizeForMatching). */
export function findQueryBlocks(lower: string): QueryBlock[] {
  const blocks: QueryBlock[] = [];
  HEADER.lastIndex = 0;
  let resumeAt = 0;
  for (let m = HEADER.exec(lower); m; m = HEADER.exec(lower)) {
    if (m.index < resumeAt) continue;
    let headerEnd = lower.indexOf('\n', m.index);
    if (headerEnd === -1) headerEnd = lower.length;
    const headerLine = lower.slice(m.index, headerEnd > m.index && lower.charCodeAt(headerEnd - 1) === 13 ? headerEnd - 1 : headerEnd);
    const legacy = LEGACY_HEADER.test(headerLine);
    if (legacy ? !indicatorsFollow(lower, Math.min(lower.length, headerEnd + 1)) : !headerLine.trimEnd().endsWith('---')) continue;
    const headerLineEnd = m.index + headerLine.length;
    const { end, oneAnswer, ticked } = (legacy ? legacyBlock : dashedBlock)(lower, headerEnd, headerLineEnd);
    const answers = oneAnswer && ticked.length > 1 ? [] : ticked.flatMap((t) => answerSpans(lower, t.line, t.textStart));
    const topic = withoutTrailingDashes(headerLine.replace(legacy ? LEGACY_HEADER : HEADER_TOPIC, ''));
    blocks.push({ start: m.index, end, topic, answers });
    resumeAt = end;
    HEADER.lastIndex = Math.max(HEADER.lastIndex, end);
  }
  return blocks;
}

const NOT_LINE_BREAK = pattern('queryBlocks.notLineBreak', '[^\\r\\n]', 'g');
const blankOut = (s: string) => s.replace(NOT_LINE_BREAK, ' ');

/** The text with each block blanked out but its answers: same length, same line breaks. */
export function maskQueryBlocks(text: string, blocks: readonly QueryBlock[]): string {
  if (blocks.length === 0) return text;
  const parts: string[] = [];
  let at = 0;
  for (const block of blocks) {
    parts.push(text.slice(at, block.start));
    let inner = block.start;
    for (const answer of block.answers) {
      parts.push(blankOut(text.slice(inner, answer.start)), text.slice(answer.start, answer.end));
      inner = answer.end;
    }
    parts.push(blankOut(text.slice(inner, block.end)));
    at = block.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/**
 * Each block becomes a section of its own ("Physician query", category other), cut out of the
 * section it was written in: an answer under the note's last heading ("Family history:") is
 * not family history.
 */
export function withQuerySections(sections: readonly Section[], blocks: readonly QueryBlock[]): Section[] {
  if (blocks.length === 0) return [...sections];
  const out: Section[] = [];
  let b = 0;
  for (const section of sections) {
    let start = section.start;
    while (start < section.end) {
      while (b < blocks.length && blocks[b].end <= start) b++;
      const block = blocks[b];
      if (!block || block.start >= section.end) {
        out.push({ ...section, start, bodyStart: Math.max(section.bodyStart, start) });
        break;
      }
      if (block.start > start) out.push({ ...section, start, end: block.start, bodyStart: Math.min(Math.max(section.bodyStart, start), block.start) });
      if (block.start >= start) out.push({ category: 'other', title: 'Physician query', start: block.start, end: block.end, bodyStart: block.start });
      start = block.end;
    }
  }
  return out;
}

/** The topic a query's header names ("functional status"), or "" when it has none. */
export function queryTopic(query: string): string {
  return findQueryBlocks(normalizeForMatching(query))[0]?.topic ?? '';
}
