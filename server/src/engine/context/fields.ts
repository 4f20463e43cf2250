import { FieldRule } from './rule';
import { CHECKBOX_RULES, DENIAL_LABELS, EMPTY_BOXES, FIELD_RULES, PAST_ONLY_ANSWER, TICK_MARKS, TICKED_BOXES } from './rules/fields';
import { pattern } from '../patterns';
import { TableCell, TableColumn, TableRow } from '../text/tables';

/**
 * Reads a template field around a target: "Label: answer" or "Label - answer" on one line (or
 * after a ";"), where the target is inside the label. The answer is the text up to the next ";",
 * ",", ".", line end or run of spaces; with checkboxes ("[ ] Yes [x] No", "☐ Yes ☒ No") it is the
 * word after the ticked box. Linear in the line.
 *
 * A table row answers the same way: a cell under an answer column ("Present?", "Y/N": the cell's
 * "No", "N", "[x]"; or "Yes" | "No" columns with the ticked cell's header as the answer) is the
 * answer to the row's label, read by the same rules as a field's answer. In a table of dated columns
 * ("Symptom | Prior (03/2025) | Current", "05/12/2026 | Today") the current column's answer is the
 * row's; a yes only in a past column makes the row history (rules/fields.ts PAST_ONLY_ANSWER).
 */
const ANSWERS = new Map<string, FieldRule>();
for (const rule of FIELD_RULES) for (const answer of rule.answers) ANSWERS.set(answer, rule);

/** How far a label may run on after its target ("Numbness or tingling: denies"). */
const MAX_LABEL_TAIL = 40;
const BOXES = [...TICKED_BOXES, ...EMPTY_BOXES];

/** The ASCII characters that start a box, as a table: a label's every word is looked at for a box after it. */
const STARTS_A_BOX = new Uint8Array(128);
for (const box of BOXES) if (box.charCodeAt(0) < 128) STARTS_A_BOX[box.charCodeAt(0)] = 1;

function isCheckbox(lower: string, at: number): boolean {
  const c = lower.charCodeAt(at);
  if (c < 128 && STARTS_A_BOX[c] === 0) return false;
  return BOXES.some((box) => lower.startsWith(box, at));
}

const isSpace = (c: number) => c === 32 || c === 9;

export function fieldAnswer(lower: string, targetStart: number, targetEnd: number): FieldRule | undefined {
  const item = checklistItem(lower, targetStart);
  if (item) return item;
  const answer = fieldAnswerText(lower, targetStart, targetEnd);
  return answer === undefined ? undefined : ANSWERS.get(answer);
}

/**
 * The answer of the template field whose label holds the target, as the field rules read it: the
 * word after the ticked box, else the whole value ("normal", "incontinent of urine"); undefined when
 * the target is in no field's label. Checklist items aside (fieldAnswer reads those).
 */
export function fieldAnswerText(lower: string, targetStart: number, targetEnd: number): string | undefined {
  // The label starts the line (bullets and spaces aside) or follows a ";".
  let i = targetStart - 1;
  while (i >= 0 && lower.charCodeAt(i) !== 10 && lower.charCodeAt(i) !== 59 /* ; */ && lower.charCodeAt(i) !== 58 /* : */ && targetStart - i < 120) i--;
  if (i >= 0 && lower.charCodeAt(i) === 58 && !isHeading(lower, i)) return undefined;
  // After the target: more label words, then ":" or " - ".
  let j = targetEnd;
  const limit = Math.min(lower.length, targetEnd + MAX_LABEL_TAIL);
  let separator = -1;
  for (; j < limit; j++) {
    const c = lower.charCodeAt(j);
    // A dot leader ("Urinary retention ......... no") separates label and answer as a colon does; a lone full stop ends the label.
    if (c === 46 && lower.charCodeAt(j + 1) === 46) {
      while (j < lower.length && lower.charCodeAt(j) === 46) j++;
      separator = j;
      break;
    }
    if (c === 10 || c === 46 /* . */ || c === 59 || c === 44 /* , */) return undefined;
    // "Urinary retention? Yes": a template's question mark separates as a colon does.
    if (c === 58 || (c === 63 && isSpace(lower.charCodeAt(j + 1)))) {
      separator = j + 1;
      break;
    }
    if (c === 45 && j > targetEnd && isSpace(lower.charCodeAt(j - 1)) && isSpace(lower.charCodeAt(j + 1))) {
      separator = j + 1;
      break;
    }
    // Boxes right after the label answer it too: "Chest pain [ ] Yes [x] No".
    if (j > targetEnd && isSpace(lower.charCodeAt(j - 1)) && isCheckbox(lower, j)) {
      separator = j;
      break;
    }
  }
  if (separator === -1) return undefined;
  return answerTextAt(lower, separator);
}

/** A colon before the label that ends a heading ("ROS: Fever: No") rather than opening a value. */
function isHeading(lower: string, colon: number): boolean {
  let k = colon + 1;
  while (k < lower.length && isSpace(lower.charCodeAt(k))) k++;
  return k >= lower.length || lower.charCodeAt(k) !== 10;
}

function answerAt(lower: string, from: number, limit = lower.length): FieldRule | undefined {
  return ANSWERS.get(answerTextAt(lower, from, limit));
}

function answerTextAt(lower: string, from: number, limit = lower.length): string {
  let end = from;
  while (end < limit && end - from < 80) {
    const c = lower.charCodeAt(end);
    if (c === 10 || c === 59 || c === 44 || c === 46 || (isSpace(c) && isSpace(lower.charCodeAt(end + 1)) && end > from + 1)) break;
    end++;
  }
  const value = lower.slice(from, end).trim();
  for (const tick of TICKED_BOXES) {
    const at = value.indexOf(tick);
    if (at !== -1) return firstWord(value, at + tick.length);
  }
  return value;
}

function firstWord(value: string, from: number): string {
  let s = from;
  while (s < value.length && isSpace(value.charCodeAt(s))) s++;
  let e = s;
  while (e < value.length && !isSpace(value.charCodeAt(e)) && value[e] !== '\n' && value[e] !== '[' && value[e] !== '(') e++;
  return value.slice(s, e);
}

/** How far a checklist item's box may sit before its finding ("[x]  Physical therapy", "- [ ] PT"). */
const MAX_BOX_GAP = 3;

/** How far back on its line a finding looks for the box of the option it is in. */
const MAX_OPTION_LENGTH = 80;

/**
 * The box of the checklist option the target is in, and what it makes of it. An option is the text
 * from its box to the next box, a field's ":" or ";", a tab or a column gap, or the line end. The
 * box right before the finding ("[x]  Physical therapy") asserts it as before; a finding further
 * into its option is absent in a checklist ("[ ] Lumbar spinal stenosis") and by a ticked one as its
 * own words say (a ticked option of several words is a sentence: "[x] No saddle anesthesia"). Among a
 * field's options an empty box asserts nothing, right before the finding or not ("Tobacco use: [ ]
 * Current smoker [X] Never smoker": only the ticked option answers).
 */
function checklistItem(lower: string, targetStart: number): FieldRule | undefined {
  let k = targetStart - 1;
  while (k >= 0 && targetStart - k <= MAX_BOX_GAP && isSpace(lower.charCodeAt(k))) k--;
  const near = boxEndingAt(lower, k);
  if (near) {
    const rule = boxRule(lower, k, near, true);
    // A ticked option that starts with an answer is that answer: "[X] Never smoker", "[x] Former smoker".
    return rule === CHECKBOX_RULES.ticked ? (ANSWERS.get(firstWord(lower, targetStart)) ?? rule) : rule;
  }
  const far = optionBox(lower, targetStart);
  return far ? boxRule(lower, far.end, far.box, false) : undefined;
}

/** Ticked boxes first, so a ticked box wins where both could end at one character. */
const BOXES_BY_LAST_CHAR = new Map<number, string[]>();
for (const box of [...TICKED_BOXES, ...EMPTY_BOXES]) {
  const last = box.charCodeAt(box.length - 1);
  BOXES_BY_LAST_CHAR.set(last, [...(BOXES_BY_LAST_CHAR.get(last) ?? []), box]);
}

/** The ASCII characters that end a box, as a table: most characters of a line are looked up while looking back for a box. */
const ENDS_A_BOX = new Uint8Array(128);
for (const last of BOXES_BY_LAST_CHAR.keys()) if (last < 128) ENDS_A_BOX[last] = 1;

/** The box whose last character is at `k`, if any. */
function boxEndingAt(lower: string, k: number): string | undefined {
  if (k < 0) return undefined;
  const c = lower.charCodeAt(k);
  if (c < 128 && ENDS_A_BOX[c] === 0) return undefined;
  const boxes = BOXES_BY_LAST_CHAR.get(c);
  if (!boxes) return undefined;
  for (const box of boxes) if (k + 1 >= box.length && lower.startsWith(box, k + 1 - box.length)) return box;
  return undefined;
}

/** The box opening the option the target is in, found back along its line (see checklistItem). */
function optionBox(lower: string, targetStart: number): { box: string; end: number } | undefined {
  const stop = Math.max(0, targetStart - MAX_OPTION_LENGTH);
  for (let k = targetStart - 1; k >= stop; k--) {
    const c = lower.charCodeAt(k);
    if (c === 10 || c === 9 || c === 58 /* : */ || c === 59 /* ; */) return undefined;
    if (c === 32 && lower.charCodeAt(k - 1) === 32 && lower.charCodeAt(k - 2) === 32) return undefined;
    const box = boxEndingAt(lower, k);
    if (box) return { box, end: k };
  }
  return undefined;
}

function boxRule(lower: string, k: number, box: string, adjacent: boolean): FieldRule | undefined {
  const ticked = TICKED_BOXES.includes(box);
  const lineStart = lower.lastIndexOf('\n', k) + 1;
  const denied = underDenial(lower.slice(lineStart, k + 1 - box.length));
  if (ticked) return denied ? CHECKBOX_RULES.denied : adjacent ? CHECKBOX_RULES.ticked : undefined;
  if (denied) return CHECKBOX_RULES.emptyOption;
  return singleChoice(lower, lineStart, k) ? CHECKBOX_RULES.emptyOption : CHECKBOX_RULES.empty;
}

/**
 * The boxes are a field's options: a label and ":" before the line's first box ("Tobacco use: [ ]
 * Current every day smoker [X] Former smoker"), where only the ticked option asserts. A line of
 * boxes alone is a checklist ("[ ] Lumbar spinal stenosis"), where an empty box's option is absent.
 */
function singleChoice(lower: string, lineStart: number, boxEnd: number): boolean {
  let first = boxEnd + 1;
  for (const box of BOXES) {
    const at = lower.indexOf(box, lineStart);
    if (at !== -1 && at < first) first = at;
  }
  return lower.slice(lineStart, first).includes(':');
}

/** "Denies: [x] fever [x]": a denial label opens the line's list of boxes. */
function underDenial(lineBeforeBox: string): boolean {
  const colon = lineBeforeBox.indexOf(':');
  if (colon === -1) return false;
  const label = lineBeforeBox.slice(0, colon).trim();
  return DENIAL_LABELS.some((d) => label === d || label.endsWith(' ' + d));
}

/**
 * The answer a table row gives about the target in one of its other cells: the first answer cell
 * that answers, a ticked box or mark under an answer-named column ("Yes", "No", "Present?") taking
 * its header's word. An empty box under a "Yes" column leaves the answer to the other columns; a row
 * whose answer cells hold only empty boxes or blanks is unanswered.
 */
export function cellAnswer(lower: string, row: TableRow | undefined, targetStart: number): FieldRule | undefined {
  if (!row || row.isHeader) return undefined;
  const own = row.cells.find((c) => c.start <= targetStart && targetStart < c.end);
  if (!own || own.meaning === 'answer') return undefined;
  if (!row.table.columns[own.column]?.time) {
    const timed = timedAnswer(lower, row, own);
    if (timed) return timed;
  }
  let blank: FieldRule | undefined;
  for (const cell of row.cells) {
    if (cell === own || cell.meaning !== 'answer' || cell.end === cell.start) continue;
    const value = lower.slice(cell.start, cell.end).trim();
    const rule = TICK_MARKS.includes(value) ? headerAnswer(lower, row.table.columns[cell.column]) : answerAt(lower, cell.start, cell.end);
    if (rule?.category === 'unanswered') blank ??= rule;
    else if (rule) return rule;
  }
  return blank;
}

/** The answer of a row's time cells: the current one's, history for a yes only in the past, else the past's. */
function timedAnswer(lower: string, row: TableRow, own: TableCell): FieldRule | undefined {
  let current: FieldRule | undefined;
  let pastYes = false;
  let past: FieldRule | undefined;
  for (const cell of row.cells) {
    const time = row.table.columns[cell.column]?.time;
    if (cell === own || !time || cell.end === cell.start) continue;
    const rule = answerAt(lower, cell.start, cell.end);
    if (!rule) continue;
    if (time === 'current') current = rule;
    else if (rule.category === 'present') pastYes = true;
    else past ??= rule;
  }
  if (current?.category === 'present') return current;
  if (pastYes) return PAST_ONLY_ANSWER;
  return current ?? past;
}

const HEADER_END = pattern('fields.headerEnd', '[ ]?[:?]$');

/** The answer a column's header names ("Yes", "No", "Present?"), for a ticked cell under it. */
function headerAnswer(lower: string, column: TableColumn | undefined): FieldRule | undefined {
  if (!column?.header) return undefined;
  const words = lower.slice(column.header.start, column.header.end).trim().replace(HEADER_END, '');
  return ANSWERS.get(words);
}
