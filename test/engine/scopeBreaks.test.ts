import * as assert from 'assert';
import { clausesOf, SCOPE_BREAKS, scopeBrokenBy, statementBrokenBy } from '../../server/src/engine/context/scope';

/** Where a scope, a clause and a statement end: one table of breaks (context/scope.ts). */
describe('scope breaks: one definition of where a scope, a clause and a statement end', () => {
  const clauses = (text: string) => clausesOf(text).map((c) => text.slice(c.index, c.end).trim());
  const gapBroken = (text: string, from: string, to: string) => scopeBrokenBy(text, text.indexOf(from) + from.length, text.indexOf(to));

  it('every break ends something, and ids are unique', () => {
    assert.strictEqual(new Set(SCOPE_BREAKS.map((b) => b.id)).size, SCOPE_BREAKS.length);
    for (const b of SCOPE_BREAKS) assert.ok(b.ends.length > 0, b.id);
  });

  it('a new statement ends a scope, a clause and a sentence-wide scope', () => {
    const text = 'complications: none  diagnoses: 1) cellulitis';
    assert.ok(gapBroken(text, 'none', 'cellulitis'));
    assert.ok(statementBrokenBy(text, text.indexOf('none'), text.indexOf('cellulitis')));
    assert.deepStrictEqual(clauses('pt x 6 weeks  plan: pt 2x/week'), ['pt x 6 weeks', 'pt 2x/week']);
  });

  it("a comma before the clinician's plan ends a negation's scope, not a condition's", () => {
    const text = 'if pt does not help, we will try an esi';
    const from = text.indexOf('not') + 3;
    assert.ok(scopeBrokenBy(text, from, text.indexOf('esi'), 'absent'));
    assert.ok(!scopeBrokenBy(text, from, text.indexOf('esi'), 'hypothetical'));
  });

  it('a colon after an uncertain finding ends its uncertainty, not a list of possibilities', () => {
    const text = 'concern for ces: new b/l le weakness and urinary retention';
    assert.ok(scopeBrokenBy(text, text.indexOf('for') + 3, text.indexOf('urinary'), 'possible'));
    assert.ok(!scopeBrokenBy(text, text.indexOf('for') + 3, text.indexOf('urinary'), 'absent'));
    const list = 'differential includes: cauda equina syndrome';
    assert.ok(!scopeBrokenBy(list, list.indexOf('differential') + 12, list.indexOf('cauda'), 'possible'));
  });

  it('a semicolon ends a scope and a clause, not a sentence-wide scope; inside parentheses not a clause', () => {
    const text = 'no fever; cough';
    assert.ok(gapBroken(text, 'no', 'cough'));
    assert.ok(!statementBrokenBy('2 ppd smoker since his teens; quit 2 years ago', 0, 40));
    assert.deepStrictEqual(clauses('two courses (fall, 8 weeks; spring, 6 weeks) of pt'), ['two courses (fall, 8 weeks; spring, 6 weeks) of pt']);
    assert.deepStrictEqual(clauses('pt for 6 weeks; ibuprofen prn'), ['pt for 6 weeks', 'ibuprofen prn']);
  });

  it('a comma before a severity ends a scope, not a clause; a conjunction or a new subject ends a clause, not a scope', () => {
    assert.ok(gapBroken('no fracture, mild narrowing', 'no', 'narrowing'));
    assert.deepStrictEqual(clauses('pt for 6 weeks, with good relief'), ['pt for 6 weeks, with good relief']);
    assert.deepStrictEqual(clauses('pt helped, but she stopped'), ['pt helped,', 'she stopped']);
    assert.ok(!gapBroken('no fever but cough', 'no', 'cough'), 'the terminator rule "but" ends it, not the break table');
    assert.deepStrictEqual(clauses('pt for 6 weeks and she takes ibuprofen'), ['pt for 6 weeks', 'she takes ibuprofen']);
  });

  it('a full stop inside a sentence ends a clause, not a scope ("referred to Dr. Smith for fusion")', () => {
    assert.ok(!gapBroken('referred to dr. smith for fusion', 'referred to', 'fusion'));
    assert.deepStrictEqual(clauses('pt. ibuprofen'), ['pt', 'ibuprofen']);
  });
});
