import * as assert from 'assert';
import { editBetween, makeAnchor, reanchor, SEARCH_WINDOW } from '../../server/src/annotations/anchor';
import { reanchorAll } from '../../server/src/annotations/edits';
import { emptySidecar } from '../../server/src/annotations/model';

/** Re-anchoring after edits above, inside and below an annotation (pure; the LSP test does it through the server). */
describe('annotations: anchors', () => {
  const note = 'HPI: Low back pain for 6 weeks.\nIMAGING: Grade 1 anterolisthesis of L5 on S1 measuring 4 mm.\nPLAN: physical therapy.\n';
  const start = note.indexOf('anterolisthesis');
  const end = start + 'anterolisthesis'.length;
  const anchor = makeAnchor(note, start, end);

  it('stores no note text: only offsets, hashes and a number', () => {
    const json = JSON.stringify(anchor);
    for (const word of ['anterolisthesis', 'Grade', 'IMAGING', 'L5']) assert.ok(!json.includes(word), `${word} in ${json}`);
    assert.deepStrictEqual(Object.keys(anchor).sort(), ['contextHash', 'end', 'fingerprint', 'length', 'spanHash', 'start']);
  });

  it('an edit below leaves it where it was', () => {
    const changed = note.replace('physical therapy', 'home exercise and physical therapy');
    assert.deepStrictEqual(reanchor(changed, anchor), anchor);
  });

  it('an edit above moves it, found by the search (no edit known) and by the shifted offset (edit known)', () => {
    const changed = note.replace('HPI:', 'CHIEF COMPLAINT: back pain.\nHPI:');
    const shift = changed.length - note.length;
    const searched = reanchor(changed, anchor);
    assert.strictEqual(searched?.start, start + shift);
    assert.strictEqual(changed.slice(searched!.start, searched!.end), 'anterolisthesis');
    const s = emptySidecar('n.note');
    s.annotations.push({ id: '1', reviewer: 'r', time: '2026-01-01T00:00:00.000Z', verdict: 'agree', kind: 'listhesis', anchor });
    assert.strictEqual(reanchorAll(s, changed, editBetween(note, changed)), true);
    assert.strictEqual(s.annotations[0].anchor.start, start + shift);
    assert.ok(!s.annotations[0].orphaned);
  });

  it('an edit right beside the span (its context) still finds it when the edit is known', () => {
    const changed = note.replace('Grade 1 ', 'Grade 1 isthmic ');
    const hint = start + 'isthmic '.length;
    const found = reanchor(changed, anchor, hint);
    assert.strictEqual(found?.start, hint);
  });

  it('an edit inside the span orphans it (kept, marked), and undoing the edit brings it back', () => {
    const changed = note.replace('anterolisthesis', 'retrolisthesis');
    assert.strictEqual(reanchor(changed, anchor), undefined);
    const s = emptySidecar('n.note');
    s.annotations.push({ id: '1', reviewer: 'r', time: '2026-01-01T00:00:00.000Z', verdict: 'agree', kind: 'listhesis', anchor });
    reanchorAll(s, changed, editBetween(note, changed));
    assert.strictEqual(s.annotations.length, 1);
    assert.strictEqual(s.annotations[0].orphaned, true);
    reanchorAll(s, note, editBetween(changed, note));
    assert.ok(!s.annotations[0].orphaned);
    assert.strictEqual(s.annotations[0].anchor.start, start);
  });

  it('of several copies of the span, the one whose context matches wins; far away (beyond the window) is not searched', () => {
    const short = makeAnchor(note, note.indexOf('L5'), note.indexOf('L5') + 2);
    const changed = `L5 L5 L5\n${note}`;
    assert.strictEqual(reanchor(changed, short)?.start, note.indexOf('L5') + 9);
    const far = `${'x'.repeat(SEARCH_WINDOW + 100)}${note}`;
    assert.strictEqual(reanchor(far, anchor), undefined);
  });

  it('anchors without a fingerprint (made by another tool) are searched too', () => {
    const { fingerprint: _f, ...plain } = anchor;
    const changed = `New line.\n${note}`;
    assert.strictEqual(reanchor(changed, plain)?.start, start + 10);
  });

  it('editBetween finds the one edit', () => {
    assert.deepStrictEqual(editBetween('abcdef', 'abXXef'), { start: 2, oldEnd: 4, newEnd: 4 });
    assert.deepStrictEqual(editBetween('aaa', 'aaaa'), { start: 3, oldEnd: 3, newEnd: 4 });
    assert.strictEqual(editBetween('same', 'same'), undefined);
  });
});
