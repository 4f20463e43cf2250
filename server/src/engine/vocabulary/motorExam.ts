/**
 * The motor examination: muscles and movements graded on the 0-5 (MRC) scale, and the words that
 * set one grade against an earlier one. A clinician can extend these tables.
 */

/** What a strength grade is given for: a muscle, a movement, or strength in general. */
export const GRADED_MOVEMENTS: readonly string[] = [
  'ehl', 'extensor hallucis longus', 'great toe extension', 'great toe extensor', 'great toe dorsiflexion', 'toe extension',
  'tib ant', 'ant tib', 'dorsiflexion', 'ankle dorsiflexion', 'foot dorsiflexion', 'dorsiflexors', 'ankle dorsiflexors', 'tibialis anterior',
  'plantarflexion', 'plantar flexion', 'ankle plantarflexion', 'plantarflexors', 'gastrocnemius', 'gastroc', 'gastrocsoleus',
  'eversion', 'foot eversion', 'ankle eversion', 'evertors', 'peroneals', 'inversion', 'foot inversion', 'tibialis posterior',
  'quadriceps', 'quads', 'quad', 'knee extension', 'knee extensors', 'hip flexion', 'hip flex', 'hip flexors', 'iliopsoas', 'hip abduction',
  'hip abductors', 'hip extension', 'hamstrings', 'knee flexion', 'strength', 'motor strength', 'motor', 'power',
  // Shorthand of exam lines: "R ankle DF 2/5", "PF 5/5" (not a bare "TA": a stem wakes every word it starts, "take", "table").
  'df', 'ankle df', 'foot df', 'pf', 'ankle pf', 'ehl/ta',
];

/** Words between two grades saying the second is the earlier one: "4/5, was 5/5 in August". */
export const EARLIER_GRADE_WORDS: readonly string[] = [
  'was', 'were', 'previously', 'prior', 'formerly', 'earlier', 'before', 'from', 'down from', 'decreased from', 'compared with',
  'compared to', 'vs', 'versus', 'last visit', 'last time', 'at the last visit', 'at last visit', 'on prior exam', 'on the prior exam',
  'initially', 'baseline', 'at baseline',
];

/** Words between two grades saying the second is the later one: "from 5/5 to 4/5", "5/5 -> 4/5", "was 5/5, now 4/5". */
export const LATER_GRADE_WORDS: readonly string[] = ['to', 'now', 'today', 'then', 'currently', 'and now', 'but now', 'has become', 'became'];
