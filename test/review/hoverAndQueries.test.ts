import * as assert from 'assert';
import { diagnosticHoverMarkdown, escapeMarkdown, hoverMarkdown } from '../../server/src/engine/review/hover';
import { buildQuery } from '../../server/src/engine/rules/queries';
import { fusion, grade1Note, mark, NoteBuilder, slip } from '../rules/noteBuilder';

describe('hover', () => {
  it('shows the normalised facts, the guideline advice and the citation for a slip', () => {
    const review = grade1Note().review();
    const md = hoverMarkdown(review.findings[0], review);
    assert.match(md, /^\*\*Anterolisthesis · L5 on S1 · Meyerding grade 1 \(≈ 8 %\) · 3 mm · present\*\*/);
    assert.match(md, /structured conservative care centered on physical therapy for at least 3 months/);
    assert.match(md, /Guideline refs 1, 2/);
    assert.match(md, /\n- Slip grade matches the measurement · \[grade-consistency\]\(docs\/rules\/grade-consistency\.md\)/);
  });

  it('marks an estimated grade as approximate', () => {
    const review = new NoteBuilder().line('Anterolisthesis of 4 mm.', slip({ grade: undefined, mm: 4 })).review();
    assert.match(hoverMarkdown(review.findings[0], review), /approximately Meyerding grade 1 \(≈ 11 %\)/);
  });

  it('uses the configured endplate width', () => {
    const review = grade1Note().review({ endplateWidthMm: 30 });
    assert.match(hoverMarkdown(review.findings[0], review), /Meyerding grade 1 \(≈ 10 %\)/);
  });

  it('gives no guidance for a negated finding', () => {
    const review = new NoteBuilder().line('No spondylolisthesis.', slip({}, { assertion: 'absent' })).review();
    const md = hoverMarkdown(review.findings[0], review);
    assert.match(md, /Stated as negated in the note \(line 1\): not counted/);
    assert.doesNotMatch(md, /conservative care/);
  });

  it('describes every finding kind without throwing', () => {
    const review = grade1Note()
      .line('x', mark('custom', { label: 'Opioid use' }, { span: 'x' }))
      .line('y', mark('imagingCorrelation', {}, { span: 'y' }))
      .section('plan')
      .line('L5-S1 TLIF.', fusion())
      .review();
    for (const f of review.findings) assert.ok(hoverMarkdown(f, review).length > 10);
  });

  it('leads with the most severe diagnostic about the finding, the others one line each with the rule page', () => {
    const review = grade1Note().section('plan').line('L5-S1 TLIF.', fusion()).review();
    const slipHover = hoverMarkdown(review.findings[0], review);
    const sections = slipHover.split('\n\n---\n\n');
    assert.match(sections[1], /^L5-S1 TLIF recommended\. Grade 1 anterolisthesis L5-S1 \(3 mm\)/, 'the warning on the plan leads');
    const others = sections[sections.length - 1].split('\n');
    assert.strictEqual(others[0], '**Also about this finding**');
    for (const line of others.slice(1)) assert.match(line, /^- .+ · \[[a-z-]+\]\(docs\/rules\/[a-z-]+\.md\)$/);
    assert.doesNotMatch(slipHover, /Evidence in the note|line \d+\)\.? ·.*line \d+\)/);
  });

  it('escapes note text: nothing from a note is live markdown', () => {
    const span = 'cannot work [click](http://x.example) <b>*now*</b>';
    const review = grade1Note().line(`She ${span}.`, mark('functionalImpairment', { domain: 'work' }, { span })).review();
    const f = review.findings.find((x) => x.kind === 'functionalImpairment')!;
    const md = hoverMarkdown(f, review);
    assert.match(md, /cannot work \\\[click\\\]\(http\\:\/\/x\.example\) \\<b\\>\\\*now\\\*\\<\/b\\>/, md);
    assert.doesNotMatch(md, /(?<!\\)\[click|(?<!\\)<b>/);
    assert.strictEqual(escapeMarkdown('a_b `c` |d|'), 'a\\_b \\`c\\` \\|d\\|');
  });

  it('renders a diagnostic with its rule, citations and documentation link', () => {
    const review = grade1Note().section('plan').line('L5-S1 TLIF.', fusion()).review();
    const d = review.diagnostics.find((x) => x.code === 'surgical-criteria')!;
    const md = diagnosticHoverMarkdown(d);
    assert.match(md, /^\*\*All four criteria before fusion\*\* · `surgical-criteria` · warning/);
    assert.match(md, /Guideline refs 1, 2/);
    assert.match(md, /\[Rule documentation\]\(docs\/rules\/surgical-criteria\.md\)/);
  });
});

describe('physician queries', () => {
  it('state the indicators with line numbers and offer other / unable to determine, without leading', () => {
    const review = grade1Note().section('plan').line('L5-S1 TLIF.', fusion()).review();
    const queries = review.diagnostics.filter((d) => d.query).map((d) => d.query!);
    assert.ok(queries.length >= 4, 'functional status, correlation, preference, outcome measures');
    for (const q of queries) {
      assert.match(q, /^--- Physician query \(Clinical Note Review\): [a-z]/);
      assert.match(q, /\n--- End of physician query ---$/);
      assert.match(q, /- Line \d+: "/);
      assert.match(q, /\[ \] Other \(please specify\): ____/);
      assert.match(q, /\[ \] Unable to determine \/ clinically undetermined/);
      assert.doesNotMatch(q, /reimburse|payment|DRG|you should|recommend/i);
    }
    const correlation = queries.find((q) => q.includes('clinical correlation'))!;
    assert.match(correlation, /Symptoms correlate with the imaging findings/);
    assert.match(correlation, /Symptoms do not correlate with the imaging findings/);
  });

  it('builds an open question when no options are given', () => {
    const q = buildQuery({ topic: 'test', indicators: [], question: 'Please document X.' });
    assert.match(q, /\[ \] Answer \(please document\): ____\n\[ \] Other/);
  });
});
