import { SectionCategory } from '../../types';
import { ContextRule, TargetKind } from '../rule';
import { combine } from './combine';

/**
 * A slip progression is judged against the study it is compared with: "progressed since the prior
 * MRI" is today's finding, not history (in a COMPARISON section it is what the earlier study showed).
 */
const NOT_HISTORY: readonly TargetKind[] = ['redFlag:slipProgression'];
/** Kinds that date their own episodes (conservativeTherapy.remoteYear, surgicalPlan.pastAfter). */
const OWN_DATES: readonly TargetKind[] = ['conservativeTherapy', 'surgicalPlan'];
const PRIOR_STUDIES = combine(['prior', 'previous', 'comparison'], ['study', 'exam', 'examination', 'ct', 'mri', 'imaging', 'radiograph', 'radiographs', 'films', 'ultrasound']);
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** "s/p L5-S1 TLIF (09/22/2026) for grade 2 spondylolisthesis": the reason for a past surgery is history (context/assertion.ts). */
export const PAST_SURGERY_REASON = {
  id: 'history.reasonForPastSurgery',
  excludedKinds: NOT_HISTORY,
  // Where a procedure named is one done, s/p or not: "Procedure: L4-5 laminectomy for cauda equina syndrome" (surgicalPlan.procedureSection).
  doneInSections: ['technique'] as readonly SectionCategory[],
};
/**
 * A table row of a past episode is history where prose would be: a year in another of its cells at
 * least a year before the visit's ("| 03/2019 | Urinary retention after a fall |", as history.pastYear;
 * any year in an undated note), a table under a heading that starts with one of `headingWords`
 * ("PRIOR EPISODES:"), a cell under a past column ("Previous", "Prior (03/2025)": text/tables.ts `time`).
 * Read by context/tableRows.ts.
 */
export const PAST_TABLE_ROW = {
  id: 'history.pastTableRow',
  excludedKinds: [...NOT_HISTORY, ...OWN_DATES],
  yearsBeforeVisit: 1,
  headingWords: ['prior', 'previous', 'past', 'remote', 'old'] as readonly string[],
  /**
   * A finding written in a past column of a table of dated columns ("off work" under "Previous") is
   * history too, but for these kinds: a dated measurement is that date's value (test/fixtures: each
   * dated ODI cell is present), and a serial exam compares the columns itself.
   */
  pastColumnExcludedKinds: ['outcomeMeasure', 'redFlag:progressiveDeficit'] as readonly TargetKind[],
  /**
   * Kinds that date their own episodes (a therapy row's course), yet are history in a past column
   * whose header is a year or more before the visit: "| Physical therapy | 6 weeks | 4 weeks so far |"
   * under "Treatment | 03/2024 | Current" is a remote course and this episode's.
   */
  remoteColumnKinds: ['conservativeTherapy'] as readonly TargetKind[],
};
/** Verbs that retell how an episode of care began, with a time before the visit beside them (history.pastPresentation). */
const PRESENTATION_VERBS = [
  'presented', 'initially presented', 'first presented', 'originally presented', 'had presented', 'was seen', 'were seen',
  'had been seen', 'was evaluated', 'had been evaluated', 'was admitted', 'had been admitted', 'was hospitalized', 'was taken',
  'was brought', 'was transferred', 'came in', 'came to', 'was diagnosed', 'had been diagnosed', 'was found to have',
];
const SUBJECTS = ['she', 'he', 'they', 'the patient', 'the pt', 'pt'];

/** History: the finding was there in the past ("history of", "s/p", "resolved"). */
export const HISTORY_RULES: readonly ContextRule[] = [
  {
    id: 'history.forward',
    category: 'historical',
    excludedKinds: NOT_HISTORY,
    direction: 'forward',
    maxScope: 6,
    literals: [
      'history of', 'hx of', 'h/o', 'past history of', 'previous history of', 'prior history of', 'remote history of',
      'status post', 's/p', 'in the past', 'former', 'formerly', 'ex', 'remote', 'old history of', 'no longer',
    ],
  },
  {
    id: 'history.previous',
    category: 'historical',
    excludedKinds: NOT_HISTORY,
    direction: 'forward',
    maxScope: 4,
    literals: [
      'previous', 'previously', 'prior',
    ],
  },
  // A performed surgery: "underwent an L4-5 laminectomy in 2014" (therapy extractors decide their own status).
  {
    id: 'history.underwent',
    category: 'historical',
    excludedKinds: NOT_HISTORY,
    direction: 'forward',
    maxScope: 5,
    literals: [
      'underwent', 'has undergone', 'had undergone',
    ],
  },
  {
    id: 'history.ago',
    category: 'historical',
    excludedKinds: NOT_HISTORY,
    direction: 'backward',
    maxScope: 8,
    literals: [
      'in the past', 'years ago', 'year ago', 'months ago',
    ],
  },
  // "had pneumonia in 2015", "treated for Lyme disease in March 2019": a year before the visit's, after the finding.
  // Not before it: "in 1988 with slowly progressive weakness", "in 2000 she developed sciatica" tell an onset.
  {
    id: 'history.pastYear',
    category: 'historical',
    excludedKinds: [...NOT_HISTORY, ...OWN_DATES],
    direction: 'backward',
    maxScope: 8,
    yearsBeforeVisit: 1,
    undatedYearCounts: true,
    literals: ['in', 'back in', 'during', ...MONTHS.map((month) => `in ${month}`)],
  },
  // An episode of care dated before the finding: "hospitalized in 2020 for COVID-19 pneumonia".
  {
    id: 'history.pastEpisode',
    category: 'historical',
    excludedKinds: [...NOT_HISTORY, ...OWN_DATES],
    direction: 'forward',
    maxScope: 8,
    yearsBeforeVisit: 1,
    undatedYearCounts: true,
    literals: ['hospitalized in', 'admitted in', 'treated in', 'removed in', 'resected in', 'repaired in'],
  },
  // A retold episode: "she presented on 06/01/2026 with saddle numbness", "was seen in the ED last spring with urinary
  // retention", "in June she presented with a new foot drop" (its "new" is the past episode's). Only with a time before
  // the visit beside the verb: "presented today with", "presented 3 days ago with" are the current episode.
  // Red flags only: a red flag is about now, while another kind's retold onset ("first presented on 10/01 with
  // tingling into the thigh", at a re-examination) is the current episode of care unless an operation came between.
  {
    id: 'history.pastPresentation',
    category: 'historical',
    allowedKinds: ['redFlag'],
    excludedKinds: NOT_HISTORY,
    direction: 'forward',
    maxScope: 30,
    pastTimeBeside: true,
    throughTerminators: ['terminators.severity'],
    literals: PRESENTATION_VERBS,
  },
  // "At that time she had saddle anesthesia": the past time the retelling has set.
  {
    id: 'history.atThatTime',
    category: 'historical',
    excludedKinds: [...NOT_HISTORY, ...OWN_DATES],
    direction: 'forward',
    maxScope: 20,
    literals: combine(
      ['at that time', 'at the time', 'at that point', ...combine(['at the time of'], ['admission', 'presentation', 'diagnosis', 'injury', 'the injury', 'the accident', 'surgery', 'her surgery', 'his surgery'])],
      [...combine(SUBJECTS, ['had', 'also had', 'was', 'presented with', 'developed', 'reported', 'noted', 'complained of', 'was found to have']), 'there was', 'there were'],
    ),
  },
  // "sciatica in 2015, resolved after a microdiscectomy": it was there, and is not now.
  {
    id: 'history.resolvedAfter',
    category: 'historical',
    excludedKinds: NOT_HISTORY,
    direction: 'backward',
    maxScope: 8,
    literals: [
      'resolved', 'has resolved', 'have resolved', 'had resolved', 'which resolved', 'which have resolved',
      'which has resolved', 'that resolved', 'since resolved',
    ],
  },
  // "microdiscectomy with resolved right sciatica": the adjective before the finding.
  {
    id: 'history.resolvedBefore',
    category: 'historical',
    excludedKinds: NOT_HISTORY,
    direction: 'forward',
    maxScope: 3,
    literals: [
      'with resolved', 'and resolved', 'now resolved', 'since resolved', 'previously resolved',
    ],
  },
  {
    id: 'history.lifeStage',
    category: 'historical',
    excludedKinds: NOT_HISTORY,
    direction: 'both',
    maxScope: 12,
    literals: [
      'in childhood', 'as a child', 'as a teenager', 'in high school', 'in college', 'in grade school',
      'in middle school',
    ],
  },
  {
    id: 'history.recovered',
    category: 'historical',
    excludedKinds: NOT_HISTORY,
    direction: 'forward',
    maxScope: 6,
    literals: [
      'recovered from', 'healed', 'resolution of', 'interval resolution of', 'complete resolution of', 'resolved', 'no longer has',
      'no longer have', 'childhood', 'previously seen', 'previously described', 'previous episode of', 'prior episode of', 'previous episodes of', 'prior episodes of',
    ],
  },
  {
    id: 'history.noLonger',
    category: 'historical',
    excludedKinds: NOT_HISTORY,
    direction: 'backward',
    maxScope: 6,
    literals: [
      'no longer present', 'is no longer present', 'are no longer present', 'has healed', 'healed', 'last year', 'last month', 'years ago',
      'remitted', 'has remitted', 'has cleared', 'have cleared', 'cleared', 'corrected', 'has since stopped', 'have since stopped',
      'outgrown', 'a decade ago', 'decades ago', 'years back', 'several years back', 'from last admission', 'last admission',
      'last winter', 'last summer', 'last spring', 'last autumn', 'was completed', 'were completed',
      ...combine(['which', 'that'], ['remitted', 'has remitted', 'had remitted', 'cleared', 'has cleared', 'healed', 'has healed']),
    ],
  },
  // "had shingles in his forties": a decade of life after the finding ("a man in his forties with ..." is the patient now).
  {
    id: 'history.lifeDecade',
    category: 'historical',
    excludedKinds: NOT_HISTORY,
    direction: 'backward',
    maxScope: 8,
    literals: combine(['in his', 'in her', 'in their'], ['teens', 'twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', '20s', '30s', '40s', '50s', '60s', '70s']),
  },
  // A course finished: "completed 9 months of isoniazid" (not a form filled in: "completed a questionnaire").
  {
    id: 'history.completed',
    category: 'historical',
    excludedKinds: [...NOT_HISTORY, ...OWN_DATES],
    direction: 'forward',
    maxScope: 6,
    literals: combine(
      ['completed', 'has completed', 'had completed', 'finished'],
      ['a course of', 'treatment with', 'treatment for', ...combine(['*', 'a', 'her', 'his'], ['days of', 'weeks of', 'months of', 'cycles of', 'doses of', 'course of'])],
    ),
  },
  // What a prior study showed: "comparison study from 2019 demonstrated a small renal cyst".
  {
    id: 'history.priorStudyShowed',
    category: 'historical',
    excludedKinds: NOT_HISTORY,
    direction: 'forward',
    maxScope: 8,
    literals: combine(PRIOR_STUDIES, ['showed', 'demonstrated', 'revealed', 'from <year> showed', 'from <year> demonstrated', 'from <year> revealed']),
  },
];
