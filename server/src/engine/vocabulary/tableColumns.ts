/**
 * What a table column holds, read from its header cell ("Duration", "Response", "Dates") or from a
 * cell's own label ("Dates: 05/2026 - 07/2026"). Lower case; a header matches when it is one of these
 * phrases, optionally followed by words in parentheses ("Response (pain)"). A clinician can extend any list.
 */
export type ColumnMeaning =
  /** What the row is about: a therapy, a measure, a muscle. */
  | 'label'
  /** The therapy of the row: "Modality", "Treatment". */
  | 'therapy'
  /** A date range: "Dates", "Period". */
  | 'dates'
  | 'start'
  | 'stop'
  | 'duration'
  | 'visits'
  | 'response'
  | 'status'
  /** The date of the row's exam or measurement: "Date", "Visit". */
  | 'date'
  /** A yes/no answer about the row's label: "Present?", "Y/N", or one column per answer ("Yes", "No") ticked in its cell. */
  | 'answer';

export const COLUMN_MEANINGS: ReadonlyArray<readonly [ColumnMeaning, readonly string[]]> = [
  ['label', [
    'measure', 'measures', 'outcome measure', 'outcome measures', 'instrument', 'scale', 'test', 'muscle', 'muscles', 'movement', 'myotome',
    'myotomes', 'motor', 'strength', 'item', 'symptom', 'symptoms', 'sign', 'signs', 'finding', 'question', 'red flag', 'red flags',
    'screening question', 'problem', 'event', 'condition', 'complaint',
  ]],
  ['therapy', [
    'modality', 'modalities', 'treatment', 'treatments', 'therapy', 'therapies', 'intervention', 'interventions', 'medication',
    'medications', 'drug', 'drugs', 'conservative care', 'conservative treatment', 'treatment tried', 'prior treatment', 'prior treatments',
  ]],
  ['dates', ['dates', 'date range', 'period', 'timeframe', 'time frame', 'when', 'dates of treatment', 'treatment dates']],
  ['start', ['start', 'started', 'start date', 'began', 'from', 'date started']],
  ['stop', ['stop', 'stopped', 'stop date', 'end', 'end date', 'ended', 'until', 'to', 'date stopped']],
  ['duration', ['duration', 'length', 'how long', 'length of treatment', 'length of trial', 'course', 'total duration']],
  ['visits', ['visits', 'sessions', '# visits', 'no. of visits', 'number of visits', 'frequency', 'sessions attended', 'visits attended']],
  ['response', ['response', 'result', 'results', 'outcome', 'effect', 'relief', 'benefit', 'efficacy', 'helped', 'improvement']],
  ['status', ['status', 'current status']],
  ['date', ['date', 'dates of exam', 'exam date', 'visit', 'visit date', 'dos', 'date of service', 'exam']],
  // A header's "?" and "(Y/N)" are dropped before it is looked up: "Present?", "Present (Y/N)" are "present".
  ['answer', ['present', 'yes/no', 'y/n', 'yes / no', 'y / n', 'yes or no', 'answer', 'positive', 'yes', 'no', 'y', 'n', 'absent', 'reported', 'endorses', 'denies']],
];

/** Header words of a column of one dated exam or measurement ("Eval 07/10", "Initial", "D/C"), besides a date itself. */
export const EXAM_COLUMN_WORDS: readonly string[] = [
  'initial', 'initial eval', 'eval', 'evaluation', 'intake', 'baseline', 're-eval', 're-evaluation', 'reeval', 'progress',
  'prior', 'previous', 'last visit', 'today', 'current', 'now', 'this visit', 'present visit', 'discharge', 'd/c', 'follow-up', 'f/u',
];

/**
 * Exam-column words that name the visit itself ("Current", "Today"): in a table of dated columns,
 * that column is the current reading and the others are past ones (text/tables.ts `time`).
 */
export const CURRENT_EXAM_WORDS: readonly string[] = ['today', 'current', 'now', 'this visit', 'present visit', 'discharge', 'd/c'];
