import { AnyFinding } from '../types';
import { gradeRangeLabel, lineNumber, quote } from './describe';

/**
 * Physician queries for documentation gaps, written to compliant query practice
 * (AHIMA/ACDIS, 2022 update): state the clinical indicators found in the note with where they
 * are, ask an open or multiple-choice question whose options are all clinically reasonable and
 * include "other" and "unable to determine", never suggest a diagnosis or a preferred answer,
 * never mention reimbursement. Yes/no is kept for confirming something the note documents.
 */

export interface QuerySpec {
  /** Short subject: "Functional status". */
  topic: string;
  /** Note findings that prompted the query, stated with their line numbers. */
  indicators: readonly AnyFinding[];
  /** The question, neutral and open. */
  question: string;
  /** Multiple-choice answers; "Other" and "Unable to determine" are always added. Omit for an open question. */
  options?: readonly string[];
}

export const OTHER_OPTION = 'Other (please specify): ____';
export const UNDETERMINED_OPTION = 'Unable to determine / clinically undetermined';

export function buildQuery(spec: QuerySpec): string {
  const seen = new Set<AnyFinding>();
  const indicators = [...spec.indicators]
    .filter((f) => (seen.has(f) ? false : (seen.add(f), true)))
    .sort((a, b) => a.start - b.start)
    .map((f) => `- Line ${lineNumber(f)}: ${quote(f.text, 120)}`);
  const answers = spec.options?.length ? spec.options : ['Please document: ____'];
  return [
    `Physician query: ${spec.topic}`,
    '',
    indicators.length ? 'Clinical indicators in this note:' : 'Clinical indicators in this note: none specific.',
    ...indicators,
    '',
    spec.question,
    ...[...answers, OTHER_OPTION, UNDETERMINED_OPTION].map((o) => `[ ] ${o}`),
  ].join('\n');
}

// ---------------------------------------------------------------- one builder per documentation gap

export function outcomeMeasuresQuery(indicators: readonly AnyFinding[]): string {
  return buildQuery({
    topic: 'outcome measures',
    indicators,
    question: 'Please document any validated outcome measures obtained at this visit, with their scores.',
    options: ['Oswestry Disability Index (ODI): ____ %', 'Pain score (VAS or NRS): ____ /10', 'Not obtained at this visit'],
  });
}

export function functionalImpairmentQuery(indicators: readonly AnyFinding[]): string {
  return buildQuery({
    topic: 'functional status',
    indicators,
    question: "Based on your clinical judgment, please document the patient's current functional status.",
    options: [
      'Functional limitation present (please describe, e.g. work, walking or sitting tolerance, daily activities): ____',
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
      'Symptoms correspond to the imaging findings at the level(s) listed',
      'Symptoms do not correspond to the imaging findings',
      'Symptoms partly correspond (please specify): ____',
    ],
  });
}

export function patientPreferenceQuery(indicators: readonly AnyFinding[]): string {
  return buildQuery({
    topic: 'treatment preference and risk/benefit discussion',
    indicators,
    question: "Please document whether risks, benefits and alternatives of the proposed treatment were discussed, and the patient's stated preference.",
    options: [
      'Discussed; patient wishes to proceed with surgery',
      'Discussed; patient prefers non-operative care',
      'Discussed; patient undecided',
      'Not yet discussed',
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
