/**
 * Symptom vocabulary for clinic notes: radicular terms and the parts of the leg a radiating symptom
 * may reach. Lower case; a space also matches a hyphen or several spaces. A clinician can extend it.
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
