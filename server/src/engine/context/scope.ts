import { pattern, phraseSource } from '../patterns';
import { EMPTY_BOXES, TICKED_BOXES } from './rules/fields';
import { ContextCategory } from './rule';

/**
 * Where a trigger's scope, a sentence's clause and a sentence-wide statement end: the one
 * definition, as data. Each break is a mark or words in the text, and says what it ends:
 * - 'scope': a ConText trigger's scope (besides the trigger's own word limit and a terminator word
 *   of the rules, which may spare a category);
 * - 'clause': where a sentence splits into clauses (clausesOf): the extractors share a duration,
 *   response or status cue among the findings of its own clause only, and a kind's rules may end
 *   their scopes there (rules/conservativeTherapy.ts);
 * - 'statement': where even a sentence-wide scope (ContextRule.sentenceScope) ends.
 * A new statement ends all three, a semicolon a scope and a clause. The others differ
 * on purpose: a comma before a severity or "with" ends a negation ("no fracture, mild narrowing"),
 * not a clause ("PT for 6 weeks, with good relief" shares its response); a conjunction or a new
 * subject ends a clause, while a scope ends at the rules' terminators, which may spare a category
 * or let a retold episode's list through (rules/terminators.ts); a semicolon does not end a
 * sentence-wide scope ("2 ppd smoker since his teens; quit 2 years ago").
 */
export type Reach = 'scope' | 'clause' | 'statement';

export interface ScopeBreak {
  id: string;
  /** Regex source, lower case. */
  source: string;
  ends: readonly Reach[];
  /** For clauses: not inside parentheses ("two courses (fall, 8 weeks; spring, 6 weeks)" is one clause). */
  notInParentheses?: boolean;
  /** For scopes: the only categories whose scope it ends (default: all). */
  only?: readonly ContextCategory[];
}

/** A clause ends at a conjunction ("PT helped, but ...") or at "and" / "," before a word that opens a new clause ("and she", ", then"). */
export const CLAUSE_CONJUNCTIONS = ['but', 'however', 'although', 'though', 'whereas', 'while', 'yet', 'otherwise', 'after which', 'then'];
export const NEW_CLAUSE_STARTS = [
  'she', 'he', 'we', 'they', 'i', 'the patient', 'patient', 'pt', 'is', 'was', 'has', 'have', 'had', 'did', 'does', 'will', 'would',
  'takes', 'uses', 'currently', 'now', 'then', 'also', 'still', 'recently',
];
/** "and now for 3 weeks" goes on with the clause. */
const GOES_ON_AFTER: Readonly<Record<string, string>> = { now: '(?![ ]{1,2}(?:for|x|about|approximately))' };
const alternatives = (words: readonly string[]) => words.map((w) => w.split(' ').join('[ ]') + (GOES_ON_AFTER[w] ?? '')).join('|');

export const SCOPE_BREAKS: readonly ScopeBreak[] = [
  { id: 'semicolon', source: ';', ends: ['scope', 'clause'], notInParentheses: true },
  // A comma that opens a new clause: "no fracture, mild foraminal narrowing", "likely facet-mediated, with a 3 mm
  // anterolisthesis", "no stenosis, and the foramina are narrowed".
  {
    id: 'clauseComma',
    source: ',[ \\t]*(?:mild|minimal|moderate|severe|marked|advanced|grade|small|large|tiny|there|this|these|which|but|otherwise|with|and[ \\t]+(?:the|there|this|these))(?![a-z])',
    ends: ['scope'],
  },
  // A comma before the clinician's plan: "If PT does not help, we will try an ESI", "no relief with NSAIDs, we will
  // order an MRI". A negation of the clause before does not reach the plan; a condition does ("if ..., we would consider").
  {
    id: 'clinicianPlanComma',
    source: ",[ \\t]*(?:we|i)(?:[ \\t]+(?:will|would|can|could|may|might|should|plan|recommend|discussed|ordered|prescribed)|'ll|'d)(?![a-z])",
    ends: ['scope'],
    only: ['absent'],
  },
  // A colon after an uncertain finding opens what was seen: "Concern for CES: new b/l LE weakness and urinary
  // retention". Not after the words that introduce a list of possibilities ("differential includes: ...", "r/o: ...").
  {
    id: 'afterUncertainFinding',
    source: '(?<=[a-z0-9)])(?<!(?:following|includes?|including|are|is|of|for|follows|differential|diagnosis|diagnoses|ddx|dx|possibilities|considerations|concerns?|out|r/o|versus|vs))[ ]{0,2}:[ \\t]',
    ends: ['scope'],
    only: ['possible'],
  },
  // An inline heading after a run of spaces or a tab, as templates set fields on one line ("COMPLICATIONS: None
  // DIAGNOSES: 1) cellulitis"), a field on the next line ("Fever: No\nCough: Yes"), or a numbered item ("1) no
  // pneumothorax 2) small effusion"): a new statement, whatever the sentence splitter made of it. A heading that a
  // trigger starts ("Planned procedure: fusion", "Remote history: ...") carries its scope.
  {
    id: 'newStatement',
    source: '(?:(?<![ \\t])(?:[ ]{2,}|\\t)|\\n[ \\t]{0,8})[a-z][a-z/& ]{1,40}:(?![0-9])|(?:^|[ \\t(])(?:[0-9]{1,2}[.)]|[a-h][)])[ \\t]',
    ends: ['scope', 'clause', 'statement'],
  },
  // A checklist box starts an item of its own: "[X] Current smoker  [ ] Former smoker".
  { id: 'checkbox', source: [...TICKED_BOXES, ...EMPTY_BOXES].map((box) => phraseSource(box, ' ')).join('|'), ends: ['statement'] },
  { id: 'conjunction', source: `(?<![a-z])(?:${alternatives(CLAUSE_CONJUNCTIONS)})(?![a-z])`, ends: ['clause'] },
  { id: 'newSubject', source: `(?:,|,?[ ]and)(?=[ ](?:${alternatives(NEW_CLAUSE_STARTS)})(?![a-z]))`, ends: ['clause'] },
  // A full stop the sentence splitter kept: for clauses only, since it is as often an abbreviation's ("referred to
  // Dr. Smith for fusion", "denies fever, h.a. or incontinence"), which a trigger's scope runs through.
  { id: 'fullStop', source: '\\.[ ]', ends: ['clause'] },
];

const breaksOf = (reach: Reach) => SCOPE_BREAKS.filter((b) => b.ends.includes(reach));
const SCOPE_BREAK = pattern('context.scopeBreak', breaksOf('scope').filter((b) => !b.only).map((b) => b.source).join('|'));
/** The scope breaks that end some categories only. */
const CATEGORY_SCOPE_BREAKS = breaksOf('scope')
  .filter((b) => b.only)
  .map((b) => ({ only: new Set<string>(b.only), regex: pattern(`context.scopeBreak.${b.id}`, b.source) }));
const STATEMENT_BREAK = pattern('context.statementBreak', breaksOf('statement').map((b) => b.source).join('|'));
const CLAUSE_BREAKS = breaksOf('clause');
/** One capture group per clause break, to tell which one matched. */
const CLAUSE_SPLIT = pattern('context.clauseSplit', CLAUSE_BREAKS.map((b) => `(${b.source})`).join('|'), 'g');

/** Whether the scope of a trigger of `category` ends between `from` and `to` (a gap of the sentence's lower text). */
export function scopeBrokenBy(lower: string, from: number, to: number, category?: string): boolean {
  const gap = lower.slice(from, to);
  if (SCOPE_BREAK.test(gap)) return true;
  for (const b of CATEGORY_SCOPE_BREAKS) if (category !== undefined && b.only.has(category) && b.regex.test(gap)) return true;
  return false;
}

/** Whether a sentence-wide scope (ContextRule.sentenceScope) ends between `from` and `to`. */
export function statementBrokenBy(lower: string, from: number, to: number): boolean {
  return STATEMENT_BREAK.test(lower.slice(from, to));
}

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
    if (open > 0 && CLAUSE_BREAKS[m.slice(1).findIndex((g) => g !== undefined)]?.notInParentheses) continue;
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
