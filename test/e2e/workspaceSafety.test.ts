// A shared folder's settings file, in the real editor (issue 11 items 4 and 5): with workspace
// trust on, the folder opens in Restricted Mode and its .clinical-review.json (a rule switched
// off, a custom target) is ignored; trusted from the Workspace Trust editor, it applies. The
// custom target's label carries a remote image and a relative link: the hover shows them as
// text, no request reaches the image's (local) address, and no link to the file is rendered.

import * as assert from 'assert';
import * as fs from 'fs';
import * as http from 'http';
import { AddressInfo } from 'net';
import { pollUntil } from './driver';
import { report, Session, startSession, useSession } from './harness';
import { knownRuleIds } from './expectations';

const NOTE_FILE = 'consult.note';
/** The folder's custom target: a word no built-in extractor reads. */
const CUSTOM_PHRASE = 'welder';
const CUSTOM_LABEL = /Heavy work/;
const NOTE = [
  'HPI: Low back pain and left leg pain for 6 weeks. Current smoker, 1 ppd. Works as a welder.',
  'IMAGING: Grade 1 anterolisthesis of L5 on S1 measuring 4 mm.',
  'PLAN: L5-S1 TLIF scheduled for next month.',
].join('\n');

/** What the open hovers hold: their text, images, and links pointing outside the extension. */
async function hoverContent(session: Session): Promise<{ text: string; images: number; badLinks: string[] }> {
  return session.wb.page.evaluate(() => {
    const doc = (globalThis as any).document;
    const hovers = (Array.from(doc.querySelectorAll('.monaco-hover')) as any[]).filter((h) => h.offsetParent !== null);
    const links = hovers.flatMap((h) => Array.from(h.querySelectorAll('a')) as any[]);
    return {
      text: hovers.map((h) => String(h.innerText || '')).join('\n'),
      images: hovers.reduce((n, h) => n + h.querySelectorAll('img').length, 0),
      badLinks: links
        .map((a) => `${a.textContent} -> ${a.getAttribute('href') || ''} ${a.getAttribute('data-href') || ''}`)
        .filter((l) => /passwd|127\.0\.0\.1|\.\.\//.test(l)),
    };
  });
}

describe('A shared folder\'s settings in the real editor: Restricted Mode, then trusted', function () {
  this.timeout(120000);
  let imageServer: http.Server | undefined;
  let connections = 0;
  const codes = knownRuleIds();
  const session = useSession({
    name: 'trust',
    async start() {
      // A local "remote" image: a rendered label would make the browser fetch it.
      imageServer = http.createServer((_req, res) => res.end());
      imageServer.on('connection', () => connections++);
      await new Promise<void>((resolve) => imageServer!.listen(0, '127.0.0.1', resolve));
      const port = (imageServer.address() as AddressInfo).port;
      const label = `Heavy work ![x](http://127.0.0.1:${port}/p.png) [d](docs/../../../../etc/passwd)`;
      const config = { rules: { smoking: 'off' }, targets: [{ label, phrases: [CUSTOM_PHRASE] }] };
      return startSession([], { workspaceTrust: true, files: { [NOTE_FILE]: NOTE, '.clinical-review.json': JSON.stringify(config, null, 2) } });
    },
    teardown: () => new Promise<void>((resolve) => (imageServer ? imageServer.close(() => resolve()) : resolve())),
  });

  it('untrusted (Restricted Mode): the folder cannot switch a rule off, and its custom target is not found', async function () {
    const { wb } = session();
    await pollUntil('the Restricted Mode indicator', async () => (await wb.statusBarItems()).some((i) => /Restricted Mode/i.test(`${i.text} ${i.label}`)), 30000);
    await wb.openProblems();
    await wb.openFile(NOTE_FILE);
    const r = await wb.waitForProblems(NOTE_FILE, codes, ['smoking'], 90000);
    report(`Restricted Mode, Problems lists: ${r.codes.join(', ')}`);
    // The server is live (the slip's hover shows) but the custom phrase is no finding: no hover.
    await wb.hoverWord('anterolisthesis', /listhesis|slip/i, 60000);
    await wb.hideHover();
    const rect = await wb.revealWord(CUSTOM_PHRASE);
    for (let i = 0; i < 8; i++) {
      await wb.page.mouse.move(rect.x + rect.width * (0.3 + 0.05 * i), rect.y + rect.height / 2, { steps: 2 });
      await new Promise((res) => setTimeout(res, 250));
      const h = await hoverContent(session());
      assert.doesNotMatch(h.text, CUSTOM_LABEL, 'no custom target from an untrusted folder');
    }
    await wb.hideHover();
    await wb.screenshot('07-restricted-mode');
  });

  it('trusted from the Workspace Trust editor: the settings apply; the label is shown as text, fetching and linking nothing', async function () {
    const { wb } = session();
    await wb.runCommand('Manage Workspace Trust');
    const trust = wb.page.locator('.workspace-trust-editor .monaco-button', { hasText: /^Trust( Folder)?$/ }).first();
    await trust.waitFor({ state: 'visible', timeout: 20000 });
    await trust.click();
    await pollUntil('Restricted Mode to end', async () => !(await wb.statusBarItems()).some((i) => /Restricted Mode/i.test(`${i.text} ${i.label}`)), 20000);
    await wb.screenshot('08-trusted');
    // Close the Workspace Trust editor: the note's tab is active again.
    await wb.page.locator('.tabs-container .tab.active', { hasText: 'Workspace Trust' }).locator('.codicon-close').click();
    await pollUntil(`the ${NOTE_FILE} tab`, async () => (await wb.page.locator('.tabs-container .tab.active', { hasText: NOTE_FILE }).count()) > 0, 10000);
    await wb.openProblems();
    await pollUntil('"smoking" to leave Problems (switched off by the folder)', async () => {
      const listed = await wb.problemCodesFor(NOTE_FILE, codes);
      return listed.length > 0 && !listed.includes('smoking');
    }, 60000);
    const text = await wb.hoverWord(CUSTOM_PHRASE, CUSTOM_LABEL, 60000);
    report(`hover on the custom target: ${text.replace(/\s+/g, ' ').slice(0, 200)}`);
    // Give a rendered image the time to be fetched before counting.
    await new Promise((res) => setTimeout(res, 1500));
    const h = await hoverContent(session());
    await wb.screenshot('08b-custom-target-hover');
    assert.match(h.text, /!\[x\]\(http:\/\/127\.0\.0\.1:\d+\/p\.png\)/, 'the image markdown is shown as text');
    assert.match(h.text, /\[d\]\(docs\/\.\.\/\.\.\/\.\.\/\.\.\/etc\/passwd\)/, 'the link markdown is shown as text');
    assert.strictEqual(h.images, 0, 'no image in the hover');
    assert.deepStrictEqual(h.badLinks, [], 'no link to the file or the address');
    assert.strictEqual(connections, 0, 'no request reached the image\'s address');
    await wb.hideHover();
  });
});
