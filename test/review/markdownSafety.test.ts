import * as assert from 'assert';
import * as path from 'path';
import { plain } from '../../server/src/engine/review/markdown';
import { DocLinks } from '../../server/src/lsp/docs';

/** Strings from a note or a workspace never become live markdown; only our own rule pages become links. */
describe('markdown safety', () => {
  const REPO = path.join(__dirname, '..', '..', '..');

  it('plain() leaves no image, link, HTML or emphasis syntax live', () => {
    for (const hostile of ['![x](https://host/p.png)', '[d](docs/../../../../etc/passwd)', '<img src="https://host/x">', '**bold** _em_ `code`', 'a\n# heading', '[x]: https://host/ref']) {
      const out = plain(hostile);
      assert.doesNotMatch(out, /(^|[^\\])[!\[\]()<>`*_#]/, `${hostile} -> ${out}`);
      assert.ok(!out.includes('\n'));
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
