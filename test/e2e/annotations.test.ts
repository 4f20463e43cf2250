// End to end, auditor annotations in the real editor (code-server + Chromium): agree with a
// finding, reject a diagnostic with a reason, annotate a missed finding, mark the note reviewed,
// reload the window, and see them all again; export them as BioC XML. The note itself is never changed.

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { knownRuleIds, PREMATURE_FUSION } from './expectations';
import { startSession, useSession } from './harness';
import { pollUntil, Workbench } from './driver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { fileUri, LspClient } from '../lsp/lspClient';
import { positionOf } from '../lsp/helpers';

const codes = knownRuleIds();
const FILE = PREMATURE_FUSION.file;

/** Types into the open quick pick and takes the first matching row. */
async function pick(wb: Workbench, text: string): Promise<void> {
  const input = wb.page.locator('.quick-input-widget:visible .quick-input-box input');
  await input.waitFor({ state: 'visible', timeout: 20000 });
  await input.fill(text);
  await wb.page.locator('.quick-input-widget:visible .quick-input-list .monaco-list-row', { hasText: text }).first().waitFor({ state: 'visible', timeout: 20000 });
  await wb.page.keyboard.press('Enter');
}

async function problemCodes(wb: Workbench): Promise<string[]> {
  await wb.openProblems();
  return wb.problemCodesFor(FILE, codes);
}

describe('VS Code end to end: annotations survive a window reload', function () {
  this.timeout(180000);
  const session = useSession({ name: 'annotations', start: () => startSession([FILE]) });

  it('agree, reject, annotate a missed finding, mark reviewed; after a reload all are shown again', async () => {
    const { wb, workspace } = session();
    const notePath = path.join(workspace, FILE);
    const original = fs.readFileSync(notePath, 'utf8');
    await wb.openFile(FILE);
    await wb.waitForProblems(FILE, codes, ['smoking']);

    // Agree with the slip (its quick-fix menu).
    await wb.quickFixesAt('anterolisthesis');
    await wb.chooseQuickFix(/^Agree: Spondylolisthesis/);
    await wb.notification(/Agreed: Spondylolisthesis/);

    // Reject the smoking diagnostic as not clinically relevant: it leaves Problems.
    assert.ok(await wb.selectProblem('smoking', FILE), 'the smoking diagnostic is listed');
    await wb.quickFixes();
    await wb.chooseQuickFix(/Reject — false positive: rule smoking/);
    await pick(wb, 'not clinically relevant');
    await wb.notification(/Rejected as a false positive: rule smoking \(not clinically relevant\)/);
    await pollUntil('smoking to leave Problems', async () => !(await problemCodes(wb)).includes('smoking'), 30000, 500);

    // Annotate a missed finding: select the words, run the command, pick kind and assertion.
    await wb.selectWord('Paraspinal tenderness');
    await wb.runCommand('Clinical Review: Annotate Selection as…');
    await pick(wb, 'Custom');
    await pick(wb, 'present');
    await wb.notification(/Annotated as missed: Custom/);

    // Reviewed, from the status bar.
    assert.ok(await wb.clickStatusBarItem(/Not reviewed/), 'the "Not reviewed" item is shown');
    await pollUntil('the "Reviewed" item', async () => (await wb.statusBarItems()).some((i) => /^\S*\s*Reviewed/.test(i.text) && !/Not reviewed/.test(i.text)), 20000, 300);
    await wb.screenshot('annotations-before-reload');

    // Reload the window.
    await wb.runCommand('Developer: Reload Window');
    await wb.page.waitForSelector('.monaco-workbench', { timeout: 90000 });
    await pollUntil(`the ${FILE} tab after the reload`, async () => (await wb.page.locator('.tabs-container .tab.active', { hasText: FILE }).count()) > 0, 90000, 500);
    await pollUntil('the note rendered after the reload', async () => (await wb.wordRect('anterolisthesis')) ?? undefined, 90000, 500);

    assert.match(await wb.hoverWord('anterolisthesis', /Agreed: Spondylolisthesis/, 60000), /Agreed: Spondylolisthesis.*by \S+/s);
    await wb.hideHover();
    assert.match(await wb.hoverWord('tenderness', /Annotated as missed/, 30000), /Annotated as missed: Custom.*assertion present/s);
    await wb.hideHover();
    assert.match(await wb.hoverWord('Current smoker', /Rejected/, 30000), /Rejected as a false positive: rule smoking \(not clinically relevant\)/);
    await wb.hideHover();
    await pollUntil('the "Reviewed" item after the reload', async () => (await wb.statusBarItems()).some((i) => /Reviewed/.test(i.text) && !/Not reviewed/.test(i.text)), 30000, 300);
    const after = await problemCodes(wb);
    assert.ok(after.includes('conservative-first') && !after.includes('smoking'), `Problems after the reload: ${after}`);
    await wb.screenshot('annotations-after-reload');

    // Export them as BioC XML, as an auditor hands them in: format, whose judgements, then the save
    // dialog (code-server's own, a quick input holding the offered path), accepted with Enter.
    await wb.runCommand('Clinical Review: Export Annotations…');
    await pick(wb, 'BioC XML');
    await pick(wb, 'Every reviewer');
    const pathInput = wb.page.locator('.quick-input-widget:visible .quick-input-box input');
    await pathInput.waitFor({ state: 'visible', timeout: 20000 });
    await pollUntil('the save dialog to offer annotations.bioc.xml', async () => /annotations\.bioc\.xml$/.test(await pathInput.inputValue()), 20000, 200);
    await wb.page.keyboard.press('Enter');
    await wb.notification(/Exported .*\(bioc\) to /);
    const exported = path.join(workspace, 'annotations.bioc.xml');
    await pollUntil('the BioC file on disk', async () => fs.existsSync(exported), 20000, 200);
    const xml = fs.readFileSync(exported, 'utf8');
    assert.match(xml, /<collection>/);
    // The agreed slip and the missed finding are gold spans; the rejected diagnostic is not a span.
    assert.ok((xml.match(/<annotation /g) ?? []).length >= 2, xml.slice(0, 400));
    assert.ok(!xml.includes('Paraspinal tenderness') || xml.includes('<text>Paraspinal tenderness</text>'), 'note text appears only as an annotation\'s text');

    // On disk: the sidecar holds the three, the note is unchanged.
    const sidecar = JSON.parse(fs.readFileSync(path.join(workspace, '.clinical-review', 'annotations', `${FILE}.json`), 'utf8'));
    assert.deepStrictEqual(sidecar.annotations.map((a: { verdict: string }) => a.verdict).sort(), ['add', 'agree', 'reject']);
    assert.strictEqual(fs.readFileSync(notePath, 'utf8'), original);
  });
});

describe('VS Code end to end: adjudicate a colleague\'s annotations against mine', function () {
  this.timeout(240000);
  const session = useSession({ name: 'adjudicate', start: () => startSession([FILE]) });

  it('a colleague (another window, through the language server) and I disagree on one span; Adjudicate Note writes the gold copy', async () => {
    const { wb, workspace } = session();
    const notePath = path.join(workspace, FILE);
    const text = fs.readFileSync(notePath, 'utf8');
    const doc = TextDocument.create(fileUri(notePath), 'clinical-note', 1, text);

    // The colleague agrees with the slip and annotates a missed finding, in a window of their own.
    const colleague = await LspClient.start({ workspaceFolder: workspace, settings: { reviewer: 'colleague' }, initializationOptions: { workspaceTrusted: true } });
    try {
      await colleague.open(doc.uri, text);
      await colleague.diagnosticsFor(doc.uri, 1, 0);
      const annotate = async (args: Record<string, unknown>) => {
        const r = await colleague.request<{ ok: boolean; message: string }>('workspace/executeCommand', { command: 'clinicalReview.server.annotate', arguments: [{ uri: doc.uri, ...args }] });
        assert.ok(r.ok, r.message);
      };
      await annotate({ verdict: 'agree', position: positionOf(doc, 'anterolisthesis', 2) });
      const at = positionOf(doc, 'Paraspinal tenderness');
      await annotate({ verdict: 'add', range: { start: at, end: { line: at.line, character: at.character + 'Paraspinal tenderness'.length } }, kind: 'custom', assertion: 'present' });
    } finally {
      await colleague.stop();
    }

    // I agree with the slip only.
    await wb.openFile(FILE);
    await wb.waitForProblems(FILE, codes, []);
    await wb.quickFixesAt('anterolisthesis');
    await wb.chooseQuickFix(/^Agree: Spondylolisthesis/);
    await wb.notification(/Agreed: Spondylolisthesis/);

    // Adjudicate: the one disagreement (only the colleague's missed finding), taken from the colleague (A or B by name order).
    await wb.runCommand('Clinical Review: Adjudicate Note');
    await pick(wb, '(colleague)');
    const done = await wb.notification(/Gold copy written as reviewer "gold": 2 spans \(1 agreed, 1 decided\)/);
    assert.match(done, /clinical-review eval --gold/);
    await wb.screenshot('adjudicate-gold-written');

    const sidecar = JSON.parse(fs.readFileSync(path.join(workspace, '.clinical-review', 'annotations', `${FILE}.json`), 'utf8'));
    const gold = sidecar.annotations.filter((a: { reviewer: string }) => a.reviewer === 'gold');
    assert.strictEqual(gold.length, 2, JSON.stringify(sidecar.annotations));
    assert.strictEqual(fs.readFileSync(notePath, 'utf8'), text, 'the note is unchanged');
  });
});
