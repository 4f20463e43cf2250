import { gradeQuery } from './queries';
import { Finding } from '../types';
import { gradeAgreesWithMm, gradeAgreesWithPercent, gradeForPercent, percentFromMm, plausibleGradesForMm, plausiblePercentRange } from '../case/meyerding';
import { capitalize, describeGrade, describeSlip, evidence, levelLabel, lineNumber, slipSegment } from './describe';
import { slips } from './facts';
import { ALL_NOTES, defineRule, RuleContext, RuleHit } from './types';

type Slip = Finding<'listhesis'>;

interface Conflict {
  /** The finding stating the grade. */
  graded: Slip;
  /** The finding stating the disagreeing measurement or grade (may be the same finding). */
  other: Slip;
  /** Why they disagree, in plain words. */
  reason: string;
  /** Grades each statement supports: the query's options. */
  grades: number[];
}

/** Statements about one slip can be compared when made on the same modality (or none is named). */
function comparable(a: Slip, b: Slip): boolean {
  return a === b || a.attributes.modality === b.attributes.modality;
}

/**
 * What a mention states itself, not what it shares with another mention of the slip (mentions/):
 * a grade and a measurement that disagree are cited where each is written.
 */
function own<K extends 'grade' | 'mm' | 'percent'>(f: Slip, name: K): Slip['attributes'][K] | undefined {
  return f.inheritedFrom?.[name] ? undefined : f.attributes[name];
}

function conflictBetween(graded: Slip, other: Slip, width: number): Conflict | undefined {
  const grade = own(graded, 'grade');
  if (grade === undefined || !comparable(graded, other)) return undefined;
  const mm = own(other, 'mm');
  const percent = own(other, 'percent');
  const otherGrade = own(other, 'grade');
  const where = other === graded ? '' : ` (line ${lineNumber(other)})`;
  if (other !== graded && otherGrade !== undefined && otherGrade !== grade) {
    return {
      graded,
      other,
      reason: `grade ${grade} (line ${lineNumber(graded)}) and grade ${otherGrade} (line ${lineNumber(other)}) are both stated for this slip`,
      grades: [grade, otherGrade],
    };
  }
  if (percent !== undefined && !gradeAgreesWithPercent(grade, percent)) {
    return {
      graded,
      other,
      reason: `a ${percent} % slip${where} is Meyerding grade ${gradeForPercent(percent)}, not grade ${grade}`,
      grades: [grade, gradeForPercent(percent)],
    };
  }
  if (mm !== undefined && !gradeAgreesWithMm(grade, mm, width)) {
    const [lo, hi] = plausiblePercentRange(mm, width);
    const plausible = plausibleGradesForMm(mm, width);
    return {
      graded,
      other,
      reason: `${mm} mm${where} is about ${Math.round(percentFromMm(mm, width))} % of a typical ${width} mm endplate (${Math.round(lo)}-${Math.round(hi)} % for any plausible width), which is grade ${plausible.join(' or ')}, not grade ${grade}`,
      grades: [grade, ...plausible],
    };
  }
  return undefined;
}

/** Slips grouped by segment; a slip without a segment only answers for itself. */
function groups(ctx: RuleContext): Slip[][] {
  const bySegment = new Map<string, Slip[]>();
  const alone: Slip[][] = [];
  for (const f of slips(ctx)) {
    const seg = slipSegment(f.attributes);
    if (!seg) alone.push([f]);
    else {
      const group = bySegment.get(seg);
      if (group) group.push(f);
      else bySegment.set(seg, [f]);
    }
  }
  return [...bySegment.values(), ...alone];
}

/**
 * The first conflict in a group: the first graded slip that disagrees with itself or, in the
 * group's order, with another statement. Whether another statement disagrees with a graded slip
 * depends only on the slip's grade and modality (a slip that passed its own check never disagrees
 * with itself as another's), so the group is scanned once per distinct grade and modality, not
 * once per slip: a note listing hundreds of slips stays linear.
 */
function firstConflict(group: Slip[], width: number): Conflict | undefined {
  // A slip reported as progressed may legitimately carry an old and a new grade.
  const progressed = group.some((f) => f.attributes.change === 'progressed');
  const firstOther = new Map<string, Slip | undefined>();
  for (const graded of group) {
    if (own(graded, 'grade') === undefined) continue;
    const itself = conflictBetween(graded, graded, width);
    if (itself) return itself;
    if (progressed) continue;
    const key = `${graded.attributes.grade} ${graded.attributes.modality}`;
    if (!firstOther.has(key)) firstOther.set(key, group.find((f) => f !== graded && conflictBetween(graded, f, width) !== undefined));
    const other = firstOther.get(key);
    if (other) return conflictBetween(graded, other, width);
  }
  return undefined;
}

export const gradeConsistency = defineRule({
  id: 'grade-consistency',
  title: 'Slip grade matches the measurement',
  description: 'The stated Meyerding grade disagrees with the stated millimetres or percent (or with another stated grade) for the same slip.',
  defaultSeverity: 'warning',
  citations: ['Meyerding'],
  noteTypes: ALL_NOTES,
  elective: false,
  check(ctx) {
    const width = ctx.options.endplateWidthMm;
    const hits: RuleHit[] = [];
    for (const group of groups(ctx)) {
      const c = firstConflict(group, width);
      if (!c) continue;
      const seg = levelLabel(slipSegment(c.graded.attributes));
      const involved = c.other === c.graded ? [c.graded] : [c.graded, c.other];
      hits.push({
        range: c.graded.range,
        message: `${capitalize(describeSlip(c.graded.attributes, width))}: ${c.reason}. The grade and measurement of the ${seg ? `${seg} ` : ''}slip disagree; clarify the documentation.`,
        related: involved.map((f) => evidence(f, width)),
        query: gradeQuery(involved, c.grades),
      });
    }
    return hits;
  },
  hover(f, ctx) {
    if (f.kind !== 'listhesis') return undefined;
    const a = f.attributes;
    const grade = describeGrade(a, ctx.options.endplateWidthMm);
    if (!grade) return undefined;
    const width = ctx.options.endplateWidthMm;
    const estimate =
      a.mm !== undefined && a.percent === undefined
        ? ` ${a.mm} mm is about ${Math.round(percentFromMm(a.mm, width))} % of a typical ${width} mm endplate (${plausiblePercentRange(a.mm, width).map(Math.round).join('-')} % across plausible adult widths of 30-42 mm), so the percent is approximate${a.modality === 'MRI' ? '; supine MRI reads less slip than standing radiographs' : ''}.`
        : '';
    return {
      text: `${capitalize(grade)}. Meyerding grades the slip as a share of the lower vertebra's endplate: grade 1 under 25 %, 2 up to 50 %, 3 up to 75 %, 4 up to 100 %, 5 beyond.${estimate}`,
      citations: ['Meyerding'],
    };
  },
});
