import { AnyFinding, Finding, TherapyResponse } from '../types';
import { isNegated, isPresent, ofKind } from './findings';

/** Conservative care of the current episode, as the case counts it. */
export interface EpisodeCare {
  /**
   * Care received in this episode: present, completed or ongoing. A remote course ("PT in
   * 2012", "a brace in high school") is history, not this episode's care; planned care is not care yet.
   */
  received: readonly Finding<'conservativeTherapy'>[];
  /** Days of care so far: the longest episode (modalities usually run together, so not the sum). */
  days: number;
  /** The note says something about care: some received, or its absence ("has not had PT"). */
  documented: boolean;
  /** The worst response reported: none, else partial, else good; null when none is stated. */
  response: TherapyResponse | null;
}

export function episodeCare(findings: readonly AnyFinding[]): EpisodeCare {
  const therapies = ofKind(findings, 'conservativeTherapy');
  const received = therapies.filter((f) => isPresent(f) && f.attributes.status !== 'planned');
  let days = 0;
  for (const f of received) days = Math.max(days, f.attributes.durationDays ?? 0);
  const responses = new Set(received.map((f) => f.attributes.response));
  const response: TherapyResponse | null = responses.has('none') ? 'none' : responses.has('partial') ? 'partial' : responses.has('good') ? 'good' : null;
  return { received, days, documented: received.length > 0 || therapies.some(isNegated), response };
}
