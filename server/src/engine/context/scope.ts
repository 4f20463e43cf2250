import { pattern } from '../patterns';
import { EMPTY_BOXES, TICKED_BOXES } from './rules/fields';

/**
 * Where a trigger's scope ends, besides its own word limit and a terminator word: the one
 * definition, used for every rule.
 * - a semicolon;
 * - a comma that opens a new clause ("no fracture, mild foraminal narrowing", "likely facet-mediated,
 *   with a 3 mm anterolisthesis", "no stenosis, and the foramina are narrowed");
 * - an inline heading after a run of spaces or a tab, as templates set fields on one line
 *   ("COMPLICATIONS: None  DIAGNOSES: 1) cellulitis"), or a field on the next line ("Fever: No\nCough: Yes"), or a numbered item ("1) no pneumothorax
 *   2) small effusion"): a new statement, whatever the sentence splitter made of it. A heading
 *   that a trigger starts ("Planned procedure: fusion", "Remote history: ...") carries its scope.
 */
const CLAUSE_BREAK = pattern(
  'context.clauseBreak',
  ',[ \\t]*(?:mild|minimal|moderate|severe|marked|advanced|grade|small|large|tiny|there|this|these|which|but|otherwise|with|and[ \\t]+(?:the|there|this|these))(?![a-z])',
);
const NEW_STATEMENT = pattern('context.newStatement', '(?:(?<![ \\t])(?:[ ]{2,}|\\t)|\\n[ \\t]{0,8})[a-z][a-z/& ]{1,40}:(?![0-9])|(?:^|[ \\t(])(?:[0-9]{1,2}[.)]|[a-h][)])[ \\t]');

export function scopeBrokenBy(lower: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (lower.charCodeAt(i) === 59 /* ; */) return true;
  if (to - from <= 3) return false;
  const gap = lower.slice(from, to);
  return CLAUSE_BREAK.test(gap) || NEW_STATEMENT.test(gap);
}

const BOXES = [...TICKED_BOXES, ...EMPTY_BOXES];

/**
 * Where even a sentence-wide scope (ContextRule.sentenceScope) ends: a new statement as above, or
 * a checklist box, which starts an item of its own ("[X] Current smoker  [ ] Former smoker").
 */
export function statementBrokenBy(lower: string, from: number, to: number): boolean {
  if (to - from <= 3) return false;
  const gap = lower.slice(from, to);
  return NEW_STATEMENT.test(gap) || BOXES.some((box) => gap.includes(box));
}

/**
 * Where a sentence splits into clauses: the extractors share a duration, response or status cue
 * among the findings of its own clause only, and a kind's rules may end their scopes there
 * (rules/conservativeTherapy.ts). A clause ends at ";" (not inside parentheses), ". ", a
 * conjunction below, or "and" / "," before a word that opens a new clause ("and she", ", then").
 */
export const CLAUSE_CONJUNCTIONS = ['but', 'however', 'although', 'though', 'whereas', 'while', 'yet', 'otherwise', 'after which', 'then'];
export const NEW_CLAUSE_STARTS = [
  'she', 'he', 'we', 'they', 'i', 'the patient', 'patient', 'pt', 'is', 'was', 'has', 'have', 'had', 'did', 'does', 'will', 'would',
  'takes', 'uses', 'currently', 'now', 'then', 'also', 'still', 'recently',
];
/** "and now for 3 weeks" goes on with the clause. */
const GOES_ON_AFTER: Readonly<Record<string, string>> = { now: '(?![ ]{1,2}(?:for|x|about|approximately))' };
const alternatives = (words: readonly string[]) => words.map((w) => w.split(' ').join('[ ]') + (GOES_ON_AFTER[w] ?? '')).join('|');
const CLAUSE_SPLIT = pattern(
  'context.clauseSplit',
  `[;]|(?<![a-z])(?:${alternatives(CLAUSE_CONJUNCTIONS)})(?![a-z])|(?:,|,?[ ]and)(?=[ ](?:${alternatives(NEW_CLAUSE_STARTS)})(?![a-z]))|\\.[ ]`,
  'g',
);

export interface Clause {
  /** Offsets into the sentence's lower text. */
  index: number;
  end: number;
}

export function clausesOf(lower: string): Clause[] {
  const out: Clause[] = [];
  let start = 0;
  CLAUSE_SPLIT.lastIndex = 0;
  let m: RegExpExecArray | null;
  let open = 0;
  let counted = 0;
  while ((m = CLAUSE_SPLIT.exec(lower)) !== null) {
    // A ";" inside parentheses does not end the clause: "two courses (fall, 8 weeks; spring, 6 weeks)".
    for (; counted < m.index; counted++) {
      const c = lower.charCodeAt(counted);
      if (c === 40) open++;
      else if (c === 41 && open > 0) open--;
    }
    if (open > 0 && m[0] === ';') continue;
    if (m.index > start) out.push({ index: start, end: m.index });
    start = m.index + m[0].length;
    if (m[0].length === 0) CLAUSE_SPLIT.lastIndex++;
  }
  if (start < lower.length || out.length === 0) out.push({ index: start, end: lower.length });
  return out;
}

export function clauseAt(clauses: readonly Clause[], index: number): Clause {
  for (const c of clauses) if (index >= c.index && index < c.end) return c;
  // An index on a break itself: the clause that starts after it.
  for (const c of clauses) if (c.index > index) return c;
  return clauses[clauses.length - 1];
}
