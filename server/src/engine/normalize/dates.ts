import { pattern } from '../patterns';

/**
 * Dates in notes, and the note's date of service.
 *
 * Formats read: 06/24/2026, 6/24/26, 06-24-2026, 6.24.2026 (US month-first), 2026-06-24 (ISO),
 * June 24, 2026, Jun. 24 2026, 24 Jun 2026, 24 June, 2026, June 24th, 2026, 24-Jun-2026 and 24-Jun-26
 * (the EHR's day-month-year with hyphens).
 * Two-digit years: 00-69 -> 20xx, 70-99 -> 19xx (no clock is read: the engine is pure).
 * A date that does not exist (13/45/2026, 02/30/2026) is ignored, never an error.
 */

/** Month names and abbreviations (lower case, without a period) -> month number. */
export const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11, november: 11,
  dec: 12, december: 12,
};

/** A month name or its abbreviation, as regex source. */
export const MONTH_NAME = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const DAY_SUFFIX = '(?:st|nd|rd|th)?';

/** One date at the start of a text, by format; each regex stays small so that its automaton is provably linear. */
const DATE_AT: readonly RegExp[] = [
  pattern('dates.isoAt', '^\\d{4}-\\d{1,2}-\\d{1,2}(?![0-9])'),
  pattern('dates.numericAt', '^\\d{1,2}[/.-]\\d{1,2}[/.-](?:\\d{4}|\\d{2})(?![0-9])'),
  pattern('dates.monthFirstAt', `^${'(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)'}\\.?[ \\t]{1,2}\\d{1,2}(?:st|nd|rd|th)?,?[ \\t]{1,2}\\d{4}(?![0-9])`),
  pattern('dates.dayFirstAt', `^\\d{1,2}(?:st|nd|rd|th)?[ \\t]{1,2}${'(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)'}\\.?,?[ \\t]{1,2}\\d{4}(?![0-9])`),
  pattern('dates.dayMonthHyphenAt', `^\\d{1,2}-${'(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)'}-(?:\\d{4}|\\d{2})(?![0-9])`),
];
/** Where a date may start: a digit or a month name at a word start. */
const DATE_START = pattern('dates.start', '(?<![0-9a-z])(?:[0-9]|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)', 'g');

/** The date written at `index` of folded lower-case text: its end and ISO form (null when it is not a real date). */
export function dateAt(lower: string, index: number): { end: number; iso: string | null } | undefined {
  const rest = lower.slice(index, index + 32);
  for (const regex of DATE_AT) {
    const m = regex.exec(rest);
    if (m) return { end: index + m[0].length, iso: parseDate(m[0]) };
  }
  return undefined;
}

/** The first date in lower[from, to). */
export function firstDate(lower: string, from = 0, to = lower.length): { index: number; end: number; iso: string | null } | undefined {
  // Run directly (not scanRange): the first date usually comes early, and every digit starts a candidate.
  const scan = DATE_START;
  scan.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = scan.exec(lower)) !== null && m.index < to) {
    const at = m.index;
    const d = dateAt(lower, at);
    if (d && d.end <= to) return { index: at, ...d };
  }
  return undefined;
}
const ISO = pattern('dates.iso', '^(\\d{4})-(\\d{1,2})-(\\d{1,2})$');
const NUMERIC = pattern('dates.numeric', '^(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4}|\\d{2})$');
const MONTH_FIRST = pattern('dates.monthFirst', `^(${MONTH_NAME})\\.?[ \\t]+(\\d{1,2})${DAY_SUFFIX},?[ \\t]+(\\d{4})$`);
const DAY_FIRST = pattern('dates.dayFirst', `^(\\d{1,2})${DAY_SUFFIX}[ \\t]+(${MONTH_NAME})\\.?,?[ \\t]+(\\d{4})$`);
const DAY_MONTH_HYPHEN = pattern('dates.dayMonthHyphen', `^(\\d{1,2})-(${MONTH_NAME})-(\\d{4}|\\d{2})$`);
const SPACES = pattern('dates.spaces', '\\s+', 'g');

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** ISO string for a real calendar date, or null. */
export function isoDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < 1900 || year > 2199 || month < 1 || month > 12 || day < 1) return null;
  if (day > daysInMonth(year, month)) return null;
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

function fullYear(raw: string): number {
  const n = Number(raw);
  if (raw.length === 4) return n;
  return n < 70 ? 2000 + n : 1900 + n;
}

/** Parses one date written in any of the formats above; null when it is not a real date. */
export function parseDate(s: string): string | null {
  if (typeof s !== 'string' || s.length > 40) return null;
  const t = s.trim().toLowerCase().replace(SPACES, ' ');
  let m = ISO.exec(t);
  if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = NUMERIC.exec(t);
  if (m) {
    // A two-digit year with "." or "-" separators is too often something else (a level, a score).
    if (m[4].length === 2 && m[2] !== '/') return null;
    return isoDate(fullYear(m[4]), Number(m[1]), Number(m[3]));
  }
  m = MONTH_FIRST.exec(t);
  if (m) return isoDate(Number(m[3]), MONTHS[m[1]], Number(m[2]));
  m = DAY_FIRST.exec(t);
  if (m) return isoDate(Number(m[3]), MONTHS[m[2]], Number(m[1]));
  m = DAY_MONTH_HYPHEN.exec(t);
  if (m) return isoDate(fullYear(m[3]), MONTHS[m[2]], Number(m[1]));
  return null;
}

/** Days from one ISO date to another (positive when `to` is later). */
export function daysBetween(fromIso: string, toIso: string): number {
  const a = Date.parse(`${fromIso}T00:00:00Z`);
  const b = Date.parse(`${toIso}T00:00:00Z`);
  return Math.round((b - a) / 86_400_000);
}

/** Last day of a month, ISO. */
export function endOfMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(daysInMonth(year, month), 2)}`;
}

/*
 * Date-of-service labels, most specific first. A plain "Date:" counts only when no specific label
 * has a valid date. Birth, injury, surgery and admission dates are never read as the date of service.
 */
const LABELS: Array<[string, number]> = [
  ['date of service', 0], ['dos', 0], ['service date', 0], ['date of visit', 1], ['visit date', 1], ['encounter date', 1],
  ['date of encounter', 1], ['clinic date', 1], ['clinic visit date', 1], ['office visit date', 1], ['date of consultation', 1],
  ['consultation date', 1], ['date of exam', 2], ['date of examination', 2], ['exam date', 2], ['examination date', 2],
  ['date of study', 2], ['study date', 2], ['date of procedure', 3], ['procedure date', 3], ['date', 4],
];
const LABEL_RANK = new Map(LABELS.map(([label, rank]) => [label, rank]));
const LABEL_SOURCE = LABELS.map(([l]) => l)
  .sort((a, b) => b.length - a.length)
  .map((l) => l.replaceAll(' ', '[ \\t]{1,3}'))
  .join('|');
const LABELLED = pattern('dates.labelled', `(${LABEL_SOURCE})[ \\t]{0,3}(?:[:#=-][ \\t]{0,3})?`, 'y');
/** Every label contains "date" or "dos": the labels are tried only around these words. */
const DATE_WORD = pattern('dates.dateWord', '(?<![a-z])(?:date|dos)(?![a-z])', 'g');
const WORD_START = pattern('dates.wordStart', '(?<![a-z])[a-z]', 'g');
/** Header lines that carry some other date. */
const OTHER_DATE_LINE = pattern(
  'dates.otherDateLine',
  '(?<![a-z])(?:birth|dob|d\\.o\\.b|born|injury|doi|accident|onset|surgery|operation|admi(?:t|ssion|tted)|discharge|prior|previous|comparison|compared|dictated|transcribed|signed|printed|received|ordered|revised|lmp|expires?|expiration)(?![a-z])',
);
const HEADER_LINES = 6;
/** Labels are read in the note's header area: a date of service is written at the top, and a long note is not scanned to its end. */
const HEADER_AREA = 10_000;
const HEADER_LINE_MAX = 100;

/**
 * The note's date of service, ISO: from a label ("Date of service:", "DOS:", "Visit date:", "Exam date:",
 * "Date:") in the first 10,000 characters, else from a dated line among the first lines (a header such as
 * "06/24/2026  Spine clinic follow-up"). Null when there is none.
 */
export function findDateOfService(text: string, lower: string): string | null {
  void text;
  let best: { rank: number; iso: string } | undefined;
  const header = lower.length > HEADER_AREA ? lower.slice(0, HEADER_AREA) : lower;
  const label = LABELLED;
  const words = DATE_WORD;
  const starts = WORD_START;
  words.lastIndex = 0;
  let w: RegExpExecArray | null;
  while ((w = words.exec(header)) !== null) {
    // A label starts at "date"/"dos" or at one of the two words before it ("visit date", "clinic visit date").
    const candidates: number[] = [];
    starts.lastIndex = Math.max(0, w.index - 24);
    let st: RegExpExecArray | null;
    while ((st = starts.exec(header)) !== null && st.index <= w.index) candidates.push(st.index);
    for (const at of candidates.slice(-3)) {
      label.lastIndex = at;
      const m = label.exec(header);
      if (!m || at + m[1].length < w.index + w[0].length) continue;
      const rank = LABEL_RANK.get(m[1].replace(SPACES, ' ')) ?? 9;
      if (best && best.rank <= rank) continue;
      const d = dateAt(lower, at + m[0].length);
      if (d?.iso) best = { rank, iso: d.iso };
    }
    if (best?.rank === 0) break;
  }
  if (best) return best.iso;

  let lineStart = 0;
  for (let seen = 0; seen < HEADER_LINES && lineStart < lower.length; ) {
    let lineEnd = lower.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = lower.length;
    const from = lineStart;
    const line = lower.slice(lineStart, lineEnd);
    lineStart = lineEnd + 1;
    if (line.trim() === '') continue;
    seen++;
    if (line.length > HEADER_LINE_MAX || OTHER_DATE_LINE.test(line)) continue;
    const d = firstDate(lower, from, lineEnd);
    if (!d?.iso) continue;
    // One date on the line, or it is a list of dates (not a header).
    if (firstDate(lower, d.end, lineEnd) === undefined) return d.iso;
  }
  return null;
}
