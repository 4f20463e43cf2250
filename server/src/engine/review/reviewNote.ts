import { analyzeNote, extractFindings, finishAnalysis, NoteAnalysis, partBounds, PreparedNote, prepareNote } from '../analyzeNote';
import { RULES, ruleApplies } from '../rules';
import { maskQueryBlocks } from '../text/queryBlocks';
import { RuleContext, RuleHit, Rule } from '../rules/types';
import { AnalyzeOptions, AnyFinding, Case, Diagnostic, DiagnosticSeverity } from '../types';
import { resolveSettings, ResolvedSettings, ReviewSettings } from './config';
import { buildSummary, NoteSummary } from './summary';

export { ReviewSettings, RuleSetting, ResolvedSettings } from './config';

export interface RuleDiagnostic extends Diagnostic {
  /** For documentation-gap rules: the physician query text, ready to insert. */
  query?: string;
  /** URL-ish relative doc path, e.g. "docs/rules/smoking.md". */
  docPath: string;
}

export interface Review extends NoteAnalysis {
  diagnostics: RuleDiagnostic[];
  summary: NoteSummary;
}

/** Analyzes a note and checks it against the guideline rules. Never throws on note content. */
export function reviewNote(text: string, settings: ReviewSettings = {}): Review {
  const resolved = resolveSettings(settings);
  let analysis: NoteAnalysis;
  try {
    analysis = analyzeNote(text, analyzeOptions(resolved));
  } catch {
    analysis = unanalysed(resolved);
  }
  return runReview(text, analysis, resolved);
}

function analyzeOptions(resolved: ResolvedSettings): AnalyzeOptions {
  return {
    dateOfService: resolved.dateOfService,
    conservativeCareMinimumMonths: resolved.conservativeCareMinimumMonths,
    endplateWidthMm: resolved.endplateWidthMm,
    customTargets: resolved.customTargets,
  };
}

/** Review what can be reviewed: nothing, with the reason, instead of a crash. */
function unanalysed(resolved: ResolvedSettings): NoteAnalysis {
  const empty = analyzeNote('', { dateOfService: resolved.dateOfService, conservativeCareMinimumMonths: resolved.conservativeCareMinimumMonths });
  return { ...empty, warnings: ['The note could not be analyzed; no findings were extracted.'] };
}

/**
 * A huge note reviewed in parts on several threads: its first part read here (startPartedReview),
 * the others elsewhere (reviewNotePart, same text and settings), joined in order by
 * finishPartedReview. The review is the one reviewNote gives: each sentence is read with the whole
 * note around it, and mentions, case and rules run once over all the findings.
 */
export interface PartedReview {
  text: string;
  resolved: ResolvedSettings;
  parts: number;
  prepared?: PreparedNote;
  first: AnyFinding[];
}

export function startPartedReview(text: string, settings: ReviewSettings, parts: number): PartedReview {
  const resolved = resolveSettings(settings);
  try {
    const prepared = prepareNote(text, analyzeOptions(resolved));
    const bounds = partBounds(prepared, parts);
    return { text, resolved, parts, prepared, first: extractFindings(prepared, bounds[0], bounds[1]) };
  } catch {
    return { text, resolved, parts, first: [] };
  }
}

/** The findings of part `part` (1 ≤ part < parts) of a parted review, as plain data. */
export function reviewNotePart(text: string, settings: ReviewSettings, part: number, parts: number): AnyFinding[] {
  const prepared = prepareNote(text, analyzeOptions(resolveSettings(settings)));
  const bounds = partBounds(prepared, parts);
  return extractFindings(prepared, bounds[part], bounds[part + 1]);
}

/** Joins the other parts' findings (parts 1.., in order; `undefined` for a part that failed: read here instead). */
export function finishPartedReview(started: PartedReview, others: ReadonlyArray<AnyFinding[] | undefined>): Review {
  const { text, resolved, prepared } = started;
  let analysis: NoteAnalysis;
  try {
    if (!prepared) throw new Error('not prepared');
    const bounds = partBounds(prepared, started.parts);
    const parts = [started.first];
    for (let part = 1; part < started.parts; part++) parts.push(others[part - 1] ?? extractFindings(prepared, bounds[part], bounds[part + 1]));
    analysis = finishAnalysis(prepared, parts.flat());
  } catch {
    analysis = unanalysed(resolved);
  }
  return runReview(text, analysis, resolved);
}

/**
 * A review copied from elsewhere (a worker thread's structured clone, which keeps data only):
 * gives it back the rule context hovers use, made from the same text and settings, without
 * running the rules again. Returns the same review object.
 */
export function adoptReview(text: string, review: Review, settings: ReviewSettings = {}): Review {
  const resolved = resolveSettings(settings);
  CONTEXTS.set(review, { ctx: contextFor(text, review, resolved), settings: resolved });
  return review;
}

/** Runs the rules over an analysis already made (tests build analyses by hand). */
export function reviewAnalysis(text: string, analysis: NoteAnalysis, settings: ReviewSettings = {}): Review {
  return runReview(text, analysis, resolveSettings(settings));
}

function runReview(text: string, analysis: NoteAnalysis, resolved: ResolvedSettings): Review {
  const ctx = contextFor(text, analysis, resolved);
  const warnings = [...analysis.warnings];
  const diagnostics: RuleDiagnostic[] = [];
  for (const rule of RULES) {
    const setting = resolved.rules[rule.id] ?? { enabled: true };
    if (!setting.enabled || rule.presentation === 'hover' || !ruleApplies(rule, ctx)) continue;
    try {
      diagnostics.push(...rule.check(ctx).map((hit) => toDiagnostic(rule, hit, setting.severity)));
    } catch {
      // A bug in one rule costs that rule's diagnostics, never the review.
      warnings.push(`Rule "${rule.id}" failed on this note and was skipped.`);
    }
  }
  diagnostics.sort(byPosition);
  let summary: NoteSummary;
  try {
    summary = buildSummary(ctx);
  } catch {
    warnings.push('The note summary could not be built.');
    summary = {
      noteType: { type: 'unknown', label: '' },
      line: '',
      statusBar: '',
      criteria: [],
      conservativeCare: { days: 0, minimumDays: 0, weeks: 0, minimumWeeks: 0, assessed: false, episodes: [] },
      redFlags: [],
    };
  }
  const review: Review = { ...analysis, warnings, diagnostics, summary };
  CONTEXTS.set(review, { ctx, settings: resolved });
  return review;
}

// ---------------------------------------------------------------- internals shared with hover.ts

const CONTEXTS = new WeakMap<Review, { ctx: RuleContext; settings: ResolvedSettings }>();

/** The rule context and settings a review was made with (rebuilt with defaults for a copied review). */
export function reviewContext(review: Review): { ctx: RuleContext; settings: ResolvedSettings } {
  const known = CONTEXTS.get(review);
  if (known) return known;
  const settings = resolveSettings({ conservativeCareMinimumMonths: monthsOf(review.case) });
  return { ctx: contextFor('', review, settings), settings };
}

function contextFor(text: string, analysis: NoteAnalysis, settings: ResolvedSettings): RuleContext {
  return {
    // The note as the analysis read it: its physician queries blanked out (but their answers).
    text: maskQueryBlocks(text, analysis.queryBlocks ?? []),
    findings: analysis.findings,
    case: analysis.case,
    sections: analysis.sections,
    options: { conservativeCareMinimumMonths: settings.conservativeCareMinimumMonths, endplateWidthMm: settings.endplateWidthMm },
  };
}

function toDiagnostic(rule: Rule, hit: RuleHit, override: DiagnosticSeverity | undefined): RuleDiagnostic {
  return {
    code: rule.id,
    severity: override ?? hit.severity ?? rule.defaultSeverity,
    message: hit.message,
    range: hit.range,
    citations: [...rule.citations],
    related: hit.related,
    ...(hit.query ? { query: hit.query } : {}),
    docPath: rule.docPath,
  };
}

const SEVERITY_RANK: Record<DiagnosticSeverity, number> = { error: 0, warning: 1, information: 2, hint: 3 };

function byPosition(a: RuleDiagnostic, b: RuleDiagnostic): number {
  return (
    a.range.start.line - b.range.start.line ||
    a.range.start.character - b.range.start.character ||
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    a.code.localeCompare(b.code)
  );
}

function monthsOf(c: Case): number | undefined {
  return c.conservativeCareMinimumDays > 0 ? Math.round(c.conservativeCareMinimumDays / 30) : undefined;
}
