import { pattern } from '../patterns';
import { AttributeMap, FusionTechnique, SurgicalPlanStatus, SurgicalProcedure } from '../types';
import { anchorFrom } from '../text/anchors';
import { NON_SPINE_SITES, NOT_SURGERY_AFTER, SPINE_CONTEXT_WORDS, SURGERY_TERMS, SurgeryTerm } from '../vocabulary/surgeryTerms';
import { levelMentions } from './shared/levelMentions';
import { CueTable, isSpineNote, wordsAfter } from './shared/clinicClauses';
import { clauseAt, clausesOf } from '../context/scope';
import { SURGICAL_PLAN_STATUS_RULES } from '../context/rules/surgicalPlan';
import { Candidate, Extractor, SentenceView } from './types';

/**
 * Surgery: procedure (fusion / decompression alone / decompression and fusion), fusion technique
 * (TLIF, PLIF, ALIF, posterolateral), pedicle-screw instrumentation, level.
 *
 * Conventions:
 * - Pieces joined in one phrase make one finding: "L5-S1 laminectomy and posterolateral fusion with
 *   pedicle screw instrumentation" is one decompressionAndFusion with technique posterolateral and
 *   instrumentation. "decompression without fusion" / "decompression alone" is decompressionAlone;
 *   "X versus Y" / "X or Y" are two findings. Screws alone ("pedicle screw fixation") mean a fusion.
 *   "surgery" alone has no procedure.
 * - Span: from the first piece to the last, with a level written right before it ("L5-S1 TLIF").
 * - Assertion: decided by the context rules (context/rules/surgicalPlan.ts and the general ones),
 *   never here: recommended, planned, discussed, "Plan:" -> hypothetical; "not a surgical
 *   candidate" -> absent; "s/p", "had", "in 2015", an imaging report, a procedure section or an
 *   operative report -> historical. Hardware alone ("pedicle screws") is a finding only as a plan.
 * - Not read: cervical/thoracic-only surgery, joints and other organs (ankle fusion, carpal tunnel
 *   decompression, bowel decompression), "non-surgical".
 */

type PlanAttributes = AttributeMap['surgicalPlan'];
const PLAN_STATUSES: readonly SurgicalPlanStatus[] = ['scheduled', 'recommended', 'considered', 'conditional'];

const TERMS = new CueTable<SurgeryTerm>('surgicalPlan.terms', SURGERY_TERMS);
export const SURGERY_ANCHOR = anchorFrom({ surgeryTerms: SURGERY_TERMS.flatMap(([, names]) => names) });
const NON_SPINE = new CueTable<true>('surgicalPlan.nonSpine', [[true, NON_SPINE_SITES]]);
const NOT_SURGERY = new Set(NOT_SURGERY_AFTER);
const OBJECT_LINK = new Set(['on', 'of', 'to', 'for', 'in']);
const OBJECT_FILLER = new Set(['the', 'his', 'her', 'a', 'an', 'left', 'right', 'bilateral', 'infected', 'both']);
const SPINE_CONTEXT = new CueTable<true>('surgicalPlan.spineContext', [[true, SPINE_CONTEXT_WORDS]]);
const NON_SURGICAL_BEFORE = pattern('surgicalPlan.nonSurgicalBefore', '(?<![a-z])non[ -]?$');
const HEADER_WORD = pattern('surgicalPlan.headerWord', '^[ ]{0,2}(?:\\(s\\))?[ ]{0,2}(?:performed|planned)?[ ]{0,2}:');
const ANATOMY_AFTER = pattern('surgicalPlan.anatomyAfter', '^[ ]{1,2}(?:defects?|bed|site|scar|cavity|changes|hardware|syndrome)(?![a-z])');
const JOIN_GAP = pattern(
  'surgicalPlan.joinGap',
  '^[ ,()]{0,3}(?:(?:and|with|plus|&|/|\\+|followed[ ]{1,2}by|as[ ]{1,2}well[ ]{1,2}as|including|using|via|at|the|a|an|of|alone|l[1-5][ ]{0,2}[-/][ ]{0,2}(?:l?[1-6]|s1)|l[1-5]|s1|posterior|instrumented|bilateral|left|right|partial|complete|segmental|interbody|open|minimally|invasive|mis|level|levels|two|one|single|multilevel|cage|cages)[ ,/()-]{0,3}){0,8}$',
);
const WITHOUT_FUSION = pattern('surgicalPlan.withoutFusion', '^[ ,]{0,3}(?:alone|only|without[ ]{1,2}(?:(?:a|an|the|concomitant|additional|instrumented|spinal)[ ]{1,2})?(?:fusion|arthrodesis|instrumentation|stabilization))(?![a-z])');
const LEVEL_BEFORE = pattern('surgicalPlan.levelBefore', '(?<![a-z0-9])(?:l[1-5][ ]{0,2}[-/][ ]{0,2}(?:l?[1-6]|s1)|l5s1|l[1-5]|s1)(?:[ ]{0,2}(?:and|,|/|-|through|to)[ ]{0,2}(?:l[1-5][ ]{0,2}[-/][ ]{0,2}(?:l?[1-6]|s1)|l[1-5]|s1)){0,3}[ ]{1,2}(?:level[ ]{1,2})?$');
/**
 * What can book an operation referred to without its name: the scheduling rules' words, or a year
 * (a date after the visit). Without one in the sentence, "surgery" is not worth judging.
 */
const BOOKING_WORDS = new CueTable<true>('surgicalPlan.bookingWords', [
  [true, SURGICAL_PLAN_STATUS_RULES.filter((r) => r.category === 'state' && r.value === 'scheduled').flatMap((r) => r.literals ?? []).filter((l) => !l.includes('<'))],
]);
const A_YEAR = pattern('surgicalPlan.aYear', '(?<![0-9])(?:19|20)[0-9]{2}(?![0-9])');
const mayBook = (lower: string) => A_YEAR.test(lower) || BOOKING_WORDS.test(lower);

interface Piece {
  index: number;
  end: number;
  term: SurgeryTerm;
}

/** An organ or joint just before the piece ("ankle fusion", "colon cancer surgery") or as its object ("surgery on the kidney"). */
function nonSpine(lower: string, piece: { index: number; end: number }): boolean {
  const before = lower.slice(Math.max(0, piece.index - 40), piece.index);
  for (const cue of NON_SPINE.scan(before)) {
    if (wordsAfter(before, cue.end, 4).length <= 2) return true;
  }
  const after = wordsAfter(lower, piece.end, 5);
  if (after.length === 0) return false;
  if (NOT_SURGERY.has(after[0])) return true;
  if (!OBJECT_LINK.has(after[0])) return false;
  let i = 1;
  while (i < after.length && OBJECT_FILLER.has(after[i])) i++;
  if (i >= after.length) return false;
  const at = lower.indexOf(after[i], piece.end);
  return at !== -1 && NON_SPINE.startingAt(lower, at, 30) !== undefined;
}

function spineOk(view: SentenceView, piece: Piece, clause: { index: number; end: number }): boolean {
  const { lower } = view;
  if (nonSpine(lower, piece)) return false;
  if (NON_SURGICAL_BEFORE.test(lower.slice(Math.max(0, piece.index - 4), piece.index))) return false;
  if (piece.term.part === 'generic' && HEADER_WORD.test(lower.slice(piece.end, piece.end + 16))) return false;
  if (piece.term.needsSpineContext) {
    const near = lower.slice(Math.max(clause.index, piece.index - 40), Math.min(clause.end, piece.end + 40));
    if (SPINE_CONTEXT.test(near)) return true;
    return (piece.term.part === 'generic' || piece.term.part === 'instrumentation' || piece.term.part === 'referent') && isSpineNote(view.note);
  }
  return true;
}

function extract(view: SentenceView): Candidate<'surgicalPlan'>[] {
  const { lower } = view;
  const terms = TERMS.scan(lower);
  if (terms.length === 0) return [];
  const clauses = clausesOf(lower);
  const pieces: Piece[] = [];
  let bookable: boolean | undefined;
  for (const t of terms) {
    const piece = { index: t.index, end: t.end, term: t.value };
    if (t.value.part === 'referent' && !(bookable ??= mayBook(lower))) continue;
    // Post-surgical anatomy, not a procedure: "laminectomy defect" ("changes of prior L4-5 laminectomy" is a historical laminectomy).
    if (ANATOMY_AFTER.test(lower.slice(t.end, t.end + 20))) continue;
    if (spineOk(view, piece, clauseAt(clauses, t.index))) pieces.push(piece);
  }
  if (pieces.length === 0) return [];
  const levels = levelMentions(lower);
  // One segment named in the sentence is the level of every piece in it (test/fixtures conventions).
  const segments = new Set(levels.filter((l) => !l.nonLumbar && l.segment).map((l) => l.segment as string));
  const sentenceLevel = segments.size === 1 ? [...segments][0] : undefined;
  // Cervical/thoracic-only sentence: not the guideline's surgery.
  if (levels.length > 0 && levels.every((l) => l.nonLumbar)) return [];

  // Group pieces joined by "and", "with", levels...; "versus", "or", "without" split.
  const groups: Piece[][] = [];
  const dropped = new Set<Piece>();
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i];
    if (dropped.has(p)) continue;
    const last = groups[groups.length - 1];
    const prev = last?.[last.length - 1];
    // Two unnamed pieces are two mentions; the operation referred to ("surgery") is never a piece of a named one.
    const apart = (prev?.term.part === 'generic' && p.term.part === 'generic') || prev?.term.part === 'referent' || p.term.part === 'referent';
    if (prev && JOIN_GAP.test(lower.slice(prev.end, p.index)) && !apart) last.push(p);
    else groups.push([p]);
    // "decompression without fusion": the fusion is not a piece of anything.
    if (p.term.part === 'decompression' && WITHOUT_FUSION.test(lower.slice(p.end, p.end + 50))) {
      const next = pieces[i + 1];
      if (next && next.index - p.end < 50 && next.term.part !== 'decompression') dropped.add(next);
      (groups[groups.length - 1] as Piece[] & { alone?: boolean }).alone = true;
    }
  }

  const out: Candidate<'surgicalPlan'>[] = [];
  for (const group of groups) {
    const first = group[0];
    const lastPiece = group[group.length - 1];
    const parts = new Set(group.map((p) => p.term.part));
    const alone = (group as Piece[] & { alone?: boolean }).alone === true;
    let procedure: SurgicalProcedure | undefined;
    if (parts.has('fusion') && parts.has('decompression') && !alone) procedure = 'decompressionAndFusion';
    else if (parts.has('fusion')) procedure = 'fusion';
    else if (parts.has('decompression')) procedure = 'decompressionAlone';
    else if (parts.has('instrumentation')) procedure = 'fusion';
    // Pedicle screws with a decompression make a fused construct.
    if (procedure === 'decompressionAlone' && parts.has('instrumentation') && !alone) procedure = 'decompressionAndFusion';
    const technique: FusionTechnique | undefined = group.find((p) => p.term.technique)?.term.technique;
    const attributes: PlanAttributes = {};
    if (procedure) attributes.procedure = procedure;
    if (technique) attributes.technique = technique;
    if (parts.has('instrumentation')) attributes.instrumentation = 'pedicleScrews';

    let start = first.index;
    const end = lastPiece.end;
    const levelBefore = LEVEL_BEFORE.exec(lower.slice(Math.max(0, start - 40), start));
    if (levelBefore) start = Math.max(0, start - 40) + levelBefore.index;
    const clause = clauseAt(clauses, first.index);
    const level = segments.size > 1 ? nearestLumbarLevel(levels, start, end, clause) : sentenceLevel;
    if (level) attributes.level = level;
    if (parts.has('generic')) delete attributes.procedure;
    const candidate: Candidate<'surgicalPlan'> = { kind: 'surgicalPlan', start: view.start + start, end: view.start + end, attributes };
    // Hardware described on its own ("pedicle screw construct intact") is not a plan or a procedure.
    if (parts.size === 1 && parts.has('instrumentation')) candidate.onlyStated = PLAN_STATUSES;
    // "Surgery" alone matters only as a date or booking told of the plan the note names elsewhere.
    if (parts.size === 1 && parts.has('referent')) {
      candidate.referent = true;
      candidate.onlyStated = ['scheduled'];
    }
    out.push(candidate);
  }
  return out;
}

function nearestLumbarLevel(levels: ReturnType<typeof levelMentions>, start: number, end: number, clause: { index: number; end: number }): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const l of levels) {
    if (l.nonLumbar || l.index < clause.index || l.end > clause.end) continue;
    const name = l.segment ?? l.vertebra;
    if (!name) continue;
    const distance = l.end <= start ? start - l.end : l.index >= end ? l.index - end : 0;
    // Prefer a segment over a vertebra at the same distance.
    const score = distance + (l.segment ? 0 : 0.5);
    if (score < bestDistance) {
      best = name;
      bestDistance = score;
    }
  }
  return bestDistance <= 60 ? best : undefined;
}

export const surgicalPlanExtractor: Extractor = {
  name: 'surgicalPlan',
  anchor: SURGERY_ANCHOR,
  extract,
};
