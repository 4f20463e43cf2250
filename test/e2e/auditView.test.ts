// End to end, in the real editor (code-server + Chromium, see README.md here): "Clinical Review:
// Audit Workspace" from the command palette opens the Review view with the notes grouped by
// status and counted; clicking a note opens it; the filter by rule narrows the groups.

import * as assert from 'assert';
import * as fs from 'fs';
import { pollUntil, Workbench } from './driver';
import { report, startSession, useSession } from './harness';

/** Fixture notes with one status each (known answers: the LSP tests check the statuses themselves). */
const NOTES: Record<string, string> = {
  '22-ed-cauda-equina.note': 'Red flag',
  '19-spine-newpt-premature-fusion.note': 'Premature fusion plan',
  '101-spine-newpt-smartphrase-checkboxes.note': 'Needs a query',
  '01-mri-grade1-l5s1.rad': 'Consistent',
};

/**
 * Runs a command from the palette, opening the palette again when the first search comes up empty
 * (the first palette of a fresh window can list no extension commands yet).
 */
async function runFromPalette(wb: Workbench, title: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await wb.runCommand(title, 15000);
      return;
    } catch (e) {
      if (attempt === 4) throw e;
      await wb.page.keyboard.press('Escape');
    }
  }
}

/** The rows of the Review view's tree, as text. */
async function reviewRows(wb: Workbench): Promise<string[]> {
  return (await reviewView(wb).locator('.monaco-list-row').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
}

/** The Review view's pane in the side bar (its view container's, not the Explorer's). */
function reviewView(wb: Workbench) {
  return wb.page.locator('.part.sidebar [id="workbench.view.extension.clinicalReview"]');
}

describe('VS Code: the Review view (Clinical Review: Audit Workspace)', function () {
  this.timeout(120000);
  const session = useSession({ name: 'audit', start: () => startSession(Object.keys(NOTES)) });

  it('runs from the command palette and shows the notes grouped by status, with counts', async function () {
    const { wb } = session();
    const started = Date.now();
    await runFromPalette(wb, 'Clinical Review: Audit Workspace');
    const expected = ['Red flag (1)', 'Premature fusion plan (1)', 'Needs a query (1)', 'Consistent (1)'];
    let rows: string[] = [];
    await pollUntil('the Review view to list the four groups with their notes', async () => {
      rows = await reviewRows(wb);
      return expected.every((g) => rows.some((r) => r.startsWith(g))) && Object.keys(NOTES).every((n) => rows.some((r) => r.startsWith(n)));
    }, 90000).catch((e) => {
      throw new Error(`${(e as Error).message}; rows: ${JSON.stringify(rows)}`);
    });
    report(`audit: command -> Review view filled ${Date.now() - started} ms`);
    // Each note sits under its own status: the row after the group's.
    for (const [note, status] of Object.entries(NOTES)) {
      const g = rows.findIndex((r) => r.startsWith(`${status} (`));
      assert.ok(rows[g + 1]?.startsWith(note), `${note} under ${status}: ${JSON.stringify(rows)}`);
    }
    const message = await reviewView(wb).locator('.message').allInnerTexts().catch(() => [] as string[]);
    assert.ok(message.some((m) => /4 notes audited, 0 of 4 reviewed by you\./.test(m)), JSON.stringify(message));
    await wb.screenshot('audit-01-review-view');
  });

  it('opens a note when it is clicked', async function () {
    const { wb } = session();
    const name = '22-ed-cauda-equina.note';
    await reviewView(wb).locator('.monaco-list-row', { hasText: name }).first().click();
    await pollUntil(`the editor tab for ${name}`, async () => (await wb.page.locator('.tabs-container .tab.active', { hasText: name }).count()) > 0, 30000);
    // The tab shows before the editor has drawn the note's lines.
    await pollUntil('the note itself is open', async () => /cauda|saddle/i.test(await wb.editorText()), 30000);
  });

  it('marks the open note reviewed from the status bar, and its row says so', async function () {
    const { wb } = session();
    const name = '22-ed-cauda-equina.note';
    await pollUntil('the "Not reviewed" item', async () => (await wb.statusBarItems()).some((i) => /Not reviewed/.test(i.text)), 30000, 300);
    assert.ok(await wb.clickStatusBarItem(/Not reviewed/), 'the "Not reviewed" item is shown');
    let rows: string[] = [];
    await pollUntil(`the ${name} row marked reviewed`, async () => {
      rows = await reviewRows(wb);
      return rows.some((r) => r.startsWith(name) && r.includes('reviewed by you'));
    }, 30000, 300).catch((e) => {
      throw new Error(`${(e as Error).message}; rows: ${JSON.stringify(rows)}`);
    });
    const message = await reviewView(wb).locator('.message').allInnerTexts().catch(() => [] as string[]);
    assert.ok(message.some((m) => /1 of 4 reviewed by you/.test(m)), JSON.stringify(message));
  });

  it('filters the groups by rule', async function () {
    const { wb } = session();
    await runFromPalette(wb, 'Clinical Review: Filter Review by Rule…');
    const input = wb.page.locator('.quick-input-widget:visible .quick-input-box input');
    await input.waitFor({ state: 'visible', timeout: 20000 });
    await input.fill('smoking');
    await wb.page.locator('.quick-input-widget:visible .quick-input-list .monaco-list-row', { hasText: 'smoking' }).first().waitFor({ state: 'visible', timeout: 20000 });
    await wb.page.keyboard.press('Enter');
    let rows: string[] = [];
    await pollUntil('the Review view to show only the notes smoking fired on', async () => {
      rows = await reviewRows(wb);
      return rows.some((r) => r.startsWith('Premature fusion plan (1)')) && rows.some((r) => r.startsWith('Red flag (0)')) && !rows.some((r) => r.startsWith('22-ed-cauda-equina.note'));
    }, 30000).catch((e) => {
      throw new Error(`${(e as Error).message}; rows: ${JSON.stringify(rows)}`);
    });
    assert.ok(rows.some((r) => r.startsWith('19-spine-newpt-premature-fusion.note')), JSON.stringify(rows));
    await wb.screenshot('audit-02-filtered');
  });
});
