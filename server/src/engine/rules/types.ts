import { AnyFinding, Case, DiagnosticSeverity, NoteType, Range, RelatedInformation, Section } from '../types';

/**
 * A guideline rule: one declarative unit, one file named after its id (kebab-case id,
 * camelCase file name: "red-flag-cauda-equina" lives in redFlagCaudaEquina.ts).
 *
 * A rule reads the facts of one note (findings + case) and returns hits. The review layer
 * turns hits into diagnostics: it applies the user's enable/severity settings, adds the
 * rule's code, citations and documentation link, and guards against a rule that throws.
 */

/** A guideline reference number (1-6) or a named source ("Meyerding"). */
export type Citation = number | string;

/** Settings a rule may depend on, already resolved (defaults and preset applied). */
export interface RuleOptions {
  /** Minimum months of conservative care before surgery (guideline 3; strict preset 6). */
  conservativeCareMinimumMonths: number;
  /** Typical AP width of the lower vertebra's superior endplate (mm), to estimate percent slip. */
  endplateWidthMm: number;
}

export interface RuleContext {
  /** The note itself. Empty when a context is rebuilt without it (hover on a stored review). */
  readonly text: string;
  readonly findings: readonly AnyFinding[];
  readonly case: Case;
  readonly sections: readonly Section[];
  readonly options: RuleOptions;
}

/** What a rule reports; the review layer adds code, citations, docPath and the final severity. */
export interface RuleHit {
  /** Where the squiggle sits: the range of the finding the advice is about. */
  range: Range;
  /** Plain clinical English naming the facts found. */
  message: string;
  /** The evidence spans. */
  related: RelatedInformation[];
  /** Overrides the rule's default severity for this hit (a user's severity setting still wins). */
  severity?: DiagnosticSeverity;
  /** For documentation gaps: a non-leading physician query, ready to insert. */
  query?: string;
}

/** One paragraph of guidance a rule adds to the hover of a finding it concerns. */
export interface HoverNote {
  text: string;
  citations: readonly Citation[];
}

export interface Rule {
  /** Stable forever: users put it in their settings. */
  readonly id: string;
  readonly title: string;
  /** One line: what the rule checks. */
  readonly description: string;
  readonly defaultSeverity: DiagnosticSeverity;
  /** 'hover' rules never report a diagnostic; they only add guidance to hovers. */
  readonly presentation: 'diagnostic' | 'hover';
  readonly citations: readonly Citation[];
  /** Relative path of the rule's documentation page. */
  readonly docPath: string;
  /**
   * The kinds of note the rule applies to (an imaging report gets imaging rules only). A note of
   * unknown type gets every rule: when the engine cannot tell, it keeps to the full review.
   */
  readonly noteTypes: readonly NoteType[];
  /**
   * Advice for elective care (conservative care, outcome scores, readiness for elective surgery):
   * quiet when the note documents a red flag, which calls for urgent evaluation instead.
   */
  readonly elective: boolean;
  /**
   * Quiet on an operative report proper, one that records the operation performed (normalize/noteType.ts
   * documentKinds), though its type, 'operative', is among noteTypes: what the rule would ask for is the
   * operation the report tells ("PREOPERATIVE DIAGNOSIS: cauda equina syndrome"). A pre-operative H&P, of
   * type 'operative' too, still gets the rule.
   */
  readonly notOnOperationPerformed?: boolean;
  check(ctx: RuleContext): RuleHit[];
  /** Guidance for the hover of a finding, when this rule has something to say about it. */
  hover?(finding: AnyFinding, ctx: RuleContext): HoverNote | undefined;
}

/** Path of a rule's documentation page, relative to the repository / extension root. */
export function docPathFor(id: string): string {
  return `docs/rules/${id}.md`;
}

/** Every kind of note. */
export const ALL_NOTES: readonly NoteType[] = ['imaging', 'clinic', 'physicalTherapy', 'emergency', 'operative', 'letter', 'unknown'];
/** Notes written by clinicians about the patient's care: every kind but an imaging report. */
export const CLINICAL_NOTES: readonly NoteType[] = ALL_NOTES.filter((t) => t !== 'imaging');

/** Every rule states the notes it applies to and whether it is elective-care advice; the rest has defaults. */
export type RuleSpec = Omit<Rule, 'docPath' | 'presentation' | 'check'> & Partial<Pick<Rule, 'presentation' | 'check'>>;

/** Builds a rule from its spec, filling the documentation path and defaults. */
export function defineRule(spec: RuleSpec): Rule {
  return {
    presentation: 'diagnostic',
    check: () => [],
    ...spec,
    docPath: docPathFor(spec.id),
  };
}

/** The sentence each rule page states about where the rule speaks (docs/rules/<id>.md, "What it checks"). */
export function appliesToLine(rule: Pick<Rule, 'noteTypes' | 'elective' | 'notOnOperationPerformed'>): string {
  const notes = ALL_NOTES.every((t) => rule.noteTypes.includes(t))
    ? 'every kind of note'
    : CLINICAL_NOTES.every((t) => rule.noteTypes.includes(t)) && !rule.noteTypes.includes('imaging')
      ? 'clinical notes, not imaging reports'
      : `these kinds of note: ${rule.noteTypes.join(', ')}`;
  const except = rule.notOnOperationPerformed ? ', except an operative report that records the operation performed (a pre-operative H&P or an injection\'s procedure note still gets it)' : '';
  return `Applies to ${notes}${except}${rule.elective ? '; elective-care advice, quiet when the note documents a red flag' : ''}.`;
}
