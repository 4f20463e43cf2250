import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { hoverMarkdown, reviewNote, RULES } from '../../server/src/engine';
import { appliesToLine } from '../../server/src/engine/rules/types';

/**
 * Which rules speak on which note, decided once from what each rule declares (its note types,
 * whether it is elective-care advice): an imaging report gets imaging rules only, a red flag
 * quiets elective-care advice, a note of unknown type keeps the full review.
 */

const MRI = [
  'MRI LUMBAR SPINE WITHOUT CONTRAST',
  '',
  'INDICATION: Low back pain.',
  'FINDINGS: Grade 1 anterolisthesis of L5 on S1 measuring 4 mm with chronic bilateral L5 pars defects. Mild right L5-S1 foraminal stenosis.',
  'IMPRESSION: Grade 1 isthmic anterolisthesis L5-S1.',
].join('\n');

const ED = [
  'EMERGENCY DEPARTMENT NOTE',
  'Date of service: 03/02/2026',
  'HISTORY OF PRESENT ILLNESS: Two days of saddle anesthesia and urinary retention. Known grade 1 L5-S1 spondylolisthesis.',
  'She did physical therapy for 8 weeks last year with partial relief.',
  'PLAN: Emergent MRI and spine surgery consult.',
].join('\n');

const CLINIC = [
  'SPINE CLINIC CONSULTATION',
  'Date of service: 06/24/2026',
  'HISTORY OF PRESENT ILLNESS: Low back pain for 3 months. He attended physical therapy for 6 weeks with partial improvement and has taken naproxen for 2 months.',
  'He cannot sit for more than 20 minutes.',
  'PAST MEDICAL HISTORY: Depression, treated with sertraline.',
  'MEDICATIONS: Naproxen 500 mg BID.',
  'IMAGING: MRI shows grade 1 degenerative anterolisthesis of L4 on L5, 4 mm, with moderate central stenosis.',
  'PLAN: We will schedule L4-5 decompression and posterolateral fusion.',
].join('\n');

const codes = (text: string) => new Set(reviewNote(text).diagnostics.map((d) => d.code));

describe('rules by note type and red flags', () => {
  it('an imaging report gets imaging findings and imaging rules only', () => {
    const review = reviewNote(MRI);
    assert.strictEqual(review.case.noteType, 'imaging');
    const found = codes(MRI);
    assert.ok(!found.has('conservative-first'), [...found].join(', '));
    assert.ok(found.has('chronic-pars-stable'), [...found].join(', '));
    assert.deepStrictEqual(review.summary.criteria, []);
    assert.match(String(review.summary.notAssessed), /^imaging report — conservative care and the fusion criteria are weighed on clinical notes$/);
    assert.doesNotMatch(review.summary.line, /conservative care \(|none documented|weeks/);
    assert.match(review.summary.line, /^Grade 1, 4 mm slip at L5-S1, mild foraminal stenosis, no red flags \(imaging report: /);
    assert.strictEqual(review.summary.statusBar, 'Grade 1');
    assert.strictEqual(review.summary.conservativeCare.assessed, false);
    assert.deepStrictEqual(review.summary.noteType, { type: 'imaging', label: 'Imaging report' });
  });

  it('the same findings in a note of unknown type keep the full review', () => {
    const untitled = MRI.split('\n').slice(2).join('\n').replace('INDICATION:', 'Reason:');
    const review = reviewNote(untitled.replace(/FINDINGS: |IMPRESSION: /g, ''));
    assert.strictEqual(review.case.noteType, 'unknown');
    assert.ok(review.diagnostics.some((d) => d.code === 'conservative-first'));
    assert.strictEqual(review.summary.criteria.length, 4);
  });

  it('a red flag quiets elective-care advice: no outcome-measure or care-reassessment message, no care or criteria in the status bar', () => {
    const review = reviewNote(ED);
    assert.strictEqual(review.case.noteType, 'emergency');
    const found = new Set(review.diagnostics.map((d) => d.code));
    assert.ok(found.has('red-flag-cauda-equina'));
    for (const elective of ['outcome-measures', 'conservative-first', 'neuropathic-trial', 'surgical-criteria']) assert.ok(!found.has(elective), `${elective} in ${[...found]}`);
    assert.ok(review.diagnostics.every((d) => !/reassessed|disability score/.test(d.message)));
    assert.doesNotMatch(review.summary.statusBar, /conservative|criteria/);
    assert.match(review.summary.statusBar, /^⚠ Red flag · Grade 1$/);
    assert.deepStrictEqual(review.summary.criteria, []);
    assert.match(String(review.summary.notAssessed), /^red flag documented — urgent evaluation comes before/);
    // The care is still listed, without the minimum.
    assert.strictEqual(review.summary.conservativeCare.assessed, false);
    assert.ok(review.summary.conservativeCare.episodes.some((e) => e.modality === 'physical therapy'));
    // Elective hovers stay quiet too: the PT mention gets no program advice.
    const pt = review.findings.find((f) => f.kind === 'conservativeTherapy')!;
    assert.doesNotMatch(hoverMarkdown(pt, review), /pt-program|conservative-first/);
  });

  it('a documented treatment of depression changes the message: documented as treated, is it optimised', () => {
    const review = reviewNote(CLINIC);
    const depression = review.diagnostics.find((d) => d.code === 'depression');
    assert.ok(depression);
    assert.match(depression.message, /documented as treated \(sertraline\); confirm the treatment is optimised before surgery/);
    assert.doesNotMatch(depression.message, /make sure it is treated/);
    const untreated = reviewNote(CLINIC.replace('Depression, treated with sertraline.', 'Depression.')).diagnostics.find((d) => d.code === 'depression');
    assert.match(String(untreated?.message), /make sure it is treated before surgery/);
    const finding = review.findings.find((f) => f.kind === 'riskFactor' && f.attributes.type === 'depression')!;
    assert.deepStrictEqual(finding.attributes, { type: 'depression', treated: true, treatment: 'sertraline' });
    assert.match(hoverMarkdown(finding, review), /documented as treated \(sertraline\)/i);
  });

  it('criterion (a) is not met, in weeks, with every line that bears on it, and the medication list adds no second course', () => {
    const review = reviewNote(CLINIC);
    const a = review.summary.criteria[0];
    assert.strictEqual(a.state, 'not met');
    assert.strictEqual(review.case.surgicalCriteria.failedConservativeCare, false);
    assert.match(a.detail, /^9 of 12 weeks of conservative care documented \(physical therapy 6 weeks, naproxen 9 weeks\)$/);
    const diagnostic = review.diagnostics.find((d) => d.code === 'surgical-criteria' && /criterion \(a\)/.test(d.message))!;
    assert.match(diagnostic.message, /^Fusion criterion \(a\) not met: .* Found: 9 of 12 weeks of conservative care documented/);
    // The query lists the PT line, the naproxen line and the medication list (lines 3 and 6).
    assert.match(String(diagnostic.query), /Line 3: "physical therapy"/);
    assert.match(String(diagnostic.query), /Line 3: "naproxen"/);
    assert.match(String(diagnostic.query), /Line 6: "Naproxen"/);
    const naproxen = review.summary.conservativeCare.episodes.filter((e) => /naproxen/.test(e.modality));
    assert.strictEqual(naproxen.length, 1);
    assert.strictEqual(naproxen[0].days, 60);
    // One number for the weeks: the summary line, the status bar and the panel data agree.
    assert.match(review.summary.line, /9 of 12 weeks done$/);
    assert.match(review.summary.statusBar, /conservative 9\/12 wk/);
    assert.strictEqual(review.summary.conservativeCare.weeks, 9);
    assert.strictEqual(review.summary.conservativeCare.minimumWeeks, 12);
  });

  it('never rounds the weeks up to a minimum not reached', () => {
    const review = reviewNote(CLINIC.replace('for 6 weeks', 'for 83 days').replace('for 2 months', 'for 3 weeks'));
    assert.strictEqual(review.case.conservativeCareDays, 83);
    assert.strictEqual(review.summary.conservativeCare.weeks, 11);
    assert.match(review.summary.criteria[0].detail, /^11 of 12 weeks/);
  });

  it('care named without any duration is not met, as undated, and its query names the lines', () => {
    const review = reviewNote(CLINIC.replace(' for 6 weeks', '').replace(' for 2 months', ''));
    const a = review.summary.criteria[0];
    assert.strictEqual(a.state, 'not met');
    assert.match(a.detail, /documented without a duration$/);
  });
});

describe('rule pages state where each rule speaks', () => {
  it('each page says what its rule declares (note types, elective care)', () => {
    for (const rule of RULES) {
      const page = fs.readFileSync(path.join(__dirname, '..', '..', '..', rule.docPath), 'utf8');
      assert.ok(page.includes(appliesToLine(rule)), `${rule.docPath} should say: ${appliesToLine(rule)}`);
    }
  });
});
