import { AnyFinding, DiagnosticSeverity, queryTopic, Review } from '../engine';

/** Readable text output for a terminal; colour only when asked. */
export interface Painter {
  bold(s: string): string;
  dim(s: string): string;
  severity(s: DiagnosticSeverity, text: string): string;
  red(s: string): string;
  green(s: string): string;
}

const wrap = (on: boolean, code: string) => (s: string) => (on ? `\u001b[${code}m${s}\u001b[0m` : s);

export function painter(color: boolean): Painter {
  const red = wrap(color, '31');
  const yellow = wrap(color, '33');
  const blue = wrap(color, '34');
  const dim = wrap(color, '2');
  return {
    bold: wrap(color, '1'),
    dim,
    red,
    green: wrap(color, '32'),
    severity: (s, text) => (s === 'error' ? red(text) : s === 'warning' ? yellow(text) : s === 'information' ? blue(text) : dim(text)),
  };
}

function describeAttributes(f: AnyFinding): string {
  return Object.entries(f.attributes)
    .map(([k, v]) => `${k}=${v}`)
    .join(' ');
}

const CRITERION_MARK: Record<string, string> = { met: '✓', 'not met': '✗', 'not documented': '?' };

export function formatText(path: string, review: Review, p: Painter): string {
  const lines: string[] = [];
  lines.push(p.bold(path));
  for (const w of review.warnings) lines.push(`  ${p.severity('warning', 'note')}: ${w}`);
  lines.push(`  ${p.bold('Summary')}: ${review.summary.line}`);
  lines.push(`  Note type: ${review.summary.noteType.label}`);
  for (const flag of review.summary.redFlags) {
    lines.push(`  ${p.red('RED FLAG')} ${flag.type} (line ${flag.range.start.line + 1}): ${flag.text}`);
  }
  const cc = review.summary.conservativeCare;
  if (cc.assessed) lines.push(`  Conservative care: ${cc.weeks} of ${cc.minimumWeeks} weeks documented`);
  if (review.summary.criteria.length) lines.push('  Surgical criteria (all four required before fusion):');
  if (review.summary.notAssessed) lines.push(`  ${p.dim(`Not assessed: ${review.summary.notAssessed}`)}`);
  for (const c of review.summary.criteria) {
    const mark = CRITERION_MARK[c.state] ?? '?';
    const state = c.state === 'met' ? p.green(c.state) : c.state === 'not met' ? p.red(c.state) : p.dim(c.state);
    const evidence = c.evidence.length ? p.dim(` — line ${c.evidence[0].range.start.line + 1}: "${c.evidence[0].text}"`) : '';
    lines.push(`    ${mark} ${c.label}: ${state}${evidence}`);
  }
  if (review.diagnostics.length) {
    lines.push(`  ${p.bold('Diagnostics')}:`);
    for (const d of review.diagnostics) {
      const where = `${d.range.start.line + 1}:${d.range.start.character + 1}`;
      lines.push(`    ${where.padEnd(7)} ${p.severity(d.severity, d.severity.padEnd(11))} ${d.message} ${p.dim(`[${d.code}; refs ${d.citations.join(', ')}]`)}`);
      // The query's text is in the JSON output (`query`); here only what it asks about.
      if (d.query) lines.push(`${' '.repeat(24)}${p.dim(`physician query: ${queryTopic(d.query)} (text in --format json)`)}`);
    }
  }
  if (review.findings.length) {
    lines.push(`  ${p.bold('Findings')}:`);
    for (const f of review.findings) {
      const where = `${f.range.start.line + 1}:${f.range.start.character + 1}`;
      const assertion = f.assertion === 'present' ? f.assertion : p.dim(f.assertion);
      lines.push(`    ${where.padEnd(7)} ${f.kind.padEnd(21)} ${assertion.padEnd(12)} "${f.text}" ${p.dim(describeAttributes(f))}`);
    }
  }
  return lines.join('\n');
}
