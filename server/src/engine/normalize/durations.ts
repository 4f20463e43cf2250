import { pattern } from '../patterns';
import { isDigit } from '../text/chars';
import { scanRange } from '../text/rangeScan';
import { dateAt, daysBetween, endOfMonth, isoDate, MONTH_NAME, MONTHS } from './dates';

/**
 * Durations in notes, in days: "x 6 wks", "for three months", "for the past year", "6-8 weeks",
 * "one and a half years", "a couple of months", "since 06/24/2026" (against the date of service).
 *
 * Conventions (the rules compare care received with a minimum, so every choice below errs on
 * the side of NOT over-counting care):
 * - day 1, week 7, month 30, year 365; results are rounded to whole days.
 * - A range ("6-8 weeks", "two to three months") counts as its LOWER bound.
 * - "a couple of" = 2; "a dozen" = 12; "and a half" and "2 1/2" add 0.5 of the unit. "A few" and "several"
 *   are too vague to count ("a few weeks of chiropractic" has no duration; test/fixtures README).
 * - "more than a year" counts as a year.
 * - "6+ weeks", "more than 3 months", "at least 3 months" count as the number stated;
 *   "less than 6 weeks", "up to 3 months" are not read (no lower bound).
 * - "since <date>" counts from that date to the date of service; without a date of service it is
 *   not read. A month counts from its first day, or the day stated ("since January 13"), or the 15th of
 *   "mid-January": "since June 2026" from 2026-06-01, as "June to
 *   October" counts June (the month named is a month of care; the gold of notes 66, 92 and 97).
 *   A bare year, too wide to count whole, counts from its LATEST possible day: "since 2024" from
 *   2024-12-31, "since last year" from Dec 31 of the year before the date of service, "since
 *   last month" from the first of last month. A month in numbers is a month named: "since 1/2026" from 2026-01-01. "since the accident", "since last summer" are not read.
 * - A span that runs up to now right after another span is the window the first was told in, not a
 *   second course: "PT for a total of about 5 months over the past 2 years" is 150 days.
 * - Frequencies are not durations: "three times weekly for six weeks" is 42 days, "3 days a
 *   week" and "every 6 weeks" are not durations; nor are "in 6 weeks" (a follow-up), "6 weeks
 *   after surgery", "a 45-year-old".
 * - "6 weeks ago" is found with kind 'ago' (a point in time; the caller decides whether it is
 *   the start of something still going on: "started PT 3 weeks ago" and still going on is 21 days).
 * - Repeated courses: "two courses of PT, 6 weeks each", "two 6-week courses", "PT twice, 6 weeks
 *   each time" give `courses` 2 and `days` 42 per course; the caller multiplies when the courses are
 *   one therapy's ("each" may also share one duration among several drugs: "ibuprofen and gabapentin,
 *   2 months each"). A count without "each" or an adjectival duration ("two courses of PT for 6
 *   weeks") is one span of 6 weeks.
 */

export type DurationKind = 'span' | 'since' | 'ago' | 'range';

export interface DurationMention {
  /** Offsets into the text scanned. */
  index: number;
  end: number;
  days: number;
  kind: DurationKind;
  /** "for the past 3 weeks", "over the last year": a span that runs up to now. */
  untilNow?: boolean;
  /** A date range that ended before the date of service: "PT from March to May". */
  ended?: boolean;
  /** "two courses ..., 6 weeks each": how many courses of `days` each the text states. */
  courses?: number;
  /**
   * The dates the duration places itself at (ISO), when it does: a range's ends, "since" to the date of
   * service, a span up to now ending at it, "N ago" its start. An end is exclusive; a month named as an end
   * is held whole, so a range of months may be wider than its days ("from March to May": 60 days, March 1 to June 1).
   */
  startDate?: string;
  endDate?: string;
}

const UNIT_DAYS: Record<string, number> = {
  day: 1, days: 1, week: 7, weeks: 7, wk: 7, wks: 7, month: 30, months: 30, mo: 30, mos: 30, mth: 30, mths: 30,
  year: 365, years: 365, yr: 365, yrs: 365,
};

/** Number words a duration may use, and their values. */
export const DURATION_NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, single: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80,
  ninety: 90, couple: 2, few: 3, several: 3, dozen: 12, half: 0.5,
};

const ONES = 'one|two|three|four|five|six|seven|eight|nine';
const TENS = 'twenty|thirty|fourty|forty|fifty|sixty|seventy|eighty|ninety';
const TEENS = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
/** "twenty-one", "forty five", "six", "one hundred twenty" (hundreds go to compromise, see below). */
const WORD_NUMBER =
  `(?:(?:${TENS})(?:[ -](?:${ONES})(?![a-z]))?|${TEENS}|${ONES}|single|several|dozen|couple(?:[ ]of)?|few)(?![a-z])` +
  `(?:[ ]hundred(?:[ ](?:and[ ])?(?:(?:${TENS})(?:[ -](?:${ONES}))?|${TEENS}|${ONES})(?![a-z]))?)?`;
const NUM = `(?:\\d{1,3}(?:\\.\\d{1,2}|[ ]1/2)?|(?:an?[ ])?${WORD_NUMBER}(?:[ ]and[ ]a[ ]half)?|an?(?![a-z]))`;
const UNIT = '(?:days?|weeks?|wks?|months?|mos?|mths?|years?|yrs?)(?![a-z])';
const PAST = '(?:past|last|previous|preceding|prior|next|coming)';

/**
 * Groups: 1 past-word form's number (optional), 2 its unit, 3 number, 4 range upper bound,
 * 5 unit, 6 "and N unit" number, 7 its unit.
 */
const SPAN = pattern(
  'durations.span',
  `(?<![a-wyz0-9./])(?<![a-z]x)(?:(?:the[ ]{1,2})?${PAST}[ ]{1,2}(?:(${NUM})[ -]{1,2})?(${UNIT})` +
    `|(${NUM})(?:\\+|[ ]?(?:-|to|or)[ ]?(${NUM}))?[ -]{0,2}(?:(?:more|additional|further|extra)[ ]{1,2})?(${UNIT}))` +
    `(?:[ ]and[ ]a[ ]half(?![a-z])|,?[ ]and[ ](${NUM})[ ]?(${UNIT}))?`,
  'g',
);
/**
 * "now in week 6 of 12", "on week 4 of a 6-week course", "in her 6th week of PT": a course under way, N weeks of it so far
 * (the week it is in counts, as the note states it); the planned length after "of" is not care received.
 */
const ORDINAL_WEEKS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11, twelfth: 12,
};
const WEEK_OF = pattern(
  'durations.weekOf',
  `(?<![a-z0-9])(?:week[ ]{1,2}(\\d{1,2}|${ONES}|${TEENS})[ ]{1,2}(?:out[ ]{1,2})?of[ ]{1,2}(?:(?:an?|the|her|his|their)[ ]{1,2})?(?:\\d{1,2}|${ONES}|${TEENS})(?:[ -]{1,2}(?:weeks?|wks?)(?![a-z]))?` +
    `|(\\d{1,2})(?:st|nd|rd|th)[ ]{1,2}week[ ]{1,2}of|(${Object.keys(ORDINAL_WEEKS).join('|')})[ ]{1,2}week[ ]{1,2}of)(?![a-z0-9])`,
  'g',
);

function weekOfMention(m: RegExpExecArray): DurationMention | undefined {
  const raw = m[1] ?? m[2];
  const weeks = raw !== undefined ? numberValue(raw) : ORDINAL_WEEKS[m[3]];
  if (weeks === undefined || !(weeks >= 1) || weeks > 52) return undefined;
  return { index: m.index, end: m.index + m[0].length, days: weeks * 7, kind: 'span', untilNow: true };
}

/** "since", then a date, a month ("since June 2026", "since January of last year"), a year, or "last year/month". */
const SINCE = pattern('durations.since', '(?<![a-z])since[ ]{1,2}(?:(?:about|around|approximately|approx\\.?|early|late|mid)[ -]{1,2})?', 'g');
/** A month, with its day when stated ("since January 13", "since Jan 13th, 2026"). */
const SINCE_MONTH = pattern(
  'durations.sinceMonth',
  `^(${MONTH_NAME})\\.?(?:[ ]{1,2}(\\d{1,2})(?:st|nd|rd|th)?(?![0-9]))?(?:,?[ ]{1,2}(?:of[ ]{1,2})?(\\d{4})|[ ]{1,2}of[ ]{1,2}(this|last)[ ]{1,2}year)?(?![a-z0-9])`,
);
/** "since mid-January": from the month's 15th. */
const SINCE_MID = pattern('durations.sinceMid', 'mid[ -]{1,2}$');
const SINCE_YEAR = pattern('durations.sinceYear', '^(\\d{4})(?![0-9/-]|\\.[0-9])');
/** "since 1/2026", "since 11/2025": a month and year written in numbers, counted as the month named. */
const SINCE_NUMERIC_MONTH = pattern('durations.sinceNumericMonth', '^(\\d{1,2})/(\\d{4})(?![0-9/-]|\\.[0-9])');
const SINCE_LAST = pattern('durations.sinceLast', '^last[ ]{1,2}(year|month)(?![a-z])');
/** Words just before a number that make it a frequency, a follow-up or an upper bound. */
const SKIP_BEFORE = pattern(
  'durations.skipBefore',
  '(?<![a-z])(?:every|each|per|q|in|after|within|until|till|til|by|post|postop|post-op|f/u|follow[ -]?up|rtc|return|recheck|less[ ]than|fewer[ ]than|under|up[ ]?to|no[ ]more[ ]than|at[ ]most|shorter[ ]than|<)[ ]{0,2}(?:(?:about|approximately|approx\\.?|around|roughly|~)[ ]{0,2})?$',
);
/** "after 6 weeks of physical therapy": the span a course lasted, told after it ("6 weeks after surgery" names no course). */
const AFTER_COURSE = pattern('durations.afterCourse', '(?<![a-z])after[ ]{1,2}(?:(?:about|approximately|around|roughly)[ ]{1,2})?[a-z0-9]+[ -]{1,2}(?:days?|weeks?|wks?|months?|mos?)[ ]{1,2}of[ ]{1,2}(?!the[ ]{1,2}|age|life|onset|symptoms?|pain)');
const STOPPED_AFTER = pattern('durations.stoppedAfter', '(?<![a-z])(?:stopped|discontinued|quit|abandoned)(?:[ ]{1,2}[a-z0-9]+){0,3}?[ ]{1,2}after[ ]{0,2}(?:(?:about|approximately|approx\\.?|around|roughly|~)[ ]{0,2})?$');
/** Before "a week"/"an ..." it is a frequency: "3 times a week", "2x a week", "3 days a week". */
const FREQUENCY_BEFORE = pattern(
  'durations.frequencyBefore',
  '(?<![a-z])(?:times|time|x|once|twice|thrice|days?|sessions?|visits?|hours?|hrs?|minutes?|mins?|nights?|treatments?|classes)[ ]{0,2}$',
);
const FREQUENCY_AFTER = pattern(
  'durations.frequencyAfter',
  '^[ ]{0,2}(?:(?:a|an|per|each|every|/)[ ]{0,2}(?:day|week|wk|month|mo|year|yr)(?![a-z])|weekly|monthly|daily)',
);
/** Between a span and the span up to now it was told in: "5 months over the past 2 years", "6 weeks in the last year". */
const WINDOW_BETWEEN = pattern('durations.windowBetween', '^[ ]{1,2}(?:over|in|during|within|across)[ ]{1,2}$');
const UNTIL_NOW = pattern('durations.untilNow', '(?<![a-z])(?:past|last|preceding)(?![a-z])');
const VAGUE = pattern('durations.vague', '(?<![a-z])(?:few|several)(?![a-z])');
const AGO_AFTER = pattern('durations.agoAfter', '^[ ]{0,2}(?:ago|back|earlier(?![ ]this))(?![a-z])');
const SKIP_AFTER = pattern(
  'durations.skipAfter',
  '^[ -]{0,2}(?:later|after|afterwards?|post|postop|post-op|postoperative(?:ly)?|prior[ ]to|before|out|old|of[ ]age|from[ ]now|gestation|pregnant|postpartum|follow[ -]?up)(?![a-z])',
);
/** "PT for 6 weeks before surgery", "over 6 weeks before stopping": after "for" or "over", the span is the course's, told before what came next. */
const BEFORE_AFTER = pattern('durations.beforeAfter', '^[ -]{0,2}(?:before|prior[ ]to)(?![a-z])');
/** A number-less "last week"/"the past year" is a duration only after one of these. */
const SPAN_LEAD = pattern('durations.spanLead', '(?<![a-z])(?:for|over|during|in|within|throughout|x)[ ]{1,2}$');

/** "two courses of", "2 rounds of", "three separate trials of", "twice": a count of courses before a duration. */
const COURSE_NOUN = '(?:courses?|rounds?|trials?|episodes?|series|blocks?|cycles?)';
const COURSE_COUNT = `(?:(\\d)|(two|three|four|five|couple[ ]of|a[ ]couple[ ]of))[ ]{1,2}(?:(?:separate|distinct|different|prior|previous|formal|full|additional)[ ]{1,2})?`;
const COUNT_BEFORE_EACH = pattern('durations.countBeforeEach', `(?<![a-z0-9])(?:${COURSE_COUNT}${COURSE_NOUN}(?![a-z])|(twice|x[ ]?2|2[ ]?x)(?![a-z0-9/]))`, 'g');
/** "each", "each time", "apiece", "per course" right after the duration. */
const EACH_AFTER = pattern('durations.eachAfter', `^[ ,]{0,2}(?:each(?:[ ]{1,2}(?:time|course|round|trial))?|apiece|per[ ]{1,2}(?:course|round|trial))(?![a-z])`);
/** "two 6-week courses": the count right before, the course noun right after. */
const COUNT_RIGHT_BEFORE = pattern('durations.countRightBefore', `(?<![a-z0-9])${COURSE_COUNT}$`);
const COURSE_NOUN_AFTER = pattern('durations.courseNounAfter', `^[ -]{0,2}(?:long[ ]{1,2})?${COURSE_NOUN}(?![a-z])`);
/** "twice weekly", "2x a week": a frequency, not a count of courses. */
const FREQUENCY_WORD_AFTER = pattern('durations.frequencyWordAfter', '^[ ]{0,2}(?:(?:a|an|per|each|every|/)[ ]{0,2}(?:day|week|wk|month|mo)|weekly|daily|monthly)(?![a-z])');
const COURSE_WINDOW = 80;

function courseCount(m: RegExpExecArray): number | undefined {
  if (m[1] !== undefined) return Number(m[1]);
  if (m[2] !== undefined) return m[2].includes('couple') ? 2 : DURATION_NUMBER_WORDS[m[2]];
  return m[3] !== undefined ? 2 : undefined;
}

/** How many courses of this duration the text states ("two courses of PT, 6 weeks each"), or undefined. */
function coursesOf(lower: string, index: number, end: number, from: number, to: number): number | undefined {
  const before = lower.slice(Math.max(from, index - 24), index);
  const right = COUNT_RIGHT_BEFORE.exec(before);
  if (right && COURSE_NOUN_AFTER.test(lower.slice(end, Math.min(to, end + 16)))) return courseCount(right);
  if (!EACH_AFTER.test(lower.slice(end, Math.min(to, end + 16)))) return undefined;
  const windowStart = Math.max(from, index - COURSE_WINDOW);
  let count: number | undefined;
  for (const c of scanRange(COUNT_BEFORE_EACH, lower, windowStart, index)) {
    if (c.index + c[0].length > index) break;
    if (c[3] !== undefined && FREQUENCY_WORD_AFTER.test(lower.slice(c.index + c[0].length, c.index + c[0].length + 12))) continue;
    count = courseCount(c);
  }
  return count;
}

/**
 * compromise earns its place only for the long tail of number words ("one hundred twenty"):
 * the closed table above reads every duration we have seen in notes, at no cost, while
 * compromise takes ~250 ms to load and ~3 ms a call and misreads "two dozen" (2) and "a dozen"
 * (nothing). So it is loaded on first need and its answers are cached.
 */
type NlpNumbers = { numbers(): { get(): unknown } };
let nlp: ((text: string) => NlpNumbers) | undefined;
const compromiseCache = new Map<string, number | undefined>();

function compromiseNumber(words: string): number | undefined {
  if (compromiseCache.has(words)) return compromiseCache.get(words);
  let value: number | undefined;
  try {
    if (!nlp) {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const mod = require('compromise');
      nlp = (mod.default ?? mod) as (text: string) => NlpNumbers;
    }
    const got = nlp(words).numbers().get();
    if (Array.isArray(got) && typeof got[0] === 'number' && Number.isFinite(got[0])) value = got[0];
  } catch {
    value = undefined;
  }
  if (compromiseCache.size > 500) compromiseCache.clear();
  compromiseCache.set(words, value);
  return value;
}

const SPACES = pattern('durations.spaces', '\\s+', 'g');
const LEADING_ARTICLE = pattern('durations.leadingArticle', '^an? (?=\\S)');
const TRAILING_OF = pattern('durations.trailingOf', ' of$');
const SPACE_OR_HYPHEN = pattern('durations.spaceOrHyphen', '[ -]');
const DASHES = pattern('durations.dashes', '[\\u2010-\\u2015\\u2212]', 'g');
const ODD_SPACES = pattern('durations.oddSpaces', '[\\u00a0\\u2007\\u202f\\t]', 'g');

/** Value of a number as written in a duration: "6", "1.5", "six", "twenty-one", "a couple of", "one and a half". */
export function numberValue(raw: string): number | undefined {
  let s = raw.trim().replace(SPACES, ' ');
  if (s === '') return undefined;
  if (isDigit(s.charCodeAt(0))) {
    // "2 1/2 months".
    if (s.endsWith(' 1/2')) {
      const whole = Number(s.slice(0, -4));
      return Number.isFinite(whole) ? whole + 0.5 : undefined;
    }
    const n = Number(s);
    return Number.isFinite(n) ? n : undefined;
  }
  let extra = 0;
  if (s.endsWith(' and a half')) {
    extra = 0.5;
    s = s.slice(0, -' and a half'.length);
  }
  s = s.replace(LEADING_ARTICLE, '').replace(TRAILING_OF, '');
  if (s.includes('hundred')) {
    const n = compromiseNumber(s);
    return n === undefined ? undefined : n + extra;
  }
  const direct = DURATION_NUMBER_WORDS[s];
  if (direct !== undefined) return direct + extra;
  const parts = s.split(SPACE_OR_HYPHEN);
  if (parts.length === 2) {
    const tens = DURATION_NUMBER_WORDS[parts[0]];
    const ones = DURATION_NUMBER_WORDS[parts[1]];
    if (tens !== undefined && ones !== undefined && tens >= 20 && ones < 10) return tens + ones + extra;
  }
  const n = compromiseNumber(s);
  return n === undefined ? undefined : n + extra;
}

function unitDays(unit: string): number {
  return UNIT_DAYS[unit] ?? 0;
}

function isArticle(num: string): boolean {
  return num === 'a' || num === 'an' || num === 'one';
}

function spanMention(lower: string, m: RegExpExecArray, from: number, to: number): DurationMention | undefined {
  const index = m.index;
  const end = index + m[0].length;
  const before = lower.slice(Math.max(from, index - 30), index);
  const after = lower.slice(end, Math.min(to, end + 30));
  let days: number;
  if (m[2] !== undefined) {
    // "the past 3 months", "for the past year", "for the last week".
    const n = m[1] !== undefined ? numberValue(m[1]) : 1;
    if (n === undefined) return undefined;
    if (m[1] === undefined && !SPAN_LEAD.test(before)) return undefined;
    days = n * unitDays(m[2]);
  } else {
    const num = m[3];
    const n = numberValue(num);
    if (n === undefined) return undefined;
    // "after 2 weeks" is a follow-up or a delay, except "stopped Cymbalta after 2 weeks": a course that ended.
    // "not improved after 6 weeks of physical therapy": what came after names the course ("of"), so the span is its length.
    if (SKIP_BEFORE.test(before) && !STOPPED_AFTER.test(lower.slice(Math.max(from, index - 60), index)) && !AFTER_COURSE.test(before + m[0] + after)) return undefined;
    if (isArticle(num) && FREQUENCY_BEFORE.test(before)) return undefined;
    if (FREQUENCY_AFTER.test(after)) return undefined;
    if (SKIP_AFTER.test(after) && !(SPAN_LEAD.test(before) && BEFORE_AFTER.test(after))) return undefined;
    days = n * unitDays(m[5]);
  }
  if (m[0].endsWith('and a half')) {
    const unit = m[2] ?? m[5];
    days += 0.5 * unitDays(unit);
  } else if (m[6] !== undefined && m[7] !== undefined) {
    const n = numberValue(m[6]);
    if (n !== undefined) days += n * unitDays(m[7]);
  }
  if (!(days > 0) || days > 365 * 80) return undefined;
  if (VAGUE.test(m[1] ?? m[3] ?? '')) return undefined;
  const kind: DurationKind = AGO_AFTER.test(after) ? 'ago' : 'span';
  const mention: DurationMention = { index, end, days: Math.round(days), kind };
  if (m[2] !== undefined && UNTIL_NOW.test(m[0])) mention.untilNow = true;
  const courses = kind === 'span' ? coursesOf(lower, index, end, from, to) : undefined;
  if (courses !== undefined && courses >= 2 && courses <= 5) mention.courses = courses;
  return mention;
}

function sinceMention(lower: string, m: RegExpExecArray, to: number, dateOfService: string | null): DurationMention | undefined {
  if (!dateOfService) return undefined;
  const dos = dateOfService;
  const dosYear = Number(dos.slice(0, 4));
  const dosMonth = Number(dos.slice(5, 7));
  const at = m.index + m[0].length;
  const rest = lower.slice(at, Math.min(to, at + 40));
  let from: string | null = null;
  let end = at;
  const date = dateAt(lower, at);
  let x: RegExpExecArray | null;
  if (date && date.end <= to) {
    from = date.iso;
    end = date.end;
  } else if ((x = SINCE_MONTH.exec(rest)) !== null) {
    const month = MONTHS[x[1]];
    const day = x[2] !== undefined ? Number(x[2]) : SINCE_MID.test(m[0]) ? 15 : 1;
    let year: number;
    if (x[3] !== undefined) year = Number(x[3]);
    else if (x[4] === 'last') year = dosYear - 1;
    else if (x[4] === 'this') year = dosYear;
    else year = month < dosMonth || (month === dosMonth && day <= Number(dos.slice(8, 10))) ? dosYear : dosYear - 1;
    from = isoDate(year, month, day);
    end = at + x[0].length;
  } else if ((x = SINCE_NUMERIC_MONTH.exec(rest)) !== null) {
    from = isoDate(Number(x[2]), Number(x[1]), 1);
    end = at + x[0].length;
  } else if ((x = SINCE_YEAR.exec(rest)) !== null) {
    from = `${x[1]}-12-31`;
    end = at + x[0].length;
  } else if ((x = SINCE_LAST.exec(rest)) !== null) {
    from = x[1] === 'year' ? `${dosYear - 1}-12-31` : dosMonth === 1 ? isoDate(dosYear - 1, 12, 1) : isoDate(dosYear, dosMonth - 1, 1);
    end = at + x[0].length;
  }
  if (!from) return undefined;
  const days = daysBetween(from, dos);
  if (!(days > 0) || days > 365 * 80) return undefined;
  return { index: m.index, end, days, kind: 'since', startDate: from, endDate: dos };
}

/**
 * A date range: "from March to May", "from 05/2026 to 08/2026", "(03/05/2026 to 04/30/2026)",
 * "between June and August", "from June 2026 to present". Months count 30 days, as in spans; a range "through" a
 * month holds that month ("from January through March 2026": 90 days), one "to" a month does not ("from March to May": 60).
 */
const RANGE_OPEN = pattern('durations.rangeOpen', '(?<![a-z0-9])(?:(from|between)[ ]{1,2})?(?=[0-9]|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)', 'g');
const RANGE_LINK = pattern('durations.rangeLink', '^[ ]{0,2}(?:to|through|thru|until|till|and|-)[ ]{0,2}');
const MONTH_YEAR = pattern(
  'durations.monthYear',
  `^(?:(${MONTH_NAME})\\.?(?:,?[ ]{1,2}(\\d{4}))?|(\\d{1,2})/(\\d{4}))(?![a-z0-9/])`,
);
const NOW_WORD = pattern('durations.nowWord', '^(?:present|now|today|current|date)(?![a-z])');
/** The open end of a range in a table cell: "03/2026 - ongoing", "06/15/2026 - present". */
const OPEN_END = pattern('durations.openEnd', '^[ ]{0,2}(?:present|now|today|current|ongoing|date)(?![a-z])');

interface RangeEnd {
  end: number;
  /** Exact ISO date, or a month (day 1) when only the month is known. */
  year?: number;
  month: number;
  day?: number;
  now?: boolean;
}

function rangeEndAt(lower: string, at: number, dateOfService: string | null): RangeEnd | undefined {
  const rest = lower.slice(at, at + 24);
  const now = NOW_WORD.exec(rest);
  if (now && dateOfService) return { end: at + now[0].length, year: Number(dateOfService.slice(0, 4)), month: Number(dateOfService.slice(5, 7)), day: Number(dateOfService.slice(8, 10)), now: true };
  const date = dateAt(lower, at);
  if (date?.iso) return { end: date.end, year: Number(date.iso.slice(0, 4)), month: Number(date.iso.slice(5, 7)), day: Number(date.iso.slice(8, 10)) };
  const m = MONTH_YEAR.exec(rest);
  if (!m) return undefined;
  if (m[1] !== undefined) return { end: at + m[0].length, month: MONTHS[m[1].slice(0, 3)] ?? MONTHS[m[1]], year: m[2] === undefined ? undefined : Number(m[2]) };
  const month = Number(m[3]);
  return month >= 1 && month <= 12 ? { end: at + m[0].length, month, year: Number(m[4]) } : undefined;
}

function rangeMention(lower: string, m: RegExpExecArray, to: number, dateOfService: string | null): DurationMention | undefined {
  return rangeFrom(lower, m.index, m.index + m[0].length, m[1] as 'from' | 'between' | undefined, to, dateOfService);
}

/** A range opening at `index`, its first date at `startAt`, after "from", "between" or nothing. */
function rangeFrom(lower: string, index: number, startAt: number, opener: 'from' | 'between' | undefined, to: number, dateOfService: string | null): DurationMention | undefined {
  const a = rangeEndAt(lower, startAt, dateOfService);
  if (!a || a.now) return undefined;
  const link = RANGE_LINK.exec(lower.slice(a.end, a.end + 12));
  if (!link || (link[0].trim() === 'and') !== (opener === 'between')) return undefined;
  const b = rangeEndAt(lower, a.end + link[0].length, dateOfService);
  // "PT: 03/2026 - present", "03/2026 - ongoing": a date up to now, without "from", is as plain a range as in a table's Dates cell.
  const upToNow = () => (opener === undefined ? openRange(lower, index, to, dateOfService) : undefined);
  if (!b || b.end > to) return b ? undefined : upToNow();
  // Without "from", only two full dates make a range ("03/05/2026 to 04/30/2026", not "3 to 4 weeks").
  if (opener === undefined && (a.day === undefined || b.day === undefined)) return b.now ? upToNow() : undefined;
  const dosYear = dateOfService ? Number(dateOfService.slice(0, 4)) : undefined;
  const dosMonth = dateOfService ? Number(dateOfService.slice(5, 7)) : undefined;
  let aYear = a.year ?? b.year ?? (dosYear !== undefined && dosMonth !== undefined ? (a.month <= dosMonth ? dosYear : dosYear - 1) : undefined);
  let bYear = b.year ?? (aYear !== undefined ? (b.month >= a.month ? aYear : aYear + 1) : undefined);
  if (aYear === undefined || bYear === undefined) {
    // No year anywhere: months apart within one year.
    aYear = 2000;
    bYear = b.month >= a.month ? 2000 : 2001;
  }
  let days: number;
  if (a.day !== undefined && b.day !== undefined) {
    days = daysBetween(isoDate(aYear, a.month, a.day) as string, isoDate(bYear, b.month, b.day) as string);
  } else {
    // "January through March" holds March; "from March to May" is 60 days (the month a range ends in is not counted whole).
    const lastMonthHeld = b.day === undefined && (link[0].includes('through') || link[0].includes('thru')) ? 1 : 0;
    days = ((bYear - aYear) * 12 + (b.month - a.month) + lastMonthHeld) * 30;
  }
  if (!(days > 0) || days > 365 * 80) return undefined;
  const mention: DurationMention = { index, end: b.end, days, kind: 'range' };
  // The dates hold the whole of a month named as an end ("05/2026 - 07/2026": 60 days somewhere from May 1 to August 1).
  if (aYear !== 2000) {
    mention.startDate = isoDate(aYear, a.month, a.day ?? 1) ?? undefined;
    mention.endDate = b.day !== undefined ? (isoDate(bYear, b.month, b.day) ?? undefined) : firstOfMonthAfter(bYear, b.month);
  }
  if (b.now) mention.untilNow = true;
  else if (dateOfService && b.year !== undefined && b.day !== undefined) mention.ended = daysBetween(isoDate(bYear, b.month, b.day) as string, dateOfService) > 0;
  else if (dateOfService && dosYear !== undefined && dosMonth !== undefined) mention.ended = bYear < dosYear || (bYear === dosYear && b.month < dosMonth);
  return mention;
}

/**
 * Every duration in lower[from, to), in order. `lower` is folded lower-case text (see text/normalize.ts).
 * Regexes are compiled once; each call scans with its own lastIndex.
 */
export function findDurations(lower: string, from = 0, to = lower.length, dateOfService: string | null = null): DurationMention[] {
  const out: DurationMention[] = [];
  for (const m of scanRange(SPAN, lower, from, to)) {
    if (m.index + m[0].length > to) break;
    const mention = spanMention(lower, m, from, to);
    if (!mention) continue;
    const previous = out[out.length - 1];
    if (mention.untilNow && previous?.kind === 'span' && WINDOW_BETWEEN.test(lower.slice(previous.end, mention.index))) continue;
    out.push(mention);
  }
  let unsorted = false;
  if (lower.slice(from, to).includes('week')) {
    for (const m of scanRange(WEEK_OF, lower, from, to)) {
      const mention = m.index + m[0].length <= to ? weekOfMention(m) : undefined;
      if (!mention) continue;
      // "week 4 of a 6-week course": the planned length inside it is no span of its own.
      for (let i = out.length - 1; i >= 0; i--) if (out[i].index < mention.end && out[i].end > mention.index) out.splice(i, 1);
      out.push(mention);
      unsorted = true;
    }
  }
  // Within [from, to) only: an indexOf to the end of a long note, once per table cell, would be quadratic.
  if (lower.slice(from, to).includes('since')) {
    for (const m of scanRange(SINCE, lower, from, to)) {
      const mention = sinceMention(lower, m, to, dateOfService);
      if (mention) out.push(mention);
    }
    unsorted = true;
  }
  for (const m of scanRange(RANGE_OPEN, lower, from, to)) {
    const mention = rangeMention(lower, m, to, dateOfService);
    // A range holds no other duration ("from 3 to 6 weeks" stays a span), and dates right after a span restate it: "x 8 weeks (03/05 to 04/30)".
    if (!mention || out.some((d) => d.index < mention.end && d.end > mention.index)) continue;
    const restated = out.find((d) => d.end <= mention.index && mention.index - d.end <= 3);
    if (restated) {
      if (mention.ended !== undefined) restated.ended = mention.ended;
      continue;
    }
    out.push(mention);
    unsorted = true;
  }
  if (unsorted) out.sort((a, b) => a.index - b.index);
  if (dateOfService) for (const d of out) placeBeforeVisit(d, dateOfService);
  return out;
}

/** A span up to now ends at the visit; "N ago" starts (or happened) N before it. */
function placeBeforeVisit(d: DurationMention, dateOfService: string): void {
  if (d.kind === 'ago') d.startDate = shiftDays(dateOfService, -d.days);
  else if (d.kind === 'span' && d.untilNow) {
    d.startDate = shiftDays(dateOfService, -d.days);
    d.endDate = dateOfService;
  }
}

/** An ISO date `days` later (earlier when negative). */
export function shiftDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Dates that place a course of care without measuring it, in lower[from, to): months named as a period
 * ("January-February 2026", "March and April 2026") and a month or date after a start or stop word
 * ("started meloxicam in March 2026", "stopped in September", "began PT on 01/05/2026").
 *
 * Conventions: a period's months are months of care, the last one included ("January-February" runs from
 * January 1 to March 1); a start or a stop is the first day of its month ("stopped in September" ends on
 * September 1, as "from March to May" ends on May 1).
 * One month with neither ("ESI in July", "a Medrol taper in late November") tells when, not how long: no dates.
 * A month without a year takes the year of the next month that has one in the text ("January-February
 * and May-June 2026"), else the latest such month up to the date of service; with neither, no date.
 * "May" alone is a month only with a year or after "in", "during", "until".
 */
export interface CourseDates {
  index: number;
  end: number;
  startDate?: string;
  endDate?: string;
  /** Dated by a start word ("started ... in March"): care still going on runs from it to the visit. */
  opens?: boolean;
}

const MONTH_PERIOD = pattern(
  'durations.monthPeriod',
  `(?<![a-z0-9])(${MONTH_NAME})\\.?(?:[ ]{0,2}(?:-|and|/)[ ]{0,2}(${MONTH_NAME})\\.?)?(?:,?[ ]{1,2}(?:of[ ]{1,2})?(\\d{4}))?(?![a-z0-9])`,
  'g',
);
const MONTH_LEAD = pattern('durations.monthLead', '(?<![a-z])(?:in|during|until|till|through|thru|by|early|late|mid)[ -]{1,2}$');
const START_LEAD = pattern(
  'durations.startLead',
  '(?<![a-z])(?:started|starting|start|began|begun|begin|initiated|commenced|resumed)(?:[ ]{1,2}[a-z0-9/-]+){0,5}?[ ]{1,2}(?:in|on|during|around)[ ]{1,2}(?:(?:early|late|mid)[ -]{1,2})?$',
);
const STOP_LEAD = pattern(
  'durations.stopLead',
  '(?<![a-z])(?:(?:stopped|discontinued|quit|finished|completed|ended|weaned|tapered[ ]{1,2}off)(?:[ ]{1,2}[a-z0-9/-]+){0,5}?[ ]{1,2}(?:in|on|during|around)|until|till|through|thru)[ ]{1,2}(?:(?:early|late|mid)[ -]{1,2})?$',
);
/** A date written in numbers may follow its start or stop word directly: "PT started 02/10/2026", "stopped 1/5/26". */
const START_DATE_LEAD = pattern('durations.startDateLead', '(?<![a-z])(?:started|starting|began|begun|initiated|commenced|resumed)(?:[ ]{1,2}[a-z]+){0,2}?[ ]{1,2}$');
const STOP_DATE_LEAD = pattern('durations.stopDateLead', '(?<![a-z])(?:stopped|discontinued|finished|completed|ended)(?:[ ]{1,2}[a-z]+){0,2}?[ ]{1,2}$');
const NUMERIC_DATE_START = pattern('durations.numericDateStart', '(?<![0-9a-z/])\\d{1,2}/\\d{1,2}/\\d{2,4}(?![0-9/])', 'g');

function monthYear(month: number, year: number | undefined, dateOfService: string | null): number | undefined {
  if (year !== undefined) return year;
  if (!dateOfService) return undefined;
  const dosYear = Number(dateOfService.slice(0, 4));
  return month <= Number(dateOfService.slice(5, 7)) ? dosYear : dosYear - 1;
}

function firstOfMonthAfter(year: number, month: number): string {
  return month === 12 ? `${year + 1}-01-01` : (isoDate(year, month + 1, 1) as string);
}

export function findCourseDates(lower: string, from: number, to: number, dateOfService: string | null): CourseDates[] {
  const found: Array<{ index: number; end: number; first: number; last?: number; year?: number }> = [];
  for (const m of scanRange(MONTH_PERIOD, lower, from, to)) {
    const end = m.index + m[0].length;
    if (end > to) break;
    const before = lower.slice(Math.max(from, m.index - 60), m.index);
    if (m[2] === undefined && !START_LEAD.test(before) && !STOP_LEAD.test(before)) continue;
    if (m[1] === 'may' && m[3] === undefined && !MONTH_LEAD.test(before)) continue;
    found.push({ index: m.index, end, first: MONTHS[m[1]], last: m[2] === undefined ? undefined : MONTHS[m[2]], year: m[3] === undefined ? undefined : Number(m[3]) });
  }
  const out: CourseDates[] = [];
  for (let i = 0; i < found.length; i++) {
    const f = found[i];
    const lastMonth = f.last ?? f.first;
    const year = monthYear(lastMonth, f.year ?? found.slice(i + 1).find((g) => g.year !== undefined)?.year, dateOfService);
    if (year === undefined) continue;
    const firstYear = f.first > lastMonth ? year - 1 : year;
    const before = lower.slice(Math.max(from, f.index - 60), f.index);
    const start = isoDate(firstYear, f.first, 1) as string;
    const after = firstOfMonthAfter(year, lastMonth);
    if (f.last !== undefined) out.push({ index: f.index, end: f.end, startDate: start, endDate: after });
    else if (START_LEAD.test(before)) out.push({ index: f.index, end: f.end, startDate: start, opens: true });
    else if (STOP_LEAD.test(before)) out.push({ index: f.index, end: f.end, endDate: isoDate(year, lastMonth, 1) as string });
  }
  for (const m of scanRange(NUMERIC_DATE_START, lower, from, to)) {
    const date = dateAt(lower, m.index);
    if (!date?.iso || date.end > to) continue;
    const before = lower.slice(Math.max(from, m.index - 60), m.index);
    if (START_LEAD.test(before) || START_DATE_LEAD.test(before)) out.push({ index: m.index, end: date.end, startDate: date.iso, opens: true });
    else if (STOP_LEAD.test(before) || STOP_DATE_LEAD.test(before)) out.push({ index: m.index, end: date.end, endDate: date.iso });
  }
  return out.sort((a, b) => a.index - b.index);
}

/**
 * The duration of a table cell under "Dates" (text/tables.ts): its span, "since" date or range, and a
 * range of months without "from" too ("06/2026 - 07/2026", "03/01/2026 - present"): the column says the
 * cell is a range. Undefined when the cell is one date.
 */
export function cellDates(lower: string, from: number, to: number, dateOfService: string | null): DurationMention | undefined {
  const found = findDurations(lower, from, to, dateOfService).find((d) => d.kind !== 'ago');
  if (found) return found;
  let at = from;
  while (at < to && lower.charCodeAt(at) === 32) at++;
  return rangeFrom(lower, at, at, 'from', to, dateOfService) ?? openRange(lower, at, to, dateOfService);
}

/** "06/15/2026 - present", "03/2026 - ongoing": from a date up to the date of service. */
function openRange(lower: string, at: number, to: number, dateOfService: string | null): DurationMention | undefined {
  if (!dateOfService) return undefined;
  const a = rangeEndAt(lower, at, dateOfService);
  if (!a || a.now || a.year === undefined) return undefined;
  const link = RANGE_LINK.exec(lower.slice(a.end, a.end + 12));
  const open = link ? OPEN_END.exec(lower.slice(a.end + link[0].length, to)) : null;
  if (!link || !open) return undefined;
  const end = a.end + link[0].length + open[0].length;
  const fromIso = a.day !== undefined ? isoDate(a.year, a.month, a.day) : endOfMonth(a.year, a.month);
  const days = fromIso ? daysBetween(fromIso, dateOfService) : 0;
  return days > 0 && days <= 365 * 80 && fromIso ? { index: at, end, days, kind: 'since', startDate: fromIso, endDate: dateOfService } : undefined;
}

/**
 * Days of the first duration a phrase states ("x 6 wks" -> 42, "for the past year" -> 365,
 * "since 06/24/2026" with a date of service), or undefined.
 */
export function parseDurationDays(phrase: string, dateOfService: string | null = null): number | undefined {
  const lower = phrase.toLowerCase().replace(DASHES, '-').replace(ODD_SPACES, ' ');
  const first = findDurations(lower, 0, lower.length, dateOfService)[0];
  return first?.days;
}
