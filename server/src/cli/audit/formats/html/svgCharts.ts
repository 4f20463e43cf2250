import { escapeHtml } from './htmlEscape';

/**
 * Hand-written SVG bar charts (README, Design: "HTML report"): plain rects and text, styled by
 * class from the page's one style sheet, so the report needs no charting library and no request.
 * Every bar carries data-key and data-total, every segment data-segment and data-value (the tests
 * read the charts through them).
 */
export interface Segment {
  name: string;
  value: number;
  /** CSS class giving the colour. */
  cls: string;
}

export interface BarRow {
  key: string;
  label: string;
  segments: Segment[];
  /** Shown after the bar (default: the total). */
  note?: string;
}

export interface Legend {
  cls: string;
  label: string;
}

const WIDTH = 560;
const LABEL_WIDTH = 200;
const VALUE_WIDTH = 70;
const ROW = 24;
const BAR = 15;

const sum = (segments: readonly Segment[]) => segments.reduce((a, s) => a + s.value, 0);
const num = (x: number) => String(Math.round(x * 10) / 10);

export function legend(items: readonly Legend[]): string {
  return `<ul class="legend">${items.map((i) => `<li><span class="swatch ${i.cls}"></span>${escapeHtml(i.label)}</li>`).join('')}</ul>`;
}

function empty(message: string): string {
  return `<p class="empty">${escapeHtml(message)}</p>`;
}

/** One horizontal bar per row, its segments stacked left to right; the longest total fills the width. */
export function stackedBars(title: string, rows: readonly BarRow[], emptyMessage: string): string {
  if (rows.length === 0) return empty(emptyMessage);
  const max = Math.max(1, ...rows.map((r) => sum(r.segments)));
  const barX = LABEL_WIDTH + 8;
  const barWidth = WIDTH - barX - VALUE_WIDTH;
  const height = rows.length * ROW + 4;
  const bars = rows.map((row, i) => {
    const y = i * ROW + 4;
    const total = sum(row.segments);
    let x = barX;
    const rects = row.segments.map((s) => {
      const w = (s.value / max) * barWidth;
      const rect = `<rect class="seg ${s.cls}" data-segment="${escapeHtml(s.name)}" data-value="${s.value}" x="${num(x)}" y="${y}" width="${num(w)}" height="${BAR}"><title>${escapeHtml(`${row.label}: ${s.name} ${s.value}`)}</title></rect>`;
      x += w;
      return rect;
    });
    return (
      `<g class="bar" data-key="${escapeHtml(row.key)}" data-total="${total}">` +
      `<text class="label" x="${LABEL_WIDTH}" y="${y + BAR - 3}" text-anchor="end">${escapeHtml(row.label)}</text>` +
      `<rect class="track" x="${barX}" y="${y}" width="${barWidth}" height="${BAR}"></rect>${rects.join('')}` +
      `<text class="value" x="${num(x + 6)}" y="${y + BAR - 3}">${escapeHtml(row.note ?? String(total))}</text></g>`
    );
  });
  return `<svg class="chart" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-label="${escapeHtml(title)}">${bars.join('')}</svg>`;
}

export interface Column {
  key: string;
  label: string;
  value: number;
  cls: string;
}

const PLOT_TOP = 18;
const PLOT_HEIGHT = 150;
const AXIS_LEFT = 34;

/** Gridlines at whole numbers, about four of them, the top one at or above the highest bar. */
function ticks(max: number): number[] {
  const step = Math.max(1, Math.ceil(max / 4));
  const out: number[] = [];
  for (let t = 0; out.length === 0 || out[out.length - 1] < max; t += step) out.push(t);
  return out;
}

/** Vertical bars (a histogram), with a dashed marker before column `markerAt` labelled `markerLabel`. */
export function columns(title: string, cols: readonly Column[], axisLabel: string, marker: { at: number; label: string } | null, emptyMessage: string): string {
  if (cols.every((c) => c.value === 0)) return empty(emptyMessage);
  const gridAt = ticks(Math.max(1, ...cols.map((c) => c.value)));
  const top = gridAt[gridAt.length - 1];
  const slot = (WIDTH - AXIS_LEFT - 8) / cols.length;
  const y = (v: number) => PLOT_TOP + PLOT_HEIGHT - (v / top) * PLOT_HEIGHT;
  const grid = gridAt.map((t) => `<line class="grid" x1="${AXIS_LEFT}" x2="${WIDTH - 8}" y1="${num(y(t))}" y2="${num(y(t))}"></line><text class="tick" x="${AXIS_LEFT - 6}" y="${num(y(t) + 4)}" text-anchor="end">${t}</text>`);
  const bars = cols.map((c, i) => {
    const x = AXIS_LEFT + i * slot + slot * 0.14;
    const w = slot * 0.72;
    const cx = num(x + w / 2);
    return (
      `<g class="bar" data-key="${escapeHtml(c.key)}" data-total="${c.value}">` +
      `<rect class="seg ${c.cls}" data-segment="notes" data-value="${c.value}" x="${num(x)}" y="${num(y(c.value))}" width="${num(w)}" height="${num(PLOT_TOP + PLOT_HEIGHT - y(c.value))}"><title>${escapeHtml(`${c.label}: ${c.value}`)}</title></rect>` +
      `<text class="value" x="${cx}" y="${num(y(c.value) - 4)}" text-anchor="middle">${c.value}</text>` +
      `<text class="label" x="${cx}" y="${PLOT_TOP + PLOT_HEIGHT + 16}" text-anchor="middle">${escapeHtml(c.label)}</text></g>`
    );
  });
  const base = PLOT_TOP + PLOT_HEIGHT;
  const markerSvg = marker
    ? `<g class="marker"><line x1="${num(AXIS_LEFT + marker.at * slot)}" x2="${num(AXIS_LEFT + marker.at * slot)}" y1="${PLOT_TOP - 10}" y2="${base}"></line><text x="${num(AXIS_LEFT + marker.at * slot + 5)}" y="${PLOT_TOP - 2}">${escapeHtml(marker.label)}</text></g>`
    : '';
  const axis = `<line class="axis" x1="${AXIS_LEFT}" x2="${WIDTH - 8}" y1="${base}" y2="${base}"></line><text class="axis-label" x="${num(AXIS_LEFT + (WIDTH - AXIS_LEFT) / 2)}" y="${base + 34}" text-anchor="middle">${escapeHtml(axisLabel)}</text>`;
  return `<svg class="chart" viewBox="0 0 ${WIDTH} ${base + 40}" role="img" aria-label="${escapeHtml(title)}">${grid.join('')}${bars.join('')}${axis}${markerSvg}</svg>`;
}
