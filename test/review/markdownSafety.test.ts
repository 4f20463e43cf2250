import * as assert from 'assert';
import * as path from 'path';
import { escapeMarkdown } from '../../server/src/engine/review/markdown';
import { DocLinks } from '../../server/src/lsp/docs';

/** Strings from a note or a workspace never become live markdown; only our own rule pages become links. */
describe('markdown safety', () => {
  const REPO = path.join(__dirname, '..', '..', '..');

  it('escapeMarkdown() leaves no image, link, HTML or emphasis syntax live', () => {
    for (const hostile of ['![x](https://host/p.png)', '[d](docs/../../../../etc/passwd)', '<img src="https://host/x">', '**bold** _em_ `code`', '[x]: https://host/ref']) {
      const out = escapeMarkdown(hostile);
      assert.doesNotMatch(out, /(^|[^\\])[\[\]<>`*_]/, `${hostile} -> ${out}`);
    }
  });

  it('escapeMarkdown() leaves nothing the editor would autolink: a bare URL, www., an e-mail address', () => {
    for (const hostile of ['http://127.0.0.1:8080/p.png', 'HTTPS://host/x', 'ftp://host/f', 'www.example.org/a', 'ask x@example.org']) {
      const out = escapeMarkdown(hostile);
      assert.doesNotMatch(out, /(https?|ftp):\/\/|www\.|(^|[^\\])@/i, `${hostile} -> ${out}`);
      assert.strictEqual(out.replace(/\\(.)/g, '$1'), hostile, 'the words read the same');
    }
  });

  it('linkify resolves only docs/rules/<id>.md, never a path that climbs out', () => {
    const docs = DocLinks.locate(path.join(REPO, 'out', 'server', 'src', 'lsp'));
    const out = docs.linkify('[ok](docs/rules/smoking.md) [bad](docs/../../../../etc/passwd) [bad2](docs/rules/../../package.json)');
    assert.match(out, /\[ok\]\(file:\/\/.*docs\/rules\/smoking\.md\)/);
    assert.ok(!out.includes('file:///etc'), out);
    assert.ok(!/\(file:[^)]*package\.json\)/.test(out), out);
  });
});

describe('hovers of custom targets from a workspace config', () => {
  it('a label written as an image or a link is shown as text, never fetched or clickable', () => {
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const { reviewNote, hoverMarkdown } = require('../../server/src/engine') as typeof import('../../server/src/engine');
    const label = '![x](https://host/p.png) [d](docs/../../../../etc/passwd) <img src=https://host/y>';
    const review = reviewNote('HPI: Takes oxycodone nightly for back pain.', { customTargets: [{ label, phrases: ['oxycodone'] }] });
    const custom = review.findings.find((f) => f.kind === 'custom');
    assert.ok(custom, 'the custom target is found');
    const md = hoverMarkdown(custom, review);
    assert.ok(!md.includes('![x]('), md);
    assert.ok(!md.includes('[d]('), md);
    assert.ok(!/(^|[^\\])<img/.test(md), md);
    assert.ok(md.includes('!\\[x\\](https'), 'the label is still readable');
  });
});
