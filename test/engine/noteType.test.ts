import * as assert from 'assert';
import { analyzeNote } from '../../server/src/engine/analyzeNote';
import { titleType } from '../../server/src/engine/normalize/noteType';

/** The note type, decided once from the title, the headings and the sections (normalize/noteType.ts). */
const typeOf = (text: string) => analyzeNote(text).case.noteType;

describe('note type', () => {
  it('reads the type the title names', () => {
    assert.strictEqual(typeOf('MRI LUMBAR SPINE WITHOUT CONTRAST\n\nFINDINGS: Grade 1 anterolisthesis of L5 on S1.\n'), 'imaging');
    assert.strictEqual(typeOf('EXAM: CT lumbar spine without contrast.\nHISTORY: Fall.\nFINDINGS: No fracture.\n'), 'imaging');
    assert.strictEqual(typeOf('EMERGENCY DEPARTMENT NOTE\n\nCHIEF COMPLAINT: Back pain.\nPLAN: Admit.\n'), 'emergency');
    assert.strictEqual(typeOf('Urgent care visit\nBack pain for 2 days.\n'), 'emergency');
    assert.strictEqual(typeOf('PHYSICAL THERAPY PROGRESS NOTE\n\nSUBJECTIVE: Better.\nPLAN: Continue PT.\n'), 'physicalTherapy');
    assert.strictEqual(typeOf('NEUROSURGERY PREOPERATIVE PLANNING NOTE\n\nPLAN: L4-5 TLIF.\n'), 'operative');
    assert.strictEqual(typeOf('OPERATIVE REPORT\n\nPROCEDURE: L5-S1 TLIF.\n'), 'operative');
    assert.strictEqual(typeOf('Spine Surgery New Patient Visit\nHPI: Back pain.\nPLAN: PT.\n'), 'clinic');
  });

  it('resolves a title naming several types: the more specific one, and a post-operative visit is a visit', () => {
    assert.strictEqual(titleType('physical therapy progress note'), 'physicalTherapy');
    assert.strictEqual(titleType('emergency department provider note'), 'emergency');
    assert.strictEqual(titleType('spine surgery - postoperative check'), 'clinic');
    assert.strictEqual(titleType('post-operative note'), 'clinic');
    assert.strictEqual(titleType('orthopaedic spine surgery consultation'), 'clinic');
    assert.strictEqual(titleType('physical medicine & rehabilitation - follow-up'), 'clinic');
    assert.strictEqual(titleType('date of service: 06/24/2026'), undefined);
  });

  it('a title naming an imaging exam does not make a clinic note an imaging report', () => {
    const note = 'MRI review\n\nHISTORY OF PRESENT ILLNESS: Back pain for 3 months.\nASSESSMENT: Grade 1 spondylolisthesis.\nPLAN: Physical therapy.\n';
    assert.strictEqual(typeOf(note), 'clinic');
  });

  it('without a telling title: a letter, an operative report, an ED course, a radiology or a clinic layout', () => {
    assert.strictEqual(typeOf('Northfield Spine\n1 Harbor Road\n\nDear Dr. Lee,\n\nThank you for referring this patient.\n\nSincerely,\nA. Doe, MD\n'), 'letter');
    assert.strictEqual(typeOf('PREOPERATIVE DIAGNOSES: Spondylolisthesis.\nPOSTOPERATIVE DIAGNOSES: Same.\nESTIMATED BLOOD LOSS: 200 mL.\n'), 'operative');
    assert.strictEqual(typeOf('HISTORY OF PRESENT ILLNESS: Back pain.\nED COURSE: Given ketorolac.\nPLAN: Discharge.\n'), 'emergency');
    assert.strictEqual(typeOf('TECHNIQUE: Sagittal and axial images.\nFINDINGS: Mild L4-5 disc bulge.\nIMPRESSION: Mild degenerative change.\n'), 'imaging');
    assert.strictEqual(typeOf('HISTORY OF PRESENT ILLNESS: Back pain for 3 months.\nASSESSMENT: Lumbar strain.\nPLAN: Physical therapy.\n'), 'clinic');
  });

  it('a heading line is the note, not its title', () => {
    // "...presented to the emergency room" is the history, not an ED note's title.
    const note = 'HISTORY OF PRESENT ILLNESS: She presented to the emergency room with back pain.\nASSESSMENT: Strain.\nPLAN: Rest.\n';
    assert.strictEqual(typeOf(note), 'clinic');
  });

  it('unknown when nothing says what the note is, or for an inpatient stay', () => {
    assert.strictEqual(typeOf('Grade 1 anterolisthesis of L5 on S1.'), 'unknown');
    assert.strictEqual(typeOf(''), 'unknown');
    assert.strictEqual(typeOf('HISTORY OF PRESENT ILLNESS: Back pain.\nHOSPITAL COURSE: Improved.\nPLAN: Home.\n'), 'unknown');
  });
});
