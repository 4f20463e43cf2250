import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { fileUri, LspClient } from './lspClient';

/**
 * Restricted Mode over JSON-RPC: an untrusted folder's .clinical-review.json and custom targets
 * are ignored (a shared workspace could switch off red-flag rules or plant labels), until the
 * client says trust was granted.
 */
describe('LSP: workspace trust', function () {
  this.timeout(20000);
  let dir: string;
  const note = [
    'HPI: Low back pain and left leg pain for 6 weeks. Current smoker, 1 ppd. Takes oxycodone nightly.',
    'IMAGING: Grade 1 anterolisthesis of L5 on S1 measuring 4 mm.',
    'PLAN: L5-S1 TLIF scheduled for next month.',
  ].join('\n');

  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cnr-trust-'));
    fs.writeFileSync(path.join(dir, '.clinical-review.json'), JSON.stringify({ rules: { smoking: 'off' }, targets: [{ label: 'Opioid use', phrases: ['oxycodone'] }] }));
    fs.writeFileSync(path.join(dir, 'consult.note'), note);
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  async function codesAndLabels(client: LspClient, uri: string, since: number): Promise<{ codes: string[]; custom: boolean }> {
    const published = await client.diagnosticsFor(uri, undefined, since);
    const summary = await client.request<{ findings: Array<{ kind: string }> }>('clinicalReview/summary', { uri });
    return { codes: published.diagnostics.map((d) => String(d.code)), custom: summary.findings.some((f) => f.kind === 'custom') };
  }

  it('untrusted: the folder settings and custom targets are ignored, with a message; trusted later: they apply', async () => {
    const client = await LspClient.start({ workspaceFolder: dir, initializationOptions: { workspaceTrusted: false } });
    try {
      const uri = fileUri(path.join(dir, 'consult.note'));
      await client.open(uri, note);
      const untrusted = await codesAndLabels(client, uri, 0);
      assert.ok(untrusted.codes.includes('smoking'), `the folder cannot switch rules off: ${untrusted.codes}`);
      assert.ok(!untrusted.custom, 'no custom target from an untrusted folder');
      const shown = client.notifications.filter((n) => n.method === 'window/showMessage' || n.method === 'window/showMessageRequest');
      assert.ok(
        shown.some((n) => /not trusted/.test(JSON.stringify(n.params))) || client.logs.some((l) => /not trusted/.test(l)),
        'the user is told why the settings file is ignored',
      );

      const since = client.published.length;
      await client.conn.sendNotification('clinicalReview/workspaceTrusted', {});
      const trusted = await codesAndLabels(client, uri, since);
      assert.ok(!trusted.codes.includes('smoking'), `after trust, the folder's "smoking": "off" applies: ${trusted.codes}`);
      assert.ok(trusted.custom, 'after trust, the custom target is found');
    } finally {
      await client.stop();
    }
  });

  it('a client that says nothing about trust gets the folder settings (other editors)', async () => {
    const client = await LspClient.start({ workspaceFolder: dir });
    try {
      const uri = fileUri(path.join(dir, 'consult.note'));
      await client.open(uri, note);
      const r = await codesAndLabels(client, uri, 0);
      assert.ok(!r.codes.includes('smoking'));
      assert.ok(r.custom);
    } finally {
      await client.stop();
    }
  });
});
