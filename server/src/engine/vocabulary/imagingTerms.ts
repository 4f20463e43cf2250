/**
 * The words that name an imaging finding, which the imaging extractors' patterns are built from and
 * the stems that wake them are derived from (text/anchors.ts): a word added here is both matched and woken on.
 */

/** Stenosis (extractors/stenosis.ts); "narrowing" counts only with a canal, foramen or recess beside it. */
export const STENOSIS_TERMS: readonly string[] = [
  'stenosis', 'stenoses', 'stenotic', 'narrow', 'narrowing', 'narrowings', 'narrowed', 'narrows',
  'encroach', 'encroachment', 'encroaching', 'encroaches', 'compromise', 'compromised', 'compromises',
];

/** The sac whose compression is stenosis ("thecal sac compression", "compressing the thecal sac"). */
export const THECAL_SAC_WORDS: readonly string[] = ['thecal'];

/** A nerve root (extractors/nerveRootContact.ts): the mention must name one. */
export const NERVE_ROOT_WORDS: readonly string[] = ['root', 'roots'];
