/**
 * Inputs that stress one kind of finding at a time, made to any size by repeating a unit: what
 * `npm run bench` prints against size and what the linearity test doubles. A rule, extractor or
 * post-processing step that compares every pair of findings shows here as a cost that grows
 * faster than the text.
 */
export interface PathologicalInput {
  label: string;
  unit: string;
}

export const PATHOLOGICAL_INPUTS: readonly PathologicalInput[] = [
  { label: '"no " repeated', unit: 'no ' },
  { label: '"grade " repeated', unit: 'grade ' },
  { label: '"stenosis no " repeated', unit: 'stenosis no ' },
  { label: 'one long line', unit: 'Grade 1 anterolisthesis L5 on S1 with mild foraminal narrowing ' },
  { label: 'dense findings', unit: 'Grade 1 anterolisthesis of L5 on S1, 3 mm. Mild L4-5 stenosis. No pars defect.\n' },
  // Every slip at one segment, none disagreeing: a pairwise grade check meets its worst case.
  { label: 'many slips', unit: 'Grade 1 anterolisthesis of L4 on L5, 4 mm.\n' },
  { label: 'many levels', unit: 'L1-2: mild stenosis. L2-3: no stenosis. L3-4: moderate foraminal narrowing. L4-5: disc bulge. L5-S1: grade 1 anterolisthesis.\n' },
  { label: 'many therapies', unit: 'Physical therapy for 6 weeks without relief. Ibuprofen 800 mg and gabapentin did not help. Epidural steroid injection on 03/02/2024 helped. Chiropractic care.\n' },
  { label: 'many pars defects', unit: 'Bilateral L5 pars defects. Chronic spondylolysis at L4, healed on CT.\n' },
  { label: 'many clinic findings', unit: 'ODI 40 %. Pain 7/10. Smokes 1 ppd. Denies saddle anesthesia. Numbness in the left L5 distribution. Wants to avoid surgery.\n' },
  { label: 'many dates', unit: 'Seen 01/02/2023, 02/03/2023 and 03/04/2023; MRI on 04/05/2023. Started PT on 05/06/2023 for 8 weeks.\n' },
  // Findings a rule pairs by level, never at the same one: a find per finding compares every pair.
  { label: 'stenoses, roots elsewhere', unit: 'Mild foraminal stenosis at L4-5. Moderate central stenosis at L3-4 with contact of the L4 nerve root. L4-5 TLIF is recommended.\n' },
  { label: 'decompressions, slips elsewhere', unit: 'Plan: L4-5 laminectomy without fusion is recommended. Grade 1 anterolisthesis of L3 on L4. Severe central stenosis at L4-5.\n' },
  // Re-mentions without a severity, each looked up among the graded ones.
  { label: 'ungraded stenoses, a plan', unit: 'Foraminal narrowing at L4-5. Canal narrowing at L3-4. L4-5 fusion is recommended.\n' },
  // One table as long as the note: a therapy table, a motor flowsheet (a row per date, read once per table), a motor table.
  { label: 'one long therapy table', unit: '| Modality | Dates | Duration | Response |\n| Physical therapy | 03/01/2026 - 04/15/2026 | 6 wk | no relief |\n' },
  { label: 'one long motor flowsheet', unit: 'Date | EHL | Tib ant\n06/02/2026 | 5/5 | 5/5\n08/25/2026 | 4/5 | 3/5\n' },
  { label: 'one long motor table', unit: 'Muscle       06/02/2026   08/25/2026\nEHL          5/5          4/5\n' },
];

/** `unit` repeated to exactly `size` characters. */
export function repeatedTo(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}
