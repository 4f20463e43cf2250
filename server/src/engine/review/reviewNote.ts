import { analyzeNote, NoteAnalysis } from '../analyzeNote';
import { RULES, ruleApplies } from '../rules';
import { maskQueryBlocks } from '../text/queryBlocks';
import { RuleContext, RuleHit, Rule } from '../rules/types';
import { Case, Diagnostic, DiagnosticSeverity } from '../types';
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
    analysis = analyzeNote(text, {
      dateOfService: resolved.dateOfService,
      conservativeCareMinimumMonths: resolved.conservativeCareMinimumMonths,
      endplateWidthMm: resolved.endplateWidthMm,
      customTargets: resolved.customTargets,
    });
  } catch {
    // Review what can be reviewed: nothing, with the reason, instead of a crash.
    const empty = analyzeNote('', { dateOfService: resolved.dateOfService, conservativeCareMinimumMonths: resolved.conservativeCareMinimumMonths });
    analysis = { ...empty, warnings: ['The note could not be analyzed; no findings were extracted.'] };
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
