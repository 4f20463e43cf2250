// End to end, auditor annotations in the real editor (code-server + Chromium): agree with a
// finding, reject a diagnostic with a reason, annotate a missed finding, mark the note reviewed,
// reload the window, and see them all again. The note itself is never changed.

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { knownRuleIds, PREMATURE_FUSION } from './expectations';
import { startSession, useSession } from './harness';
import { pollUntil, Workbench } from './driver';

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

    // On disk: the sidecar holds the three, the note is unchanged.
    const sidecar = JSON.parse(fs.readFileSync(path.join(workspace, '.clinical-review', 'annotations', `${FILE}.json`), 'utf8'));
    assert.deepStrictEqual(sidecar.annotations.map((a: { verdict: string }) => a.verdict).sort(), ['add', 'agree', 'reject']);
    assert.strictEqual(fs.readFileSync(notePath, 'utf8'), original);
  });
});
