import * as path from 'path';
import { pathToFileURL } from 'url';
import { DiagnosticSeverity, Range, Rule, RULES } from '../../../engine';
import { Output } from '../output';
import { AuditSummaryJson } from '../auditSummary';
import { AuditRecord, ReportWriter } from './reportWriter';

/** SARIF has no "information" or "hint": both are a "note". */
const LEVEL: Record<DiagnosticSeverity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };
const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
/** Where the rule pages live: the package root, above out/server/src/cli/audit/formats or dist/. */
const PACKAGE_ROOT = path.resolve(__dirname, __dirname.includes(`${path.sep}out${path.sep}`) ? '../../../../../..' : '..');

function citationList(rule: Rule): string {
  return rule.citations.join(', ');
}

/** A rule's metadata for SARIF viewers: id, descriptions, help, its page, level, guideline citations. */
export function sarifRule(rule: Rule) {
  return {
    id: rule.id,
    name: rule.title,
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.description },
    help: { text: `${rule.description} Guideline references: ${citationList(rule)}. See ${rule.docPath}.` },
    helpUri: pathToFileURL(path.join(PACKAGE_ROOT, rule.docPath)).href,
    defaultConfiguration: { level: LEVEL[rule.defaultSeverity] },
    properties: { citations: [...rule.citations], docPath: rule.docPath, tags: ['clinical-guideline'] },
  };
}

/** Rules that report diagnostics (hover-only guidance never yields a result). */
const REPORTING = RULES.filter((r) => r.presentation === 'diagnostic');
const RULE_INDEX = new Map(REPORTING.map((r, i) => [r.id, i]));

/** SARIF regions: 1-based lines and columns in UTF-16 code units (SARIF's default column kind). */
function region(r: Range) {
  return { startLine: r.start.line + 1, startColumn: r.start.character + 1, endLine: r.end.line + 1, endColumn: r.end.character + 1 };
}

function fileUri(p: string): string {
  return pathToFileURL(path.resolve(p)).href;
}

/**
 * SARIF 2.1.0: one run, the rules up front, one result per diagnostic (streamed), and the notes
 * that could not be read as tool execution notifications.
 */
export class SarifReport implements ReportWriter {
  private first = true;
  constructor(
    private readonly out: Output,
    private readonly version: string,
  ) {}

  begin(): void {
    const driver = { name: 'clinical-review', version: this.version, informationUri: pathToFileURL(path.join(PACKAGE_ROOT, 'README.md')).href, rules: REPORTING.map(sarifRule) };
    const head = JSON.stringify({ $schema: SCHEMA, version: '2.1.0', runs: [{ tool: { driver }, columnKind: 'utf16CodeUnits', results: [] }] });
    // Everything up to the results array's "[": results are appended one by one.
    this.out.write(head.slice(0, head.lastIndexOf('"results":[') + '"results":['.length));
  }

  record(r: AuditRecord): void {
    if (!('result' in r) || !('path' in r.ref)) return;
    const uri = fileUri(r.ref.path);
    for (const d of r.result.diagnostics) {
      const result = {
        ruleId: d.code,
        ...(RULE_INDEX.has(d.code) ? { ruleIndex: RULE_INDEX.get(d.code) } : {}),
        level: LEVEL[d.severity],
        message: { text: d.message },
        locations: [{ physicalLocation: { artifactLocation: { uri }, region: region(d.range) } }],
        ...(d.related.length
          ? { relatedLocations: d.related.map((rel, id) => ({ id, message: { text: rel.message }, physicalLocation: { artifactLocation: { uri }, region: region(rel.range) } })) }
          : {}),
        properties: { severity: d.severity, citations: d.citations, ...(d.query ? { query: d.query } : {}) },
      };
      this.out.write((this.first ? '\n' : ',\n') + JSON.stringify(result));
      this.first = false;
    }
  }

  end(summary: AuditSummaryJson): void {
    const notifications = summary.skipped.notes.map((s) => ({
      level: 'error',
      message: { text: `not reviewed: ${s.reason}` },
      ...('path' in s ? { locations: [{ physicalLocation: { artifactLocation: { uri: fileUri(s.path) } } }] } : {}),
    }));
    const invocation = { executionSuccessful: summary.skipped.total === 0, toolExecutionNotifications: notifications };
    this.out.write(`\n],"invocations":${JSON.stringify([invocation])},"properties":{"summary":${JSON.stringify(summary)}}}]}\n`);
  }
}
