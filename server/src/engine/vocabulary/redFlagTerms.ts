/**
 * Red-flag vocabulary (guideline ref 3, 5): cauda equina symptoms, progressive neurological
 * deficit, slip progression. Lower case; a space also matches a hyphen or several spaces.
 * A clinician can extend any list. Negations ("denies bowel or bladder dysfunction",
 * "no saddle anesthesia") are left to ConText; "monitor for ..." style warnings are hypothetical.
 */

/** Cauda equina symptoms and signs, as whole phrases. */
export const CAUDA_EQUINA_PHRASES: readonly string[] = [
  'cauda equina syndrome', 'cauda equina symptoms', 'cauda equina signs', 'cauda equina type symptoms', 'conus medullaris syndrome',
  'conus syndrome',
  // "saddle [area|region|distribution] <sensory loss>": every pairing.
  ...['saddle', 'saddle area', 'saddle region', 'saddle distribution'].flatMap((where) =>
    ['anesthesia', 'anaesthesia', 'numbness', 'paresthesia', 'paresthesias', 'hypoesthesia', 'hypesthesia', 'hypoalgesia', 'sensory loss', 'sensory changes', 'symptoms', 'complaints', 'tingling'].map((loss) => `${where} ${loss}`),
  ),
  ...['perineal', 'perianal', 'perirectal'].flatMap((where) => ['paresthesia', 'paresthesias', 'hypesthesia', 'hypoesthesia', 'tingling'].map((loss) => `${where} ${loss}`)),
  'loss of saddle sensation', 'decreased saddle sensation', 'numbness in the saddle area', 'numbness in the saddle region', 'numbness in a saddle distribution', 'perineal numbness',
  'perineal anesthesia', 'perineal hypoesthesia', 'perineal sensory loss', 'perianal numbness', 'perianal anesthesia',
  'numbness of the perineum', 'numbness in the perineum', 'numbness in the perineal area', 'numbness in the perineal region',
  'decreased perineal sensation', 'decreased perianal sensation', 'decreased sensation in the perineum',
  'urinary retention', 'retention of urine', 'urine retention', 'bladder retention',
  'urinary incontinence', 'bladder incontinence', 'bowel incontinence', 'fecal incontinence', 'faecal incontinence',
  'stool incontinence', 'incontinence of urine', 'incontinence of stool', 'incontinence of bowel', 'incontinence of bladder',
  'incontinence of bowel or bladder', 'incontinence of bowel and bladder', 'incontinence of bladder or bowel',
  'loss of bowel control', 'loss of bladder control', 'loss of bowel or bladder control', 'loss of bowel and bladder control',
  'loss of bladder or bowel control', 'loss of bowel function', 'loss of bladder function', 'loss of bowel or bladder function',
  'loss of bowel and bladder function', 'loss of sphincter control', 'sphincter dysfunction', 'bowel dysfunction',
  'bladder dysfunction', 'neurogenic bladder', 'new onset incontinence', 'numbness in the groin', 'groin numbness',
  'numbness in the groin and buttocks', 'numbness between the legs', 'numbness between her legs', 'numbness between his legs', 'inability to void', 'unable to void', 'could not void', 'cannot void',
  'loss of bowel/bladder control', 'loss of bladder/bowel control', 'b/b sx', 'b/b symptoms', 'bowel/bladder sx',
  // Saddle numbness as patients tell it.
  'cannot feel the toilet paper', "can't feel the toilet paper", 'could not feel the toilet paper', "couldn't feel the toilet paper",
  'unable to feel the toilet paper', 'numb when wiping', 'numbness when wiping', 'numb when she wipes', 'numb when he wipes',
  // Charting shorthand and the adjective: "urinary incont.", "incontinent of urine".
  'urinary incont', 'bladder incont', 'bowel incont', 'fecal incont', 'stool incont',
  ...['urine', 'stool', 'feces', 'faeces', 'bowel', 'bladder', 'urine and stool', 'urine and feces', 'stool and urine', 'bowel and bladder', 'bladder and bowel', 'bowel or bladder', 'bladder or bowel'].map((what) => `incontinent of ${what}`),
  // Voiding that will not start, and a bladder that is no longer felt.
  ...['initiating', 'starting'].flatMap((verb) => ['urination', 'micturition', 'the urinary stream', 'a urinary stream', 'the stream', 'voiding'].map((what) => `difficulty ${verb} ${what}`)),
  'difficulty voiding', 'difficulty urinating', 'difficulty with urination', 'loss of bladder sensation', 'decreased bladder sensation', 'reduced bladder sensation', 'loss of the urge to urinate',
  'loss of the urge to void',
  ...['unable to', 'cannot', "can't", 'could not', "couldn't", 'not able to', 'inability to'].flatMap((cannot) => [`${cannot} urinate`, `${cannot} pass urine`]),
  'leaking urine', 'leakage of urine', 'urine leakage', 'urinary leakage', 'leaking of urine',
  // Patients' words for losing control: "can't hold her urine", "wet herself", "accidents with her bladder".
  ...["can't", 'cannot', 'unable to', 'could not', "couldn't"].flatMap((cannot) => ['her urine', 'his urine', 'their urine', 'urine', 'her bladder', 'his bladder', 'her stool', 'his stool'].map((held) => `${cannot} hold ${held}`)),
  'wet herself', 'wet himself', 'wetting herself', 'wetting himself', 'soiled herself', 'soiled himself', 'soiling herself', 'soiling himself',
  'bladder accidents', 'bowel accidents', 'urinary accidents', 'accidents with her bladder', 'accidents with his bladder',
  'accidents with her bowels', 'accidents with his bowels', 'accidents of urine', 'accidents of stool',
  ...['trouble', 'difficulty'].flatMap((what) => ['urine', 'her urine', 'his urine', 'their urine', 'stool', 'her stool', 'his stool'].map((held) => `${what} holding ${held}`)),
  // Numb genitals are saddle numbness.
  'genital numbness', 'genital anesthesia', 'genital paresthesia', 'genital paresthesias', 'numbness of the genitals', 'numbness in the genitals',
  'numbness of the genitalia', 'numbness in the genitalia', 'numbness in the genital area', 'numbness of the genital area', 'numbness of the genitals and buttocks',
  // "CES": the syndrome's abbreviation, as "cauda equina syndrome".
  'ces',
  // Bare "incontinence" counts in a spine note without another cause beside it.
  'incontinence', 'incont',
];


/** Where saddle sensation is examined, and what a reduced one is called before it ("decreased perianal sensation"). */
export const SADDLE_SENSATIONS: readonly string[] = ['perianal sensation', 'perineal sensation', 'saddle sensation', 'sacral sensation', 'perirectal sensation', 'anal sensation', 'rectal sensation'];
export const SENSATION_QUALIFIERS: readonly string[] = ['decreased', 'reduced', 'diminished', 'absent', 'impaired', 'loss of', 'altered'];
/** Saddle sensation named by its place, found reduced on exam: "decreased sensation to pinprick in the perianal region". */
const SENSATIONS = ['sensation', 'sensation to pinprick', 'sensation to pin prick', 'sensation to light touch', 'pinprick sensation', 'light touch sensation', 'sensation to pinprick and light touch'];
const SADDLE_PLACES = [
  'perianal region', 'perianal area', 'perineal region', 'perineal area', 'perineum', 'saddle region', 'saddle area', 'saddle distribution',
  'genitals', 'genital area', 's3-s5 dermatomes', 'sacral dermatomes',
];
export const SADDLE_SENSATION_LOSS: readonly string[] = SENSATION_QUALIFIERS.flatMap((q) =>
  SENSATIONS.flatMap((s) => ['in the', 'over the', 'of the', 'in a', 'in'].flatMap((at) => SADDLE_PLACES.map((place) => `${q} ${s} ${at} ${place}`))),
);

/** Longer names that hold a sign's words and mean something else: the CES-D depression scale. */
export const NOT_CAUDA_EQUINA_PHRASES: readonly string[] = ['ces d', 'ces dc', 'cesd'];

/** "Cauda equina" alone names anatomy; it is a red flag only when suspected ("possible early cauda equina"; see redFlags.ts). */
export const SUSPECTED_CAUDA_EQUINA: readonly string[] = ['cauda equina'];

/** A normal sphincter exam: an absent cauda equina sign ("Normal rectal tone"). */
export const NORMAL_TONE_PHRASES: readonly string[] = [
  'normal rectal tone', 'normal sphincter tone', 'intact rectal tone', 'good rectal tone', 'rectal tone normal', 'rectal tone intact',
  'rectal tone is normal', 'rectal tone is intact', 'rectal tone was normal', 'normal anal tone', 'normal anal sphincter tone',
];

/** "bowel or bladder" + a dysfunction noun: every pairing is generated. */
export const BOWEL_BLADDER_SUBJECTS: readonly string[] = [
  'bowel or bladder', 'bladder or bowel', 'bowel and bladder', 'bladder and bowel', 'bowel/bladder', 'bladder/bowel', 'b/b',
  'bowel nor bladder', 'bladder nor bowel', 'bowel, bladder', 'bowel or urinary', 'urinary or bowel', 'bowel and urinary',
  'urinary and bowel', 'urinary or fecal', 'fecal or urinary', 'urinary and fecal', 'bowel or bladder control',
];
export const BOWEL_BLADDER_NOUNS: readonly string[] = [
  'dysfunction', 'dysfunctions', 'incontinence', 'retention', 'changes', 'change', 'problems', 'problem', 'symptoms',
  'complaints', 'issues', 'difficulty', 'difficulties', 'involvement', 'disturbance', 'disturbances', 'loss', 'compromise',
  'control', 'sx', 'incont',
];

/**
 * A template field that asks about bowel and bladder function ("Bowel/bladder: normal", "Bladder and bowel
 * function: intact"): the label is the cauda equina target, only as a field's label with an answer the
 * field rules read as normal or no (context/rules/fields.ts), or with one of the complaints below. Never
 * "bladder" alone ("Fetal bladder: normal" is anatomy) and never in prose.
 */
export const BOWEL_BLADDER_FIELD_LABELS: readonly string[] = BOWEL_BLADDER_SUBJECTS.filter((s) => !s.includes(' nor ') && !s.endsWith(' control')).flatMap((subject) =>
  ['', ' function', ' functions', ' habits', ' status'].map((what) => subject + what),
);
/**
 * Labels of one function ("Bladder: retention", "Bowel: incontinent of stool"): a finding only with a complaint
 * answer (BOWEL_BLADDER_FIELD_COMPLAINTS), since "Bladder: normal" may be an ultrasound's anatomy.
 */
export const BOWEL_OR_BLADDER_FIELD_LABELS: readonly string[] = ['bladder', 'bowel', 'bowels', 'urinary', 'bladder function', 'bowel function', 'bladder control', 'bowel control', 'continence'];
/**
 * Answers to such a field that state a bowel or bladder complaint, as first words ("Bowel/bladder: incontinent of
 * urine"); besides these, an answer the field rules read as abnormal ("Bowel/bladder: abnormal").
 */
export const BOWEL_BLADDER_FIELD_COMPLAINTS: readonly string[] = ['incontinent', 'retention', 'retaining', 'dysfunction', 'loss of control', 'decreased control'];

/** Reduced rectal / sphincter tone: a qualifier then the tone. */
export const TONE_QUALIFIERS: readonly string[] = [
  'decreased', 'reduced', 'diminished', 'poor', 'absent', 'lax', 'loss of', 'weak', 'weakened', 'diminution of', 'impaired',
  'low', 'abnormal', 'decreased to no', 'decreased to absent', 'diminished to absent',
];
export const TONES: readonly string[] = [
  'rectal tone', 'sphincter tone', 'anal tone', 'anal sphincter tone', 'rectal sphincter tone', 'sphincter control',
  // The squeeze asked for on the same exam.
  'voluntary anal contraction', 'voluntary sphincter contraction', 'anal squeeze', 'rectal squeeze', 'sphincter squeeze',
];
/**
 * A tone found absent: "no rectal tone", "without sphincter tone". A finding of absence, so a present
 * sign: the phrase carries its "no", which is then the finding's own word, not a negation of it
 * (context/README.md: a trigger inside the finding is part of its words).
 */
export const ABSENT_TONE_QUALIFIERS: readonly string[] = ['no', 'without', 'with no', 'no palpable', 'no appreciable', 'no voluntary'];
/** Words after "no rectal tone" that make the "no" a negation again: "no rectal tone abnormality", "no rectal tone deficit". */
export const TONE_NOUNS_AFTER: readonly string[] = [
  'abnormality', 'abnormalities', 'deficit', 'deficits', 'loss', 'changes', 'change', 'problems', 'problem', 'issues', 'concerns',
  'decrease', 'reduction', 'weakness',
];
/** Reduced tone written tone first: "rectal tone decreased", "sphincter tone is lax". */
export const TONE_QUALIFIERS_AFTER: readonly string[] = ['decreased', 'reduced', 'diminished', 'absent', 'lax', 'poor', 'weak', 'impaired'];

const pairs = (a: readonly string[], b: readonly string[]) => a.flatMap((x) => b.map((y) => `${x} ${y}`));

/** Where the sphincter is examined, as a field's label or in prose: "Rectal: decreased tone", "rectal exam with poor tone". */
const RECTAL_EXAMS: readonly string[] = ['rectal', 'rectal exam', 'rectal examination', 'dre', 'digital rectal exam', 'digital rectal examination'];
/** A reduced tone as an exam's answer: "decreased tone", "lax sphincter". */
const REDUCED_TONE_ANSWERS: readonly string[] = pairs(TONE_QUALIFIERS, ['tone', 'sphincter', 'sphincter tone', 'rectal tone', 'anal tone']);

/**
 * Template fields that ask for a cauda equina sign, read as findings on their label: `labels`, the answers that
 * state the sign as first words (`complaints`), and whether a normal or no answer (context/rules/fields.ts) makes the
 * label an absent finding (`readsNormal`). A label with any other answer says nothing ("Bowel/bladder: constipation";
 * "Bowel/bladder: yes": yes to what?).
 */
export interface SignField {
  labels: readonly string[];
  complaints: readonly string[];
  readsNormal: boolean;
}
export const SIGN_FIELDS: readonly SignField[] = [
  { labels: BOWEL_BLADDER_FIELD_LABELS, complaints: BOWEL_BLADDER_FIELD_COMPLAINTS, readsNormal: true },
  { labels: BOWEL_OR_BLADDER_FIELD_LABELS, complaints: BOWEL_BLADDER_FIELD_COMPLAINTS, readsNormal: false },
  // "Rectal tone: decreased", "Sphincter tone: normal".
  { labels: TONES, complaints: [...TONE_QUALIFIERS, ...TONE_QUALIFIERS_AFTER], readsNormal: true },
  // "Rectal: decreased tone"; "Rectal: normal" may be about anything else the exam found.
  { labels: RECTAL_EXAMS, complaints: REDUCED_TONE_ANSWERS, readsNormal: false },
];

/** Every cauda equina symptom or sign the engine reads: the phrases above and all their pairings. */
export const CAUDA_EQUINA_SIGNS: readonly string[] = [
  ...CAUDA_EQUINA_PHRASES,
  // Terse notes drop the article: "numbness in groin".
  ...CAUDA_EQUINA_PHRASES.filter((p) => p.includes(' the ')).map((p) => p.replace(' the ', ' ')),
  ...pairs(BOWEL_BLADDER_SUBJECTS, BOWEL_BLADDER_NOUNS),
  ...pairs(TONE_QUALIFIERS, TONES),
  ...pairs(ABSENT_TONE_QUALIFIERS, TONES),
  ...pairs(TONES, TONE_QUALIFIERS_AFTER),
  ...pairs(pairs(TONES, ['is', 'was']), TONE_QUALIFIERS_AFTER),
  // Saddle sensation found reduced on exam, either way round: "diminished perianal sensation", "perineal sensation is decreased".
  ...pairs(SENSATION_QUALIFIERS, SADDLE_SENSATIONS),
  ...pairs(SADDLE_SENSATIONS, TONE_QUALIFIERS_AFTER),
  ...pairs(pairs(SADDLE_SENSATIONS, ['is', 'was']), TONE_QUALIFIERS_AFTER),
  ...SADDLE_SENSATION_LOSS,
  ...pairs(pairs(RECTAL_EXAMS, ['with', 'shows', 'showed', 'reveals', 'revealed', 'notable for']), REDUCED_TONE_ANSWERS),
];

/**
 * Beginnings of words that make a sign specific to cauda equina. Bladder or bowel trouble without one
 * ("urinary incontinence") counts only in a spine note and without another cause beside it.
 */
export const SPECIFIC_CAUDA_EQUINA_WORDS: readonly string[] = ['cauda', 'conus', 'ces', 'saddle', 'perine', 'perian', 'tone', 'sphincter', 'rectal', 'dre', 'groin', 'genital'];

/** Bladder and bowel complaints with one of these beside them have another cause than cauda equina. */
export const OTHER_BLADDER_CAUSES: readonly string[] = [
  'prostate', 'prostatic', 'prostatectomy', 'catheter', 'catheterization', 'catheterizing', 'foley', 'detrol', 'oxybutynin',
  'tolterodine', 'urology', 'urologist', 'urologic', 'urological', 'bph', 'uti', 'cystitis', 'cystoscopy', 'stress incontinence',
  'urge incontinence', 'overactive', 'pelvic floor', 'post void dribbling', 'postvoid dribbling', 'kegel', 'mesh', 'sling', 'hysterectomy',
  'childbirth', 'dementia', 'wheelchair', 'nursing home', 'enlargement', 'seeds', 'cryosurgery',
  // A pelvic tumour or its treatment; not any tumour or cancer, which may be the spinal compression itself
  // ("concern for epidural tumor given new urinary retention").
  ...['bladder', 'prostate', 'prostatic', 'cervical', 'uterine', 'ovarian', 'rectal', 'colon', 'colorectal', 'pelvic'].flatMap((organ) => [`${organ} cancer`, `${organ} tumor`, `${organ} tumour`, `${organ} carcinoma`]),
  'pelvic mass', 'pelvic radiation', 'radiation cystitis', 'radiation proctitis', 'radiation to the pelvis', 'brachytherapy',
  'diarrhea', 'diarrhoea', 'stroke', 'cva', 'seizure', 'diuretic', 'hematuria', 'urinary tract infection',
  // Urge and overflow symptoms of the bladder itself: "urinary urgency and incontinence", "dribbling of urine".
  'urgency and incontinence', 'urgency incontinence', 'urgency and frequency', 'frequency and urgency', 'dribbling', 'hydrocephalus',
  // Retention after an anaesthetic is the anaesthetic's: "urinary retention after anesthesia for his knee replacement"
  // (never the bare word, which "saddle anesthesia" contains).
  ...['after', 'following', 'from'].flatMap((when) => ['anesthesia', 'general anesthesia', 'an anesthetic', 'a general anesthetic', 'anaesthesia', 'general anaesthesia'].map((what) => `${when} ${what}`)),
  'post-anesthesia', 'postanesthesia',
  // Incontinence in a collapse or a faint is the event's.
  'collapsed', 'syncope', 'syncopal', 'passed out', 'loss of consciousness', 'unresponsive',
];

/** Words that open a clause about what the clause before named: "5 mm, previously 4 mm; this may represent slight progression". */
export const BACK_REFERENCES: readonly string[] = [
  'this', 'which', 'it', 'that', 'these', 'findings', 'finding', 'consistent with', 'compatible with', 'in keeping with',
  'suggesting', 'suggestive of', 'representing', 'concerning for',
];

/** What leaks urine in stress incontinence, said right after the complaint: "incontinence with sneezing", "leakage when she coughs". */
export const STRESS_INCONTINENCE_TRIGGERS: readonly string[] = [
  'cough', 'coughs', 'coughing', 'a cough', 'sneeze', 'sneezes', 'sneezing', 'a sneeze', 'laugh', 'laughs', 'laughing',
  'coughing or sneezing', 'sneezing or coughing', 'coughing and sneezing', 'jumping', 'heavy lifting', 'exertion', 'exercise',
];

/**
 * A catheter that relieved or measured the complaint is its treatment, not its cause: "urinary retention requiring
 * straight catheterization" is still a cauda equina sign (longer than "catheterization" in OTHER_BLADDER_CAUSES).
 */
export const BLADDER_RELIEF_WORDS: readonly string[] = ['requiring', 'required', 'requires', 'needing', 'needed', 'needs'].flatMap((verb) =>
  ['catheterization', 'straight catheterization', 'a straight catheterization', 'in and out catheterization', 'a catheter', 'a foley', 'foley catheter placement'].map((what) => `${verb} ${what}`),
).concat([
  'had to be catheterized', 'was catheterized for', 'were catheterized for', 'straight cath for', 'cathed for',
  // A straight catheter drains and measures retention ("straight catheterization yielded 900 mL"); an indwelling one may cause it.
  'straight catheterization', 'straight cath', 'in and out catheterization', 'in and out cath', 'in-and-out catheterization',
]);

/**
 * Drugs for the bladder or the prostate: a patient on one has a known bladder problem, so bladder or bowel
 * trouble alone (not saddle numbness or a lax sphincter) is not read as cauda equina anywhere in the note.
 */
export const BLADDER_DRUGS: readonly string[] = [
  'oxybutynin', 'ditropan', 'tolterodine', 'detrol', 'solifenacin', 'vesicare', 'darifenacin', 'trospium', 'fesoterodine', 'toviaz',
  'mirabegron', 'myrbetriq', 'tamsulosin', 'flomax', 'alfuzosin', 'uroxatral', 'silodosin', 'rapaflo', 'finasteride', 'proscar',
  'dutasteride', 'avodart',
];

/** Weakness with one of these beside it is a stroke's, a seizure's or a muscle disease's, not a compressed nerve's. */
export const OTHER_DEFICIT_CAUSES: readonly string[] = [
  'stroke', 'cva', 'tia', 'transient ischemic attack', 'slurred speech', 'dysarthria', 'aphasia', 'facial droop', 'hemiparesis',
  'hemiplegia', 'seizure', 'postictal', 'myopathy', 'myositis', 'polymyositis', 'dermatomyositis', 'myasthenia', 'muscular dystrophy',
];

/** Progressive deficit: a change word, then a deficit. */
export const PROGRESSION_WORDS: readonly string[] = [
  'progressive', 'progressively worsening', 'progressively increasing', 'rapidly progressive', 'progressing', 'worsening',
  'increasing', 'new', 'new onset', 'acute', 'acute onset', 'sudden', 'sudden onset', 'evolving', 'worsening of',
  'progression of', 'increasing degree of', 'increased', 'deteriorating', 'declining', 'rapidly worsening', 'gradually worsening',
  'steadily worsening', 'slowly progressive', 'gradually progressive', 'steadily progressive', 'newly', 'recent onset', 'developing',
  ...['worsening of', 'progression of'].flatMap((change) => ['the', 'his', 'her', 'their'].map((whose) => `${change} ${whose}`)),
  // "has developed a left foot drop": a deficit that has appeared since is a new one ("six months ago he developed weakness" need not be).
  'has developed', 'has developed a', 'have developed', 'has since developed', 'has now developed', 'has now developed a', 'now has', 'now with',
  'now has a', 'now with a',
];
/** Between a progression word and the deficit: its side, level, muscle or limb ("progressive left motor weakness", "worsening LLE weakness"). */
export const DEFICIT_MODIFIERS: readonly string[] = [
  'left', 'right', 'bilateral', 'lt', 'rt', 'l', 'r', 'b/l', 'bilat', 'l4', 'l5', 's1', 'motor', 'focal', 'partial', 'complete', 'mild', 'moderate',
  'severe', 'dense', 'profound', 'ehl', 'ta', 'tibialis', 'anterior', 'dorsiflexion', 'plantarflexion', 'plantar flexion', 'hip flexor',
  'quadriceps', 'quad', 'gastrocnemius', 'great toe', 'toe', 'extensor', 'lower extremity', 'lower extremities', 'leg', 'legs',
  'lle', 'rle', 'le', 'ble', 'distal', 'proximal', 'ankle', 'foot', 'numbness', 'tingling', 'pain', 'sensory loss',
];
export const DEFICITS: readonly string[] = [
  'weakness', 'motor weakness', 'leg weakness', 'foot weakness', 'muscle weakness', 'lower extremity weakness',
  'neurologic deficit', 'neurologic deficits', 'neurological deficit', 'neurological deficits', 'neuro deficit',
  'neuro deficits', 'neurologic compromise', 'neurological compromise', 'neurologic decline', 'neurological decline',
  'motor deficit', 'motor deficits', 'motor loss', 'foot drop', 'footdrop', 'drop foot', 'paresis', 'paraparesis',
  'myelopathy', 'neurologic symptoms', 'neurological symptoms', 'neurologic findings', 'neurological findings',
  'weakness in the left leg', 'weakness in the right leg', 'weakness in the legs', 'weakness of the left leg',
  'weakness of the right leg', 'weakness in both legs', 'dorsiflexion weakness', 'plantarflexion weakness',
  // The gait of a foot drop, and heel or toe walking that fails.
  'steppage gait', 'steppage', 'foot slap', 'difficulty with heel walking', 'difficulty heel walking', 'difficulty with toe walking',
  'difficulty toe walking', 'inability to heel walk', 'inability to toe walk', 'loss of strength',
  // A patient's words for it: "new foot dragging", "worsening toe dragging".
  'foot dragging', 'toe dragging', 'dragging of the foot', 'dragging his foot', 'dragging her foot', 'dragging the foot', 'drags his foot', 'drags her foot',
  // Bare "deficit" needs a progression word before it, like every deficit here: "given the progressive deficit".
  'deficit', 'deficits',
];
/** Deficit, then a verb of worsening: "weakness is getting worse", "foot drop has progressed". */
export const WORSENING_AFTER: readonly string[] = [
  'progressing', 'progressed', 'has progressed', 'have progressed', 'is progressing', 'are progressing', 'worsening', 'worsened',
  'has worsened', 'have worsened', 'is worsening', 'getting worse', 'is getting worse', 'has gotten worse', 'increasing',
  'is increasing', 'has increased', 'progressively worse', 'gotten worse', 'become worse', 'gotten weaker', 'become weaker', 'getting weaker',
  'progressively weaker', 'progressively worsening', 'gradually worsening', 'steadily worsening', 'gradually getting worse', 'progressive',
  'declined', 'has declined', 'is declining', 'deteriorated', 'has deteriorated', 'is deteriorating', 'new since',
  'has developed', 'have developed', 'developed over the past', 'developed over the last',
  // Never bare "worse": "weakness, worse on the left" tells a side.
  'worse since', 'is worse since', 'are worse since', 'worse than before', 'worse than at the last visit', 'worse today', 'worse over the last',
  'worse over the past', 'now worse',
];
/**
 * A deficit said to progress in one phrase, a progressive deficit by itself: "plantarflexion strength has declined to 3/5",
 * "his left leg is getting weaker", "neurologic deterioration". Not bare "strength decreased", which an exam also writes
 * of a static weakness.
 */
export const PROGRESSING_DEFICITS: readonly string[] = [
  ...['leg', 'legs', 'foot', 'feet', 'ankle', 'left leg', 'right leg', 'left foot', 'right foot', 'lower extremity', 'lower extremities'].flatMap((limb) =>
    ['is getting weaker', 'getting weaker', 'has gotten weaker', 'has become weaker', 'is becoming weaker', 'becoming weaker', 'growing weaker', 'progressively weaker', 'weaker than before',
      'is dragging more', 'dragging more', 'drags more', 'has started dragging', 'has begun dragging', 'is now dragging'].map((change) => `${limb} ${change}`),
  ),
  'neurologic deterioration', 'neurological deterioration', 'neurologic worsening', 'neurological worsening', 'decline in neurologic function',
  'decline in neurological function', 'worsening neurologic exam', 'worsening neurological exam', 'worsening neurologic examination',
  'worsening neurological examination', 'motor decline',
  ...['strength', 'motor strength', 'muscle strength', 'power'].flatMap((what) =>
    ['has declined', 'declined', 'is declining', 'has decreased', 'has diminished', 'has worsened', 'worsened', 'has deteriorated', 'deteriorated', 'is decreasing', 'has dropped', 'dropped'].map((verb) => `${what} ${verb}`),
  ),
  'declining strength', 'deteriorating strength', 'worsening strength', 'decline in strength', 'declining motor strength', 'worsening motor strength',
];

/** A slip's grade going up: "progressed from grade 1 to grade 2". */
export const SLIP_GRADE_CHANGE_VERBS: readonly string[] = ['increased', 'progressed', 'advanced', 'worsened'];

/** Slip words for slip progression. */
export const SLIP_WORDS: readonly string[] = [
  'anterolisthesis', 'spondylolisthesis', 'spondylolisthses', 'spondylolithesis', 'spodylolisthesis', 'listhesis',
  'retrolisthesis', 'slip', 'slippage', 'subluxation', 'translation',
];
