import { InlayHint, Range } from 'vscode-languageserver/node';
import { Finding, gradeForPercent, percentFromMm, TYPICAL_ENDPLATE_WIDTH_MM } from '../engine';
import { CachedReview } from './documentCache';

/**
 * Inlay hints that spell out what the engine understood:
 * - after a slip measured in millimetres ("3 mm"): the estimated Meyerding grade and percent
 *   ("≈ grade 1 · 8 %"), using the configured endplate width;
 * - after the duration of a conservative treatment ("x 6 wks"): the days it counts for ("42 d").
 */
export function inlayHintsFor(entry: CachedReview, range?: Range): InlayHint[] {
  const doc = entry.doc();
  const lo = range ? doc.offsetAt(range.start) : 0;
  const hi = range ? doc.offsetAt(range.end) : Infinity;
  const width = entry.settings.endplateWidthMm ?? TYPICAL_ENDPLATE_WIDTH_MM;
  const byOffset = new Map<number, InlayHint>();
  const add = (offset: number, label: string, tooltip: string) => {
    if (offset < lo || offset > hi || byOffset.has(offset)) return;
    byOffset.set(offset, { position: doc.positionAt(offset), label, paddingLeft: true, tooltip });
  };
  for (const f of entry.review.findings) {
    if (f.kind === 'listhesis') slipHint(f, width, add);
    else if (f.kind === 'conservativeTherapy') durationHint(entry.text, f, add);
  }
  return [...byOffset.entries()].sort((a, b) => a[0] - b[0]).map(([, h]) => h);
}

type Add = (offset: number, label: string, tooltip: string) => void;

/** After the millimetres the engine read the slip from: the grade they imply. */
function slipHint(f: Finding<'listhesis'>, width: number, add: Add): void {
  const mm = f.attributes.mm;
  const at = f.valueAt?.mm;
  if (mm === undefined || !(mm > 0) || !at) return;
  const percent = percentFromMm(mm, width);
  add(at.end, `≈ grade ${gradeForPercent(percent)} · ${Math.round(percent)} %`, `Meyerding grade estimated from ${mm} mm over a typical ${width} mm endplate width (clinicalReview.endplateWidthMm).`);
}

const IN_DAYS = /\bdays?\b/i;

/** After the duration the engine read a course of care from: the days it counts for. */
function durationHint(text: string, f: Finding<'conservativeTherapy'>, add: Add): void {
  const days = f.attributes.durationDays;
  const at = f.valueAt?.durationDays;
  if (days === undefined || !(days > 0) || !at) return;
  if (IN_DAYS.test(text.slice(at.start, at.end))) return; // already in days
  add(at.end, `${days} d`, `Counted as ${days} days of ${f.attributes.modality === 'medication' ? 'medication' : 'conservative care'}.`);
}
