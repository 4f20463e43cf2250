import { AuditSummaryJson, CRITERIA, CRITERION_LABEL } from '../../auditSummary';
import { escapeHtml } from './htmlEscape';
import { OverviewTotals, SEVERITIES } from './overviewTotals';
import { BarRow, columns, legend, stackedBars } from './svgCharts';

const SEVERITY_LEGEND = SEVERITIES.map((s) => ({ cls: `sev-${s}`, label: s }));
const weeks = (days: number) => Math.round((days / 7) * 10) / 10;

function card(id: string, title: string, caption: string, body: string): string {
  return `<figure class="card" id="${id}"><figcaption><h3>${escapeHtml(title)}</h3><p>${escapeHtml(caption)}</p></figcaption>${body}</figure>`;
}

function ruleHits(t: OverviewTotals): string {
  const rows: BarRow[] = [...t.hits]
    .map(([rule, counts]) => ({ key: rule, label: rule, segments: SEVERITIES.map((s) => ({ name: s, value: counts[s], cls: `sev-${s}` })) }))
    .sort((a, b) => b.segments.reduce((n, s) => n + s.value, 0) - a.segments.reduce((n, s) => n + s.value, 0) || a.key.localeCompare(b.key));
  const total = SEVERITIES.reduce((n, s) => n + t.bySeverity[s], 0);
  return card('chart-rules', 'Rule hits', `${total} diagnostics in ${t.notesWithDiagnostics} notes, by rule and reported severity.`, stackedBars('Diagnostics by rule', rows, 'No rule reported a diagnostic.') + (rows.length ? legend(SEVERITY_LEGEND) : ''));
}

function findingsByKind(s: AuditSummaryJson): string {
  const rows: BarRow[] = Object.entries(s.findingsByKind)
    .sort((a, b) => b[1].total - a[1].total || a[0].localeCompare(b[0]))
    .map(([kind, n]) => ({
      key: kind,
      label: kind,
      segments: [
        { name: 'present', value: n.present, cls: 'kind-present' },
        { name: 'not present', value: n.total - n.present, cls: 'kind-other' },
      ],
      note: `${n.present} / ${n.total}`,
    }));
  const legendItems = [
    { cls: 'kind-present', label: 'present' },
    { cls: 'kind-other', label: 'negated, hedged, historical, hypothetical or family' },
  ];
  return card('chart-kinds', 'Findings by kind', 'Present findings of all mentions found (present / all).', stackedBars('Findings by kind', rows, 'No findings.') + (rows.length ? legend(legendItems) : ''));
}

function careDistribution(t: OverviewTotals): string {
  const d = t.care.distribution();
  const cols = d.bins.map((b, i) => ({ key: i === 0 ? 'none' : b.to === null ? `${b.from}+` : `${b.from}-${b.to}`, label: b.label, value: b.notes, cls: b.below ? 'care-below' : 'care-met' }));
  const minimum = `minimum ${weeks(d.minimumDays)} wk`;
  const others = d.otherMinimums.length ? ` Other minimums set: ${d.otherMinimums.map((m) => `${weeks(m)} wk`).join(', ')}.` : '';
  const caption =
    d.notes === 0
      ? 'Notes that document conservative care or discuss surgery.'
      : `${d.notes} notes document conservative care or discuss surgery; ${d.belowMinimum} of them have less than the minimum (${weeks(d.minimumDays)} weeks).${others}`;
  const chart = columns('Documented conservative care, in weeks', cols, 'weeks of conservative care documented', d.notes ? { at: 4, label: minimum } : null, 'No note documents conservative care or discusses surgery.');
  const legendItems = [
    { cls: 'care-below', label: 'below the minimum' },
    { cls: 'care-met', label: 'at or above the minimum' },
  ];
  return card('chart-care', 'Conservative care against the minimum', caption, chart + (d.notes ? legend(legendItems) : ''));
}

function criteria(s: AuditSummaryJson): string {
  const plans = s.fusionPlans;
  const rows: BarRow[] = plans.notes
    ? CRITERIA.map((id) => {
        const m = plans.missing[id];
        const met = plans.notes - m.notMet - m.notDocumented;
        return {
          key: id,
          label: CRITERION_LABEL[id],
          segments: [
            { name: 'met', value: met, cls: 'crit-met' },
            { name: 'not met', value: m.notMet, cls: 'crit-unmet' },
            { name: 'not documented', value: m.notDocumented, cls: 'crit-undocumented' },
          ],
          note: `${met} / ${plans.notes}`,
        };
      })
    : [];
  const legendItems = [
    { cls: 'crit-met', label: 'met' },
    { cls: 'crit-unmet', label: 'not met' },
    { cls: 'crit-undocumented', label: 'not documented' },
  ];
  const caption = `Among the ${plans.notes} notes with a fusion plan (scheduled or recommended): each of the four criteria fusion needs.`;
  return card('chart-criteria', 'Surgical criteria among fusion plans', caption, stackedBars('Surgical criteria among fusion plans', rows, 'No note plans a fusion.') + (rows.length ? legend(legendItems) : ''));
}

function tile(id: string, value: number, label: string, detail: string): string {
  return `<div class="tile" id="${id}"><span class="tile-value">${value}</span><span class="tile-label">${escapeHtml(label)}</span><span class="tile-detail">${escapeHtml(detail)}</span></div>`;
}

/** The key figures and the four charts, from the closing summary and the overview's own counts. */
export function overviewHtml(s: AuditSummaryJson, t: OverviewTotals): string {
  const tiles = [
    tile('tile-notes', s.notes, 'notes', `${s.reviewed} reviewed, ${s.skipped.total} not reviewed`),
    tile('tile-diagnostics', SEVERITIES.reduce((n, v) => n + t.bySeverity[v], 0), 'diagnostics', `${t.bySeverity.error} errors, ${t.bySeverity.warning} warnings`),
    tile('tile-red-flags', s.notesWithRedFlags, 'notes with red flags', 'cauda equina, progressive deficit, slip progression'),
    tile('tile-fusion', s.fusionPlans.notes, 'fusion plans', `${t.fusionAllMet} with all four criteria met`),
  ];
  return (
    `<section id="overview" aria-label="Overview"><div class="tiles">${tiles.join('')}</div>` +
    `<div class="charts">${ruleHits(t)}${findingsByKind(s)}${careDistribution(t)}${criteria(s)}</div></section>`
  );
}
