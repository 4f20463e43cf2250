import * as assert from 'assert';
import { allCriteriaMetNote, fusion, grade1Note, mark, NoteBuilder, slip, therapy } from '../rules/noteBuilder';

const mildStenosis = () => mark('stenosis', { location: 'foraminal', level: 'L5-S1', severity: 'mild' }, { span: 'Mild foraminal stenosis' });

describe('note summary', () => {
  it('gives the one-line recommendation for a grade 1 slip with some conservative care', () => {
    const review = grade1Note()
      .line('Mild foraminal stenosis at L5-S1.', mildStenosis())
      .section('hpi')
      .line('Physical therapy for 6 weeks.', therapy({ durationDays: 42, status: 'ongoing' }))
      .review();
    assert.strictEqual(
      review.summary.line,
      'Grade 1, 3 mm slip at L5-S1, mild foraminal stenosis, no red flags: continue structured conservative care — 6 of 12 weeks done',
    );
    assert.strictEqual(review.summary.statusBar, 'Grade 1 · conservative 6/12 wk · criteria 0/4');
    assert.deepStrictEqual(review.summary.conservativeCare.days, 42);
    assert.deepStrictEqual(review.summary.conservativeCare.minimumDays, 84);
    assert.strictEqual(review.summary.conservativeCare.episodes[0].modality, 'physical therapy');
    assert.strictEqual(review.summary.conservativeCare.episodes[0].status, 'ongoing');
  });

  it('asks to exhaust conservative care when surgery is planned early, and uses the strict preset', () => {
    const review = grade1Note().section('plan').line('L5-S1 TLIF.', fusion()).review({ preset: 'strict' });
    assert.match(review.summary.line, /: structured conservative care \(physical therapy-based\) comes first, before any surgery — none documented \(0 of 24 weeks\)$/);
  });

  it('always lists the four criteria in guideline order with state and evidence', () => {
    const review = allCriteriaMetNote().review();
    const c = review.summary.criteria;
    assert.deepStrictEqual(c.map((x) => x.id), ['failedConservativeCare', 'functionalImpairment', 'imagingCorrelation', 'patientPreference']);
    assert.ok(c.every((x) => x.state === 'met' && x.evidence.length > 0));
    assert.strictEqual(c[1].evidence[0].text, 'unable to work');
    assert.match(review.summary.line, /all four fusion criteria met — fusion can be considered/);
    assert.strictEqual(review.summary.statusBar, 'Grade 1 · conservative 17/12 wk · criteria 4/4');
    const empty = new NoteBuilder().line('Nothing here.').review().summary.criteria;
    assert.deepStrictEqual(empty.map((x) => x.state), ['not documented', 'not documented', 'not documented', 'not documented']);
  });

  it('puts red flags first', () => {
    const review = grade1Note().line('Saddle anesthesia.', mark('redFlag', { type: 'caudaEquina' })).review();
    assert.match(review.summary.line, /^RED FLAG: cauda equina symptoms — urgent surgical evaluation\. Grade 1, 3 mm slip at L5-S1\.$/);
    assert.match(review.summary.statusBar, /^⚠ Red flag · /);
    assert.strictEqual(review.summary.redFlags[0].type, 'caudaEquina');
    const denied = grade1Note().line('No saddle anesthesia.', mark('redFlag', { type: 'caudaEquina' }, { assertion: 'absent' })).review();
    assert.deepStrictEqual(denied.summary.redFlags, []);
    assert.match(denied.summary.line, /no red flags/);
  });

  it('makes no recommendation beyond grade 1 or without a grade', () => {
    const g2 = new NoteBuilder().line('Grade 2 anterolisthesis.', slip({ grade: 2, mm: 12 })).review();
    assert.match(g2.summary.line, /^Grade 2, 12 mm slip at L5-S1, no red flags: beyond the grade 1 slip this guideline covers — no recommendation made$/);
    const ungraded = new NoteBuilder().line('Spondylolisthesis L5-S1.', slip({ grade: undefined, mm: undefined, direction: undefined })).review();
    assert.match(ungraded.summary.line, /document the slip grade/);
    const nothing = new NoteBuilder().line('Mild foraminal stenosis at L5-S1.', mildStenosis()).review();
    assert.match(nothing.summary.line, /^No spondylolisthesis or pars defect documented, mild foraminal stenosis, no red flags: no guideline recommendation applies$/);
  });

  it('says so when conservative care is helping', () => {
    const review = grade1Note().line('PT for 4 months with good relief.', therapy({ durationDays: 120, status: 'completed', response: 'good' })).review();
    assert.match(review.summary.line, /conservative care is helping — continue it/);
  });
});

describe('note summary with inconsistent grading', () => {
  it('asks to clarify the grade rather than recommending', () => {
    const review = new NoteBuilder().line('Grade 2 anterolisthesis of L5 on S1 measuring 3 mm.', slip({ grade: 2, mm: 3 })).review();
    assert.match(review.summary.line, /^Grade 2, 3 mm slip at L5-S1, no red flags: the stated grade and measurement of the slip disagree — clarify the grade before applying the guideline$/);
  });
});

describe('note summary after the conservative minimum', () => {
  it('names the criteria still open', () => {
    const review = grade1Note().line('Completed PT x 12 weeks without relief.', therapy({ durationDays: 84, status: 'completed', response: 'none' })).review();
    assert.strictEqual(
      review.summary.line,
      "Grade 1, 3 mm slip at L5-S1, no red flags: conservative minimum reached (12 weeks done, minimum 12); fusion criteria 1 of 4 met (not documented: functional impairment, imaging correlation, patient's informed wish for surgery) — fusion only when all four are met",
    );
  });
});

describe('note summary when fusion is indicated', () => {
  it('names the factors to address first', () => {
    const review = allCriteriaMetNote().line('Smokes daily.', mark('riskFactor', { type: 'smoking' })).review();
    assert.match(review.summary.line, /all four fusion criteria met — fusion can be considered once smoking is addressed/);
  });
});
