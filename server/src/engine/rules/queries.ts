import { BLANK, CHECK_ALL, CHECK_ONE, optionLine, QUERY_FOOTER, queryHeader, UNDETERMINED_OPTION } from '../text/queryBlocks';
import { AnyFinding } from '../types';
import { gradeRangeLabel, lineNumber, quote } from './describe';

/**
 * Physician queries for documentation gaps, written to compliant query practice
 * (AHIMA/ACDIS, 2022 update): state the clinical indicators found in the note with where they
 * are, ask an open or multiple-choice question whose options are all clinically reasonable and
 * include "other" and "unable to determine", never suggest a diagnosis or a preferred answer,
 * never mention reimbursement. Yes/no is kept for confirming something the note documents.
 *
 * A query is a block between a header and a footer line (text/queryBlocks.ts), so that the
 * analysis of a note it was inserted in skips it and reads only the answer ticked.
 */

export interface QuerySpec {
  /** Short subject: "Functional status". */
  topic: string;
  /** Note findings that prompted the query, stated with their line numbers. */
  indicators: readonly AnyFinding[];
  /** The question, neutral and open. */
  question: string;
  /**
   * Multiple-choice answers, each one readable as documentation once ticked (what the physician
   * fills in a blank "____" is read too; instructions go in "(please ...)").
   * "Other" and "Unable to determine" are always added. Omit for an open question.
   */
  options?: readonly string[];
  /** More than one option may be ticked (otherwise two ticks are no answer). */
  severalAnswers?: boolean;
}

export const OTHER_OPTION = `Other (please specify): ${BLANK}`;
export const OPEN_ANSWER = `Answer (please document): ${BLANK}`;
export { UNDETERMINED_OPTION };

export function buildQuery(spec: QuerySpec): string {
  const seen = new Set<AnyFinding>();
  const indicators = [...spec.indicators]
    .filter((f) => (seen.has(f) ? false : (seen.add(f), true)))
    .sort((a, b) => a.start - b.start)
    .map((f) => `- Line ${lineNumber(f)}: ${quote(f.text, 120)}`);
  const answers = spec.options?.length ? spec.options : [OPEN_ANSWER];
  return [
    queryHeader(spec.topic),
    indicators.length ? 'Clinical indicators in this note:' : 'Clinical indicators in this note: none specific.',
    ...indicators,
    '',
    spec.question,
    spec.severalAnswers ? CHECK_ALL : CHECK_ONE,
    ...[...answers, OTHER_OPTION, UNDETERMINED_OPTION].map(optionLine),
    QUERY_FOOTER,
  ].join('\n');
}

// ---------------------------------------------------------------- one builder per documentation gap

export function outcomeMeasuresQuery(indicators: readonly AnyFinding[]): string {
  return buildQuery({
    topic: 'outcome measures',
    indicators,
    question: 'Please document any validated outcome measures obtained at this visit, with their scores.',
    options: [`Oswestry Disability Index (ODI): ${BLANK} %`, `Pain score (VAS or NRS): ${BLANK} /10`, 'Not obtained at this visit'],
    severalAnswers: true,
  });
}

export function functionalImpairmentQuery(indicators: readonly AnyFinding[]): string {
  return buildQuery({
    topic: 'functional status',
    indicators,
    question: "Based on your clinical judgment, please document the patient's current functional status.",
    options: [
      `Significant functional limitation present (please describe, e.g. work, walking or sitting tolerance, daily activities): ${BLANK}`,
      'No significant functional limitation',
    ],
  });
}

export function imagingCorrelationQuery(indicators: readonly AnyFinding[]): string {
  return buildQuery({
    topic: 'clinical correlation of imaging findings',
    indicators,
    question: "Please document the clinical significance, if any, of the imaging findings listed above in relation to the patient's symptoms.",
    options: [
      'Symptoms correlate with the imaging findings at the level(s) listed',
      'Symptoms do not correlate with the imaging findings',
      `Symptoms correspond only in part (please specify): ${BLANK}`,
    ],
  });
}

export function patientPreferenceQuery(indicators: readonly AnyFinding[]): string {
  return buildQuery({
    topic: 'treatment preference and risk/benefit discussion',
    indicators,
    question: "Please document whether risks, benefits and alternatives of the proposed treatment were discussed, and the patient's stated preference.",
    options: [
      'Risks, benefits and alternatives discussed; patient wishes to proceed with surgery',
      'Risks, benefits and alternatives discussed; patient prefers non-operative care',
      'Risks, benefits and alternatives discussed; patient undecided',
      'Risks, benefits and alternatives not yet discussed',
    ],
  });
}

export function therapyDurationQuery(indicators: readonly AnyFinding[]): string {
  return buildQuery({
    topic: 'conservative treatment history',
    indicators,
    question: 'Please document the conservative treatment received for this condition: for each treatment, its type, start date or duration, and the response.',
  });
}

export function gradeQuery(indicators: readonly AnyFinding[], grades: readonly number[]): string {
  return buildQuery({
    topic: 'spondylolisthesis grade',
    indicators,
    question: 'The slip grade and measurement documented above differ. Please clarify the Meyerding grade of the slip.',
    options: [...new Set(grades)].sort((a, b) => a - b).map((g) => `Grade ${g} (${gradeRangeLabel(g)} of the endplate)`),
  });
}
