import { NoteType } from '../types';

/**
 * What a note's title says it is ("EMERGENCY DEPARTMENT NOTE", "PHYSICAL THERAPY PROGRESS NOTE",
 * "MRI LUMBAR SPINE"). Lower case; a space also matches a hyphen or a run of spaces.
 * When a title names several ("PHYSICAL THERAPY PROGRESS NOTE"), the first type in this table wins;
 * among overlapping phrases the one that starts first wins ("post-operative note" is a visit, not
 * an operative note). Imaging-exam words come from normalize/reportTitle.ts (the modality) plus
 * the exams listed here.
 */
export const NOTE_TITLE_CUES: ReadonlyArray<readonly [Exclude<NoteType, 'unknown'>, readonly string[]]> = [
  [
    'operative',
    [
      'operative report', 'operative note', 'operation note', 'op note', 'brief op note', 'procedure note', 'procedure report',
      'preoperative', 'pre operative', 'pre op', 'preop', 'surgical planning', 'operative planning',
    ],
  ],
  [
    'emergency',
    [
      'emergency department', 'emergency room', 'emergency medicine', 'emergency physician', 'ed provider', 'ed note', 'ed visit',
      'ed physician', 'ed encounter', 'er note', 'er visit', 'er report', 'urgent care',
    ],
  ],
  [
    'physicalTherapy',
    [
      'physical therapy', 'physiotherapy', 'physical therapist', 'pt evaluation', 'pt initial evaluation', 'pt re evaluation',
      'pt reevaluation', 'pt progress', 'pt daily note', 'pt treatment note', 'pt discharge', 'pt note', 'pt plan of care',
    ],
  ],
  ['letter', ['letter', 'dear', 'to whom it may concern']],
  [
    'imaging',
    [
      'radiology report', 'imaging report', 'ultrasound', 'sonogram', 'sonography', 'duplex', 'doppler', 'myelogram', 'myelography',
      'bone scan', 'nuclear medicine', 'dexa', 'fluoroscopy', 'discogram',
    ],
  ],
  [
    'clinic',
    [
      // A visit after surgery is a clinic visit: listed so that it outweighs "operative note" inside it.
      'postoperative', 'post operative', 'post op', 'postop',
      'consultation', 'consult', 'clinic', 'office visit', 'visit', 'follow up', 'followup', 'new patient', 'return patient',
      'progress note', 'progress report', 'history and physical', 'h&p', 'h & p', 'soap note', 'evaluation', 'encounter',
      'telehealth', 'telemedicine', 'second opinion', 'chiropractic',
    ],
  ],
];

/**
 * Headings that only one kind of note has, for notes without a telling title (line-start
 * headings, lower case, before the colon).
 */
export const NOTE_BODY_HEADINGS: ReadonlyArray<readonly [Exclude<NoteType, 'unknown' | 'clinic' | 'imaging'>, readonly string[]]> = [
  [
    'operative',
    [
      'preoperative diagnosis', 'preoperative diagnoses', 'pre operative diagnosis', 'pre operative diagnoses', 'postoperative diagnosis',
      'postoperative diagnoses', 'post operative diagnosis', 'post operative diagnoses', 'preprocedure diagnosis', 'pre procedure diagnosis',
      'postprocedure diagnosis', 'post procedure diagnosis', 'anesthesia', 'operation', 'procedure performed',
      'procedures performed', 'operation performed', 'operations performed', 'name of procedure', 'name of the procedure',
      'name of operation', 'title of operation', 'title of procedure', 'estimated blood loss',
    ],
  ],
  ['emergency', ['ed course', 'er course', 'emergency department course', 'emergency room course']],
];

/** The greeting that opens a letter ("Dear Dr. Haddad,") and the words that close one. */
export const LETTER_OPENINGS: readonly string[] = ['dear', 'to whom it may concern'];
export const LETTER_CLOSINGS: readonly string[] = ['sincerely', 'yours sincerely', 'kind regards', 'best regards', 'with regards', 'respectfully'];

/** Headings of an inpatient stay: such a note is not a clinic note, whatever else it has. */
export const INPATIENT_HEADINGS: readonly string[] = ['hospital course', 'discharge diagnosis', 'discharge diagnoses', 'admission diagnosis', 'admitting diagnosis'];

/** How the summary names each type. */
export const NOTE_TYPE_LABEL: Record<NoteType, string> = {
  imaging: 'Imaging report',
  clinic: 'Clinic / consult note',
  physicalTherapy: 'Physical therapy note',
  emergency: 'Emergency / urgent care note',
  operative: 'Operative / pre-operative note',
  letter: 'Letter',
  unknown: 'Note type not recognised',
};

/**
 * Words that tell a note is about the lumbar spine at all (extractors/shared/clinicClauses.ts
 * isSpineNote): bladder or bowel trouble and leg weakness are read as spinal red flags only in such
 * a note. A level ("L4-5") counts too. Inclusive on purpose (a missed cauda equina is worse than a
 * query too many), but not words other specialties use: "conus" (a coronary branch), "perineal",
 * "rectal tone" (a general exam).
 */
export const SPINE_NOTE_WORDS: readonly string[] = [
  'lumbar', 'lumbosacral', 'l5s1', 'spondylolisthesis', 'anterolisthesis', 'retrolisthesis', 'spondylolysis', 'spondylosis', 'radiculopathy',
  'radicular', 'sciatica', 'sciatic', 'back pain', 'low back', 'lower back', 'lumbago', 'spinal stenosis', 'pars defect', 'cauda equina',
  'conus medullaris', 'saddle anesthesia', 'saddle anaesthesia', 'saddle numbness', 'saddle paresthesia', 'saddle area',
  'saddle distribution', 'perianal sensation', 'perianal numbness', 'numbness in the groin', 'groin numbness', 'foot drop', 'disc herniation', 'herniated disc',
  'disc protrusion', 'disc extrusion', 'laminectomy', 'discectomy', 'microdiscectomy', 'neurogenic claudication', 'spine clinic',
  'spine surgery', 'spine consult',
];

/**
 * Phrases that start with a spine word but say nothing about the spine: a lumbar puncture or drain is
 * how a neurologist reaches the cerebrospinal fluid (meningitis, subarachnoid haemorrhage), and such a
 * note's incontinence is not a cauda equina sign.
 */
export const NOT_SPINE_NOTE_PHRASES: readonly string[] = ['lumbar puncture', 'lumbar punctures', 'lumbar drain', 'lumbar drainage', 'lumbar tap'];
