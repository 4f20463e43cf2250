import { daysBetween, firstDate, MONTH_NAME, MONTHS } from '../normalize/dates';
import { pattern } from '../patterns';

/**
 * A time before the visit written in a stretch of a sentence: what makes "she presented ... with a new
 * foot drop" a retold episode rather than today's complaint (ContextRule.pastTimeBeside).
 * - a date at least MIN_DAYS before the visit ("presented on 06/01/2026 with", in a note of 06/16/2026);
 * - a month before the visit's ("in June" in a September note; "in June 2025"; "last June", "this past June");
 * - a year before the visit's ("in 2021");
 * - words that say the past: "last spring", "earlier this year", "two months ago", "3 weeks ago".
 * In a note without a date of service every date, month and year counts, as a year does for history.pastYear.
 * "Today", "3 days ago", "last week" and "since June" are not past anchors: they tell the current episode.
 */

/** A retold date this close to the visit may still be the current episode (a hospital note on day 3). */
const MIN_DAYS = 7;

const MONTH_ANCHOR = pattern(
  'pastTime.month',
  `(?<![a-z])(last|this[ ]{1,2}past|in|during)[ ]{1,2}(?:(?:early|late|mid)[ -]{1,2})?(${MONTH_NAME})(?![a-z])(?:,?[ ]{1,2}(?:of[ ]{1,2})?((?:19|20)[0-9]{2})(?![0-9]))?`,
  'g',
);
const YEAR_ANCHOR = pattern('pastTime.year', '(?<![a-z])(?:in|during)[ ]{1,2}(?:(?:early|late|mid)[ -]{1,2})?((?:19|20)[0-9]{2})(?![0-9/-])', 'g');
const PAST_WORDS = pattern(
  'pastTime.words',
  '(?<![a-z0-9])(?:last[ ]{1,2}(?:year|spring|summer|fall|autumn|winter)|earlier[ ]{1,2}this[ ]{1,2}year|the[ ]{1,2}previous[ ]{1,2}year|(?:[0-9]{1,3}|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few|many)[ ]{1,2}(?:months?|years?)[ ]{1,2}ago|(?:[2-9]|[1-9][0-9]|two|three|four|five|six|seven|eight|several)[ ]{1,2}weeks[ ]{1,2}ago)(?![a-z])',
);

function monthIndex(year: number, month: number): number {
  return year * 12 + month;
}

function monthBeforeVisit(m: RegExpExecArray, visit: string | undefined): boolean {
  if (m[1] !== 'in' && m[1] !== 'during') return true; // "last June", "this past June"
  if (visit === undefined) return true;
  const month = MONTHS[m[2]];
  const visitYear = Number(visit.slice(0, 4));
  const visitMonth = Number(visit.slice(5, 7));
  // Without a year, a month other than the visit's is the last one of that name: "in June" in a September note.
  if (m[3] === undefined) return month !== visitMonth;
  return monthIndex(Number(m[3]), month) < monthIndex(visitYear, visitMonth);
}

/** Words that place a retelling in the current episode whatever else is dated: "presented today, a week after ...". */
const NOW_WORDS = pattern('pastTime.now', '(?<![a-z])(?:today|tonight|this[ ]{1,2}(?:morning|afternoon|evening)|currently|now)(?![a-z])');

/** Whether lower[from, to) names a time before the visit (`visit`: the date of service, ISO, if the note has one), and not today. */
export function pastTimeIn(lower: string, from: number, to: number, visit: string | undefined): boolean {
  if (to <= from) return false;
  const text = lower.slice(from, to);
  if (NOW_WORDS.test(text)) return false;
  if (PAST_WORDS.test(text)) return true;
  MONTH_ANCHOR.lastIndex = 0;
  for (let m = MONTH_ANCHOR.exec(text); m !== null; m = MONTH_ANCHOR.exec(text)) if (monthBeforeVisit(m, visit)) return true;
  YEAR_ANCHOR.lastIndex = 0;
  for (let m = YEAR_ANCHOR.exec(text); m !== null; m = YEAR_ANCHOR.exec(text)) if (visit === undefined || Number(m[1]) < Number(visit.slice(0, 4))) return true;
  // On the slice: firstDate's scan for a date start would otherwise run on past `to` through the note.
  const date = firstDate(text);
  return date !== undefined && date.iso !== null && (visit === undefined || daysBetween(date.iso, visit) >= MIN_DAYS);
}

const MONTH_YEAR = pattern('pastTime.monthYear', '(?<![0-9/])([0-9]{1,2})/((?:19|20)[0-9]{2})(?![0-9/])');
const BARE_YEAR = pattern('pastTime.bareYear', '(?<![0-9/])((?:19|20)[0-9]{2})(?![0-9/])');

/**
 * Whether the date written in lower[from, to) that reaches past `reaching` ("03/18/2026", "March 18,
 * 2026", "03/2026", "2026") is after the visit (1), before it (-1), or neither: the same day, month or
 * year as the visit's, no date, or no date of service (undefined).
 */
export function dateAgainstVisit(lower: string, from: number, to: number, reaching: number, visit: string | undefined): 1 | -1 | undefined {
  if (visit === undefined || to <= from) return undefined;
  let date = firstDate(lower, from, to);
  while (date && date.end <= reaching) date = firstDate(lower, date.end, to);
  if (date) {
    if (date.iso === null || date.iso === visit) return undefined;
    return date.iso > visit ? 1 : -1;
  }
  const text = lower.slice(reaching, to);
  const visitYear = Number(visit.slice(0, 4));
  const monthYear = MONTH_YEAR.exec(text);
  if (monthYear) {
    const month = monthIndex(Number(monthYear[2]), Number(monthYear[1]));
    const visitMonth = monthIndex(visitYear, Number(visit.slice(5, 7)));
    return month === visitMonth ? undefined : month > visitMonth ? 1 : -1;
  }
  const year = BARE_YEAR.exec(text);
  if (!year || Number(year[1]) === visitYear) return undefined;
  return Number(year[1]) > visitYear ? 1 : -1;
}
