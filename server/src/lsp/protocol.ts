/**
 * The extension's own messages between client and server, on top of LSP. Shared by both sides:
 * type declarations and method names only, no behaviour.
 */
import type { Range } from 'vscode-languageserver-types';

export const SERVER_ID = 'clinicalReview';
export const SERVER_NAME = 'Clinical Note Review';

/** Request: the summary of an open note (analysing it first if needed). */
export const SUMMARY_REQUEST = 'clinicalReview/summary';
export interface SummaryParams {
  uri: string;
}
export interface SummaryFinding {
  kind: string;
  /** "Listhesis", "Stenosis"... */
  kindLabel: string;
  assertion: string;
  text: string;
  range: Range;
  /** The section's category id ("hpi") and its clinical heading ("History of present illness"). */
  section: string;
  sectionLabel: string;
}
export interface SummaryResult {
  uri: string;
  version: number;
  /** The kind of note: its id ("imaging") and how to name it ("Imaging report"). */
  noteType: { type: string; label: string };
  line: string;
  statusBar: string;
  /** The four fusion criteria; empty when they are not weighed on this note (see notAssessed). */
  criteria: Array<{ id: string; label: string; state: 'met' | 'not met' | 'not documented'; detail?: string; evidence: Array<{ range: Range; text: string }> }>;
  /** Why care against the minimum or the fusion criteria are not weighed on this note (an imaging report, a red flag). */
  notAssessed?: string;
  conservativeCare: {
    days: number;
    minimumDays: number;
    /** Whole weeks so far and the minimum in weeks, as the engine shows them everywhere. */
    weeks: number;
    minimumWeeks: number;
    /** Care is weighed against the minimum on this note. */
    assessed: boolean;
    episodes: Array<{ modality: string; days: number | null; status: string; range: Range; text: string }>;
  };
  redFlags: Array<{ type: string; label: string; range: Range; text: string }>;
  findings: SummaryFinding[];
  diagnostics: Array<{ code: string; severity: string; message: string; range: Range }>;
  warnings: string[];
}

/**
 * Workspace trust. The client says in `initializationOptions.workspaceTrusted` whether the folder
 * is trusted (absent: trusted, for editors without the notion), and sends this notification when
 * the user grants trust. Untrusted, the server ignores `.clinical-review.json` files and custom
 * targets: both come from the workspace and could be planted by whoever shared it.
 */
export const WORKSPACE_TRUST_NOTIFICATION = 'clinicalReview/workspaceTrusted';
export interface InitializationOptions {
  workspaceTrusted?: boolean;
}

/** Request: the guideline rules (id, title, description, default severity). */
export const RULES_REQUEST = 'clinicalReview/rules';
export interface RuleInfo {
  id: string;
  title: string;
  description: string;
  defaultSeverity: string;
}

/** Notification, server to client, after each analysis of an open note. */
export const DID_ANALYZE_NOTIFICATION = 'clinicalReview/didAnalyze';
export interface DidAnalyzeParams {
  uri: string;
  version: number;
  /** How the kind of note is named: "Imaging report". */
  noteType: string;
  statusBar: string;
  line: string;
  /** Number of red flags found (the status bar turns red). */
  redFlags: number;
  /** Number of diagnostics published. */
  diagnostics: number;
  /** Milliseconds the analysis took (no note content). */
  elapsedMs: number;
}

/** Server-side command: analyse every note of the workspace into Problems. Arguments: [uris?: string[]]. */
export const ANALYZE_WORKSPACE_SERVER_COMMAND = 'clinicalReview.server.analyzeWorkspace';
export interface AnalyzeWorkspaceResult {
  files: number;
  /** Diagnostics published for these notes (open ones included): problems + hints. */
  diagnostics: number;
  /** Of those, the ones the Problems view lists (errors, warnings, information). */
  problems: number;
  /** Hints: shown in the editor only, not in Problems. */
  hints: number;
  skipped: number;
  elapsedMs: number;
}

/** Client-side commands the server's code actions and code lens refer to. */
export const CLIENT_COMMANDS = {
  showSummary: 'clinicalReview.showSummary',
  copyQuery: 'clinicalReview.copyQuery',
  disableRule: 'clinicalReview.disableRule',
} as const;

/** Where the diagnostics say they come from. */
export const DIAGNOSTIC_SOURCE = 'clinical-review';
