import * as assert from 'assert';
import { analyzeNote, reviewNote } from '../../server/src/engine';

/**
 * The operation referred to without its name books the option the note discussed before it
 * (mentions/planReferents.ts): "We discussed L4-5 TLIF. ... Surgery has been booked for October 15."
 */
const HEAD = 'SPINE CLINIC FOLLOW-UP\nDate of service: 09/10/2026\n\nHPI: Low back and left leg pain for 5 weeks. Ibuprofen for 4 weeks.\nIMAGING: MRI shows grade 1 anterolisthesis of L4 on L5 with moderate stenosis.\n';
const plans = (text: string) => analyzeNote(HEAD + text).findings.filter((f) => f.kind === 'surgicalPlan').map((f) => [f.text, f.assertion, (f.attributes as { status?: string }).status]);
const codes = (text: string) => reviewNote(HEAD + text).diagnostics.map((d) => d.code);

describe('a booking told of "surgery" books the option the note discussed', () => {
  it('discussed, then booked: scheduled and present, and a fusion before 3 months of care is warned about', () => {
    const text = 'PLAN:\nWe discussed L4-5 TLIF at length. She would like to proceed. Surgery has been booked for October 15.';
    assert.deepStrictEqual(plans(text), [['L4-5 TLIF', 'present', 'scheduled']]);
    assert.ok(codes(text).includes('conservative-first'), String(codes(text)));
  });

  it('"surgery" itself is never a finding: with nothing named, a booking says nothing', () => {
    assert.deepStrictEqual(plans('PLAN:\nSurgery is scheduled for 10/15/2026.'), []);
    assert.deepStrictEqual(plans('PAST SURGICAL HISTORY: No prior surgery.'), []);
    assert.deepStrictEqual(plans('PLAN:\nWe discussed L4-5 TLIF. Her knee surgery is scheduled for October 15.'), [['L4-5 TLIF', 'hypothetical', 'considered']]);
  });

  it('alternatives named together, or a plan recommended already, are not re-read by a later booking', () => {
    assert.deepStrictEqual(plans('PLAN:\nWe discussed L4-5 decompression alone versus L4-5 TLIF. Surgery has been booked for October 15.').map(([, , s]) => s), ['considered', 'considered']);
    assert.deepStrictEqual(plans('PLAN:\nI recommend L4-5 TLIF. Surgery will be scheduled after medical clearance.'), [['L4-5 TLIF', 'present', 'recommended']]);
  });
});
