import { SectionCategory } from '../types';

/**
 * Section titles (lower case, punctuation folded to single spaces) and the category
 * each one feeds into assertion. A clinician can extend this table.
 */
export const SECTION_HEADERS: Record<string, SectionCategory> = {
  // Radiology
  'history': 'indication',
  'clinical history': 'indication',
  'clinical information': 'indication',
  'clinical indication': 'indication',
  'clinical data': 'indication',
  'indication': 'indication',
  'indications': 'indication',
  'indication for exam': 'indication',
  'reason for exam': 'indication',
  'reason for examination': 'indication',
  'reason for study': 'indication',
  'reason for referral': 'indication',
  'referral': 'indication',
  'referral diagnosis': 'indication',
  'referring diagnosis': 'indication',
  'comparison': 'comparison',
  'comparisons': 'comparison',
  'prior studies': 'comparison',
  'technique': 'technique',
  'procedure': 'technique',
  'exam': 'exam',
  'examination': 'exam',
  'sequences': 'technique',
  'findings': 'findings',
  'finding': 'findings',
  'observations': 'findings',
  'report': 'findings',
  'description': 'findings',
  'impression': 'impression',
  'impressions': 'impression',
  'conclusion': 'impression',
  'conclusions': 'impression',
  'summary': 'impression',
  'opinion': 'impression',
  'diagnosis': 'impression',
  'diagnoses': 'impression',
  // Clinic notes
  'hpi': 'hpi',
  'history of present illness': 'hpi',
  'history of the present illness': 'hpi',
  'history of present complaint': 'hpi',
  'present complaint': 'hpi',
  'present illness': 'hpi',
  'chief complaint': 'hpi',
  'cc': 'hpi',
  'subjective': 'hpi',
  's': 'hpi',
  'interval history': 'hpi',
  'pmh': 'pastHistory',
  'past medical history': 'pastHistory',
  'medical history': 'pastHistory',
  'past history': 'pastHistory',
  'psh': 'pastSurgicalHistory',
  'past surgical history': 'pastSurgicalHistory',
  'surgical history': 'pastSurgicalHistory',
  'previous surgery': 'pastSurgicalHistory',
  'previous surgeries': 'pastSurgicalHistory',
  'prior surgery': 'pastSurgicalHistory',
  'prior surgeries': 'pastSurgicalHistory',
  'social history': 'socialHistory',
  'social hx': 'socialHistory',
  'sh': 'socialHistory',
  'family history': 'familyHistory',
  'family hx': 'familyHistory',
  'fh': 'familyHistory',
  'fhx': 'familyHistory',
  'physical exam': 'exam',
  'physical examination': 'exam',
  'exam findings': 'exam',
  'neurologic exam': 'exam',
  'neurological exam': 'exam',
  'neurologic examination': 'exam',
  'neurological examination': 'exam',
  'objective': 'exam',
  'o': 'exam',
  'vital signs': 'exam',
  'imaging': 'imaging',
  'imaging studies': 'imaging',
  'imaging review': 'imaging',
  'radiology': 'imaging',
  'radiographs': 'imaging',
  'diagnostic studies': 'imaging',
  'studies': 'imaging',
  'mri': 'imaging',
  'x-rays': 'imaging',
  'xrays': 'imaging',
  'assessment': 'assessment',
  'assessment and plan': 'assessment',
  'assessment plan': 'assessment',
  'a p': 'assessment',
  'a': 'assessment',
  'impression and plan': 'assessment',
  'discussion': 'assessment',
  'plan': 'plan',
  'p': 'plan',
  'plans': 'plan',
  'recommendation': 'plan',
  'recommendations': 'plan',
  'treatment plan': 'plan',
  'disposition': 'plan',
  'medications': 'medications',
  'current medications': 'medications',
  'meds': 'medications',
  'allergies': 'allergies',
  'review of systems': 'reviewOfSystems',
  // Consults and operative notes
  'reason for consultation': 'hpi',
  'reason for consult': 'hpi',
  'reason for visit': 'hpi',
  'history of injury': 'hpi',
  'history of injury and present complaints': 'hpi',
  'indications for operation': 'hpi',
  'indications for procedure': 'hpi',
  'surgical indications': 'hpi',
  'preoperative diagnosis': 'impression',
  'preoperative diagnoses': 'impression',
  'postoperative diagnosis': 'impression',
  'postoperative diagnoses': 'impression',
  'opinion and summary': 'impression',
  'plan and prognosis': 'plan',
  'procedure planned': 'plannedProcedure',
  'procedures planned': 'plannedProcedure',
  'planned procedure': 'plannedProcedure',
  'planned procedures': 'plannedProcedure',
  'proposed procedure': 'plannedProcedure',
  'proposed procedures': 'plannedProcedure',
  'scheduled procedure': 'plannedProcedure',
  'procedure scheduled': 'plannedProcedure',
  'anticipated procedure': 'plannedProcedure',
  'intended procedure': 'plannedProcedure',
  'planned surgery': 'plannedProcedure',
  'surgery planned': 'plannedProcedure',
  'proposed surgery': 'plannedProcedure',
  'scheduled surgery': 'plannedProcedure',
  'surgery scheduled': 'plannedProcedure',
  'planned operation': 'plannedProcedure',
  'proposed operation': 'plannedProcedure',
  'scheduled operation': 'plannedProcedure',
  'date of surgery': 'plannedProcedure',
  'surgery date': 'plannedProcedure',
  'scheduled date of surgery': 'plannedProcedure',
  'future medical care': 'plan',
  'procedure performed': 'technique',
  'procedures performed': 'technique',
  'operation performed': 'technique',
  'operations performed': 'technique',
  'description of procedure': 'technique',
  'operative technique': 'technique',
  'radiologic data': 'imaging',
  'radiographic examination': 'imaging',
  'summary of diagnostic imaging': 'imaging',
  // Parts of the physical examination
  'general appearance': 'exam',
  'heent': 'exam',
  'neck': 'exam',
  'lungs': 'exam',
  'heart': 'exam',
  'cardiovascular': 'exam',
  'abdomen': 'exam',
  'back': 'exam',
  'extremities': 'exam',
  'skin': 'exam',
  'musculoskeletal': 'exam',
  'neurologic': 'exam',
  'neurological': 'exam',
  'mental status': 'exam',
  'cranial nerves': 'exam',
  'motor': 'exam',
  'sensory': 'exam',
  'sensation': 'exam',
  'reflexes': 'exam',
  'coordination': 'exam',
  'gait': 'exam',
  'functional examination': 'exam',
  'ros': 'reviewOfSystems',
};

/**
 * First words of a title that opens an addendum or correction, whatever follows them: a date, a
 * number or the author ("ADDENDUM 12/09/2026 (L. Marchetti, MD):", "Addendum #2", "CORRECTED REPORT").
 */
export const ADDENDUM_TITLE_WORDS: readonly string[] = ['addendum', 'addenda', 'addendums', 'correction', 'corrections', 'erratum', 'amendment', 'corrected', 'amended', 'revised'];
/** For "corrected", "amended" and "revised", the word that must follow: "CORRECTED REPORT", "Amended note". */
export const ADDENDUM_TITLE_NOUNS: readonly string[] = ['report', 'note', 'dictation', 'impression', 'addendum'];

/**
 * For a title not in the table above, the first of these words it contains gives its category
 * ("DISCHARGE MEDICATIONS", "ALLERGIES TO MEDICATIONS", "RECOMMENDED THERAPY"). Order matters.
 */
export const SECTION_KEYWORDS: ReadonlyArray<readonly [SectionCategory, readonly string[]]> = [
  ['allergies', ['allergy', 'allergies']],
  ['familyHistory', ['family']],
  ['medications', ['medication', 'medications', 'meds', 'medicines', 'prescriptions']],
  ['plan', ['plan', 'plans', 'recommended', 'recommendation', 'recommendations', 'disposition', 'instructions', 'followup']],
  ['socialHistory', ['social', 'habits', 'substance', 'tobacco']],
  ['impression', ['impression', 'diagnosis', 'diagnoses']],
  ['exam', ['exam', 'examination']],
  ['pastHistory', ['past']],
  ['hpi', ['indication', 'indications', 'complaint', 'complaints', 'illness', 'injury']],
];

/**
 * Sections that describe an imaging study: an imaging report's own (indication, comparison,
 * technique, findings, impression, per-level paragraphs) and a clinic note's imaging review.
 */
export const IMAGING_SECTIONS: ReadonlySet<SectionCategory> = new Set<SectionCategory>(['indication', 'comparison', 'technique', 'findings', 'impression', 'imaging', 'level']);

/**
 * Titles that name an operation without saying whether it was done ("Procedure:"): in an operative
 * report the operation done (SECTION_HEADERS), under a plan or in a pre-operative note the one planned.
 */
export const UNSTATED_PROCEDURE_TITLES: readonly string[] = ['procedure', 'procedures'];
/**
 * Sections whose sub-heading "Procedure:" names the planned operation ("Plan: ... Procedure: L5-S1 TLIF"). Not
 * "Date of surgery:", which a post-operative note writes before the operation done (fixture 87).
 */
export const PLANNING_SECTIONS: ReadonlySet<SectionCategory> = new Set<SectionCategory>(['plan']);
/** Words of a note's first line that make it a pre-operative note ("PRE-OPERATIVE HISTORY AND PHYSICAL"). */
export const PREOPERATIVE_TITLE_WORDS: readonly string[] = ['pre-operative', 'preoperative', 'pre operative', 'pre-op', 'preop'];
/** ... unless the line is an operative report's heading ("PREOPERATIVE DIAGNOSIS: ..."). */
export const NOT_PREOPERATIVE_TITLE_WORDS: readonly string[] = ['diagnos'];
