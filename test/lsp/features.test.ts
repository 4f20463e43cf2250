import * as assert from 'assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { decodeTokens, positionOf, sample, textAt } from './helpers';
import { LspClient } from './lspClient';
import { lensTitle, MAX_LENS_CHARS } from '../../server/src/lsp/codeLens';
import { ANNOTATION_SERVER_COMMANDS } from '../../server/src/lsp/annotationProtocol';

/**
 * The language server as an editor sees it: a real server process over JSON-RPC, sample notes
 * opened, and each LSP feature checked on what it returns.
 */
describe('LSP features on the sample notes', function () {
  this.timeout(20000);
  let client: LspClient;

  before(async () => {
    client = await LspClient.start();
  });
  after(async () => {
    await client.stop();
  });

  async function openSample(name: string) {
    const s = sample(name);
    const since = client.published.length;
    await client.open(s.uri, s.text);
    const published = await client.diagnosticsFor(s.uri, 1, since);
    return { ...s, diagnostics: published.diagnostics };
  }

  it('initialize: advertises every feature', () => {
    const caps = client.initializeResult.capabilities;
    assert.ok(caps.hoverProvider);
    assert.ok(caps.codeActionProvider);
    assert.ok(caps.codeLensProvider);
    assert.ok(caps.documentSymbolProvider);
    assert.ok(caps.foldingRangeProvider);
    assert.ok(caps.inlayHintProvider);
    assert.ok(caps.semanticTokensProvider?.full);
    assert.deepStrictEqual(caps.executeCommandProvider?.commands, ['clinicalReview.server.analyzeWorkspace', ...ANNOTATION_SERVER_COMMANDS]);
    assert.strictEqual(client.initializeResult.serverInfo?.name, 'Clinical Note Review');
  });

  it('diagnostics: codes, severities, ranges, source, doc links and queries', async () => {
    const { doc, diagnostics } = await openSample('spine-consult-premature-fusion.note');
    const byCode = (code: string) => diagnostics.filter((d) => d.code === code);
    const codes = new Set(diagnostics.map((d) => d.code));
    for (const code of ['smoking', 'conservative-first', 'surgical-criteria']) assert.ok(codes.has(code), `${code} in ${[...codes]}`);
    const smoking = byCode('smoking')[0];
    assert.strictEqual(smoking.severity, 2 /* warning */);
    assert.strictEqual(smoking.source, 'clinical-review');
    assert.match(textAt(doc, smoking.range), /current smoker/i);
    assert.match(String(smoking.message), /smok/i);
    assert.match(String(smoking.codeDescription?.href), /^file:\/\/.*docs\/rules\/smoking\.md$/);
    const first = byCode('conservative-first')[0];
    assert.strictEqual(first.severity, 2);
    const careCriterion = byCode('surgical-criteria').find((d) => /criterion \(a\)/.test(String(d.message)));
    assert.ok((careCriterion?.data as { query?: string } | undefined)?.query, 'documentation-gap rules carry the physician query');
    for (const d of diagnostics) {
      assert.ok(d.range.start.line <= d.range.end.line);
      assert.ok(textAt(doc, d.range).length > 0, `${d.code} has an empty range`);
    }
  });

  it('diagnostics: red flags are errors', async () => {
    const { doc, diagnostics } = await openSample('ed-cauda-equina.note');
    const ce = diagnostics.find((d) => d.code === 'red-flag-cauda-equina');
    assert.ok(ce);
    assert.strictEqual(ce.severity, 1 /* error */);
    assert.match(textAt(doc, ce.range), /saddle anesthesia|urinary retention|perineum|rectal tone|groin/i);
    assert.ok(ce.relatedInformation && ce.relatedInformation.length > 1, 'evidence spans as related information');
    assert.ok(ce.relatedInformation.every((r) => r.location.uri === doc.uri));
  });

  it('hover: finding card with recommendation and citation; also over a rule diagnostic', async () => {
    const { uri, doc } = await openSample('mri-lumbar-grade1-l5s1.rad');
    const hover = await client.request<{ contents: { kind: string; value: string }; range: unknown } | null>('textDocument/hover', {
      textDocument: { uri },
      position: positionOf(doc, 'grade 1 anterolisthesis of L5 on S1', 10),
    });
    assert.ok(hover);
    assert.strictEqual(hover.contents.kind, 'markdown');
    assert.match(hover.contents.value, /Meyerding grade 1/);
    assert.match(hover.contents.value, /conservative/i);
    assert.match(hover.contents.value, /Guideline ref/);
    assert.match(hover.contents.value, /\(file:\/\/[^)]*docs\/rules\/[a-z-]+\.md\)/, 'doc links are absolute');

    const { uri: u2, doc: d2, diagnostics } = await openSample('spine-consult-premature-fusion.note');
    const smoking = diagnostics.find((d) => d.code === 'smoking')!;
    const h2 = await client.request<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri: u2 }, position: smoking.range.start });
    assert.ok(h2);
    assert.match(h2.contents.value, /\[smoking\]\(file:\/\/[^)]*docs\/rules\/smoking\.md\)/, 'the lead recommendation links its rule page');
    assert.doesNotMatch(h2.contents.value, /Evidence in the note/, 'evidence stays in Problems');
    assert.ok(d2);

    const none = await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } });
    assert.strictEqual(none, null);
  });

  it('code actions: insert or copy the physician query, turn the rule off', async () => {
    const { uri, doc, diagnostics } = await openSample('pt-progress-note.note');
    const gap = diagnostics.find((d) => (d.data as { query?: string } | undefined)?.query);
    assert.ok(gap, 'a documentation gap with a query');
    const actions = await client.request<Array<{ title: string; kind: string; edit?: { changes: Record<string, Array<{ range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }>> }; command?: { command: string; arguments: unknown[] } }>>(
      'textDocument/codeAction',
      { textDocument: { uri }, range: gap.range, context: { diagnostics: [gap] } },
    );
    const titles = actions.map((a) => a.title);
    const insert = actions.find((a) => a.title.startsWith('Insert physician query'));
    const copy = actions.find((a) => a.title.startsWith('Copy physician query'));
    const offFile = actions.find((a) => a.title.includes('for this file'));
    const offWorkspace = actions.find((a) => a.title.includes('for this workspace'));
    assert.ok(insert && copy && offFile && offWorkspace, titles.join(' | '));
    assert.ok(actions.every((a) => a.kind === 'quickfix'));
    const query = (gap.data as { query: string }).query;
    assert.deepStrictEqual(copy.command, { title: 'Copy physician query', command: 'clinicalReview.copyQuery', arguments: [query] });
    assert.match(insert.title, /^Insert physician query: [a-z][a-z /-]+ \([a-z-]+\)$/, 'the title names what the query asks about');
    assert.deepStrictEqual(offFile.command?.arguments, [gap.code, 'file', uri]);
    assert.deepStrictEqual(offWorkspace.command?.arguments, [gap.code, 'workspace', uri]);
    assert.strictEqual(offFile.edit, undefined, 'turning a rule off never edits the note');

    // The insertion goes at the very end of the note, in its own paragraph.
    const edits = insert.edit!.changes[uri];
    assert.strictEqual(edits.length, 1);
    const end = doc.positionAt(doc.getText().length);
    assert.deepStrictEqual(edits[0].range, { start: end, end });
    const after = TextDocument.applyEdits(doc, edits);
    assert.ok(after.startsWith(doc.getText()));
    assert.ok(after.endsWith(`${query}\n`));
    // The note ends with a newline: one more makes the blank line before the query.
    assert.match(after.slice(doc.getText().length - 1), /^\n\n--- Physician query \(Clinical Note Review\): /);
  });

  it('code actions: none for a range without diagnostics, none for other kinds', async () => {
    const { uri } = await openSample('mri-lumbar-grade1-l5s1.rad');
    const none = await client.request<unknown[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } },
      context: { diagnostics: [] },
    });
    assert.deepStrictEqual(none, []);
    const refactor = await client.request<unknown[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 40, character: 0 } },
      context: { diagnostics: [], only: ['refactor'] },
    });
    assert.deepStrictEqual(refactor, []);
  });

  it('code lens: the summary line at the top, opening the Note Summary', async () => {
    const { uri } = await openSample('ed-cauda-equina.note');
    const lenses = await client.request<Array<{ range: { start: { line: number } }; command: { title: string; command: string; arguments: unknown[] } }>>('textDocument/codeLens', { textDocument: { uri } });
    assert.strictEqual(lenses.length, 1);
    assert.strictEqual(lenses[0].range.start.line, 0);
    assert.match(lenses[0].command.title, /^RED FLAG: cauda equina/);
    assert.strictEqual(lenses[0].command.command, 'clinicalReview.showSummary');
    assert.deepStrictEqual(lenses[0].command.arguments, [uri]);
  });

  it('code lens: a long summary line is shortened to fit, the whole line in its tooltip', async () => {
    for (const sample of ['spine-consult-premature-fusion.note', 'pt-progress-note.note', 'spine-consult-criteria-met.note', 'op-planning-decompression-alone.note']) {
      const { uri } = await openSample(sample);
      const [lens] = await client.request<Array<{ command: { title: string; tooltip?: string } }>>('textDocument/codeLens', { textDocument: { uri } });
      assert.ok(lens.command.title.length <= MAX_LENS_CHARS, `${sample}: ${lens.command.title}`);
      if (lens.command.tooltip) {
        assert.ok(lens.command.tooltip.length > MAX_LENS_CHARS);
        assert.ok(lens.command.tooltip.startsWith(lens.command.title.replace(/…$/, '')), `${lens.command.title} | ${lens.command.tooltip}`);
      }
    }
    assert.strictEqual(lensTitle('Grade 1 slip at L5-S1, no red flags: continue conservative care — 6 of 12 weeks done, more'), 'Grade 1 slip at L5-S1, no red flags: continue conservative care');
    assert.strictEqual(lensTitle('Grade 1 slip at L5-S1, no red flags: continue structured conservative care — 6 of 12 weeks done'), 'Grade 1 slip at L5-S1, no red flags: continue structured…');
    assert.match(lensTitle(`${'word '.repeat(30)}end`), /^(word ){6,}?word…$/);
  });

  it('document symbols: sections with their findings (Outline, breadcrumbs)', async () => {
    const { uri, doc } = await openSample('mri-lumbar-grade1-l5s1.rad');
    type Sym = { name: string; detail?: string; kind: number; range: { start: { line: number; character: number }; end: { line: number; character: number } }; selectionRange: Sym['range']; children?: Sym[] };
    const symbols = await client.request<Sym[]>('textDocument/documentSymbol', { textDocument: { uri } });
    const names = symbols.map((s) => s.name);
    for (const n of ['FINDINGS', 'IMPRESSION']) assert.ok(names.includes(n), names.join(', '));
    const impression = symbols.find((s) => s.name === 'IMPRESSION')!;
    assert.strictEqual(impression.kind, 3 /* Namespace */);
    assert.ok(impression.children!.some((c) => /^Spondylolisthesis: Grade 1 isthmic anterolisthesis/.test(c.name)), impression.children!.map((c) => c.name).join(' | '));
    const inside = (outer: Sym['range'], inner: Sym['range']) => doc.offsetAt(outer.start) <= doc.offsetAt(inner.start) && doc.offsetAt(inner.end) <= doc.offsetAt(outer.end);
    for (const s of symbols) {
      assert.ok(s.name.length > 0);
      assert.ok(inside(s.range, s.selectionRange), `${s.name}: selection inside range`);
      for (const c of s.children ?? []) assert.ok(inside(s.range, c.range), `${c.name} inside ${s.name}`);
    }
    const negated = symbols.flatMap((s) => s.children ?? []).filter((c) => c.detail === 'negated');
    assert.ok(negated.length > 0, 'negated findings are marked in the outline');
  });

  it('semantic tokens: findings by kind, negated and hypothetical marked', async () => {
    const { uri, doc } = await openSample('mri-lumbar-grade1-l5s1.rad');
    const legend = client.initializeResult.capabilities.semanticTokensProvider!.legend;
    assert.ok(legend.tokenTypes.includes('listhesis'));
    assert.deepStrictEqual(legend.tokenModifiers, ['negated', 'hypothetical', 'possible', 'historical', 'family', 'reviewed', 'rejected']);
    const result = await client.request<{ data: number[] }>('textDocument/semanticTokens/full', { textDocument: { uri } });
    const tokens = decodeTokens(result.data, legend, doc);
    assert.ok(tokens.length > 5);
    const slip = tokens.find((t) => t.type === 'listhesis' && /Grade 1 isthmic anterolisthesis/.test(t.text));
    assert.ok(slip, tokens.map((t) => `${t.type}:${t.text}`).join(' | '));
    assert.deepStrictEqual(slip.modifiers, []);
    const negated = tokens.filter((t) => t.modifiers.includes('negated'));
    assert.ok(negated.length > 0, 'a negated finding ("No ... stenosis")');
    // Tokens never overlap and are in order.
    for (let i = 1; i < tokens.length; i++) {
      const a = tokens[i - 1];
      const b = tokens[i];
      assert.ok(b.line > a.line || b.character >= a.character + a.length, `overlap at ${b.line}:${b.character}`);
    }
    const ranged = await client.request<{ data: number[] }>('textDocument/semanticTokens/range', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 12, character: 0 } },
    });
    assert.ok(ranged.data.length < result.data.length);
  });

  it('semantic tokens: hypothetical (planned) findings carry the modifier', async () => {
    const { uri, doc } = await openSample('pt-progress-note.note');
    const legend = client.initializeResult.capabilities.semanticTokensProvider!.legend;
    const result = await client.request<{ data: number[] }>('textDocument/semanticTokens/full', { textDocument: { uri } });
    const tokens = decodeTokens(result.data, legend, doc);
    assert.ok(tokens.some((t) => t.modifiers.includes('hypothetical')), tokens.map((t) => `${t.type}[${t.modifiers}]:${t.text}`).join(' | '));
  });

  it('inlay hints: grade and percent after a slip in mm, days after a duration', async () => {
    const { uri, doc } = await openSample('spine-consult-premature-fusion.note');
    const hints = await client.request<Array<{ position: { line: number; character: number }; label: string }>>('textDocument/inlayHint', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: doc.positionAt(doc.getText().length) },
    });
    const slip = hints.find((h) => h.label.startsWith('≈ grade'));
    assert.ok(slip, JSON.stringify(hints));
    assert.strictEqual(slip.label, '≈ grade 1 · 11 %'); // 4 mm over 35.7 mm
    assert.ok(doc.getText({ start: { line: slip.position.line, character: 0 }, end: slip.position }).endsWith('4 mm'));
    const weeks = hints.find((h) => h.label === '42 d');
    assert.ok(weeks, JSON.stringify(hints));
    assert.ok(doc.getText({ start: { line: weeks.position.line, character: 0 }, end: weeks.position }).endsWith('x 6 wks'));
  });

  it('folding: one range per section', async () => {
    const { uri, doc } = await openSample('spine-consult-criteria-met.note');
    const ranges = await client.request<Array<{ startLine: number; endLine: number }>>('textDocument/foldingRange', { textDocument: { uri } });
    const lines = doc.getText().split('\n');
    const hpi = ranges.find((r) => lines[r.startLine].startsWith('HISTORY OF PRESENT ILLNESS'));
    assert.ok(hpi, JSON.stringify(ranges));
    // To the last non-blank line before the next header.
    const next = lines.findIndex((l, i) => i > hpi.startLine && /^[A-Z ]+:/.test(l));
    let last = next - 1;
    while (lines[last].trim() === '') last--;
    assert.strictEqual(hpi.endLine, last);
    const plan = ranges.find((r) => lines[r.startLine].startsWith('PLAN'));
    assert.ok(plan);
    assert.ok(lines[plan.endLine].startsWith('- Continue gabapentin'));
    for (const r of ranges) assert.ok(r.endLine > r.startLine);
  });

  it('summary request: the panel data (criteria, care timeline, findings)', async () => {
    const { uri } = await openSample('spine-consult-criteria-met.note');
    const s = await client.request<{
      statusBar: string;
      criteria: Array<{ id: string; state: string; evidence: unknown[] }>;
      conservativeCare: { days: number; minimumDays: number; episodes: Array<{ modality: string; days: number | null }> };
      findings: Array<{ kindLabel: string }>;
    }>('clinicalReview/summary', { uri });
    assert.match(s.statusBar, /Grade 1 · conservative \d+\/12 wk · criteria \d\/4/);
    assert.deepStrictEqual(s.criteria.map((c) => c.id), ['failedConservativeCare', 'functionalImpairment', 'imagingCorrelation', 'patientPreference']);
    assert.strictEqual(s.conservativeCare.minimumDays, 84);
    assert.ok(s.conservativeCare.episodes.some((e) => /physical therapy/i.test(e.modality) && e.days === 120));
    assert.ok(s.findings.length > 5);
    const rules = await client.request<Array<{ id: string }>>('clinicalReview/rules', {});
    assert.ok(rules.some((r) => r.id === 'smoking'));
  });

  it('summary request: what the panel shows names clinical headings, never section ids or a document version', async () => {
    const ids = ['hpi', 'pastHistory', 'pastSurgicalHistory', 'socialHistory', 'familyHistory', 'plannedProcedure', 'reviewOfSystems'];
    const seen = new Set<string>();
    for (const name of ['spine-consult-premature-fusion.note', 'pain-clinic-followup.note', 'pt-progress-note.note', 'mri-lumbar-grade1-l5s1.rad', 'ed-cauda-equina.note']) {
      const { uri } = await openSample(name);
      const s = await client.request<{ line: string; statusBar: string; noteType: { label: string }; findings: Array<{ section: string; sectionLabel: string }> }>('clinicalReview/summary', { uri });
      const header = [s.line, s.noteType.label, s.statusBar].join(' · ');
      assert.doesNotMatch(header, /\bversion\b|\bv\d+\b/i, `${name}: ${header}`);
      for (const f of s.findings) {
        seen.add(f.section);
        assert.ok(!ids.includes(f.sectionLabel) && /^[A-Z][a-z]+( [a-z]+)*$/.test(f.sectionLabel), `${name}: section shown as "${f.sectionLabel}"`);
      }
    }
    assert.ok(seen.has('hpi') && seen.has('socialHistory'), `the samples have findings in those sections: ${[...seen].join(', ')}`);
  });

  it('didAnalyze notification: status bar text for the client', async () => {
    const { uri } = await openSample('xr-flexion-extension.rad');
    const n = await client.waitFor(
      () => client.notifications.find((x) => x.method === 'clinicalReview/didAnalyze' && (x.params as { uri: string }).uri === uri)?.params as { statusBar: string; redFlags: number } | undefined,
      'didAnalyze',
    );
    assert.match(n.statusBar, /Red flag/);
    assert.ok(n.redFlags >= 1);
  });
});
