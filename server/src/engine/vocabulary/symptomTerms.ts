/**
 * Symptom vocabulary for clinic notes: radicular terms, the words of a radiating or sensory symptom,
 * and the parts of the leg it may reach. Lower case; a space also matches a hyphen or several spaces. A clinician can extend it.
 */

/** Named radicular symptoms (typos seen in real notes included). */
export const RADICULAR_TERMS: readonly string[] = [
  'sciatica', 'sciatic pain', 'sciatic symptoms', 'sciatic type pain', 'sciatica type pain', 'sciatic nerve pain',
  'radiculopathy', 'radiculopathies', 'radiculapathy', 'radiculopaty', 'radiculitis', 'radicular pain', 'radicular symptoms',
  'radicular symptom', 'radicular complaints', 'radicular component', 'radicular features', 'radicular leg pain',
  'radicular signs', 'radicular syndrome', 'lumbar radicular syndrome', 'lumbosacral radiculopathy', 'lumbar radiculopathy',
  'radiculoneuropathy', 'radicular radiating pain', 'radicular type pain', 'radicular pattern', 'radiating pain',
  'radiating leg pain', 'leg symptoms', 'radicular leg symptoms', 'radicular sx', 'radicular sxs', 'leg sx', 'sciatic sx',
];

/** Where a radiating symptom must reach to count as radicular (not the buttock or hip alone). */
export const LEG_PARTS: readonly string[] = [
  'leg', 'legs', 'lower extremity', 'lower extremities', 'lower limb', 'lower limbs', 'le', 'les', 'thigh', 'thighs',
  'calf', 'calves', 'foot', 'feet', 'toe', 'toes', 'great toe', 'big toe', 'knee', 'knees', 'shin', 'shins', 'ankle', 'ankles',
  'heel', 'heels', 'sole', 'soles', 'hamstring', 'hamstrings',
];

/** Verbs of radiation: "pain radiating down the leg", "shooting into the foot". */
export const RADIATION_VERBS: readonly string[] = ['radiates', 'radiating', 'radiated', 'radiate', 'radiation', 'shoots', 'shooting'];

/** What may spread down a leg, before a verb of spreading ("numbness that travels to the foot"). */
export const SPREADING_SYMPTOMS: readonly string[] = ['pain', 'symptoms', 'discomfort', 'burning', 'numbness', 'tingling'];
/** Verbs of spreading, after one of those symptoms. */
export const SPREADING_VERBS: readonly string[] = [
  'travels', 'traveling', 'travelled', 'travel', 'goes', 'going', 'extends', 'extending', 'runs', 'running', 'moves', 'moving',
];

/** Sensory symptoms, radicular when felt in a leg part or a dermatome. */
export const SENSORY_SYMPTOMS: readonly string[] = [
  'numbness', 'tingling', 'paresthesias', 'paresthesia', 'paraesthesias', 'paraesthesia', 'pins and needles', 'dysesthesias',
  'dysesthesia', 'burning',
];

/** Adjectives of a radiating leg symptom written leg first: "radiating left leg pain", "radicular lower extremity symptoms". */
export const RADIATING_ADJECTIVES: readonly string[] = ['radiating', 'radicular', 'shooting'];

/** Symptoms named by their dermatome: "L5 dermatomal numbness". */
export const DERMATOMAL_SYMPTOMS: readonly string[] = [
  'dermatomal pain', 'dermatomal numbness', 'dermatomal paresthesias', 'dermatomal paresthesia', 'dermatomal symptoms',
];

/** Pain said not to radiate: an absent radiating symptom. */
export const NON_RADIATING: readonly string[] = ['non-radiating', 'nonradiating'];
