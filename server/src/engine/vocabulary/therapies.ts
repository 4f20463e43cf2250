import { TherapyModality, TherapyResponse, TherapyStatus } from '../types';

/**
 * Conservative-care vocabulary: what names a therapy, what says it is done, going on or planned,
 * and how it went. Lower case; a space also matches a hyphen or several spaces. Medications are
 * in drugs.ts. A clinician can extend any list.
 *
 * Not listed on purpose: bare "therapy" / "therapist" (occupational, speech, respiratory...),
 * bare "rest" ("pain at rest"), bare "exercise" ("exercise tolerance"), bare "epidural"
 * (anaesthesia, "epidural fat"), massage and acupuncture (no modality for them in the guideline).
 * "PT" is read in code (it also means "patient" and "prothrombin time").
 */
export const THERAPY_PHRASES: ReadonlyArray<readonly [TherapyModality, readonly string[]]> = [
  ['physicalTherapy', [
    'physical therapy', 'physical therapies', 'physical therapist', 'physiotherapy', 'physio', 'p.t.', 'formal therapy',
    'formal physical therapy', 'outpatient therapy', 'aquatic therapy', 'aqua therapy', 'aquatherapy', 'pool therapy',
    'water therapy', 'mckenzie therapy', 'mckenzie exercises', 'mckenzie program', 'mckenzie based therapy', 'mckenzie based physical therapy',
    'mckenzie method', 'mckenzie protocol', 'mechanical diagnosis and therapy', 'core stabilization program',
    'lumbar stabilization program', 'lumbar stabilization exercises', 'core stabilization exercises', 'stabilization program',
    'spine rehab', 'spine rehabilitation', 'spinal rehabilitation', 'rehabilitation program', 'physical rehabilitation',
    'work hardening', 'work conditioning', 'functional restoration program', 'physical therapy program', 'pt program',
  ]],
  ['homeExercise', [
    'home exercise program', 'home exercise programs', 'home exercise', 'home exercises', 'home exercise regimen', 'hep',
    'home program', 'home stretching', 'home stretching program', 'exercise program', 'exercise regimen', 'stretching program',
    'stretching exercises', 'strengthening exercises', 'core strengthening', 'core strengthening exercises', 'walking program',
    'exercises at home', 'self directed exercise', 'self directed exercises',
  ]],
  ['chiropractic', [
    'chiropractic', 'chiropractic care', 'chiropractic treatment', 'chiropractic treatments', 'chiropractic manipulation',
    'chiropractic adjustments', 'chiropractor', 'chiropractors', 'chiro', 'spinal manipulation', 'spinal manipulative therapy',
    'osteopathic manipulation', 'osteopathic manipulative treatment', 'omt', 'manipulative therapy',
  ]],
  ['bracing', [
    'brace', 'braces', 'bracing', 'back brace', 'lumbar brace', 'lumbosacral brace', 'lumbar corset', 'corset', 'lso',
    'tlso', 'lumbosacral orthosis', 'lumbar sacral orthosis', 'chairback brace', 'lumbar binder', 'thoracolumbosacral orthosis', 'lumbar orthosis', 'immobilization', 'immobilized',
    'lumbar support belt', 'support belt', 'back support belt', 'lumbar belt', 'back belt', 'sacroiliac belt', 'si belt', 'lumbar support',
  ]],
  ['activityModification', [
    'activity modification', 'activity modifications', 'activity restriction', 'activity restrictions', 'modified activity',
    'modified activities', 'modified duty', 'light duty', 'restricted duty', 'work restrictions', 'work restriction',
    'lifting restrictions', 'lifting restriction', 'rest from', 'avoid heavy lifting', 'avoiding heavy lifting', 'avoidance of heavy lifting',
    'avoid lifting', 'restricted activity', 'restricted activities', 'avoid bending and lifting', 'avoidance of bending and lifting', 'relative rest', 'bed rest', 'avoid aggravating activities',
    'avoidance of aggravating activities', 'ergonomic modifications',
  ]],
  ['injection', [
    'epidural steroid injection', 'epidural steroid injections', 'epidural steriod injection', 'epidural steriod injections',
    'epidural steroid', 'epidural steroids', 'epidural injection', 'epidural injections', 'epidural shot', 'epidural shots',
    'epidural block', 'epidurals', 'lumbar epidural', 'lumbar epidural steroid injection', 'caudal epidural',
    'caudal epidural steroid injection', 'caudal epidural steroid injections', 'interlaminar epidural',
    'interlaminar epidural steroid injection', 'interlaminar epidural steroid injections', 'transforaminal epidural', 'transforaminal epidural steroid injection',
    'transforaminal epidural steroid injections', 'transforaminal injection', 'transforaminal injections',
    'transforaminal steroid injection', 'esi', 'esis', "esi's", 'lesi', 'tfesi', 'tfesis', 'ilesi', 'cesi',
    'facet injection', 'facet injections', 'facet joint injection', 'facet joint injections', 'facet block', 'facet blocks',
    'facet joint block', 'facet joint blocks', 'medial branch block', 'medial branch blocks', 'mbb', 'mbbs',
    'radiofrequency rhizotomy', 'radiofrequency ablation of the medial branch', 'radiofrequency neurotomy', 'rhizotomy',
    'selective nerve root block', 'selective nerve root blocks', 'snrb', 'nerve root block', 'nerve root blocks',
    'nerve root injection', 'nerve root injections', 'nerve block', 'nerve blocks', 'trigger point injection',
    'trigger point injections', 'si joint injection', 'si joint injections', 'sacroiliac joint injection',
    'sacroiliac joint injections', 'steroid injection', 'steroid injections', 'cortisone injection', 'cortisone injections',
    'cortisone shot', 'cortisone shots', 'spinal injection', 'spinal injections', 'back injection', 'back injections',
    'lumbar injection', 'lumbar injections', 'injection', 'injections', 'injection therapy', 'pain injections', 'spine injections',
  ]],
];

/**
 * Names that say too little alone ("injections", "a brace"): read as spine care only in a spine
 * note and with nothing beside them that aims them elsewhere ("knee injection", "Toradol shot").
 */
export const GENERIC_THERAPY_NAMES: readonly string[] = [
  'injection', 'injections', 'injection therapy', 'steroid injection', 'steroid injections', 'cortisone injection',
  'cortisone injections', 'cortisone shot', 'cortisone shots', 'nerve block', 'nerve blocks', 'trigger point injection',
  'trigger point injections', 'brace', 'braces', 'bracing', 'immobilization', 'immobilizations', 'immobilized', 'orthosis', 'corset',
];

/**
 * A physical therapy note's field for the care it gave ("Dates of care: 07/01/2026 - 10/10/2026"):
 * in such a note it is the course of physical therapy, dated by its value. Not a plan of care's
 * certification period ("Plan of care dates:", "Certification period:"), which is the care planned.
 */
export const PT_EPISODE_FIELDS: readonly string[] = ['dates of care', 'date of care', 'episode of care', 'dates of treatment', 'treatment dates', 'dates of service', 'duration of care'];

/** Physical therapy's abbreviation, read in code: "PT" is also the patient and the prothrombin time. */
/** A clause that opens with one of these and names no therapy is a further course of the one before: "PT for 4 weeks, then another 4 weeks after a flare". */
export const FURTHER_COURSE_WORDS: readonly string[] = ['another', 'a further', 'a second', 'an additional', 'a second course of', 'another course of', 'another round of'];

export const PT_ABBREVIATIONS: readonly string[] = ['pt', 'pts'];

/**
 * A discharge from the therapy itself ("Discharged from PT", "discharged from formal physical therapy"):
 * a completed course, but only right before the therapy, since a discharge from hospital or from
 * another service says nothing of the care named after it ("discharged from my services with a home program").
 */
export const DISCHARGED_FROM: readonly string[] = ['discharged from', 'was discharged from', 'has been discharged from', 'discharge from'];
/** How far (characters) before its therapy a DISCHARGED_FROM cue may stand: a word such as "formal" or "outpatient" between. */
export const DISCHARGED_FROM_REACH = 12;

/** Status cues: the nearest one before a therapy (else right after it) decides its status. */
export type StatusCue = TherapyStatus | 'refused' | 'pastPlanned' | 'intolerant';
export const STATUS_CUES: ReadonlyArray<readonly [StatusCue, readonly string[]]> = [
  ['completed', [
    // "attended 8 of 12 scheduled PT sessions": the sessions were had, whatever was scheduled.
    'attended * of * scheduled', 'attended * of * planned', 'completed * of * scheduled', 'completed * of * planned',
    'completed', 'completing', 'has completed', 'finished', 'finishing', 'underwent', 'undergone', 'has undergone', 'tried',
    'trialed', 'has tried', 'failed', 'has failed', 'failure of', 'had', 'has had', 'have had', 'did', 'received', 'has received',
    'was in', 'went to', 'attended', 'participated in', 'took', 'used', 'was on', 'was given', 's/p', 'status post',
    // "Discharge from skilled PT" (a hospital discharge says nothing about a therapy).
    'discharged from skilled', 'discharge from skilled', 'graduated from', ...DISCHARGED_FROM,
    'previous', 'previously', 'prior', 'in the past', 'history of', 'hx of', 'discontinued', 'stopped', 'quit', 'exhausted',
    'despite', 'after', 'following', 'last year', 'was treated with', 'treated with', 'were tried', 'was tried',
    'was done', 'was performed', 'were performed', 'got', 'seen', 'saw', 'has seen', 'had seen', 'sought', 'has been treated with', 'wore', 'was wearing', 'no longer', 'no longer taking', 'no longer on', 'done', 'has done', 'tapered off',
  ]],
  ['ongoing', [
    'currently', 'current', 'continue', 'continues', 'continuing', 'continued', 'still', 'remains on', 'remain on', 'is on',
    'on', 'now on', 'taking', 'takes', 'is taking', 'using', 'uses', 'attending', 'attends', 'participating', 'doing',
    'is doing', 'has been doing', 'is in', 'has been in', 'has been going to', 'has been attending', 'has been taking',
    'has been using', 'has been on', 'ongoing', 'presently', 'maintained on', 'started', 'began', 'begun', 'initiated', 'was initiated', 'commenced', 'was started on', 'was prescribed',
    'was placed on', 'was put on', 'is undergoing', 'undergoing', 'now', 'began seeing', 'is seeing', 'has been seeing', 'working with', 'has been working with', 'is working with', 'has been wearing', 'is wearing', 'wears', 'wearing', 'has taken', 'have taken', 'has been taking', 'has been on', 'as needed', 'prn', 'p.r.n.', 'resume', 'resumed', 'restart', 'restarted',
    // The present perfect of attending tells the course up to now, not its end ("has attended PT 2x/week x 6 wks").
    'has attended', 'have attended',
    'performs', 'performing', 'is performing', 'kept up', 'has kept up', 'keeps up', 'keeping up', 'maintains', 'has maintained',
  ]],
  ['planned', [
    'start', 'starting', 'begin', 'beginning', 'initiate', 'initiating', 'refer', 'referral', 'referral to', 'referring',
    'will', 'plan', 'plans', 'planned', 'planning', 'recommend', 'recommends', 'recommending', 'recommendation', 'recommended', 'going to', 'am going to', 'will have', 'might require', 'may require', 'could require', 'may need', 'might need', 'needs', 'would require', 'might be', 'starting her on', 'starting him on', 'start her on', 'start him on', 'starting the patient on', 'start the patient on', 'will start', 'will begin', 'prescribed today', 'today', 'sent for', 'being sent for', 'is being sent for', 'to be seen', 'is to be seen', 'is to be', 'to be', 'will be', 'schedule',
    'scheduling', 'scheduled', 'prescribe', 'prescribing', 'order', 'ordering', 'ordered', 'consider', 'considering',
    'try', 'trying', 'candidate for', 'would benefit', 'may benefit', 'could benefit', 'might benefit',
    'set up', 'arrange', 'arranged', 'sign up', 'enroll', 'proceed with', 'option', 'options', 'offer', 'discussed',
    'discuss', 'should', 'if', 'add', 'adding', 'switch to', 'change to', 'rx', 'prescription for', 'new prescription',
    'would like', 'wishes to', 'wants to', 'interested in', 'next step', 'pending', 'awaiting', 'to undergo',
  ]],
  // "Trial of oral steroids in February without benefit" was had; "trial of gabapentin" alone is a plan.
  ['pastPlanned', ['trial of', 'was referred to', 'was referred for', 'were recommended', 'was recommended', 'referred to', 'referred for', 'suggested', 'suggests', 'was offered', 'offered', 'requested', 'was requested']],
  ['refused', [
    'declined', 'declines', 'refused', 'refuses', 'deferred', 'defers', 'not interested in', 'opted against', 'opted out of',
    'unwilling to', 'cannot take', "can't take", 'unable to take', 'contraindicated', 'allergic to', 'allergy to',
    'not covered', 'denied by insurance', 'did not want', 'does not want', "doesn't want",
  ]],
  ['intolerant', ['did not tolerate', 'could not tolerate', 'intolerant of', 'intolerance to', 'side effects', 'not tolerated', 'unable to tolerate']],
];

/** Response cues: the nearest one in the clause decides how care went. */
export const RESPONSE_CUES: ReadonlyArray<readonly [TherapyResponse, readonly string[]]> = [
  ['none', [
    'no relief', 'no significant relief', 'no improvement', 'no significant improvement', 'no benefit', 'no significant benefit',
    'without relief', 'without improvement', 'without benefit', 'without significant relief', 'without significant improvement',
    'without significant benefit', 'without lasting relief', 'without meaningful improvement', 'without meaningful relief', 'without meaningful benefit', 'without lasting change', 'without lasting benefit', 'without lasting improvement', 'without change', 'with no change', 'without much relief', 'without much improvement', 'without much benefit', 'without much help', 'without effect', 'without much effect', 'without any effect', 'no effect', 'no meaningful improvement', 'no meaningful relief', 'no lasting change', 'no lasting benefit', 'no lasting improvement', 'without any relief', 'without any improvement', 'did not help',
    "didn't help", 'has not helped', 'have not helped', 'not helped', 'not helpful', 'unhelpful', 'ineffective', 'not effective',
    'failed', 'has failed', 'failure of', 'did not improve', "didn't improve", 'no response', 'did not respond', 'not respond',
    'little relief', 'little to no relief', 'little or no relief', 'little improvement', 'little benefit', 'no lasting relief',
    'no sustained relief', 'not improved', 'made it worse', 'made her worse', 'made him worse', 'made things worse', 'made symptoms worse', 'made the pain worse', 'worsened', 'no better', 'not better', 'despite', 'not had relief', 'not had any relief', 'had no relief', 'not gotten relief', 'not gotten any relief', 'not getting relief', 'not received relief', 'not provided relief', 'not provide relief', 'not given relief', 'not helping', 'is not helping', 'not working', 'not been helpful', 'not been effective', 'refractory to',
    'did not provide relief', 'did not provide any relief', 'did not give relief', 'no help', 'of no help', 'no change',
    'no significant change', 'without significant change', 'no real change', 'no real relief', 'no real improvement',
    'no appreciable relief', 'no appreciable improvement', 'no appreciable change', 'no noticeable relief', 'no noticeable improvement',
    'no meaningful change', 'little effect', 'little to no effect', 'little change',
    'pain unchanged', 'pain is unchanged', 'pain was unchanged', 'symptoms unchanged', 'symptoms are unchanged', 'symptoms were unchanged',
    'without success', 'unsuccessful', 'not successful', 'w/o relief', 'w/o improvement', 'w/o benefit', 'w/o help', 'w/o any relief',
  ]],
  ['partial', [
    'partial relief', 'partial improvement', 'partial response', 'partial benefit', 'partially', 'partially helpful',
    'some relief', 'some improvement', 'some benefit', 'temporary relief', 'temporary improvement', 'temporary benefit',
    'temporary', 'temporarily', 'temp relief', 'temp improvement', 'transient', 'transient relief', 'transiently', 'short term relief',
    'short lived', 'short lived relief', 'brief relief', 'briefly', 'modest relief', 'modest improvement', 'modest benefit',
    'mild relief', 'mild improvement', 'mild benefit', 'minimal relief', 'minimal improvement', 'minimal benefit',
    'slight relief', 'slight improvement', 'moderate relief', 'moderate improvement', 'moderate benefit', 'somewhat',
    'helped a little', 'helped somewhat', 'helped some', 'helps some', 'helps him some', 'helps her some', 'only helps', 'only helped', 'helps a little', 'helps somewhat', 'only helps him some', 'only helps her some', 'helped temporarily', 'helped briefly', 'wore off', 'wears off',
    'wearing off', 'only lasted', 'lasted only', 'limited relief', 'limited improvement', 'limited benefit', 'mixed results',
    'some pain relief', 'partial pain relief', 'minimal pain relief', 'mild pain relief', 'some help', 'minimal help', 'a little help',
    'little help', 'slight help', 'modest help', 'minimal effect', 'some effect', 'limited effect', 'modest effect', 'mild effect',
    'helped initially', 'initially helped', 'initial relief', 'initial improvement', 'helped for a while', 'helped for a time',
  ]],
  ['good', [
    'significant relief', 'significant improvement', 'significant benefit', 'good relief', 'good improvement', 'good response',
    'good results', 'great relief', 'excellent relief', 'excellent response', 'excellent results', 'complete relief',
    'complete resolution', 'resolved', 'resolution', 'helped', 'helps', 'helpful', 'improved', 'much improved',
    'much better', 'effective', 'substantial relief', 'substantial improvement', 'marked improvement',
    'dramatic improvement', 'dramatic relief', 'with relief', 'got relief', 'gave her relief', 'gave him relief', 'provided relief',
    'benefited', 'responded well', 'lasting relief', 'lasting benefit', 'lasting improvement', 'good benefit', 'great benefit', 'significantly improved', 'significantly better',
  ]],
];

/** A table's Response cell that is only a word or two ("partial", "none", "good"): how care went. */
export const RESPONSE_CELL_WORDS: ReadonlyArray<readonly [TherapyResponse, readonly string[]]> = [
  ['none', ['none', 'no', 'nil', 'poor', 'worse', 'no change', 'unchanged', 'no effect', 'ineffective', 'not helpful', 'failed']],
  ['partial', ['partial', 'some', 'fair', 'mild', 'minimal', 'moderate', 'temporary', 'transient', 'slight', 'limited', 'mixed']],
  ['good', ['good', 'very good', 'excellent', 'great', 'significant', 'yes', 'resolved', 'helpful', 'effective']],
];
