import { InlayHint, Range } from 'vscode-languageserver/node';
import { AnyFinding, findDurations, Finding, gradeForPercent, percentFromMm, TYPICAL_ENDPLATE_WIDTH_MM } from '../engine';
import { CachedReview } from './documentCache';

/**
 * Inlay hints that spell out what the engine understood:
 * - after a slip measured in millimetres ("3 mm"): the estimated Meyerding grade and percent
 *   ("≈ grade 1 · 8 %"), using the configured endplate width;
 * - after the duration of a conservative treatment ("x 6 wks"): the days it counts for ("42 d").
 */
const MM = /(\d+(?:\.\d+)?)\s*(?:mm\b|millimet(?:er|re)s?\b)/gi;
const LOOKAHEAD = 80;

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
    if (f.end < lo - LOOKAHEAD || f.start > hi) continue;
    if (f.kind === 'listhesis') slipHint(entry, f, width, add);
    else if (f.kind === 'conservativeTherapy') durationHint(entry, f, add);
  }
  return [...byOffset.entries()].sort((a, b) => a[0] - b[0]).map(([, h]) => h);
}

type Add = (offset: number, label: string, tooltip: string) => void;

function slipHint(entry: CachedReview, f: Finding<'listhesis'>, width: number, add: Add): void {
  const mm = f.attributes.mm;
  if (mm === undefined || !(mm > 0)) return;
  const text = entry.text;
  const lineEnd = endOfLine(text, f.end);
  const window = text.slice(f.start, Math.min(lineEnd, f.end + LOOKAHEAD));
  MM.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = MM.exec(window)) !== null) {
    if (Math.abs(Number(m[1]) - mm) > 1e-9) continue;
    const percent = percentFromMm(mm, width);
    const grade = gradeForPercent(percent);
    add(
      f.start + m.index + m[0].length,
      `≈ grade ${grade} · ${Math.round(percent)} %`,
      `Meyerding grade estimated from ${mm} mm over a typical ${width} mm endplate width (clinicalReview.endplateWidthMm).`,
    );
    return;
  }
}

function durationHint(entry: CachedReview, f: Finding<'conservativeTherapy'>, add: Add): void {
  const days = f.attributes.durationDays;
  if (days === undefined || !(days > 0)) return;
  const text = entry.text;
  const from = startOfLine(text, f.start);
  const to = endOfLine(text, f.end);
  const mentions = findDurations(entry.lower(), from, to, entry.review.case.dateOfService).filter((d) => d.days === days);
  if (mentions.length === 0) return;
  const nearest = mentions.sort((a, b) => distance(a, f) - distance(b, f))[0];
  if (/\bdays?\b/i.test(text.slice(nearest.index, nearest.end))) return; // already in days
  add(nearest.end, `${days} d`, `Counted as ${days} days of ${f.attributes.modality === 'medication' ? 'medication' : 'conservative care'}.`);
}

function distance(m: { index: number; end: number }, f: AnyFinding): number {
  if (m.end <= f.start) return f.start - m.end;
  if (m.index >= f.end) return m.index - f.end;
  return 0;
}

function startOfLine(text: string, offset: number): number {
  const i = text.lastIndexOf('\n', offset - 1);
  return i === -1 ? 0 : i + 1;
}

function endOfLine(text: string, offset: number): number {
  const i = text.indexOf('\n', offset);
  return i === -1 ? text.length : i;
}
