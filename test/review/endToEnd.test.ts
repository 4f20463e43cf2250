import * as assert from 'assert';
import { hoverMarkdown } from '../../server/src/engine/review/hover';
import { reviewNote, Review } from '../../server/src/engine/review/reviewNote';

/**
 * Real note text through the whole pipeline (analyzeNote + rules): each rule fires on a
 * plain statement of its trigger, and stays silent when the trigger is negated, possible,
 * a family history, or otherwise not a present fact.
 */

const codes = (review: Review) => review.diagnostics.map((d) => d.code);
const fires = (text: string, code: string) => assert.ok(codes(reviewNote(text)).includes(code), `${code} should fire on:\n${text}\n got ${codes(reviewNote(text))}`);
const silent = (text: string, code: string) => assert.ok(!codes(reviewNote(text)).includes(code), `${code} should stay silent on:\n${text}`);

describe('end to end: imaging report rules', () => {
  it('grade-consistency: fires on "grade 2 ... 3 mm", silent when reconcilable or negated', () => {
    fires('IMPRESSION: Grade 2 anterolisthesis of L5 on S1 measuring 3 mm.', 'grade-consistency');
    silent('IMPRESSION: Grade 1 anterolisthesis of L5 on S1 measuring 3 mm.', 'grade-consistency');
    silent('IMPRESSION: Grade 1 anterolisthesis of L5 on S1 measuring 9 mm.', 'grade-consistency');
    silent('IMPRESSION: No grade 2 anterolisthesis.', 'grade-consistency');
  });

  it('chronic-pars-stable: fires on a chronic defect; silent for acute, negated, possible and family', () => {
    fires('FINDINGS: Chronic bilateral L5 pars defects.', 'chronic-pars-stable');
    silent('FINDINGS: Acute L5 pars stress fracture with marrow edema.', 'chronic-pars-stable');
    silent('FINDINGS: No pars defect.', 'chronic-pars-stable');
    silent('FINDINGS: Possible chronic L5 pars defect.', 'chronic-pars-stable');
    silent('FAMILY HISTORY: Brother with chronic L5 pars defects.', 'chronic-pars-stable');
  });

  it('imaging-correlation-caveat: fires on mild change away from the slip', () => {
    const note = 'IMPRESSION:\n1. Grade 1 anterolisthesis of L5 on S1 measuring 3 mm.\n2. Mild degenerative changes at L3-4 and L4-5.';
    fires(note, 'imaging-correlation-caveat');
    silent('IMPRESSION: Mild degenerative changes at L3-4 and L4-5.', 'imaging-correlation-caveat');
  });

  it('conservative-first: information on a grade 1 slip with no care documented; silent when negated, possible or familial', () => {
    const review = reviewNote('IMPRESSION: Grade 1 anterolisthesis of L5 on S1 measuring 3 mm.');
    const d = review.diagnostics.find((x) => x.code === 'conservative-first');
    assert.ok(d);
    assert.strictEqual(d.severity, 'information');
    assert.match(d.message, /^Grade 1 anterolisthesis L5-S1 \(3 mm\); conservative care so far: none documented \(3-month minimum\)/);
    silent('IMPRESSION: No spondylolisthesis.', 'conservative-first');
    silent('IMPRESSION: Possible grade 1 anterolisthesis of L5 on S1.', 'conservative-first');
    silent('FAMILY HISTORY: Mother with grade 1 spondylolisthesis.', 'conservative-first');
  });

  it('summarises an imaging report in one line', () => {
    const review = reviewNote(
      'IMPRESSION:\n1. Grade 1 anterolisthesis of L5 on S1 measuring 3 mm.\n2. Chronic bilateral L5 pars defects.\n3. Mild left foraminal stenosis at L5-S1.',
    );
    assert.strictEqual(
      review.summary.line,
      'Grade 1, 3 mm slip at L5-S1, mild foraminal stenosis, no red flags: structured conservative care (physical therapy-based) comes first — none documented (0 of 12 weeks)',
    );
  });
});

describe('end to end: conservative care', () => {
  const slipLine = 'IMPRESSION: Grade 1 anterolisthesis of L5 on S1 (3 mm).';

  it('conservative-first counts documented weeks, and is satisfied by 12 weeks or a dated start', () => {
    const review = reviewNote(`HPI: She has done physical therapy for 6 weeks with partial relief.\n${slipLine}`);
    const d = review.diagnostics.find((x) => x.code === 'conservative-first');
    assert.ok(d);
    assert.match(d.message, /conservative care so far: 6 weeks of the 3-month minimum/);
    assert.match(review.summary.line, /continue structured conservative care — 6 of 12 weeks done$/);
    silent(`HPI: Completed PT x 12 weeks without relief.\n${slipLine}`, 'conservative-first');
    silent(`DATE OF SERVICE: 06/24/2026\nHPI: PT since 04/01/2026.\n${slipLine}`, 'conservative-first');
  });

  it('negated therapy is not care received', () => {
    const review = reviewNote(`HPI: Has not done physical therapy.\n${slipLine}`);
    assert.match(review.diagnostics.find((x) => x.code === 'conservative-first')!.message, /none documented/);
  });

  it('chronic-pars-immobilization fires on a brace for a chronic defect, not for an acute fracture', () => {
    fires('FINDINGS: Chronic bilateral L5 pars defects.\nPLAN: Lumbar brace.', 'chronic-pars-immobilization');
    silent('FINDINGS: Acute L5 pars stress fracture with marrow edema.\nPLAN: Lumbar brace.', 'chronic-pars-immobilization');
    silent('FINDINGS: Chronic bilateral L5 pars defects.\nPLAN: No brace.', 'chronic-pars-immobilization');
  });

  it('consider-esi fires after insufficient relief with foraminal stenosis and root contact', () => {
    const imaging = 'FINDINGS: Mild left foraminal stenosis at L5-S1 with contact of the exiting left L5 nerve root.';
    fires(`${imaging}\nHPI: 8 weeks of PT with minimal relief.`, 'consider-esi');
    silent(`${imaging}\nHPI: 8 weeks of PT with good relief.`, 'consider-esi');
    silent(imaging, 'consider-esi');
  });

  it('outcome-measures fires when care is reassessed in a clinic note, not on an imaging report', () => {
    fires(`HPI: PT for 8 weeks, ongoing.\n${slipLine}`, 'outcome-measures');
    silent(`INDICATION: Low back pain despite 6 weeks of PT.\n${slipLine}`, 'outcome-measures');
  });
});

describe('end to end: red flags', () => {
  it('red-flag-cauda-equina: fires when present; silent when denied or in the family', () => {
    const review = reviewNote('HPI: Reports saddle anesthesia since yesterday.');
    const d = review.diagnostics.find((x) => x.code === 'red-flag-cauda-equina');
    assert.ok(d);
    assert.strictEqual(d.severity, 'error');
    assert.match(review.summary.line, /^RED FLAG: cauda equina symptoms — urgent surgical evaluation\./);
    silent('HPI: Denies saddle anesthesia or bowel or bladder incontinence.', 'red-flag-cauda-equina');
    silent('FAMILY HISTORY: Father had cauda equina syndrome.', 'red-flag-cauda-equina');
  });

  it('red-flag-progressive-deficit: silent when denied', () => {
    silent('HPI: No progressive weakness.', 'red-flag-progressive-deficit');
  });

  it('red-flag-slip-progression: fires once on a progressed slip; silent for a stable one', () => {
    const review = reviewNote('FINDINGS: Progression of the anterolisthesis at L5-S1 compared with the prior study.');
    assert.strictEqual(review.diagnostics.filter((x) => x.code === 'red-flag-slip-progression').length, 1);
    fires('FINDINGS: Grade 1 anterolisthesis of L5 on S1 measuring 6 mm, increased from 3 mm on the prior study.', 'red-flag-slip-progression');
    silent('FINDINGS: Stable grade 1 anterolisthesis of L5 on S1.', 'red-flag-slip-progression');
  });
});

describe('end to end: medications and pre-surgical factors', () => {
  const radicular = 'HPI: Left leg pain radiating to the foot.';
  it('neuropathic-trial: fires without a gabapentinoid; silent when taken, allergic, possible or familial', () => {
    fires(radicular, 'neuropathic-trial');
    silent(`${radicular} Currently taking gabapentin 300 mg TID.`, 'neuropathic-trial');
    silent(`${radicular}\nALLERGIES: Gabapentin.`, 'neuropathic-trial');
    silent('HPI: Possible radiculopathy.', 'neuropathic-trial');
    silent('FAMILY HISTORY: Sister with sciatica.', 'neuropathic-trial');
  });

  const plan = 'PLAN: L5-S1 TLIF.';
  it('smoking: fires for a current smoker with fusion planned; silent for former, never, or no surgery', () => {
    fires(`SOCIAL HISTORY: Smokes 1 pack per day.\n${plan}`, 'smoking');
    silent('SOCIAL HISTORY: Former smoker, quit 2010.\n' + plan, 'smoking');
    silent('SOCIAL HISTORY: Never smoker.\n' + plan, 'smoking');
    silent('SOCIAL HISTORY: Smokes 1 pack per day.', 'smoking');
  });

  it('depression: fires with surgery planned; silent for a family history', () => {
    fires(`PAST MEDICAL HISTORY: Depression.\n${plan}`, 'depression');
    silent(`FAMILY HISTORY: Mother has depression.\n${plan}`, 'depression');
  });

  it('expectations: fires on an expectation of complete pain relief', () => {
    fires('HPI: She wants to be completely pain free.', 'expectations');
  });
});

describe('end to end: surgical plans', () => {
  const fullNote = [
    'HISTORY OF PRESENT ILLNESS: 52-year-old woman with low back pain and left leg pain radiating to the foot.',
    'She completed physical therapy for 4 months without relief. She is unable to work. ODI 48%. VAS 7/10.',
    'IMAGING: Grade 1 anterolisthesis of L5 on S1 (3 mm). Chronic bilateral L5 pars defects. Mild left foraminal stenosis at L5-S1 with contact of the exiting left L5 nerve root.',
    'ASSESSMENT: Her left L5 radicular pain correlates with the L5-S1 foraminal stenosis on MRI.',
    'PLAN: After a discussion of risks and benefits, she wishes to proceed with surgery. L5-S1 TLIF with pedicle screw fixation.',
  ].join('\n');

  it('all four criteria met: no surgical-criteria or conservative-first diagnostic, and the summary says so', () => {
    const review = reviewNote(fullNote);
    assert.deepStrictEqual(review.summary.criteria.map((c) => c.state), ['met', 'met', 'met', 'met']);
    for (const code of ['surgical-criteria', 'conservative-first', 'complication-rates', 'outcome-measures']) {
      assert.ok(!codes(review).includes(code), `${code} should be silent, got ${codes(review)}`);
    }
    assert.match(review.summary.line, /all four fusion criteria met — fusion can be considered/);
    assert.strictEqual(review.summary.statusBar, 'Grade 1 · conservative 17/12 wk · criteria 4/4');
  });

  it('surgical-criteria: a fusion planned after 6 weeks reports the open criteria with queries', () => {
    const review = reviewNote('IMAGING: Grade 1 anterolisthesis of L5 on S1 (3 mm).\nHPI: PT for 6 weeks with partial relief.\nPLAN: L5-S1 TLIF.');
    const ds = review.diagnostics.filter((d) => d.code === 'surgical-criteria');
    assert.strictEqual(ds.length, 4);
    assert.ok(ds.slice(1).every((d) => d.query));
    const cf = review.diagnostics.find((d) => d.code === 'conservative-first')!;
    assert.strictEqual(cf.severity, 'warning');
    assert.match(cf.message, /^L5-S1 TLIF recommended\. Grade 1 anterolisthesis L5-S1 \(3 mm\); conservative care so far: 6 weeks of the 3-month minimum\./);
  });

  it('a negated fusion is no plan', () => {
    const review = reviewNote('IMAGING: Grade 1 anterolisthesis of L5 on S1 (3 mm).\nPLAN: Not a candidate for fusion at this time.');
    for (const code of ['surgical-criteria', 'complication-rates', 'smoking', 'rehab-equivalence']) assert.ok(!codes(review).includes(code), code);
  });

  it('decompression-alone: fires on a laminectomy at the slip level with stenosis', () => {
    const review = reviewNote('IMAGING: Grade 1 anterolisthesis of L4 on L5 with moderate central canal stenosis at L4-5.\nPLAN: L4-5 laminectomy.');
    assert.ok(codes(review).includes('decompression-alone'));
    silent('IMAGING: Grade 1 anterolisthesis of L5 on S1 with moderate central canal stenosis at L5-S1.\nPLAN: L3-4 laminectomy.', 'decompression-alone');
  });

  it('complication-rates and rehab-equivalence: fire on a fusion plan with mild disease and no risk discussion', () => {
    const note = 'IMAGING: Grade 1 anterolisthesis of L5 on S1 (3 mm). Mild left foraminal stenosis at L5-S1.\nPLAN: L5-S1 TLIF.';
    fires(note, 'complication-rates');
    fires(note, 'rehab-equivalence');
    silent('IMAGING: Grade 1 anterolisthesis of L5 on S1 (3 mm). Severe central canal stenosis at L5-S1.\nPLAN: L5-S1 TLIF.', 'rehab-equivalence');
  });
});

describe('end to end: hovers', () => {
  it('planned PT carries the program; a fusion plan carries technique, criteria and complication figures', () => {
    const review = reviewNote('IMAGING: Grade 1 anterolisthesis of L5 on S1 (3 mm).\nPLAN: Start physical therapy. Discussed L5-S1 TLIF with pedicle screws.');
    const pt = review.findings.find((f) => f.kind === 'conservativeTherapy')!;
    assert.match(hoverMarkdown(pt, review), /core strengthening for lumbar stabilization/);
    const plan = review.findings.find((f) => f.kind === 'surgicalPlan' && f.attributes.procedure === 'fusion')!;
    const md = hoverMarkdown(plan, review);
    assert.match(md, /Pedicle screw instrumentation/, 'a hover-only rule keeps its paragraph');
    assert.match(md, /\n- _information_ · Validated outcome measures \(line 2\) · \[outcome-measures\]\(docs\/rules\/outcome-measures\.md\)/, 'other diagnostics one line each');
    assert.match(md, /\n- Fusion complication rates discussed · \[complication-rates\]\(docs\/rules\/complication-rates\.md\)/, 'other guidance one line with its rule page');
    assert.doesNotMatch(md, /31-40 %/, 'not repeated in full: the editor shows the diagnostic');
  });

  it('every finding of a full clinic note has a hover with its facts and citations', () => {
    const review = reviewNote(
      'HPI: Left leg pain radiating to the foot. PT for 6 weeks. ODI 40%. Smokes daily. Unable to work.\nIMAGING: Grade 1 anterolisthesis of L5 on S1 (3 mm). Chronic bilateral L5 pars defects. Mild left foraminal stenosis at L5-S1 with contact of the exiting left L5 nerve root. Mild degenerative changes at L3-4.\nPLAN: L5-S1 TLIF.',
    );
    assert.ok(review.findings.length >= 9);
    for (const f of review.findings) {
      const md = hoverMarkdown(f, review);
      assert.match(md, /^\*\*.+ · (present|history|planned or hypothetical|negated|possible|family history)\*\*/, md);
      if (f.assertion === 'present') assert.match(md, /Guideline ref|Meyerding classification|No specific guideline/, `${f.kind}: ${md}`);
    }
  });
});
