import { AnyFinding, Finding, TherapyResponse } from '../types';
import { isNegated, isPresent, ofKind } from './findings';

type Therapy = Finding<'conservativeTherapy'>;

/** Conservative care of the current episode, as the case counts it. */
export interface EpisodeCare {
  /**
   * Care received in this episode: present, completed or ongoing. A remote course ("PT in
   * 2012", "a brace in high school") is history, not this episode's care; planned care is not care yet.
   */
  received: readonly Therapy[];
  /** Days of care so far: the longest episode (modalities usually run together, so not the sum). */
  days: number;
  /** The note says something about care: some received, or its absence ("has not had PT"). */
  documented: boolean;
  /** The worst response reported: none, else partial, else good; null when none is stated. */
  response: TherapyResponse | null;
  /**
   * Received treatments whose duration the note never gives: the first undated mention of each
   * treatment (modality and drug) that no other mention dates.
   */
  undated: readonly Therapy[];
  /**
   * Undated mentions that restate a treatment already told: the medication list's "Ibuprofen
   * 600 mg TID" beside "ibuprofen for 2 months", or a second undated mention. The same course, listed once.
   */
  repeats: readonly Therapy[];
}

/** What makes two mentions the same treatment: "physicalTherapy", "medication:ibuprofen". */
export function treatmentKey(f: Therapy): string {
  return f.attributes.drug ? `${f.attributes.modality}:${f.attributes.drug}` : f.attributes.modality;
}

export function episodeCare(findings: readonly AnyFinding[]): EpisodeCare {
  const therapies = ofKind(findings, 'conservativeTherapy');
  const received = therapies.filter((f) => isPresent(f) && f.attributes.status !== 'planned');
  let days = 0;
  for (const f of received) days = Math.max(days, f.attributes.durationDays ?? 0);
  const responses = new Set(received.map((f) => f.attributes.response));
  const response: TherapyResponse | null = responses.has('none') ? 'none' : responses.has('partial') ? 'partial' : responses.has('good') ? 'good' : null;
  // Each treatment's undated mentions after the first add nothing, nor do any when another mention dates it.
  const dated = new Set(received.filter((f) => f.attributes.durationDays !== undefined).map(treatmentKey));
  const seen = new Set<string>();
  const undated: Therapy[] = [];
  const repeats: Therapy[] = [];
  for (const f of received) {
    if (f.attributes.durationDays !== undefined) continue;
    const key = treatmentKey(f);
    if (dated.has(key) || seen.has(key)) repeats.push(f);
    else undated.push(f);
    seen.add(key);
  }
  return {
    received,
    days,
    documented: received.length > 0 || therapies.some(isNegated),
    response,
    undated,
    repeats,
  };
}
