import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { reviewNote } from '../../server/src/engine/review/reviewNote';

/**
 * Messages built from facts read as sentences: they name only facts that apply, never an empty or
 * repeated fragment, never an internal id. `sentenceProblems` is the check; it runs over every
 * diagnostic of the tuning fixture notes and the samples, and over each message the issue named,
 * rendered from text analysed through the CLI process.
 */

const ROOT = path.join(__dirname, '..', '..', '..');
const BIN = path.join(ROOT, 'bin', 'clinical-review.js');

/** Words in camelCase ("slipProgression", "decompressionAlone") or dotted ids ("negation.forward"): the engine's names, not English. */
const INTERNAL_ID = /\b[a-z]+[A-Z][a-zA-Z]*\b|\b[a-z]+\.[a-z]+[A-Z]?[a-z]*\b(?<!\b(?:e\.g|i\.e|vs)\b)/;
const EMPTY_FRAGMENT = /\(\s*\)|\(\s*[,;]|[,;]\s*\)|,\s*,|\s[,.;:](?!\d)|\.\.(?!\.)|:\s*[.;]|\bundefined\b|\bnull\b|\bNaN\b/;
const DOUBLED_WORD = /\b(\w+) \1\b/i;

/** What is wrong with a message as a sentence (empty when nothing). */
export function sentenceProblems(message: string): string[] {
  const problems: string[] = [];
  if (!/^[A-Z0-9"(≈]/.test(message)) problems.push('does not start as a sentence');
  if (!/[.)?]$/.test(message)) problems.push('does not end as a sentence');
  const outsideQuotes = message.replace(/"[^"]*"/g, '""');
  const id = INTERNAL_ID.exec(outsideQuotes);
  if (id) problems.push(`internal id "${id[0]}"`);
  const empty = EMPTY_FRAGMENT.exec(outsideQuotes);
  if (empty) problems.push(`empty fragment "${empty[0]}"`);
  const doubled = DOUBLED_WORD.exec(outsideQuotes);
  if (doubled) problems.push(`doubled word "${doubled[0]}"`);
  const quotes: string[] = message.match(/"[^"]+"/g) ?? [];
  const repeated = quotes.find((q, i) => quotes.indexOf(q) !== i);
  if (repeated) problems.push(`quotes ${repeated} twice`);
  // The same clause of four words or more, twice: "progressed since the prior study ... progressed since the prior study".
  const clauses = outsideQuotes.split(/[.;:,]\s+/).map((c) => c.trim().toLowerCase()).filter((c) => c.split(' ').length >= 4);
  const again = clauses.find((c, i) => clauses.indexOf(c) !== i);
  if (again) problems.push(`repeats "${again}"`);
  return problems;
}

function tuningNotes(): string[] {
  const split = JSON.parse(fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'split.json'), 'utf8')) as { heldOut: string[] };
  const heldOut = new Set(split.heldOut);
  const dir = path.join(ROOT, 'test', 'fixtures', 'notes');
  return fs.readdirSync(dir).filter((f) => !heldOut.has(f)).map((f) => path.join(dir, f));
}

function samples(): string[] {
  const dir = path.join(ROOT, 'samples');
  return fs.readdirSync(dir).filter((f) => /\.(note|rad)$/.test(f)).map((f) => path.join(dir, f));
}

interface CliDiagnostic {
  code: string;
  message: string;
}
interface CliFile {
  findings: Array<{ kind: string; assertion: string; text: string; attributes: Record<string, unknown> }>;
  diagnostics: CliDiagnostic[];
  summary: { line: string };
}

/** Runs the CLI on notes written to a temporary folder, in order. */
function cli(...notes: string[]): CliFile[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cnr-wording-'));
  try {
    const files = notes.map((text, i) => {
      const file = path.join(dir, `n${i}.note`);
      fs.writeFileSync(file, text);
      return file;
    });
    const r = spawnSync(process.execPath, [BIN, '--format', 'json', ...files], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 15_000 });
    assert.strictEqual(r.signal, null, 'the CLI hung');
    return (JSON.parse(r.stdout) as { files: CliFile[] }).files;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function message(file: CliFile, code: string): string {
  const d = file.diagnostics.find((x) => x.code === code);
  assert.ok(d, `${code} fires: ${JSON.stringify(file.diagnostics.map((x) => x.code))}`);
  assert.deepStrictEqual(sentenceProblems(d.message), [], d.message);
  return d.message;
}

describe('message wording: the sentence check', () => {
  it('finds what makes a message garbled', () => {
    assert.deepStrictEqual(sentenceProblems('Slip progression documented: grade 1 anterolisthesis L4-5 (6 mm), progressed since the prior study. Refer for surgical consultation.'), []);
    assert.ok(sentenceProblems('Progressed since the prior study and "progressed" and "progressed".').some((p) => p.includes('twice')));
    assert.ok(sentenceProblems('Seen with slipProgression at L5-S1.').some((p) => p.includes('internal id')));
    assert.ok(sentenceProblems('Physical therapy () for undefined weeks.').some((p) => p.includes('empty')));
    assert.ok(sentenceProblems('L4-5 fusion with with screws.').some((p) => p.includes('doubled')));
    assert.ok(sentenceProblems('grade 1 slip, progressed since the prior study, grade 1 slip, progressed since the prior study.').length > 0);
  });

  it('passes every diagnostic of the tuning fixture notes and the samples', () => {
    const bad: string[] = [];
    let count = 0;
    for (const file of [...tuningNotes(), ...samples()]) {
      const review = reviewNote(fs.readFileSync(file, 'utf8'));
      for (const d of review.diagnostics) {
        count++;
        const problems = sentenceProblems(d.message);
        if (problems.length) bad.push(`${path.basename(file)} ${d.code}: ${problems.join('; ')}\n  ${d.message}`);
      }
    }
    assert.ok(count > 100, `${count} diagnostics checked`);
    assert.deepStrictEqual(bad, []);
  });
});

describe('message wording: the messages the issue named, through the CLI', function () {
  this.timeout(30_000);

  it('names the plan "decompression and posterolateral fusion", not "posterolateral"', () => {
    const [f] = cli('SOCIAL HISTORY:\nCurrent smoker, one pack per day.\n\nIMAGING:\nGrade 1 anterolisthesis of L4 on L5 with moderate central canal stenosis at L4-5.\n\nPLAN:\nL4-5 decompression and posterolateral fusion with pedicle screws is recommended.\n');
    const m = message(f, 'smoking');
    assert.match(m, /with L4-5 decompression and posterolateral fusion with pedicle screws recommended: /);
    assert.doesNotMatch(m, /posterolateral with/);
  });

  it('tells a radiograph progression once, without the isthmic or supine caveats on a degenerative slip', () => {
    const [degenerative, isthmic] = cli(
      'LUMBAR RADIOGRAPHS\n\nCOMPARISON: Radiographs 01/05/2026.\n\nFINDINGS:\nAnterolisthesis of L4 on L5 measuring 6 mm, previously 4 mm.\nNo pars defect.\n\nIMPRESSION:\nDegenerative anterolisthesis of L4 on L5, 6 mm, progressed since 01/05/2026.\n',
      'MRI LUMBAR SPINE\n\nFINDINGS:\nChronic bilateral L5 pars defects. Isthmic anterolisthesis of L5 on S1 measuring 7 mm, increased since the prior study. Standing radiographs today show the slip at 9 mm.\n',
    );
    const m = message(degenerative, 'red-flag-slip-progression');
    assert.match(m, /^Slip progression documented: degenerative anterolisthesis L4-5 \(6 mm[^)]*\), progressed since the prior study\. Refer for surgical consultation\.$/);
    const both = message(isthmic, 'red-flag-slip-progression');
    assert.match(both, /uncommon in adults with a chronic isthmic slip/);
  });

  it('gives a "Grade I" slip mentioned again without a grade the grade-1 advice, not "beyond the grade 1 slip"', () => {
    const [f] = cli('IMAGING:\nL4-5: grade I degenerative anterolisthesis (5 mm) with moderate central stenosis.\n\nASSESSMENT:\nSymptomatic L4-5 degenerative spondylolisthesis. Physical therapy for 4 weeks.\n');
    assert.doesNotMatch(f.summary.line, /beyond the grade 1/);
    const m = message(f, 'conservative-first');
    assert.match(m, /^Grade 1 degenerative anterolisthesis L4-5 \(5 mm\); /);
  });

  it('reads PT that has been attended and continues in the plan as ongoing, and finds the plan', () => {
    const [f] = cli(
      'PHYSICAL THERAPY PROGRESS NOTE\nDiagnosis: low back pain; grade 1 L5-S1 spondylolisthesis.\n\nSUBJECTIVE:\nHas attended PT 2x/week x 6 wks.\n\nPLAN:\nContinue PT 2x/week for 6 more weeks: core stabilization, hip strengthening, and graded aerobic conditioning.\n',
    );
    const pt = f.findings.filter((x) => x.kind === 'conservativeTherapy' && x.attributes.modality === 'physicalTherapy');
    assert.deepStrictEqual(pt.map((x) => [x.assertion, x.attributes.status]), [['present', 'ongoing'], ['hypothetical', 'planned']]);
  });

  it('the outcome-measures message tells where the surgery stands, as the note says it', () => {
    const [scheduled, referral] = cli(
      fs.readFileSync(path.join(ROOT, 'samples', 'spine-consult-premature-fusion.note'), 'utf8'),
      'HISTORY:\nLow back pain for 5 months; grade 1 L5-S1 spondylolisthesis on MRI.\n\nPLAN:\nRefer to spine surgery to discuss L5-S1 fusion.\n',
    );
    assert.match(message(scheduled, 'outcome-measures'), /^L4-5 decompression and posterolateral fusion with pedicle screws scheduled, and no disability score \(ODI\) or pain scale \(VAS or NRS\) documented\. /);
    const m = message(referral, 'outcome-measures');
    assert.match(m, /^A referral to discuss L5-S1 fusion, and no disability score \(ODI\) or pain scale \(VAS or NRS\) documented\. /);
    assert.doesNotMatch(m, /being considered|scheduled|recommended/);
  });

  it('rehab-equivalence and decompression-alone say where the plan stands: a recommended fusion is not "considered"', () => {
    const [fusion, decompression] = cli(
      'MRI: Grade 1 isthmic anterolisthesis of L5 on S1 (4 mm). Mild left foraminal stenosis at L5-S1.\n\nPLAN:\nL5-S1 posterolateral fusion with pedicle screws is recommended.\n',
      'MRI: Grade 1 degenerative anterolisthesis of L4 on L5 (5 mm) with severe central canal stenosis at L4-5.\n\nPLAN:\nIf symptoms persist, L4-5 laminectomy without fusion.\n',
    );
    assert.match(message(fusion, 'rehab-equivalence'), /^L5-S1 posterolateral fusion with pedicle screws recommended, with stenosis no worse than mild and a grade 1 slip: /);
    assert.match(message(decompression, 'decompression-alone'), /^L4-5 decompression without fusion kept as an option if the current course fails, with grade 1 degenerative anterolisthesis L4-5 \(5 mm\) and severe central canal stenosis at L4-5: /);
  });

  it('past the care minimum the summary says "26 weeks done, minimum 12", never "26 of 12 weeks done"', () => {
    const [past, below] = cli(
      fs.readFileSync(path.join(ROOT, 'samples', 'op-planning-decompression-alone.note'), 'utf8'),
      fs.readFileSync(path.join(ROOT, 'samples', 'spine-consult-premature-fusion.note'), 'utf8'),
    );
    assert.match(past.summary.line, /conservative minimum reached \(26 weeks done, minimum 12\); fusion criteria 2 of 4 met/);
    assert.match(below.summary.line, /9 of 12 weeks done$/);
    for (const f of [past, below]) {
      const m = /(\d+) of (\d+) weeks done/.exec(f.summary.line);
      assert.ok(!m || Number(m[1]) < Number(m[2]), f.summary.line);
    }
  });

  it('says what the note does with a surgery: a referral to discuss it is not a plan', () => {
    const [f] = cli('HISTORY:\nLow back pain for 5 months; grade 1 L5-S1 spondylolisthesis on MRI.\n\nSOCIAL HISTORY:\nSmokes half a pack of cigarettes daily.\n\nPLAN:\nRefer to spine surgery to discuss L5-S1 fusion.\n');
    const m = message(f, 'smoking');
    assert.match(m, /with a referral to discuss L5-S1 fusion: /);
    assert.doesNotMatch(m, /planned|recommended|scheduled/);
  });
});
