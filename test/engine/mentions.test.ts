import * as assert from 'assert';
import { analyzeNote } from '../../server/src/engine/analyzeNote';
import { entitiesOf } from '../../server/src/engine/mentions/entities';
import { shareAttributes } from '../../server/src/engine/mentions/shareAttributes';
import { parseValue } from '../../server/src/engine/mentions/correctionPatterns';
import { findSections } from '../../server/src/engine/text/sections';
import { normalizeForMatching } from '../../server/src/engine/text/normalize';
import { AnyFinding, Assertion, SectionCategory } from '../../server/src/engine/types';

let offset = 0;
function mention(kind: AnyFinding['kind'], attributes: Record<string, unknown>, assertion: Assertion = 'present', section: SectionCategory = 'findings'): AnyFinding {
  const start = (offset += 10);
  return { kind, assertion, text: kind, range: { start: { line: start, character: 0 }, end: { line: start, character: 1 } }, attributes, start, end: start + 1, section } as AnyFinding;
}

const attrs = (f: AnyFinding) => f.attributes as Record<string, unknown>;

describe('mentions: shared attributes', () => {
  it('gives each mention of one slip the grade and the millimetres, citing where each is stated', () => {
    const mm = mention('listhesis', { direction: 'anterior', upper: 'L4', lower: 'L5', mm: 5, modality: 'MRI' });
    const grade = mention('listhesis', { direction: 'anterior', upper: 'L4', lower: 'L5', grade: 1 });
    shareAttributes([mm, grade]);
    assert.deepStrictEqual(attrs(mm), { direction: 'anterior', upper: 'L4', lower: 'L5', mm: 5, modality: 'MRI', grade: 1 });
    assert.deepStrictEqual(attrs(grade), { direction: 'anterior', upper: 'L4', lower: 'L5', grade: 1, mm: 5, modality: 'MRI' });
    assert.strictEqual(mm.inheritedFrom?.grade?.start, grade.start);
    assert.strictEqual(grade.inheritedFrom?.mm?.start, mm.start);
    assert.strictEqual(grade.inheritedFrom?.modality?.start, mm.start);
    assert.strictEqual(mm.inheritedFrom?.mm, undefined);
  });

  it('never overwrites a stated value, and shares none of a bundle whose values conflict', () => {
    const one = mention('listhesis', { upper: 'L5', lower: 'S1', direction: 'anterior', grade: 1, mm: 4 });
    const two = mention('listhesis', { upper: 'L5', lower: 'S1', direction: 'anterior', grade: 2 });
    const bare = mention('listhesis', { upper: 'L5', lower: 'S1', direction: 'anterior', type: 'isthmic' });
    shareAttributes([one, two, bare]);
    assert.strictEqual(attrs(one).grade, 1);
    assert.strictEqual(attrs(two).grade, 2);
    assert.strictEqual(attrs(two).mm, undefined, 'the 4 mm may belong to the grade 1 reading only');
    assert.strictEqual(attrs(bare).grade, undefined);
    assert.strictEqual(attrs(one).type, 'isthmic', 'the type is its own bundle');
  });

  it('does not share measurements made on two modalities', () => {
    const xr = mention('listhesis', { upper: 'L5', lower: 'S1', direction: 'anterior', mm: 7, modality: 'radiograph' });
    const mri = mention('listhesis', { upper: 'L5', lower: 'S1', direction: 'anterior', grade: 1, modality: 'MRI' });
    shareAttributes([xr, mri]);
    assert.strictEqual(attrs(xr).grade, undefined);
    assert.strictEqual(attrs(mri).mm, undefined);
  });

  it('shares only between present mentions: never onto a negated, historical or hedged one, nor from COMPARISON', () => {
    const present = mention('listhesis', { upper: 'L4', lower: 'L5', direction: 'anterior' });
    const prior = mention('listhesis', { upper: 'L4', lower: 'L5', direction: 'anterior', grade: 2 }, 'present', 'comparison');
    const past = mention('listhesis', { upper: 'L4', lower: 'L5', direction: 'anterior' }, 'historical');
    const graded = mention('listhesis', { upper: 'L4', lower: 'L5', direction: 'anterior', mm: 4 });
    const absent = mention('parsDefect', { level: 'L5' }, 'absent');
    const hedged = mention('parsDefect', { level: 'L5' }, 'possible');
    const chronic = mention('parsDefect', { level: 'L5', chronicity: 'chronic' });
    shareAttributes([present, prior, past, graded, absent, hedged, chronic]);
    assert.strictEqual(attrs(present).grade, undefined, 'a prior study in COMPARISON gives nothing');
    assert.strictEqual(attrs(present).mm, 4);
    assert.strictEqual(attrs(past).mm, undefined);
    assert.strictEqual(attrs(absent).chronicity, undefined);
    assert.strictEqual(attrs(hedged).chronicity, undefined);
  });

  it('joins a mention that leaves its level unsaid to the one entity it fits, not to one of two', () => {
    const placed = mention('parsDefect', { level: 'L5', side: 'bilateral' });
    const anaphor = mention('parsDefect', { chronicity: 'chronic' });
    assert.strictEqual(entitiesOf([placed, anaphor]).length, 1);
    shareAttributes([placed, anaphor]);
    assert.strictEqual(attrs(placed).chronicity, 'chronic');
    assert.strictEqual(attrs(anaphor).level, undefined, 'identity attributes are never shared');

    const left = mention('parsDefect', { level: 'L5', side: 'left', chronicity: 'chronic' });
    const right = mention('parsDefect', { level: 'L5', side: 'right' });
    const sideless = mention('parsDefect', { level: 'L5' });
    shareAttributes([left, right, sideless]);
    assert.strictEqual(attrs(right).chronicity, undefined, 'the right defect is another entity');
    assert.strictEqual(attrs(sideless).chronicity, undefined, 'fits both: says nothing');
  });

  it('shares a stenosis\'s severity between mentions of the same level, location and side, and a nerve root\'s degree', () => {
    const findings = mention('stenosis', { level: 'L4-L5', location: 'central', severity: 'moderate' });
    const impression = mention('stenosis', { level: 'L4-L5', location: 'central' });
    const foraminal = mention('stenosis', { level: 'L4-L5', location: 'foraminal', side: 'left' });
    const levelOnly = mention('stenosis', { level: 'L4-L5' });
    shareAttributes([findings, impression, foraminal, levelOnly]);
    assert.strictEqual(attrs(impression).severity, 'moderate');
    assert.strictEqual(impression.inheritedFrom?.severity?.start, findings.start);
    assert.strictEqual(attrs(foraminal).severity, undefined, 'another location is another narrowing');
    assert.strictEqual(attrs(levelOnly).severity, undefined, 'fits two narrowings: says nothing');

    const left = mention('stenosis', { level: 'L5-S1', location: 'foraminal', side: 'left', severity: 'severe' });
    const right = mention('stenosis', { level: 'L5-S1', location: 'foraminal', side: 'right' });
    shareAttributes([left, right]);
    assert.strictEqual(attrs(right).severity, undefined, 'the other side is another narrowing');

    const root = mention('nerveRootContact', { root: 'L5', side: 'left', level: 'L5-S1', degree: 'compression' });
    const again = mention('nerveRootContact', { root: 'L5', side: 'left' });
    shareAttributes([root, again]);
    assert.strictEqual(attrs(again).degree, 'compression');
  });

  it('an impression\'s stenosis takes the severity the findings state, through analyzeNote', () => {
    const text = 'MRI LUMBAR SPINE\nFINDINGS: Moderate central canal stenosis at L4-L5.\nIMPRESSION: Central canal stenosis at L4-L5.\n';
    const stenoses = analyzeNote(text).findings.filter((f) => f.kind === 'stenosis');
    assert.deepStrictEqual(stenoses.map((f) => attrs(f).severity), ['moderate', 'moderate']);
    assert.strictEqual(stenoses[1].inheritedFrom?.severity?.start, stenoses[0].start);
  });

  it('groups many mentions in linear time', () => {
    const many: AnyFinding[] = [];
    for (let i = 0; i < 40_000; i++) many.push(mention('listhesis', { upper: `L${1 + (i % 5)}`, lower: `L${2 + (i % 5)}`, direction: 'anterior', ...(i === 0 ? { grade: 1 } : {}) }));
    const t0 = Date.now();
    shareAttributes(many);
    assert.ok(Date.now() - t0 < 3000, `${Date.now() - t0} ms`);
    assert.strictEqual(attrs(many[5]).grade, 1);
    assert.strictEqual(attrs(many[6]).grade, undefined);
  });
});

describe('mentions: addenda and corrections', () => {
  it('reads addendum and correction headers as addendum sections', () => {
    const text = 'FINDINGS: Normal.\nADDENDUM 12/09/2026 (L. Marchetti, MD): One correction.\nCorrection: L4-5, not L5-S1.\nCORRECTED REPORT\nText.\nCorrected: no.\n';
    const categories = findSections(text, normalizeForMatching(text)).map((s) => [s.title, s.category]);
    assert.deepStrictEqual(categories, [
      ['FINDINGS', 'findings'],
      ['ADDENDUM 12/09/2026 (L. Marchetti, MD)', 'addendum'],
      ['Correction', 'addendum'],
      ['CORRECTED REPORT', 'addendum'],
    ]);
  });

  it('parses corrected values', () => {
    assert.deepStrictEqual(parseValue('left'), { dimension: 'side', value: 'left' });
    assert.deepStrictEqual(parseValue('l4-5'), { dimension: 'level', value: 'L4-L5' });
    assert.deepStrictEqual(parseValue('l4 on l5'), { dimension: 'level', value: 'L4-L5' });
    assert.deepStrictEqual(parseValue('l5'), { dimension: 'level', value: 'L5' });
    assert.strictEqual(parseValue('l4-l2'), undefined);
  });

  it('moves a slip to the corrected level with its other attributes, anchored at the corrected level', () => {
    const text = 'FINDINGS: Grade 1 anterolisthesis of L5 on S1 measuring 4 mm. Mild central stenosis at L5-S1.\n\nADDENDUM: Correction: the anterolisthesis is at L4-L5, not L5-S1.\n';
    const { findings } = analyzeNote(text);
    const slips = findings.filter((f) => f.kind === 'listhesis');
    assert.strictEqual(slips.length, 1, JSON.stringify(slips));
    assert.deepStrictEqual(slips[0].attributes, { direction: 'anterior', grade: 1, mm: 4, upper: 'L4', lower: 'L5' });
    assert.strictEqual(slips[0].assertion, 'present');
    assert.strictEqual(text.slice(slips[0].start, slips[0].end), 'L4-L5');
    assert.strictEqual(slips[0].correctedFrom?.range.start.line, 0);
    // The stenosis is another finding: the correction names the slip, so it keeps its level.
    assert.ok(findings.some((f) => f.kind === 'stenosis' && (f.attributes as { level?: string }).level === 'L5-S1'));
  });

  it('reads "the previously reported right-sided ... is on the left"', () => {
    const text = 'IMPRESSION: Right L5 pars defect.\n\nADDENDUM: The previously reported right-sided pars defect is on the left.\n';
    const pars = analyzeNote(text).findings.filter((f) => f.kind === 'parsDefect');
    assert.deepStrictEqual(
      pars.map((f) => [f.assertion, f.attributes]),
      [['present', { side: 'left', level: 'L5' }]],
    );
  });

  it('retracts what an addendum says did not happen', () => {
    const text = 'HPI: She had an L4-L5 epidural steroid injection in October.\n\nADDENDUM: She has not had an epidural injection; the appointment was cancelled. Please disregard it.\nADDENDUM: She has not had an epidural injection; the appointment was cancelled; delete it from the HPI.\n';
    const injections = analyzeNote(text).findings.filter((f) => f.kind === 'conservativeTherapy');
    assert.deepStrictEqual(injections.map((f) => f.assertion), ['absent', 'absent'], JSON.stringify(injections));
  });

  it('retracts what an addendum says was dictated in error (negation.inError)', () => {
    const text = 'HPI: Low back pain with L4-5 spondylolisthesis. New left foot drop over the past week.\n\nADDENDUM: The new left foot drop in the HPI is incorrect; strength is 5/5.\n';
    const flags = analyzeNote(text).findings.filter((f) => f.kind === 'redFlag');
    assert.deepStrictEqual(flags.map((f) => [f.text, f.assertion]), [['new left foot drop', 'absent']]);
    const dictated = analyzeNote('HPI: She had an L4-L5 epidural steroid injection in October.\n\nADDENDUM: The epidural steroid injection was dictated in error.\n');
    assert.deepStrictEqual(dictated.findings.filter((f) => f.kind === 'conservativeTherapy').map((f) => f.assertion), ['absent']);
  });

  it('leaves corrections outside an addendum alone', () => {
    const text = 'FINDINGS: Right L5 pars defect. The pain is right, not left.\n';
    const pars = analyzeNote(text).findings.filter((f) => f.kind === 'parsDefect');
    assert.strictEqual((pars[0].attributes as { side?: string }).side, 'right');
  });
});

describe('mentions: hovers and grade-consistency', () => {
  it('a hover cites the line that states a shared attribute, and an addendum correction', () => {
    const { reviewNote } = require('../../server/src/engine/review/reviewNote');
    const { hoverMarkdown } = require('../../server/src/engine/review/hover');
    const review = reviewNote('FINDINGS: Anterolisthesis of L4 on L5 measuring 5 mm.\nIMPRESSION: Grade 1 anterolisthesis of L4 on L5.\n\nADDENDUM: Mild foraminal stenosis at L3-L4 should read left, not right.\n');
    const first = review.findings.find((f: AnyFinding) => f.kind === 'listhesis');
    assert.match(hoverMarkdown(first, review), /grade stated on line 2/);
    const plain = reviewNote('FINDINGS: Mild right foraminal stenosis at L3-L4.\n\nADDENDUM: The foraminal stenosis should read left, not right.\n');
    const corrected = plain.findings.find((f: AnyFinding) => f.kind === 'stenosis');
    assert.strictEqual((corrected.attributes as { side?: string }).side, 'left');
    assert.match(hoverMarkdown(corrected, plain), /corrected by the addendum; the original statement on line 1 is retracted/);
  });

  it('grade-consistency cites the mention stating the grade and the one stating the millimetres', () => {
    const { reviewNote } = require('../../server/src/engine/review/reviewNote');
    const review = reviewNote('FINDINGS: Anterolisthesis of L4 on L5 measuring 14 mm.\nIMPRESSION: Grade 1 anterolisthesis of L4 on L5.\n');
    const hit = review.diagnostics.find((d: { code: string }) => d.code === 'grade-consistency');
    assert.ok(hit, 'grade 1 and 14 mm disagree');
    assert.strictEqual(hit.range.start.line, 1, 'on the mention that states the grade');
    assert.match(hit.message, /14 mm \(line 1\)/);
  });
});
