import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { sample } from './helpers';
import { fileUri, LspClient } from './lspClient';

interface Summary {
  noteType: { type: string; label: string };
  statusBar: string;
  line: string;
  criteria: Array<{ id: string; state: string; detail?: string }>;
  notAssessed?: string;
  conservativeCare: { weeks: number; minimumWeeks: number; assessed: boolean; episodes: Array<{ modality: string; days: number | null }> };
  findings: Array<{ kind: string; text: string; section: string; sectionLabel: string }>;
}

interface DidAnalyze {
  uri: string;
  noteType: string;
  statusBar: string;
}

/**
 * Through the language server over JSON-RPC: the note type in the summary, rules by note type,
 * red flags quieting elective-care advice (diagnostics, summary, status bar), criterion (a)
 * "not met" with its weeks and query, a documented treatment of depression.
 */
describe('LSP: note type, elective care and the surgical criteria', function () {
  this.timeout(30000);
  let client: LspClient;
  let dir: string;

  before(async () => {
    client = await LspClient.start();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cnr-scope-'));
  });
  after(async () => {
    await client.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  async function open(uri: string, text: string) {
    const since = client.published.length;
    await client.open(uri, text);
    const published = await client.diagnosticsFor(uri, 1, since);
    const summary = await client.request<Summary>('clinicalReview/summary', { uri });
    const status = await client.waitFor(
      () => client.notifications.find((n) => n.method === 'clinicalReview/didAnalyze' && (n.params as DidAnalyze).uri === uri)?.params as DidAnalyze | undefined,
      'didAnalyze',
    );
    return { diagnostics: published.diagnostics, summary, status };
  }
  const openSample = (name: string) => {
    const s = sample(name);
    return open(s.uri, s.text);
  };

  it('an imaging report: its type in the summary, imaging rules only, no criteria cards, no care in the status bar', async () => {
    const { diagnostics, summary, status } = await openSample('mri-lumbar-grade1-l5s1.rad');
    assert.deepStrictEqual(summary.noteType, { type: 'imaging', label: 'Imaging report' });
    const codes = diagnostics.map((d) => String(d.code));
    assert.ok(!codes.includes('conservative-first') && !codes.includes('surgical-criteria'), codes.join(', '));
    assert.ok(codes.includes('imaging-correlation-caveat'), codes.join(', '));
    assert.deepStrictEqual(summary.criteria, []);
    assert.match(String(summary.notAssessed), /imaging report/);
    assert.doesNotMatch(summary.line, /none documented|weeks/);
    assert.strictEqual(status.statusBar, 'Grade 1');
    assert.strictEqual(status.noteType, 'Imaging report');
    // Clinical headings, not section ids.
    assert.ok(summary.findings.some((f) => f.sectionLabel === 'Findings' || f.sectionLabel === 'Impression'));
  });

  it('an ED note with cauda equina: no elective-care advice, no "conservative x/12 wk" in the status bar', async () => {
    const { diagnostics, summary, status } = await openSample('ed-cauda-equina.note');
    assert.strictEqual(summary.noteType.type, 'emergency');
    const codes = diagnostics.map((d) => String(d.code));
    assert.ok(codes.includes('red-flag-cauda-equina'));
    assert.ok(!codes.includes('outcome-measures'), codes.join(', '));
    assert.ok(diagnostics.every((d) => !/reassessed without a disability score/.test(String(d.message))));
    assert.doesNotMatch(status.statusBar, /conservative|criteria/);
    assert.match(status.statusBar, /^⚠ Red flag/);
    assert.deepStrictEqual(summary.criteria, []);
    assert.strictEqual(summary.conservativeCare.assessed, false);
  });

  it('premature fusion: criterion (a) not met, 9 of 12 weeks everywhere, its query lists the PT line, ibuprofen listed once', async () => {
    const { diagnostics, summary, status } = await openSample('spine-consult-premature-fusion.note');
    assert.strictEqual(summary.noteType.type, 'clinic');
    const a = summary.criteria.find((c) => c.id === 'failedConservativeCare')!;
    assert.strictEqual(a.state, 'not met');
    assert.match(String(a.detail), /^9 of 12 weeks of conservative care documented \(physical therapy 6 weeks, ibuprofen 9 weeks\)$/);
    const diagnostic = diagnostics.find((d) => d.code === 'surgical-criteria' && /criterion \(a\)/.test(String(d.message)))!;
    assert.match(String(diagnostic.message), /^Fusion criterion \(a\) not met: .*Found: 9 of 12 weeks of conservative care documented/);
    const query = String((diagnostic.data as { query?: string }).query);
    assert.match(query, /Line 10: "physical therapy"/);
    assert.match(query, /Line 10: "ibuprofen"/);
    assert.match(query, /Line 16: "Ibuprofen"/);
    assert.match(status.statusBar, /conservative 9\/12 wk · criteria 1\/4$/);
    assert.match(summary.line, /9 of 12 weeks done$/);
    assert.strictEqual(summary.conservativeCare.weeks, 9);
    assert.strictEqual(summary.conservativeCare.episodes.filter((e) => /ibuprofen/.test(e.modality)).length, 1);
    const pt = summary.findings.find((f) => f.kind === 'conservativeTherapy' && f.text === 'physical therapy')!;
    assert.deepStrictEqual([pt.section, pt.sectionLabel], ['hpi', 'History of present illness']);
  });

  it('a note typed live: "Depression, treated with sertraline" is documented as treated, and the message asks if it is optimised', async () => {
    const file = path.join(dir, 'live.note');
    const text = [
      'SPINE CLINIC FOLLOW-UP',
      'HISTORY OF PRESENT ILLNESS: Back and right leg pain despite 4 months of physical therapy without relief.',
      'PAST MEDICAL HISTORY: Depression, treated with sertraline.',
      'ASSESSMENT: Grade 1 isthmic spondylolisthesis L5-S1.',
      'PLAN: L5-S1 TLIF was discussed and will be scheduled.',
    ].join('\n');
    fs.writeFileSync(file, text);
    const { diagnostics } = await open(fileUri(file), text);
    const depression = diagnostics.find((d) => d.code === 'depression');
    assert.ok(depression, diagnostics.map((d) => d.code).join(', '));
    assert.match(String(depression.message), /documented as treated \(sertraline\); confirm the treatment is optimised/);
    assert.doesNotMatch(String(depression.message), /make sure it is treated/);
  });
});
