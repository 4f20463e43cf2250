import { FusionTechnique } from '../types';

/**
 * Spine-surgery vocabulary (guideline ref 1, 6). Lower case; a space also matches a hyphen or
 * several spaces. A clinician can extend any list.
 */

export type SurgeryPart = 'fusion' | 'decompression' | 'instrumentation' | 'generic' | 'referent';

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
    'segmental pedicle screw instrumentation', 'transpedicular fixation', 'transpedicular screws',
  ]],
  // Hardware that any bone takes ("internal screw fixation, right foot"): spinal only beside a spinal word or in a spine note.
  [{ part: 'instrumentation', needsSpineContext: true }, [
    'instrumentation', 'instrumented', 'screw fixation', 'rods and screws', 'screws and rods',
    'posterior instrumentation',
  ]],
  // Generic "surgery", "operation", "back surgery" are not read: no procedure is named (test/fixtures conventions).
  // The operation referred to without naming it: "Surgery has been booked for October 15" (see mentions/planReferents.ts).
  [{ part: 'referent', needsSpineContext: true }, ['surgery', 'the surgery', 'her surgery', 'his surgery', 'the procedure', 'the operation', 'surgical date', 'the surgical date']],
  [{ part: 'generic' }, ['pars repair', 'direct pars repair', 'pars defect repair', 'repair of the pars', 'pars interarticularis repair']],
];

/** Other organs and joints: "ankle fusion", "carpal tunnel decompression", "surgery on the left kidney". */
export const NON_SPINE_SITES: readonly string[] = [
  'ankle', 'subtalar', 'triple', 'wrist', 'knee', 'knees', 'hip', 'hips', 'toe', 'finger', 'thumb', 'mtp', 'ipj', 'pip', 'dip',
  'tarsal', 'talonavicular', 'calcaneocuboid', 'midfoot', 'hindfoot', 'si joint', 'sacroiliac', 'sacroiliac joint', 'cervical',
  'acdf', 'occipitocervical', 'occipital', 'thoracic', 'carpal tunnel', 'cubital tunnel', 'tarsal tunnel', 'nerve', 'ulnar',
  'median', 'bowel', 'gastric', 'ng', 'nasogastric', 'needle', 'chest', 'orbital', 'optic', 'microvascular', 'pericardial',
  'compartment', 'cardiac', 'heart', 'bypass', 'valve', 'cataract', 'eye', 'shoulder', 'hernia', 'gallbladder', 'colon',
  'colorectal', 'breast', 'thyroid', 'sinus', 'dental', 'cesarean', 'c-section', 'bariatric', 'prostate', 'bladder', 'uterine',
  'brain', 'cranial', 'abdominal', 'foot', 'hand', 'elbow', 'ear', 'nasal', 'vascular', 'carotid', 'kidney', 'renal', 'liver',
  'lung', 'weight loss', 'plastic', 'cosmetic', 'eyelid', 'facial', 'anal', 'rectal', 'gynecologic', 'pelvic', 'ovarian',
  'spleen', 'appendix', 'joint', 'toenail', 'cancer', 'tumor', 'mass', 'skin', 'ovary', 'testicle', 'tonsil', 'tonsils',
  'adenoids', 'gallstone', 'gallstones', 'cyst', 'stomach', 'orbit', 'neck', 'c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7',
];

/** Words that place a bare "decompression" in the spine: "lumbar decompression", "decompression at L4-5". */
export const SPINE_CONTEXT_WORDS: readonly string[] = [
  'lumbar', 'lumbosacral', 'spine', 'spinal', 'back', 'posterior', 'central', 'foraminal', 'lateral recess', 'nerve root',
  'nerve roots', 'neural', 'thecal', 'canal', 'laminectomy', 'pars', 'l1', 'l2', 'l3', 'l4', 'l5', 's1', 'level', 'levels',
  'stenosis', 'spondylolisthesis', 'listhesis', 'disc', 'fusion',
];

/** Words after a surgery word that make it something else: "fusion beats" (ECG), "fusion protein", "fusion imaging". */
export const NOT_SURGERY_AFTER: readonly string[] = ['beat', 'beats', 'complex', 'complexes', 'protein', 'proteins', 'gene', 'genes', 'imaging'];
