import { pattern } from '../patterns';
import { ImagingModality } from '../types';

/** Imaging modality named in a piece of text ("MRI LUMBAR SPINE", "CT myelogram", "standing radiographs"). */
const MODALITY_WORD = pattern(
  'modality.word',
  '(?<![a-z])(?:(mri|mr|magnetic[ \\t]+resonance)|(ct|cat[ \\t]+scan|computed[ \\t]+tomography)|(x-?rays?|xr|radiographs?|radiography|films?|flexion[ \\t/-]+extension|standing[ \\t]+(?:ap|lateral|views?)|views?[ \\t]+of[ \\t]+the[ \\t]+lumbar))(?![a-z])',
);

export function modalityIn(lower: string): ImagingModality | undefined {
  const m = MODALITY_WORD.exec(lower);
  if (!m) return undefined;
  return m[1] ? 'MRI' : m[2] ? 'CT' : 'radiograph';
}

/** Where the first modality word of a piece of text is, for a title naming its exam. */
export function modalityAt(lower: string): { start: number; end: number } | undefined {
  const m = MODALITY_WORD.exec(lower);
  return m ? { start: m.index, end: m.index + m[0].length } : undefined;
}

/** The first two non-blank lines (at most 200 characters): where a report names its exam. */
function titleOf(lower: string): string {
  const lines = lower.slice(0, 400).split('\n').filter((l) => l.trim() !== '');
  return lines.slice(0, 2).join('\n').slice(0, 200);
}

/** The report's own modality, from its title (the exam name) — radiology reports name it there. */
export function noteModality(lower: string): ImagingModality | undefined {
  return modalityIn(titleOf(lower));
}

export type SpineRegion = 'cervical' | 'thoracic' | 'lumbar';

const REGION_WORD = pattern(
  'reportTitle.region',
  '(?<![a-z])(?:(lumbar|lumbosacral|l-spine|lss|ls[ \\t]+spine|l/s[ \\t]+spine)|(cervical|c-spine)|(thoracic|t-spine|dorsal[ \\t]+spine))(?![a-z])',
  'g',
);

/** The spinal region a report's title names: a cervical MRI's "stenosis" is not the guideline's. */
export function noteRegion(lower: string): SpineRegion | undefined {
  const title = titleOf(lower);
  let region: SpineRegion | undefined;
  REGION_WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = REGION_WORD.exec(title)) !== null) {
    if (m[1]) return 'lumbar';
    region ??= m[2] ? 'cervical' : 'thoracic';
  }
  return region;
}
