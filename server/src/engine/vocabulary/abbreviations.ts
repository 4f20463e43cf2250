/** Words after which a period does not end a sentence (lower case, without the period). */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'dr', 'drs', 'mr', 'mrs', 'ms', 'prof', 'pt', 'pts', 'approx', 'appt', 'apt', 'vs', 'v', 'etc', 'eg', 'ie', 'e.g', 'i.e',
  'no', 'nos', 'fig', 'figs', 'st', 'sr', 'jr', 'mg', 'mcg', 'ml', 'cc', 'bid', 'tid', 'qid', 'qd', 'qhs', 'prn', 'po', 'hx', 'h/o',
  'sx', 'tx', 'dx', 'fx', 'yo', 'y.o', 'y/o', 'wk', 'wks', 'mo', 'mos', 'yr', 'yrs', 'hr', 'hrs', 'min', 'mins', 'sec', 'inc', 'co',
  'dept', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'ext', 'lt', 'rt', 'bilat', 'b/l',
  'ca', 'cf', 'al', 'resp', 'temp', 'ht', 'wt', 'abd', 'ant', 'post', 'lat', 'med', 'sup', 'inf',
]);
/*
 * Why "mm", "cm" and level names are absent: "3 mm." and "L5-S1." end sentences in real reports
 * far more often than they abbreviate anything.
 */

/** Words that, ending a line, say the sentence wraps onto the next line. */
export const CONTINUATION_WORDS: ReadonlySet<string> = new Set([
  'on', 'of', 'at', 'and', 'or', 'with', 'the', 'a', 'an', 'to', 'in', 'by', 'for', 'from', 'is', 'are', 'was', 'were',
  'as', 'but', 'without', 'which', 'that', 'noted', 'seen', 'mild', 'moderate', 'severe', 'grade', 'no', 'not', 'left',
  'right', 'bilateral', 'there', 'this', 'these', 'has', 'have', 'had', 'be', 'been', 'into', 'upon', 'than', 'including',
  'involving', 'causing', 'neural', 'central', 'foraminal', 'canal', 'nerve', 'disc', 'spinal', 'resulting', 'measuring', 'approximately', 'about', 'both', 'l1', 'l2', 'l3', 'l4', 'l5', 'mildly', 'moderately', 'severely',
]);
