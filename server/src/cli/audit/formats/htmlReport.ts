import { createHash } from 'crypto';
import { Output } from '../output';
import { AuditSummaryJson } from '../auditSummary';
import { escapeHtml, jsonForScript } from './html/htmlEscape';
import { noteRow } from './html/noteRow';
import { overviewHtml } from './html/overview';
import { OverviewTotals } from './html/overviewTotals';
import { PAGE_SCRIPT } from './html/pageScript';
import { PAGE_STYLE } from './html/pageStyle';
import { AuditRecord, ReportWriter } from './reportWriter';

const sha256 = (s: string) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;

/**
 * Nothing loads from anywhere (default-src 'none'); the one style sheet and the one script run
 * because their hashes are listed, so markup that slipped into the page could not run a script.
 */
export const CONTENT_SECURITY_POLICY = `default-src 'none'; style-src ${sha256(PAGE_STYLE)}; script-src ${sha256(PAGE_SCRIPT)}; img-src 'none'; base-uri 'none'; form-action 'none'`;

function head(version: string, generated: string): string {
  return (
    `<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">` +
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(CONTENT_SECURITY_POLICY)}">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="referrer" content="no-referrer">` +
    `<title>Clinical Note Review audit report</title><style>${PAGE_STYLE}</style></head><body>` +
    `<header><h1>Clinical Note Review — audit report</h1><p>Generated ${escapeHtml(generated)} by clinical-review ${escapeHtml(version)} · guideline rules with their reference numbers</p></header>` +
    `<div class="phi" role="note">This report quotes the audited notes and their file names: it is protected health information. Keep it where the notes are kept.</div>` +
    `<main><section id="notes" class="panel" aria-label="Notes"><h2>Notes</h2><div class="controls">` +
    `<label>Filter<input id="filter-text" type="search" placeholder="file name, summary or rule id" autocomplete="off"></label>` +
    `<label>Rule<select id="filter-rule"><option value="">all rules</option></select></label>` +
    `<label>Status<select id="filter-status"><option value="">all notes</option></select></label>` +
    `<span id="shown" aria-live="polite"></span></div>` +
    `<table id="notes-table"><thead><tr></tr></thead><tbody></tbody></table><p id="more"><span id="more-text"></span> <button id="more-button" class="back" type="button" hidden>Show more</button></p></section>` +
    `<section id="detail" class="panel" aria-label="Note detail" hidden></section>` +
    `<script type="application/json" id="cnr-notes">[`
  );
}

/**
 * One self-contained HTML file: overview charts (hand-written SVG), a sortable, filterable table
 * of the notes and a detail view per note. Streamed: each note's compact row is written as it
 * arrives (into a JSON data element), and only counters are kept; the charts, which need the
 * totals, are written at the end and moved to the top by the page's script.
 */
export class HtmlReport implements ReportWriter {
  private first = true;
  private readonly totals = new OverviewTotals();

  constructor(
    private readonly out: Output,
    private readonly version: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  begin(): void {
    const generated = this.now().toISOString().replace('T', ' ').replace(/:\d\d\.\d+Z$/, ' UTC');
    this.out.write(head(this.version, generated));
  }

  record(r: AuditRecord): void {
    if ('result' in r) this.totals.add(r.result);
    this.out.write((this.first ? '\n' : ',\n') + jsonForScript(noteRow(r)));
    this.first = false;
  }

  end(summary: AuditSummaryJson): void {
    this.out.write(
      `\n]</script>${overviewHtml(summary, this.totals)}</main>` +
        `<footer>Clinical Note Review · findings, diagnostics and guideline references as the engine reports them; each diagnostic's page is docs/rules/&lt;rule&gt;.md</footer>` +
        `<script>${PAGE_SCRIPT}</script></body></html>\n`,
    );
  }
}
