import * as assert from 'assert';
import { findingsOf, onlyFinding } from './helpers';

describe('listhesis', () => {
  it('reads grade, segment, mm and type', () => {
    const f = onlyFinding('Grade 1 isthmic anterolisthesis of L5 on S1 measuring 3 mm.', 'listhesis');
    assert.deepStrictEqual(f.attributes, { direction: 'anterior', grade: 1, mm: 3, type: 'isthmic', upper: 'L5', lower: 'S1' });
    assert.strictEqual(f.text, 'Grade 1 isthmic anterolisthesis of L5 on S1');
  });

  for (const [text, grade] of [['Grade I spondylolisthesis at L4-5.', 1], ['Grade one anterolisthesis L4/5.', 1], ['Grdae II spodylolisthesis L5/S1', 2], ['Meyerding grade 2 slip of L5 on S1.', 2]] as const) {
    it(`grade from ${JSON.stringify(text)}`, () => {
      assert.strictEqual((onlyFinding(text, 'listhesis').attributes as { grade?: number }).grade, grade);
    });
  }

  it('converts centimetres and keeps percent', () => {
    assert.strictEqual((onlyFinding('Anterolisthesis of L4 on L5 of 0.3 cm.', 'listhesis').attributes as { mm?: number }).mm, 3);
    assert.strictEqual((onlyFinding('L5-S1 spondylolisthesis with 15% slip.', 'listhesis').attributes as { percent?: number }).percent, 15);
  });

  it('calls "low-grade" low grade without inventing a number', () => {
    const a = onlyFinding('Low-grade degenerative anterolisthesis at L4-L5.', 'listhesis').attributes as Record<string, unknown>;
    assert.strictEqual(a.lowGrade, true);
    assert.strictEqual(a.grade, undefined);
    assert.strictEqual(a.type, 'degenerative');
  });

  it('retrolisthesis is posterior; levels canonical', () => {
    const f = onlyFinding('Mild retrolisthesis L2–3.', 'listhesis');
    assert.deepStrictEqual(f.attributes, { direction: 'posterior', upper: 'L2', lower: 'L3' });
  });

  it('one finding per level when a sentence lists several', () => {
    const found = findingsOf('Grade 1 anterolisthesis at L4-5 and L5-S1.', 'listhesis');
    assert.deepStrictEqual(found.map((f) => `${(f.attributes as { upper?: string }).upper}`), ['L4', 'L5']);
  });

  it('ignores a measurement that belongs to a disc', () => {
    const a = onlyFinding('Grade 1 anterolisthesis of L4 on L5 with a 4 mm disc bulge.', 'listhesis').attributes as { mm?: number };
    assert.strictEqual(a.mm, undefined);
  });

  it('cervical slips are not lumbar findings', () => {
    assert.deepStrictEqual(findingsOf('Grade 1 anterolisthesis of C4 on C5.', 'listhesis'), []);
  });
});

describe('pars defect', () => {
  it('level, side and chronicity', () => {
    const f = onlyFinding('Bilateral L5 pars defects with sclerotic margins, chronic.', 'parsDefect');
    assert.deepStrictEqual(f.attributes, { side: 'bilateral', chronicity: 'chronic', level: 'L5' });
  });

  it('stress reaction with marrow edema is acute', () => {
    assert.strictEqual((onlyFinding('Left L4 pars stress reaction with marrow edema.', 'parsDefect').attributes as { chronicity?: string }).chronicity, 'acute');
  });

  it('pars outside the spine, intact pars and laminectomy defects are not pars defects', () => {
    for (const text of ['Status post pars plana vitrectomy.', 'Retraction of the pars flaccida.', 'The pars interarticularis is intact bilaterally.', 'Postoperative laminectomy defect at L4-5; the pars interarticularis was preserved.']) {
      assert.deepStrictEqual(findingsOf(text, 'parsDefect'), [], text);
    }
  });
});

describe('stenosis', () => {
  it('two locations in one sentence are two findings, each with its own severity', () => {
    const found = findingsOf('At L4-5 there is moderate central canal stenosis with mild bilateral foraminal narrowing.', 'stenosis');
    assert.deepStrictEqual(found.map((f) => f.attributes), [
      { location: 'central', level: 'L4-L5', severity: 'moderate' },
      { location: 'foraminal', level: 'L4-L5', side: 'bilateral', severity: 'mild' },
    ]);
  });

  it('per-side severities split', () => {
    const found = findingsOf('L5-S1: severe right and mild left neural foraminal stenosis.', 'stenosis');
    assert.deepStrictEqual(found.map((f) => [f.attributes.side, f.attributes.severity]), [['right', 'severe'], ['left', 'mild']]);
  });

  it('terse report wording: "exit neural canal", "narrowing right neural foramen"', () => {
    assert.strictEqual(onlyFinding('L4-5 disc bulge narrowing right neural foramen.', 'stenosis').attributes.location, 'foraminal');
    assert.strictEqual(onlyFinding('Mild narrowing of both exit neural canals at L4/L5.', 'stenosis').attributes.side, 'bilateral');
  });

  it('disc-space narrowing, vessels and valves are not stenosis', () => {
    for (const text of ['Disc space narrowing at L5-S1.', 'Severe aortic stenosis.', 'Moderate carotid stenosis on the left.', 'Mild C5-6 foraminal stenosis.']) {
      assert.deepStrictEqual(findingsOf(text, 'stenosis'), [], text);
    }
  });

  it('ranges expand: "from L3-4 through L5-S1"', () => {
    const levels = findingsOf('Mild central stenosis from L3-4 through L5-S1.', 'stenosis').map((f) => f.attributes.level);
    assert.deepStrictEqual(levels, ['L3-L4', 'L4-L5', 'L5-S1']);
  });
});

describe('nerve root contact and spondylosis', () => {
  it('contact vs compression; the root only when the note names it', () => {
    const f = onlyFinding('L5-S1: foraminal stenosis with contact of the exiting left nerve root.', 'nerveRootContact');
    assert.deepStrictEqual(f.attributes, { degree: 'contact', level: 'L5-S1', side: 'left' });
    assert.strictEqual(onlyFinding('The left exiting L5 root is abutted.', 'nerveRootContact').attributes.root, 'L5');
    assert.strictEqual(onlyFinding('Compression of the right L5 nerve root.', 'nerveRootContact').attributes.degree, 'compression');
  });

  it('no nerve root compression is absent; thecal sac compression is not root contact', () => {
    assert.strictEqual(onlyFinding('No significant thecal sac or nerve root compression noted.', 'nerveRootContact').assertion, 'absent');
    assert.deepStrictEqual(findingsOf('Disc bulge compressing the thecal sac.', 'nerveRootContact'), []);
  });

  it('ConText judges the contact, not the root: what is said between them is said of the contact', () => {
    assert.strictEqual(onlyFinding('At L4-L5 the left L5 nerve root is not compressed.', 'nerveRootContact').assertion, 'absent');
    assert.strictEqual(onlyFinding('The right S1 nerve root and there was no compression.', 'nerveRootContact').assertion, 'absent');
    assert.strictEqual(onlyFinding('Soft tissue density posterior to the right S1 nerve root, which may cause some displacement.', 'nerveRootContact').assertion, 'possible');
    assert.strictEqual(onlyFinding('Disc protrusion contacting the left L5 nerve root.', 'nerveRootContact').assertion, 'present');
  });

  it('spondylosis by level and severity', () => {
    const found = findingsOf('Mild degenerative changes at L3-4 and L4-5.', 'spondylosis');
    assert.deepStrictEqual(found.map((f) => f.attributes), [{ level: 'L3-L4', severity: 'mild' }, { level: 'L4-L5', severity: 'mild' }]);
  });
});

describe('imaging lessons from independently annotated reports', () => {
  it('a level paragraph may qualify its level in parentheses', () => {
    const f = onlyFinding('L3-L4 (adjacent segment): moderate central canal stenosis.', 'stenosis');
    assert.strictEqual((f.attributes as { level?: string }).level, 'L3-L4');
  });

  it('a "non-compressive" narrowing is present, with the severity and side before it', () => {
    for (const [text, severity, side] of [
      ['L4-5: mild non-compressive left foraminal narrowing.', 'mild', 'left'],
      ['There is moderate noncompressive narrowing of the right lateral recess at L4-L5.', 'moderate', 'right'],
      ['L5-S1: severe non-displacing bilateral neural foraminal stenosis.', 'severe', 'bilateral'],
    ] as const) {
      const f = onlyFinding(text, 'stenosis');
      assert.deepStrictEqual([f.assertion, f.attributes.severity, f.attributes.side], ['present', severity, side], text);
    }
  });

  it('"and there is" starts a new clause, not a list of locations', () => {
    const f = onlyFinding('L3-4: the bulge flattens the ventral thecal sac and there is minimal right foraminal narrowing.', 'stenosis');
    assert.strictEqual(f.attributes.location, 'foraminal');
  });

  it('a disc compressing the exit canals or foramina narrows them; compression of nothing named is no stenosis', () => {
    for (const [text, side] of [
      ['Diffuse disc bulge at L2-L3, compressing the exiting neural canals.', undefined],
      ['Disc protrusion at L4/L5 compressing Lt exit canal.', 'left'],
      ['Disc bulge compressing both neural foramina at L4-5.', 'bilateral'],
    ] as const) {
      const f = onlyFinding(text, 'stenosis');
      assert.deepStrictEqual([f.assertion, f.attributes.location, f.attributes.side], ['present', 'foraminal', side], text);
    }
    assert.strictEqual(onlyFinding('No disc bulge compressing the exit canals at L5-S1.', 'stenosis').assertion, 'absent');
    assert.deepStrictEqual(findingsOf('Disc bulge compressing the exiting L5 nerve root.', 'stenosis'), []);
  });

  it('a label or a run of levels naming several levels gives the finding each of them', () => {
    const levels = (text: string) => findingsOf(text, 'stenosis').map((f) => `${f.attributes.location} ${(f.attributes as { level?: string }).level}`);
    assert.deepStrictEqual(levels('MRI LUMBAR SPINE\nL3-L4, L4-L5 AND L5-S1: Diffuse disc bulges compressing the thecal sac.'), ['central L3-L4', 'central L4-L5', 'central L5-S1']);
    assert.deepStrictEqual(levels('L3-L4 & L5-S1:diffuse disc bulges noted, compressing the thecal sac.'), ['central L3-L4', 'central L5-S1']);
    assert.deepStrictEqual(levels('Diffuse bulges at L2/L3, L3/L4&L4/5 levels, all leading to secondary spinal canal stenosis.'), ['central L2-L3', 'central L3-L4', 'central L4-L5']);
    // One level after another, not a list: the nearest one.
    assert.deepStrictEqual(levels('Fusion at L3-L4. Disc bulge at L4-L5 with mild foraminal narrowing.'), ['foraminal L4-L5']);
  });

  it('a modifier may stand between the severity and the stenosis', () => {
    assert.strictEqual((onlyFinding('L4-L5: Mild residual left foraminal narrowing.', 'stenosis').attributes as { severity?: string }).severity, 'mild');
  });

  it('a named root takes the one level of its sentence', () => {
    const roots = findingsOf('Moderate right lateral recess stenosis at L3-L4, with contact of the traversing right L4 nerve root.', 'nerveRootContact');
    assert.deepStrictEqual(roots.map((r) => (r.attributes as { level?: string }).level), ['L3-L4']);
  });

  it('"progressive" slip has progressed', () => {
    const f = onlyFinding('Progressive grade 1 anterolisthesis of L4 on L5, now 6 mm.', 'listhesis');
    assert.strictEqual((f.attributes as { change?: string }).change, 'progressed');
  });

  it('a pars stress reaction listed after spondylolysis is its own finding', () => {
    const pars = findingsOf('No evidence of spondylolysis, pars stress reaction, or spondylolisthesis.', 'parsDefect');
    assert.deepStrictEqual(pars.map((p) => [p.text, p.assertion]), [['spondylolysis', 'absent'], ['pars stress reaction', 'absent']]);
  });

  it('the dorsal spine ("D12") is not lumbar', () => {
    const text = 'MRI LUMBAR SPINE\nFINDINGS: Compression fracture of the D12 body with compression of thecal sac.';
    assert.deepStrictEqual(findingsOf(text, 'stenosis'), []);
  });

  it('sides joined by "and" share one window: "minimal right and moderate left neural foraminal narrowing"', () => {
    const f = findingsOf('At L3-4 there is mild central canal stenosis, with minimal right and moderate left neural foraminal narrowing.', 'stenosis');
    const foraminal = f.filter((x) => (x.attributes as { location?: string }).location === 'foraminal').map((x) => [(x.attributes as { side?: string }).side, (x.attributes as { severity?: string }).severity]);
    assert.deepStrictEqual(foraminal, [['right', 'mild'], ['left', 'moderate']]);
  });

  it('a measured "slip" counts without a level; pars levels listed with "or" each count', () => {
    assert.strictEqual((onlyFinding('LUMBAR SPINE RADIOGRAPHS\nOn flexion the slip measures 30%.', 'listhesis').attributes as { percent?: number }).percent, 30);
    const pars = findingsOf('No pars defect at L4 or L5.', 'parsDefect');
    assert.deepStrictEqual(pars.map((p) => [(p.attributes as { level?: string }).level, p.assertion]), [['L4', 'absent'], ['L5', 'absent']]);
  });
});
