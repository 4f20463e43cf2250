import * as assert from 'assert';
import { adjudicate, adjudicateSidecar, goldOf, writeGold } from '../../server/src/annotations/adjudication';
import { makeAnchor } from '../../server/src/annotations/anchor';
import { judgementSpans } from '../../server/src/annotations/judgements';
import { Annotation, emptySidecar } from '../../server/src/annotations/model';
import { goldSpans, SpanAnnotation } from '../../server/src/annotations/spans';

const span = (kind: string, start: number, end: number, attributes: SpanAnnotation['attributes'] = {}, assertion: SpanAnnotation['assertion'] = 'present'): SpanAnnotation => ({ kind, start, end, assertion, attributes });

// 100 characters of text, so anchors can be made anywhere below 100.
const TEXT = 'x'.repeat(10) + 'Grade 1 anterolisthesis' + 'y'.repeat(67);

/** Two reviewers, worked out by hand: one agreed span, a mismatch (span and severity), one span of A only, one of B only. */
const A = [span('listhesis', 10, 33, { grade: 1 }), span('stenosis', 40, 50, { severity: 'mild' }), span('parsDefect', 60, 70, {}, 'absent')];
const B = [span('stenosis', 42, 50, { severity: 'moderate' }), span('listhesis', 10, 33, { grade: 1 }), span('nerveRootContact', 80, 90)];

describe('annotations: adjudication', () => {
  it('pairs the two reviewers: agreed spans apart, the disagreements in note order with what differs', () => {
    const r = adjudicate(A, B);
    assert.deepStrictEqual(r.agreed, [A[0]]);
    assert.deepStrictEqual(
      r.disagreements.map((d) => [d.type, d.kind, d.a?.start, d.b?.start, d.differences]),
      [
        ['mismatch', 'stenosis', 40, 42, ['span', 'severity']],
        ['onlyA', 'parsDefect', 60, undefined, []],
        ['onlyB', 'nerveRootContact', undefined, 80, []],
      ],
    );
    assert.strictEqual(adjudicate(A, B).key, r.key, 'the same questions have the same key');
    assert.notStrictEqual(adjudicate(A, B.slice(0, 2)).key, r.key);
    assert.deepStrictEqual(adjudicate(A, A).disagreements, [], 'a reviewer agrees with themself');
    // Same offsets, another assertion: a mismatch on the assertion alone.
    assert.deepStrictEqual(adjudicate([A[2]], [{ ...A[2], assertion: 'present' }]).disagreements[0].differences, ['assertion']);
  });

  it('builds the gold from the decisions: take A, take B, leave out, an edited span', () => {
    const r = adjudicate(A, B);
    const edited = span('nerveRootContact', 80, 92, { side: 'left' });
    assert.deepStrictEqual(goldOf(r, [{ take: 'b' }, { take: 'none' }, { take: 'edit', span: edited }]), [A[0], B[0], edited]);
    assert.deepStrictEqual(goldOf(r, [{ take: 'a' }, { take: 'a' }, { take: 'a' }]), [A[0], A[1], A[2]], 'A of an only-B span: nothing');
    assert.deepStrictEqual(goldOf(r, [{ take: 'b' }, { take: 'b' }, { take: 'b' }]), [A[0], B[0], B[2]]);
    assert.match(goldOf(r, [{ take: 'a' }]) as string, /3 disagreements, but 1 decisions/);
    assert.match(goldOf(r, [{ take: 'a' }, { take: 'a' }, { take: 'edit', span: span('', 5, 5) }]) as string, /decision 3/);
  });

  it('writes the gold copy as reviewer "gold" in the sidecar, replacing an earlier one; the CLI\'s gold reader gets the spans back', () => {
    const s = emptySidecar('a.note');
    const mine = (reviewer: string, x: SpanAnnotation, i: number): Annotation => ({ id: `${reviewer}${i}`, reviewer, time: '2026-01-01T00:00:00.000Z', verdict: 'add', kind: x.kind, assertion: x.assertion, attributes: x.attributes, anchor: makeAnchor(TEXT, x.start, x.end) });
    s.annotations.push(...A.map((x, i) => mine('alice', x, i)), ...B.map((x, i) => mine('bob', x, i)));
    s.annotations.push({ ...mine('gold', A[2], 9), id: 'old-gold' });
    const r = adjudicateSidecar(s, 'alice', 'bob');
    assert.strictEqual(r.disagreements.length, 3);
    const gold = goldOf(r, [{ take: 'b' }, { take: 'none' }, { take: 'a' }]) as SpanAnnotation[];
    const replaced = writeGold(s, TEXT, gold, '2026-02-01T00:00:00.000Z', (x) => x.kind === 'listhesis');
    assert.deepStrictEqual(replaced.map((x) => x.id), ['old-gold']);
    assert.ok(s.removed?.['old-gold'], 'the old gold copy leaves a tombstone');
    assert.strictEqual(s.reviewed.gold, '2026-02-01T00:00:00.000Z', 'marked reviewed by gold, so an empty gold still counts');
    const written = s.annotations.filter((x) => x.reviewer === 'gold');
    assert.deepStrictEqual(written.map((x) => [x.verdict, x.kind]), [['agree', 'listhesis'], ['add', 'stenosis']], 'agree where the analyzer found it as it is');
    assert.deepStrictEqual(goldSpans(s, 'gold'), gold);
    assert.deepStrictEqual(judgementSpans(s, TEXT, 'gold'), gold, 'and the export reads the same');
  });
});
