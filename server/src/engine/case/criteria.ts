import { AnyFinding, CriterionState, Finding, SurgicalCriteria } from '../types';
import { EpisodeCare } from './conservativeCare';
import { isNegated, isPresent, ofKind } from './findings';

/**
 * The guideline's four conditions for fusion, all required: (a) failed comprehensive
 * conservative care for the minimum time, (b) significant functional impairment despite it,
 * (c) symptoms that correlate with the imaging, (d) the patient wants surgery after
 * understanding risks and benefits.
 *
 * Decided here, once: the Case's true / false / null, the surgical-criteria diagnostics, the
 * note summary and the physician queries all read this assessment. The states follow the
 * fixture convention (test/fixtures/README.md, "Case"):
 * - (a) not documented when the note says nothing about care (nothing to judge); met with the
 *   minimum reached and no or only partial relief reported (from any of it); otherwise not met:
 *   documented, but below the minimum (by the durations the note gives), undated, or not failed;
 * - (b) and (c) met with a present finding, not met with only negated ones;
 * - (d) met for an informed wish for surgery, not met when the patient declines.
 */

export type CriterionId = keyof SurgicalCriteria;
export type CriterionStatus = 'met' | 'not met' | 'not documented';

/** Why a criterion has its state (the rules phrase it). */
export type CriterionReason =
  // (a): nothing to judge; dated care below the minimum; care named but none of it dated;
  // the minimum reached but no response stated; good relief; no or partial relief
  | 'noCare'
  | 'tooShort'
  | 'undated'
  | 'responseNotStated'
  | 'helping'
  | 'failed'
  // (b), (c)
  | 'stated'
  | 'denied'
  | 'notStated'
  // (d)
  | 'declined'
  | 'informedWish'
  | 'notRecorded';

export interface CriterionAssessment {
  id: CriterionId;
  state: CriterionStatus;
  reason: CriterionReason;
  /** The findings the state rests on: the care received, the statements found. */
  evidence: readonly AnyFinding[];
}

/** The four criteria in guideline order. */
export function assessCriteria(findings: readonly AnyFinding[], care: EpisodeCare, minimumDays: number): CriterionAssessment[] {
  return [failedConservativeCare(care, minimumDays), statedCriterion(findings, 'functionalImpairment'), statedCriterion(findings, 'imagingCorrelation'), patientPreference(findings)];
}

/** The Case's value of a criterion: met true, not met false, not documented null. */
export function criterionValue(state: CriterionStatus): CriterionState {
  return state === 'met' ? true : state === 'not met' ? false : null;
}

export function criteriaValues(assessments: readonly CriterionAssessment[]): SurgicalCriteria {
  const value = (id: CriterionId) => criterionValue(assessments.find((a) => a.id === id)!.state);
  return {
    failedConservativeCare: value('failedConservativeCare'),
    functionalImpairment: value('functionalImpairment'),
    imagingCorrelation: value('imagingCorrelation'),
    patientPreference: value('patientPreference'),
  };
}

function failedConservativeCare(care: EpisodeCare, minimumDays: number): CriterionAssessment {
  const judged = (state: CriterionStatus, reason: CriterionReason): CriterionAssessment => ({ id: 'failedConservativeCare', state, reason, evidence: care.received });
  if (!care.documented) return judged('not documented', 'noCare');
  // Below the minimum by what the note dates; 'undated' when it dates none of the care it names.
  if (care.days < minimumDays) return judged('not met', care.days === 0 && care.undated.length > 0 ? 'undated' : 'tooShort');
  if (care.response === null) return judged('not met', 'responseNotStated');
  if (care.response === 'good') return judged('not met', 'helping');
  return judged('met', 'failed');
}

function statedCriterion(findings: readonly AnyFinding[], id: 'functionalImpairment' | 'imagingCorrelation'): CriterionAssessment {
  const mentions: AnyFinding[] = findings.filter((f) => f.kind === id);
  const stated = mentions.filter(isPresent);
  if (stated.length) return { id, state: 'met', reason: 'stated', evidence: stated };
  const denied = mentions.filter(isNegated);
  if (denied.length) return { id, state: 'not met', reason: 'denied', evidence: denied };
  return { id, state: 'not documented', reason: 'notStated', evidence: [] };
}

function patientPreference(findings: readonly AnyFinding[]): CriterionAssessment {
  const id = 'patientPreference';
  const mentions = ofKind(findings, 'patientPreference');
  const stated = mentions.filter(isPresent);
  const wants = (f: Finding<'patientPreference'>) => f.attributes.preference === 'surgery';
  // "Prefers to continue therapy", or "does not want surgery".
  const declines = [...stated.filter((f) => f.attributes.preference === 'nonoperative'), ...mentions.filter((f) => isNegated(f) && wants(f))];
  if (declines.length) return { id, state: 'not met', reason: 'declined', evidence: declines };
  const informedWish = stated.filter((f) => wants(f) && f.attributes.informed);
  if (informedWish.length) return { id, state: 'met', reason: 'informedWish', evidence: informedWish };
  // A wish without a risk/benefit discussion, or a discussion without a stated wish.
  return { id, state: 'not documented', reason: 'notRecorded', evidence: [...stated.filter(wants), ...stated.filter((f) => f.attributes.informed)] };
}
