import * as assert from 'assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { reviewNote } from '../../server/src/engine/review/reviewNote';
import { adaptiveDelay } from '../../server/src/lsp/analysis';
import { insertAtEnd } from '../../server/src/lsp/codeActions';
import { cachedReview } from '../../server/src/lsp/documentCache';
import { matchesGlob } from '../../server/src/workspace/glob';
import { flatten } from '../../server/src/lsp/semanticTokens';

/** Small pieces of the LSP layer, without a server process. */
describe('LSP layer units', () => {
  it('glob matching for clinicalReview.files and fileRules', () => {
    assert.ok(matchesGlob('notes/a.txt', 'notes/*.txt'));
    assert.ok(!matchesGlob('notes/sub/a.txt', 'notes/*.txt'));
    assert.ok(matchesGlob('notes/sub/a.txt', 'notes/**/*.txt'));
    assert.ok(matchesGlob('a.txt', '**/*.txt'));
    assert.ok(matchesGlob('deep/er/a.txt', '*.txt'), 'a bare pattern matches the file name anywhere');
    assert.ok(matchesGlob('x/clinic 1/a.note', 'x/clinic 1/a.note'));
    assert.ok(matchesGlob('a.rad', '*.{note,rad}'));
    assert.ok(!matchesGlob('a.md', '*.{note,rad}'));
  });

  it('a note whose lines end in a lone \\r (old Mac files) is read line by line, its ranges where the editor puts them', () => {
    const lines = ['LUMBAR MRI', 'FINDINGS:', 'L4-L5: Grade 1 anterolisthesis of L4 on L5 measuring 4 mm.', 'IMPRESSION:', 'No high-grade canal stenosis.'];
    const cr = reviewNote(lines.join('\r'));
    const lf = reviewNote(lines.join('\n'));
    const doc = TextDocument.create('untitled:x', 'clinical-note', 1, lines.join('\r'));
    assert.ok(cr.findings.length >= 2);
    assert.deepStrictEqual(cr.findings.map((f) => [f.kind, f.assertion, f.range]), lf.findings.map((f) => [f.kind, f.assertion, f.range]));
    const slip = cr.findings.find((f) => f.kind === 'listhesis')!;
    assert.strictEqual(slip.range.start.line, 2);
    for (const f of cr.findings) assert.strictEqual(doc.getText(f.range), f.text);
  });

  it('inserting at the end keeps the note\'s CRLF line endings and adds one blank line', () => {
    const doc = TextDocument.create('untitled:x', 'clinical-note', 1, 'PLAN:\r\nFollow up.\r\n');
    const edit = insertAtEnd(doc, 'Line one\nLine two');
    assert.strictEqual(edit.newText, '\r\nLine one\r\nLine two\r\n');
    assert.deepStrictEqual(edit.range.start, { line: 2, character: 0 });
    const noNewline = TextDocument.create('untitled:y', 'clinical-note', 1, 'PLAN: Follow up.');
    assert.strictEqual(insertAtEnd(noNewline, 'Q').newText, '\n\nQ\n');
  });

  it('semantic token segments never overlap; the innermost finding wins', () => {
    const text = 'IMPRESSION: Moderate left and mild right L5-S1 foraminal stenosis. No spondylolisthesis.';
    const review = reviewNote(text);
    const segs = flatten(cachedReview('untitled:t', 1, { review: {}, key: '{}' }, text, review, 0));
    assert.ok(segs.length > 0);
    for (let i = 1; i < segs.length; i++) assert.ok(segs[i].start >= segs[i - 1].end);
  });

  it('debounce grows with the note', () => {
    assert.strictEqual(adaptiveDelay(5_000), 3);
    assert.strictEqual(adaptiveDelay(500_000), 25);
    assert.ok(adaptiveDelay(200_000) > adaptiveDelay(50_000));
  });
});
