import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { readAnn, writeAnn } from '../../server/src/annotations/brat';
import { readBioc, writeBioc } from '../../server/src/annotations/bioc';
import { cohenKappa } from '../../server/src/annotations/kappa';
import { OffsetMap } from '../../server/src/annotations/offsets';
import { SpanAnnotation } from '../../server/src/annotations/spans';
import { parseXml, XmlError } from '../../server/src/annotations/xmlReader';

const TEXT = 'Café 😀 L5\r\nanterolisthesis — grade 1; 🦴 naïve\r\nend';

describe('annotations: offsets, brat, BioC, kappa', () => {
  it('converts UTF-16 offsets to code points and UTF-8 bytes and back, at every boundary', () => {
    const text = TEXT + '\ud800x'; // and a lone surrogate
    const cp = OffsetMap.codePoints(text);
    const bytes = OffsetMap.utf8(text);
    for (let o = 0; o <= text.length; o++) {
      const insidePair = o > 0 && /[\ud800-\udbff]/.test(text[o - 1]) && /[\udc00-\udfff]/.test(text[o] ?? '');
      if (insidePair) {
        assert.strictEqual(cp.toUtf16(cp.fromUtf16(o) + 0.5), undefined);
        continue;
      }
      assert.strictEqual(cp.fromUtf16(o), Array.from(text.slice(0, o)).length, `code points at ${o}`);
      assert.strictEqual(bytes.fromUtf16(o), Buffer.byteLength(text.slice(0, o), 'utf8'), `bytes at ${o}`);
      assert.strictEqual(cp.toUtf16(cp.fromUtf16(o)), o);
      assert.strictEqual(bytes.toUtf16(bytes.fromUtf16(o)), o);
    }
    const emoji = TEXT.indexOf('😀');
    assert.strictEqual(bytes.toUtf16(Buffer.byteLength(TEXT.slice(0, emoji)) + 2), undefined, 'inside a 4-byte character');
    assert.strictEqual(cp.toUtf16(cp.total + 1), undefined);
  });

  const spans: SpanAnnotation[] = [
    { kind: 'listhesis', start: TEXT.indexOf('L5'), end: TEXT.indexOf(' —'), assertion: 'present', attributes: { grade: 1, lowGrade: true, upper: 'L5' }, comment: 'crosses\na line' },
    { kind: 'riskFactor', start: TEXT.indexOf('🦴'), end: TEXT.indexOf(' naïve'), assertion: 'family', attributes: { type: 'depression', treated: true, treatment: 'psychiatric care 100%' } },
    { kind: 'custom', start: 0, end: 4, assertion: 'possible', attributes: { label: 'my target' } },
  ];

  it('brat: a span across CRLF is written as fragments; export -> import is the identity', () => {
    const ann = writeAnn(TEXT, spans);
    assert.match(ann, /^T1\tcustom 0 4\tCafé$/m);
    assert.match(ann, /^T2\tlisthesis 7 9;11 26\tL5 anterolisthesis$/m, 'code points; no line break inside a fragment');
    assert.match(ann, /^A\d+\tlowGrade T2$/m, 'binary attribute');
    assert.match(ann, /^A\d+\ttreatment T3 psychiatric%20care%20100%25$/m);
    assert.match(ann, /^#1\tAnnotatorNotes T2\tcrosses a line$/m);
    const back = readAnn(ann, TEXT);
    assert.deepStrictEqual(back.problems, []);
    const expected = [spans[2], { ...spans[0], comment: 'crosses a line' }, spans[1]];
    assert.deepStrictEqual(back.spans, expected);
    // CRLF .ann files (Windows editors) read the same.
    assert.deepStrictEqual(readAnn(ann.replace(/\n/g, '\r\n'), TEXT).spans, expected);
  });

  it('BioC: byte offsets, XML-unsafe characters kept at their length, read back to the same spans', () => {
    const text = TEXT + '\f<&>"\u0001';
    const xml = writeBioc([{ id: 'a&b.note', text, spans }], '20261202');
    assert.match(xml, /<location offset="11" length="19"\/>/, 'L5 after "Café " (6 bytes), 😀 (4) and a space; "L5\\r\\nanterolisthesis" is 19 bytes');
    assert.doesNotMatch(xml, /[\f\u0001]/);
    const back = readBioc(xml);
    assert.deepStrictEqual(back.problems, []);
    assert.strictEqual(back.documents[0].id, 'a&b.note');
    assert.strictEqual(back.documents[0].text, TEXT + ' <&>" ', 'control characters read back as spaces, the rest as written');
    assert.deepStrictEqual(back.documents[0].spans, spans.slice().sort((a, b) => a.start - b.start));
  });

  it('the XML reader refuses what is not well-formed and expands no declared entity', () => {
    assert.throws(() => parseXml('<a><b></a>'), XmlError);
    assert.throws(() => parseXml('<a>&bomb;</a>'), /unknown entity/);
    assert.throws(() => parseXml('<a x=1/>'), /quoted/);
    const doc = parseXml('<?xml version="1.0"?><!DOCTYPE a [<!ENTITY bomb "x">]><a k="1&#9;2">x&#13;\r\ny<![CDATA[<z>]]></a>');
    assert.deepStrictEqual(doc, { name: 'a', attributes: { k: '1\t2' }, children: ['x\r\ny', '<z>'] });
    assert.match(readBioc('<collection><document>').problems[0], /not well-formed XML: line 1: <document> is not closed/);
  });

  it("Cohen's kappa: the textbook 2x2 case, and undefined when one label runs throughout", () => {
    // 50 items: yes/yes 20, yes/no 5, no/yes 10, no/no 15. po = 35/50 = 0.7; A says yes 25/50, B 30/50;
    // pe = 0.5*0.6 + 0.5*0.4 = 0.5; kappa = (0.7 - 0.5) / (1 - 0.5) = 0.4.
    const items: Array<[string, string]> = [
      ...Array<[string, string]>(20).fill(['yes', 'yes']),
      ...Array<[string, string]>(5).fill(['yes', 'no']),
      ...Array<[string, string]>(10).fill(['no', 'yes']),
      ...Array<[string, string]>(15).fill(['no', 'no']),
    ];
    const k = cohenKappa(items);
    assert.strictEqual(k.n, 50);
    assert.ok(Math.abs((k.kappa as number) - 0.4) < 1e-12);
    assert.strictEqual(cohenKappa([['a', 'a'], ['a', 'a']]).kappa, null);
    assert.strictEqual(cohenKappa([]).kappa, null);
  });

  it('the annotation modules import no vscode or LSP module', () => {
    const dir = path.join(__dirname, '..', '..', '..', 'server', 'src', 'annotations');
    for (const f of fs.readdirSync(dir).filter((n) => n.endsWith('.ts'))) {
      const src = fs.readFileSync(path.join(dir, f), 'utf8');
      assert.doesNotMatch(src, /from '(vscode[^']*|\.\.\/lsp[^']*|\.\.\/cli[^']*)'/, f);
    }
  });
});
