import { buildCase } from '../../server/src/engine/case/buildCase';
import { NoteAnalysis } from '../../server/src/engine/analyzeNote';
import { reviewAnalysis, Review, ReviewSettings, RuleDiagnostic } from '../../server/src/engine/review/reviewNote';
import { resolveSettings } from '../../server/src/engine/review/config';
import { RuleContext } from '../../server/src/engine/rules/types';
import { AnyFinding, Assertion, AttributeMap, FindingKind, Section, SectionCategory, SurgicalPlanStatus } from '../../server/src/engine/types';

/**
 * Builds a note and its findings by hand, so rules can be tested without the extractors:
 *
 *   new NoteBuilder()
 *     .section('impression')
 *     .line('Grade 1 anterolisthesis of L5 on S1 (3 mm).', mark('listhesis', { grade: 1, mm: 3, upper: 'L5', lower: 'S1' }))
 *     .review();
 *
 * The case comes from the real case builder, so it agrees with the findings.
 */

export interface Mark {
  kind: FindingKind;
  attributes: AttributeMap[FindingKind];
  assertion: Assertion;
  /** The part of the line the finding covers (default: the whole line). */
  span?: string;
}

export function mark<K extends FindingKind>(kind: K, attributes: AttributeMap[K], opts: { assertion?: Assertion; span?: string } = {}): Mark {
  return { kind, attributes, assertion: opts.assertion ?? 'present', span: opts.span };
}

export class NoteBuilder {
  private text = '';
  private readonly findings: AnyFinding[] = [];
  private readonly sections: Section[] = [];
  private current: SectionCategory = 'other';
  private line_ = 0;

  /** Starts a section: a header line ("PLAN:") and the category of the lines that follow. */
  section(category: SectionCategory, title = category.toUpperCase()): this {
    this.closeSection();
    const start = this.text.length;
    this.current = category;
    this.text += `${title}:\n`;
    this.line_++;
    this.sections.push({ category, title, start, end: start, bodyStart: this.text.length });
    return this;
  }

  line(text: string, ...marks: Mark[]): this {
    const lineStart = this.text.length;
    for (const m of marks) {
      const span = m.span ?? text;
      const at = text.indexOf(span);
      if (at < 0) throw new Error(`span "${span}" not in line "${text}"`);
      this.findings.push({
        kind: m.kind,
        assertion: m.assertion,
        text: span,
        range: { start: { line: this.line_, character: at }, end: { line: this.line_, character: at + span.length } },
        attributes: m.attributes,
        start: lineStart + at,
        end: lineStart + at + span.length,
        section: this.current,
      } as AnyFinding);
    }
    this.text += `${text}\n`;
    this.line_++;
    return this;
  }

  private closeSection(): void {
    const last = this.sections[this.sections.length - 1];
    if (last) last.end = this.text.length;
  }

  analysis(settings: ReviewSettings = {}): { text: string; analysis: NoteAnalysis } {
    this.closeSection();
    const resolved = resolveSettings(settings);
    const noteCase = buildCase(this.findings, {
      dateOfService: resolved.dateOfService ?? null,
      conservativeCareMinimumMonths: resolved.conservativeCareMinimumMonths,
      endplateWidthMm: resolved.endplateWidthMm,
    });
    return {
      text: this.text,
      analysis: { findings: [...this.findings], case: noteCase, sections: [...this.sections], sentences: [], queryBlocks: [], dateOfService: resolved.dateOfService ?? null, warnings: [] },
    };
  }

  review(settings: ReviewSettings = {}): Review {
    const { text, analysis } = this.analysis(settings);
    return reviewAnalysis(text, analysis, settings);
  }

  context(settings: ReviewSettings = {}): RuleContext {
    const { text, analysis } = this.analysis(settings);
    const resolved = resolveSettings(settings);
    return {
      text,
      findings: analysis.findings,
      case: analysis.case,
      sections: analysis.sections,
      options: { conservativeCareMinimumMonths: resolved.conservativeCareMinimumMonths, endplateWidthMm: resolved.endplateWidthMm },
    };
  }
}

export function diagnosticsOf(review: Review, code: string): RuleDiagnostic[] {
  return review.diagnostics.filter((d) => d.code === code);
}

// ---------------------------------------------------------------- common findings

export const slip = (attrs: Partial<AttributeMap['listhesis']> = {}, opts: { assertion?: Assertion; span?: string } = {}) =>
  mark('listhesis', { direction: 'anterior', upper: 'L5', lower: 'S1', grade: 1, mm: 3, ...attrs }, opts);

export const therapy = (attrs: Partial<AttributeMap['conservativeTherapy']> = {}, opts: { assertion?: Assertion; span?: string } = {}) =>
  mark('conservativeTherapy', { modality: 'physicalTherapy', ...attrs }, opts);

/** The status a plan's assertion goes with (context/rules/surgicalPlan.ts): a plan is recommended, a hedged one considered. */
const STATUS_OF: Partial<Record<Assertion, SurgicalPlanStatus>> = { present: 'recommended', hypothetical: 'considered', possible: 'considered', historical: 'performed' };

/** A surgical plan, recommended unless `opts.assertion` says otherwise ("possible": considered). */
export const fusion = (attrs: Partial<AttributeMap['surgicalPlan']> = {}, opts: { assertion?: Assertion; span?: string } = {}) => {
  const asserted = opts.assertion ?? 'present';
  const status = attrs.status ?? STATUS_OF[asserted];
  const assertion = status === 'considered' || status === 'conditional' ? 'hypothetical' : asserted;
  return mark('surgicalPlan', { procedure: 'fusion', technique: 'TLIF', level: 'L5-S1', ...attrs, ...(status ? { status } : {}) }, { ...opts, assertion });
};

/** A grade 1 L5-S1 slip on imaging: the guideline's patient. */
export function grade1Note(): NoteBuilder {
  return new NoteBuilder()
    .section('impression')
    .line('Grade 1 anterolisthesis of L5 on S1 measuring 3 mm.', slip({}, { span: 'Grade 1 anterolisthesis of L5 on S1' }));
}

/** All four fusion criteria documented, after 4 months of failed PT. */
export function allCriteriaMetNote(): NoteBuilder {
  return grade1Note()
    .section('hpi', 'HISTORY OF PRESENT ILLNESS')
    .line('Completed physical therapy for 4 months without relief.', therapy({ durationDays: 120, status: 'completed', response: 'none' }))
    .line('She is unable to work because of back and leg pain.', mark('functionalImpairment', { domain: 'work' }, { span: 'unable to work' }))
    .line('ODI 48 %. VAS 7/10.', mark('outcomeMeasure', { instrument: 'ODI', value: 48 }, { span: 'ODI 48 %' }), mark('outcomeMeasure', { instrument: 'VAS', value: 7 }, { span: 'VAS 7/10' }))
    .section('assessment')
    .line('Her left L5 radicular pain correlates with the L5-S1 foraminal stenosis.', mark('imagingCorrelation', {}, { span: 'correlates with the L5-S1 foraminal stenosis' }))
    .line('After discussing risks and benefits, she wishes to proceed with surgery.', mark('patientPreference', { preference: 'surgery', informed: true }))
    .section('plan')
    .line('L5-S1 TLIF with pedicle screw fixation.', fusion({ instrumentation: 'pedicleScrews' }, { span: 'L5-S1 TLIF with pedicle screw fixation' }));
}
