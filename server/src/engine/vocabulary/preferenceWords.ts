/**
 * How a patient states a preference about surgery (extractors/patientPreference.ts, surgical criterion d).
 * The extractor's patterns are built from these tables and the stems that wake it derived from them.
 */

/** Every phrase made of one word from each part ('' leaves the part out). */
const product = (...parts: ReadonlyArray<readonly string[]>): string[] =>
  parts.reduce<string[]>((acc, words) => acc.flatMap((a) => words.map((w) => [a, w].filter(Boolean).join(' '))), ['']);

/** A verb of wanting before what is wanted ("wishes to proceed with surgery", "is ready for surgery"). */
export const WANT_WORDS: readonly string[] = [
  'hopes', 'hoping', 'hope', 'wishes', 'wish', 'wanted', 'wants', 'want', 'would like', "'d like", 'desires', 'desire', 'desired',
  'elects', 'elected', 'elect', 'chooses', 'chose', 'choose', 'opted', 'opts', 'agrees', 'agreed', 'agree', 'prefers', 'preferred',
  'prefer', 'decides', 'requests', 'requested', 'asks for', 'asked for', 'would rather',
  ...product(['', 'is'], ['ready', 'interested', 'eager', 'willing', 'motivated', 'keen']),
  ...product(['', 'has'], ['decided']),
];

/** A refusal ("does not want surgery", "declines surgery", "reluctant to undergo surgery"). */
export const REFUSAL_PHRASES: readonly string[] = [
  ...product(['does', 'did', 'do', 'would'], ['not'], ['want', 'wish', 'desire', 'like']),
  ...product(["doesn't", "didn't", "don't", "wouldn't"], ['want', 'wish', 'desire', 'like']),
  'declines', 'decline', 'declined', 'refuses', 'refused', 'is declining', 'not interested in', 'opposed to', 'averse to',
  ...product(['reluctant to'], ['have', 'undergo', 'consider']),
];

/** Consent given, before "for" or "to" ("consented for L5-S1 TLIF", "signed the surgical consent for"). */
export const CONSENT_PHRASES: readonly string[] = [
  'consented', 'consents', 'has consented',
  ...product(['signed'], ['', 'the'], ['', 'surgical', 'informed'], ['consent']),
  ...product(['gave'], ['', 'informed'], ['consent']),
];

/** The patient's own request ("per the patient's request", "at her request"). */
export const REQUEST_PHRASES: readonly string[] = ["patient's request", 'his request', 'her request'];

/**
 * A risk/benefit discussion (patientPreference 'informed'): a risk word and a word of discussing in one
 * sentence. Named complications count as risks ("we went over infection, nerve injury and nonunion").
 */
export const RISK_DISCUSSION_RISKS: readonly string[] = [
  'risk', 'risks', 'complication', 'complications', 'pros and cons', 'nonunion', 'non-union', 'pseudarthrosis', 'dural tear', 'durotomy',
  'nerve injury', 'nerve damage', 'hardware failure',
];
export const RISK_DISCUSSION_VERBS: readonly string[] = [
  'discuss', 'discussed', 'discussing', 'discussion', 'explain', 'explained', 'review', 'reviewed', 'understand', 'understands',
  'understood', 'aware', 'counsel', 'counseled', 'counselled', 'informed', 'consent', 'consented', 'cited', 'accepted', 'accepts',
  'outlined', 'talked', 'benefit', 'benefits', 'alternatives', 'went over', 'go over', 'gone over', 'going over',
];
