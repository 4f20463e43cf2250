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
