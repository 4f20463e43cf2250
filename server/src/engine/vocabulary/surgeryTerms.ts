import { FusionTechnique } from '../types';

/**
 * Spine-surgery vocabulary (guideline ref 1, 6). Lower case; a space also matches a hyphen or
 * several spaces. A clinician can extend any list.
 */

export type SurgeryPart = 'fusion' | 'decompression' | 'instrumentation' | 'generic';

export interface SurgeryTerm {
  part: SurgeryPart;
  technique?: FusionTechnique;
  /** Needs a spinal word or a lumbar level near it ("decompression": also bowel, nerve, chest). */
  needsSpineContext?: boolean;
}

export const SURGERY_TERMS: ReadonlyArray<readonly [SurgeryTerm, readonly string[]]> = [
  [{ part: 'fusion', technique: 'TLIF' }, [
    'tlif', 'tlifs', 'mis tlif', 'transforaminal lumbar interbody fusion', 'transforaminal lumbar interbody fusions',
    'transforaminal interbody fusion', 'transforaminal lumbar interbody arthrodesis', 'transforaminal lumbar interbody fusion (tlif)',
  ]],
  [{ part: 'fusion', technique: 'PLIF' }, [
    'plif', 'plifs', 'posterior lumbar interbody fusion', 'posterior lumbar interbody fusions', 'posterior interbody fusion',
    'posterior lumbar interbody arthrodesis',
  ]],
  [{ part: 'fusion', technique: 'ALIF' }, [
    'alif', 'alifs', 'anterior lumbar interbody fusion', 'anterior lumbar interbody fusions', 'anterior interbody fusion',
    'anterior lumbar interbody arthrodesis',
  ]],
  [{ part: 'fusion', technique: 'posterolateral' }, [
    'posterolateral fusion', 'posterolateral fusions', 'posterolateral lumbar fusion', 'posterolateral spinal fusion',
    'posterolateral instrumented fusion', 'posterolateral arthrodesis', 'posterolateral lumbar arthrodesis', 'plf',
    'intertransverse fusion', 'intertransverse process fusion', 'posterolateral intertransverse fusion',
  ]],
  [{ part: 'fusion' }, [
    'xlif', 'llif', 'olif', 'dlif', 'lateral lumbar interbody fusion', 'extreme lateral interbody fusion', 'oblique lumbar interbody fusion',
    'interbody fusion', 'interbody fusions', 'spinal fusion', 'spinal fusions', 'spine fusion', 'lumbar fusion', 'lumbar fusions',
    'lumbosacral fusion', 'instrumented fusion', 'posterior spinal fusion', 'posterior fusion', 'anterior fusion',
    'fusion', 'fusions', 'arthrodesis', 'lumbar arthrodesis', 'spinal arthrodesis', 'stabilization and fusion',
    'spinal stabilization', 'lumbar stabilization surgery',
  ]],
  [{ part: 'decompression' }, [
    'laminectomy', 'laminectomies', 'hemilaminectomy', 'hemilaminectomies', 'decompressive laminectomy', 'laminotomy',
    'laminotomies', 'hemilaminotomy', 'hemilaminotomies', 'laminoforaminotomy', 'foraminotomy', 'foraminotomies',
    'microdiscectomy', 'microdiscectomies', 'micro discectomy', 'microdiskectomy', 'discectomy', 'diskectomy',
    'microdecompression', 'micro decompression', 'lumbar decompression', 'spinal decompression', 'posterior decompression',
    'central decompression', 'foraminal decompression', 'nerve root decompression', 'gill procedure', 'gill laminectomy',
    'medial facetectomy', 'facetectomy', 'decompression alone',
  ]],
  [{ part: 'decompression', needsSpineContext: true }, ['decompression', 'decompressions', 'decompressive surgery']],
  [{ part: 'instrumentation' }, [
    'pedicle screw', 'pedicle screws', 'pedicle screw fixation', 'pedicle screw instrumentation', 'pedicle screw construct',
    'pedicle screw and rod', 'pedicle screws and rods', 'pedicle screw rod construct', 'segmental instrumentation',
    'segmental pedicle screw instrumentation', 'instrumentation', 'instrumented', 'screw fixation', 'rods and screws',
    'screws and rods', 'posterior instrumentation', 'transpedicular fixation', 'transpedicular screws',
  ]],
  // Generic "surgery", "operation", "back surgery" are not read: no procedure is named (test/fixtures conventions).
  [{ part: 'generic' }, ['pars repair', 'direct pars repair', 'pars defect repair', 'repair of the pars', 'pars interarticularis repair']],
];
