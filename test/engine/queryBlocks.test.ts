import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyzeNote, reviewNote } from '../../server/src/engine';
import { buildQuery } from '../../server/src/engine/rules/queries';
import { findQueryBlocks, maskQueryBlocks, queryTopic } from '../../server/src/engine/text/queryBlocks';
import { normalizeForMatching } from '../../server/src/engine/text/normalize';

const NOTE = [
  'SPINE SURGERY CONSULTATION',
  'Date of service: 06/24/2026',
  '',
  'HISTORY OF PRESENT ILLNESS:',
  '52-year-old with low back pain and right leg pain for 8 months. Completed 12 weeks of physical therapy without lasting relief. Ibuprofen for 4 months.',
  '',
  'IMAGING:',
  'MRI lumbar spine: grade 1 isthmic anterolisthesis L5-S1 (6 mm) with bilateral L5 pars defects.',
  '',
  'PLAN:',
  'Recommend L5-S1 TLIF.',
  '',
].join('\n');

const blocksOf = (text: string) => findQueryBlocks(normalizeForMatching(text));
const answerTexts = (text: string) => blocksOf(text).flatMap((b) => b.answers.map((a) => text.slice(a.start, a.end)));

/** The note's physician queries, as the rules offer them. */
function queriesOf(text: string): string[] {
  return [...new Set(reviewNote(text).diagnostics.flatMap((d) => (d.query ? [d.query] : [])))];
}

function queryAbout(text: string, topic: string): string {
  const q = queriesOf(text).find((x) => queryTopic(x) === topic);
  assert.ok(q, `no query on ${topic}: ${queriesOf(text).map(queryTopic).join(', ')}`);
  return q;
}

/** The note with `query` appended as the quick fix does, the option starting with `option` ticked and its blank filled. */
function withAnswer(text: string, query: string, option: string, fill?: string): string {
  const lines = query.split('\n');
  const i = lines.findIndex((l) => l.startsWith(`[ ] ${option}`));
  assert.ok(i >= 0, `no option "${option}" in\n${query}`);
  lines[i] = lines[i].replace('[ ]', '[x]').replace('____', fill ?? '____');
  return `${text}\n${lines.join('\n')}\n`;
}

function criterion(text: string, id: string) {
  const c = reviewNote(text).summary.criteria.find((x) => x.id === id);
  assert.ok(c, id);
  return c;
}

/** What a review says, offsets included: a query inserted after the note must change none of it. */
function reading(text: string): string {
  const r = reviewNote(text);
  return JSON.stringify({
    findings: r.findings.map((f) => [f.kind, f.assertion, f.start, f.end, f.attributes]),
    diagnostics: r.diagnostics.map((d) => [d.code, d.message, d.range, d.related]),
    summary: r.summary,
  });
}

/**
 * A query as the product's first versions inserted it (before the dashed header and footer):
 * "Physician query: <topic>", the indicators, the question, the options, no footer.
 */
function legacy(query: string): string {
  return query
    .split('\n')
    .filter((l) => !/^(?:--- End of physician query ---|Please check one:|Please check all that apply:)$/.test(l))
    .map((l) => l.replace(/^--- Physician query \(Clinical Note Review\): (.*) ---$/, 'Physician query: $1'))
    .join('\n');
}

const LEGACY_QUERY = [
  'Physician query: clinical correlation of imaging findings',
  '',
  'Clinical indicators in this note:',
  '- Line 8: "grade 1 isthmic anterolisthesis L5-S1 (6 mm) with bilateral L5 pars defects"',
  '',
  "Please document the clinical significance, if any, of the imaging findings listed above in relation to the patient's symptoms.",
  '[ ] Symptoms correspond to the imaging findings at the level(s) listed',
  '[ ] Symptoms do not correspond to the imaging findings',
  '[ ] Other (please specify): ____',
  '[ ] Unable to determine / clinically undetermined',
].join('\n');

describe('physician query blocks in a note', () => {
  it('a query is one block from its header to its footer, named by its topic', () => {
    const q = buildQuery({ topic: 'functional status', indicators: [], question: 'Please document it.', options: ['A', 'B'] });
    const text = `${NOTE}\n${q}\n`;
    const [block, ...more] = blocksOf(text);
    assert.strictEqual(more.length, 0);
    assert.strictEqual(block.topic, 'functional status');
    assert.strictEqual(text.slice(block.start, block.end), q);
    assert.deepStrictEqual(block.answers, [], 'an unticked query asserts nothing');
    assert.strictEqual(queryTopic(q), 'functional status');
  });

  it('is blanked out with its offsets and line breaks kept, CRLF too', () => {
    const q = buildQuery({ topic: 'x', indicators: [], question: 'Q?', options: ['Grade 1 anterolisthesis'] }).replace(/\n/g, '\r\n');
    const text = `PLAN:\r\nFollow up.\r\n\r\n${q}\r\n`;
    const masked = maskQueryBlocks(text, blocksOf(text));
    assert.strictEqual(masked.length, text.length);
    assert.strictEqual(masked.slice(0, text.indexOf('---')), text.slice(0, text.indexOf('---')));
    assert.strictEqual(masked.replace(/[^\r\n]/g, '').length, text.replace(/[^\r\n]/g, '').length);
    assert.doesNotMatch(masked, /anterolisthesis|Physician|\[/);
  });

  it('reads a ticked option without its instructions and blanks, and what the physician wrote in the blank', () => {
    const q = queryAbout(NOTE, 'functional status');
    assert.deepStrictEqual(answerTexts(withAnswer(NOTE, q, 'Significant functional limitation present')), ['Significant functional limitation present', ':']);
    const filled = withAnswer(NOTE, q, 'Other', 'unable to work since March');
    assert.deepStrictEqual(answerTexts(filled), ['Other', ': unable to work since March']);
  });

  it('reads no answer when one is asked for and two are ticked, nor "unable to determine"', () => {
    const q = queryAbout(NOTE, 'clinical correlation of imaging findings');
    const two = q.replace(/\[ \] Symptoms correlate/, '[x] Symptoms correlate').replace(/\[ \] Symptoms do not/, '[x] Symptoms do not');
    assert.deepStrictEqual(answerTexts(`${NOTE}\n${two}\n`), []);
    assert.deepStrictEqual(answerTexts(withAnswer(NOTE, q, 'Unable to determine')), []);
    const several = queryAbout(NOTE, 'outcome measures')
      .replace('[ ] Oswestry Disability Index (ODI): ____', '[x] Oswestry Disability Index (ODI): 46')
      .replace('[ ] Pain score (VAS or NRS): ____', '[X] Pain score (VAS or NRS): 7');
    assert.deepStrictEqual(answerTexts(`${NOTE}\n${several}\n`), ['Oswestry Disability Index (ODI): 46 %', 'Pain score (VAS or NRS): 7 /10'], '"check all that apply"');
  });

  it('a block whose footer was deleted ends with its last option; what follows is note text again', () => {
    const q = queryAbout(NOTE, 'functional status').replace(/\n--- End of physician query ---$/, '');
    const text = `${NOTE}\n${q}\nAddendum: unable to work.\n`;
    const [block] = blocksOf(text);
    assert.ok(text.slice(block.end).startsWith('\nAddendum'));
    const f = analyzeNote(text).findings.filter((x) => x.kind === 'functionalImpairment');
    assert.deepStrictEqual(f.map((x) => [x.text, x.assertion]), [['unable to work', 'present']]);
  });

  it("leaves the note's own check boxes alone", () => {
    const text = 'PLAN:\n[x] Smoking cessation counselling\nLumbar fusion discussed.\n';
    assert.deepStrictEqual(blocksOf(text), []);
    assert.strictEqual(maskQueryBlocks(text, blocksOf(text)), text);
  });

  it('a ticked answer is documentation with its own range, and satisfies the criterion it answers', () => {
    const correlation = queryAbout(NOTE, 'clinical correlation of imaging findings');
    assert.strictEqual(criterion(NOTE, 'imagingCorrelation').state, 'not documented');
    const yes = withAnswer(NOTE, correlation, 'Symptoms correlate');
    const met = criterion(yes, 'imagingCorrelation');
    assert.strictEqual(met.state, 'met');
    const answerLine = yes.split('\n').findIndex((l) => l.startsWith('[x]'));
    assert.ok(met.evidence.every((e) => e.range.start.line === answerLine), JSON.stringify(met.evidence));
    assert.strictEqual(criterion(withAnswer(NOTE, correlation, 'Symptoms do not correlate'), 'imagingCorrelation').state, 'not met');
    assert.strictEqual(criterion(withAnswer(NOTE, correlation, 'Symptoms correspond only in part'), 'imagingCorrelation').state, 'not documented', 'a partial answer is not a correlation');

    const functional = queryAbout(NOTE, 'functional status');
    assert.strictEqual(criterion(withAnswer(NOTE, functional, 'Significant functional limitation present'), 'functionalImpairment').state, 'met');
    assert.strictEqual(criterion(withAnswer(NOTE, functional, 'No significant functional limitation'), 'functionalImpairment').state, 'not met');

    const preference = queryAbout(NOTE, 'treatment preference and risk/benefit discussion');
    assert.strictEqual(criterion(withAnswer(NOTE, preference, 'Risks, benefits and alternatives discussed; patient wishes to proceed with surgery'), 'patientPreference').state, 'met');
    assert.strictEqual(criterion(withAnswer(NOTE, preference, 'Risks, benefits and alternatives discussed; patient prefers non-operative care'), 'patientPreference').state, 'not met');
    for (const open of ['Risks, benefits and alternatives discussed; patient undecided', 'Risks, benefits and alternatives not yet discussed', 'Other']) {
      assert.strictEqual(criterion(withAnswer(NOTE, preference, open), 'patientPreference').state, 'not documented', open);
    }
  });

  it('a score written in the blank is read as the score', () => {
    const q = queryAbout(NOTE, 'outcome measures');
    const odi = analyzeNote(withAnswer(NOTE, q, 'Oswestry Disability Index', '46')).findings.filter((f) => f.kind === 'outcomeMeasure');
    assert.deepStrictEqual(odi.map((f) => f.attributes), [{ instrument: 'ODI', value: 46 }]);
    const unfilled = analyzeNote(withAnswer(NOTE, q, 'Oswestry Disability Index')).findings.filter((f) => f.kind === 'outcomeMeasure');
    assert.ok(unfilled.every((f) => (f.attributes as { value?: number }).value === undefined), 'no score without one written');
  });

  it('an open answer is read as the treatment history it documents', () => {
    const undated = NOTE.replace('Completed 12 weeks of physical therapy without lasting relief. Ibuprofen for 4 months.', 'Tried ibuprofen.');
    const q = queryAbout(undated, 'conservative treatment history');
    const answered = withAnswer(undated, q, 'Answer', 'physical therapy twice weekly for 12 weeks without lasting relief');
    const pt = analyzeNote(answered).findings.filter((f) => f.kind === 'conservativeTherapy' && f.attributes.modality === 'physicalTherapy');
    assert.deepStrictEqual(pt.map((f) => [f.assertion, (f.attributes as { durationDays?: number }).durationDays]), [['present', 84]]);
  });

  it('inserting every query a note is offered changes nothing the review says (all tuning notes)', function () {
    this.timeout(60000);
    const dir = path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'notes');
    const heldOut = new Set((JSON.parse(fs.readFileSync(path.join(dir, '..', 'split.json'), 'utf8')) as { heldOut: string[] }).heldOut);
    let withQueries = 0;
    for (const name of fs.readdirSync(dir).filter((f) => !heldOut.has(f)).sort()) {
      const text = fs.readFileSync(path.join(dir, name), 'utf8');
      const queries = queriesOf(text);
      if (queries.length === 0) continue;
      withQueries++;
      const eol = text.includes('\r\n') ? '\r\n' : '\n';
      const inserted = `${text}${eol}${queries.map((q) => q.replace(/\n/g, eol)).join(eol + eol)}${eol}`;
      assert.strictEqual(reading(inserted), reading(text), name);
    }
    assert.ok(withQueries >= 20, `only ${withQueries} notes with queries`);
  });

  it('recognises a query in the first versions\' format (no dashes, no footer) up to its "Unable to determine" option', () => {
    const text = `${NOTE}\n${LEGACY_QUERY}\n\nAddendum: unable to work.\n`;
    const [block, ...more] = blocksOf(text);
    assert.strictEqual(more.length, 0);
    assert.strictEqual(block.topic, 'clinical correlation of imaging findings');
    assert.strictEqual(text.slice(block.start, block.end), LEGACY_QUERY);
    assert.strictEqual(reading(`${NOTE}\n${LEGACY_QUERY}\n`), reading(NOTE), 'its indicator lines are not read as note text');
    const f = analyzeNote(text).findings.filter((x) => x.kind === 'functionalImpairment');
    assert.deepStrictEqual(f.map((x) => [x.text, x.assertion]), [['unable to work', 'present']], 'what follows it is note text');
  });

  it('a first-version query whose last option was deleted ends with its run of options; its ticked answer is read', () => {
    const cut = LEGACY_QUERY.replace('\n[ ] Unable to determine / clinically undetermined', '').replace('[ ] Symptoms correspond', '[x] Symptoms correspond');
    const text = `${NOTE}\n${cut}\nAddendum: unable to work.\n`;
    const [block] = blocksOf(text);
    assert.ok(text.slice(block.end).startsWith('\nAddendum'), JSON.stringify(text.slice(block.end, block.end + 20)));
    assert.deepStrictEqual(answerTexts(text), ['Symptoms correspond to the imaging findings at the level(s) listed']);
  });

  it('"Physician query:" without the indicator heading after it is note text', () => {
    const text = `${NOTE}\nPhysician query: sent to Dr. Patel about the grade 1 anterolisthesis.\n[ ] Smoking cessation counselling\n`;
    assert.deepStrictEqual(blocksOf(text), []);
  });

  it('inserting every query a note is offered, in the first versions\' format, changes nothing the review says (all tuning notes)', function () {
    this.timeout(60000);
    const dir = path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'notes');
    const heldOut = new Set((JSON.parse(fs.readFileSync(path.join(dir, '..', 'split.json'), 'utf8')) as { heldOut: string[] }).heldOut);
    let withQueries = 0;
    for (const name of fs.readdirSync(dir).filter((f) => !heldOut.has(f)).sort()) {
      const text = fs.readFileSync(path.join(dir, name), 'utf8');
      const queries = queriesOf(text).map(legacy);
      if (queries.length === 0) continue;
      withQueries++;
      assert.ok(queries.every((q) => !q.includes('---')), 'the old format has no dashes');
      const eol = text.includes('\r\n') ? '\r\n' : '\n';
      const inserted = `${text}${eol}${queries.map((q) => q.replace(/\n/g, eol)).join(eol + eol)}${eol}`;
      assert.strictEqual(reading(inserted), reading(text), name);
    }
    assert.ok(withQueries >= 20, `only ${withQueries} notes with queries`);
  });
});
