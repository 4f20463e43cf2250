/**
 * Validated outcome instruments (guideline: ODI, VAS, NRS) and the ways notes write a pain score.
 * Lower case. A clinician can extend any list.
 */

/** Names that may stand before an ODI value: "ODI 42%", "Oswestry Disability Index of 38". */
export const ODI_NAMES: readonly string[] = [
  'odi',
  'oswestry',
  // "Oswestry [low back pain] [disability] index/questionnaire/score/scale": every pairing.
  ...['oswestry low back pain disability', 'oswestry low back pain', 'oswestry disability', 'oswestry'].flatMap((name) =>
    ['index', 'questionnaire', 'score', 'scale'].map((noun) => `${name} ${noun}`),
  ),
];

/** Names that may stand before a VAS value: "VAS 7/10", "visual analogue scale of 6". */
export const VAS_NAMES: readonly string[] = ['vas', 'visual analog scale', 'visual analogue scale', 'visual analog pain scale', 'visual analogue pain scale'];

/** Names that may stand before an NRS value: "NRS 5", "numeric pain rating scale 4". */
export const NRS_NAMES: readonly string[] = [
  'nrs', 'nprs', 'numeric rating scale', 'numerical rating scale', 'numeric pain rating scale', 'numerical pain rating scale',
  'numeric pain scale',
];

/** Names read alone, as an instrument without a value ("Obtain ODI at next visit"). */
export const BARE_INSTRUMENT_NAMES: readonly string[] = [
  'odi', 'oswestry disability index', 'oswestry disability questionnaire', 'oswestry', 'vas', 'nrs', 'nprs',
];

/** How notes write a score out of ten after "pain": "pain 6/10", "8 out of 10", "7 on a scale of 0-10". */
export const PAIN_SCORE_SCALES: readonly string[] = ['/10', '/ 10', 'out of 10', 'on a scale of', 'on a rating of'];
