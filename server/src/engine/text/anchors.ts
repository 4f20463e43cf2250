import { pattern } from '../patterns';
import { StemAnchor } from './stemScanner';

/**
 * Extractor anchors derived from the vocabulary tables, so that a phrase added to a table also wakes
 * its extractor (see text/stemScanner.ts). Never list stems by hand next to a table.
 */

/** An anchor that knows the tables it was made from (tests check that every phrase of each wakes its extractor). */
export interface VocabularyAnchor extends StemAnchor {
  readonly wordStarts: readonly string[];
  readonly tables: Readonly<Record<string, readonly string[]>>;
}

/**
 * Words of a phrase its stem keeps. Whole words, not word beginnings: every form a phrase matches is
 * listed in its table, and a general first word alone ("posterior" of "posterior lumbar interbody
 * fusion", "lower" of "lower extremity weakness") would wake its extractor for half the sentences.
 */
const STEM_WORDS = 3;
const WORD_GAP = pattern('anchors.wordGap', '[\\s-]+');

/** A first word that starts with a mark continues the word before it: the "'d" of "she'd like". */
const CONTINUES_A_WORD = pattern('anchors.continuesAWord', '^[^a-z0-9]');

/**
 * The word-start stem of a phrase: its first three words, joined by one space, which the scanner reads
 * as a word gap ("home exercise program" -> "home exercise program", "loss of bowel control" -> "loss of bowel").
 * A phrase that starts inside a word ("'d like") is woken by its next words ("like").
 */
export function wordStartStem(phrase: string): string {
  const words = phrase.trim().toLowerCase().split(WORD_GAP);
  if (words.length > 1 && CONTINUES_A_WORD.test(words[0])) words.shift();
  return words.slice(0, STEM_WORDS).join(' ');
}

/** The word-start stems of every phrase of the tables. */
export function anchorFrom(tables: Record<string, readonly string[]>): VocabularyAnchor {
  const stems = new Set<string>();
  for (const phrases of Object.values(tables)) for (const phrase of phrases) stems.add(wordStartStem(phrase));
  return { wordStarts: [...stems].sort(), tables };
}
