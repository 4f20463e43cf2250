import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { AUDIT_COMMANDS, REVIEW_VIEW_ID } from '../../client/src/reviewTree';
import { REPO } from './lspClient';

/** package.json contributes what the Review view and the audit commands need. */
const pkg = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8'));
const contributes = pkg.contributes;

describe('extension manifest: the Review view and the audit commands', () => {
  it('contributes every audit command with a title in the Clinical Review category', () => {
    for (const id of Object.values(AUDIT_COMMANDS)) {
      const c = contributes.commands.find((x: { command: string }) => x.command === id);
      assert.ok(c, id);
      assert.strictEqual(c.category, 'Clinical Review');
    }
    assert.strictEqual(contributes.commands.find((x: { command: string }) => x.command === AUDIT_COMMANDS.auditWorkspace).title, 'Audit Workspace');
    assert.strictEqual(contributes.commands.find((x: { command: string }) => x.command === AUDIT_COMMANDS.exportReport).title, 'Export Audit Report…');
  });

  it('puts the Review view in its own activity bar container, with an icon the package ships', () => {
    const container = contributes.viewsContainers.activitybar.find((c: { id: string }) => c.id === 'clinicalReview');
    assert.ok(container);
    assert.ok(fs.existsSync(path.join(REPO, container.icon)), container.icon);
    const ignore = fs.readFileSync(path.join(REPO, '.vscodeignore'), 'utf8').split('\n');
    assert.ok(ignore.includes(`!${container.icon}`), 'the icon is kept in the .vsix');
    assert.deepStrictEqual(contributes.views.clinicalReview.map((v: { id: string; name: string }) => [v.id, v.name]), [[REVIEW_VIEW_ID, 'Review'], ['clinicalReview.annotations', 'Annotations']]);
    assert.ok(contributes.viewsWelcome.some((w: { view: string; contents: string }) => w.view === REVIEW_VIEW_ID && w.contents.includes(`command:${AUDIT_COMMANDS.auditWorkspace}`)));
    const titleMenu = contributes.menus['view/title'].filter((m: { when: string }) => m.when.includes(`view == ${REVIEW_VIEW_ID}`)).map((m: { command: string }) => m.command);
    for (const id of [AUDIT_COMMANDS.auditWorkspace, AUDIT_COMMANDS.filterByRule, AUDIT_COMMANDS.exportReport]) assert.ok(titleMenu.includes(id), id);
  });
});
