/**
 * Messages for auditor annotations between client and server (see protocol.ts for the others).
 * Type declarations and names only, no behaviour.
 */
import type { Range } from 'vscode-languageserver-types';

/** What a verdict is about: a finding (kind) or a diagnostic (ruleId), by its offsets in the note. */
export interface AnnotationTarget {
  start: number;
  end: number;
  kind: string;
  ruleId?: string;
  /** How to name it to the user: "Spondylolisthesis", "rule surgical-criteria". */
  label?: string;
}

/** Server command: record a verdict. Without a target, the finding or diagnostic at `position` (or the `range` for "add"). */
export const ANNOTATE_SERVER_COMMAND = 'clinicalReview.server.annotate';
export interface AnnotateArgs {
  uri: string;
  verdict: 'agree' | 'reject' | 'add' | 'comment';
  target?: AnnotationTarget;
  position?: { line: number; character: number };
  range?: Range;
  reason?: string;
  comment?: string;
  kind?: string;
  assertion?: string;
  attributes?: Record<string, string | number | boolean>;
}
/** Answer of every annotation command: what happened, in words, or why nothing did. */
export interface AnnotateResult {
  ok: boolean;
  message: string;
  id?: string;
}

/** Server command: undo the last annotation change made in this window. No arguments. */
export const UNDO_ANNOTATION_SERVER_COMMAND = 'clinicalReview.server.undoAnnotation';
/** Server command: mark a note reviewed (or not; toggles when `reviewed` is absent). */
export const SET_REVIEWED_SERVER_COMMAND = 'clinicalReview.server.setReviewed';
export interface SetReviewedArgs {
  uri: string;
  reviewed?: boolean;
}
/** Server command: start tracking a physician query inserted by the quick fix. */
export const TRACK_QUERY_SERVER_COMMAND = 'clinicalReview.server.trackQuery';
export interface TrackQueryArgs {
  uri: string;
  topic: string;
}
/** Server command: move a tracked query to a state (open, answered, closed). */
export const SET_QUERY_STATE_SERVER_COMMAND = 'clinicalReview.server.setQueryState';
export interface SetQueryStateArgs {
  uri: string;
  id: string;
  state: 'open' | 'answered' | 'closed';
}

/**
 * Server command: write the gold copy of a note from two reviewers' judgements: the spans they
 * agree on, and one decision per disagreement of the clinicalReview/adjudication answer named by
 * `key` (in its order). The gold copy is the annotations of reviewer `gold` (default "gold").
 */
export const WRITE_GOLD_SERVER_COMMAND = 'clinicalReview.server.writeGold';
export type AdjudicationDecision =
  | { take: 'a' }
  | { take: 'b' }
  | { take: 'none' }
  | { take: 'edit'; span: { kind: string; range: Range; assertion: string; attributes: Record<string, string | number | boolean> } };
export interface WriteGoldArgs {
  uri: string;
  a: string;
  b: string;
  key: string;
  decisions: AdjudicationDecision[];
  gold?: string;
}

export const ANNOTATION_SERVER_COMMANDS = [
  ANNOTATE_SERVER_COMMAND,
  WRITE_GOLD_SERVER_COMMAND,
  UNDO_ANNOTATION_SERVER_COMMAND,
  SET_REVIEWED_SERVER_COMMAND,
  TRACK_QUERY_SERVER_COMMAND,
  SET_QUERY_STATE_SERVER_COMMAND,
];

/** Request: a note's annotations as the client shows them (decorations, status bar, views). */
export const ANNOTATIONS_REQUEST = 'clinicalReview/annotations';
export interface AnnotationsParams {
  uri: string;
}
export interface AnnotationView {
  id: string;
  verdict: 'agree' | 'reject' | 'add' | 'comment';
  kind: string;
  kindLabel: string;
  ruleId?: string;
  reviewer: string;
  time: string;
  reason?: string;
  comment?: string;
  assertion?: string;
  range: Range;
  orphaned: boolean;
  /** Made by the reviewer of this window. */
  mine: boolean;
}
export interface QueryView {
  id: string;
  topic: string;
  state: 'open' | 'answered' | 'closed';
  opened: string;
  answered?: string;
  closed?: string;
  reviewer: string;
}
export interface AnnotationsResult {
  /** False in Restricted Mode or for a note outside the workspace folders; `message` says why. */
  enabled: boolean;
  message?: string;
  reviewer: string;
  annotations: AnnotationView[];
  /** Reviewer -> time the note was marked reviewed. */
  reviewed: Record<string, string>;
  queries: QueryView[];
  /** A corrupt sidecar: the error and where its content was kept. */
  error?: string;
}

/** Request: the finding kinds, assertions and attribute choices "Annotate Selection as…" offers. */
export const ANNOTATION_KINDS_REQUEST = 'clinicalReview/annotationKinds';
export interface AnnotationKindsResult {
  kinds: Array<{ kind: string; label: string; attributes: Array<{ name: string; values: string[] }> }>;
  assertions: string[];
  reasons: Array<{ id: string; label: string }>;
}

/** Notification, server to client: a note's annotations changed (re-request them). */
export const ANNOTATIONS_CHANGED_NOTIFICATION = 'clinicalReview/annotationsChanged';
export interface AnnotationsChangedParams {
  uri: string;
}

/** Request: the reviewers who judged notes of the workspace folders (sidecars), and this window's reviewer. */
export const ANNOTATION_REVIEWERS_REQUEST = 'clinicalReview/annotationReviewers';
export interface AnnotationReviewersResult {
  reviewers: string[];
  me: string;
}

/**
 * Request: the reviewers' judgements in the sidecars of every workspace folder written as brat
 * standoff or BioC XML, byte for byte as `clinical-review export-brat --from-sidecars` writes them.
 */
export const EXPORT_ANNOTATIONS_REQUEST = 'clinicalReview/exportAnnotations';
export interface ExportAnnotationsParams {
  format: 'brat' | 'bioc';
  /** A file: URI: the folder (brat), the .xml file or a folder for collection.xml (BioC). */
  target: string;
  /** Only this reviewer's judgements; default every reviewer's. */
  reviewer?: string;
}
export interface ExportAnnotationsResult {
  ok: boolean;
  message: string;
  notes: number;
  spans: number;
  /** Where it was written (a path). */
  target?: string;
  /** "path: message" for each note or file that could not be exported. */
  problems: string[];
}

/**
 * Request: the notes of the workspace folders marked reviewed (from their sidecars), with who
 * marked them and when; the client badges them wherever a note's file is shown (the Review view,
 * the Explorer, tabs).
 */
export const REVIEWED_NOTES_REQUEST = 'clinicalReview/reviewedNotes';
export interface ReviewedNotesResult {
  /** file: URI of the note -> reviewer -> ISO time. */
  notes: Record<string, Record<string, string>>;
  me: string;
}

/** Request: two reviewers' disagreements on a note, to adjudicate one by one. */
export const ADJUDICATION_REQUEST = 'clinicalReview/adjudication';
export interface AdjudicationParams {
  uri: string;
  /** The two reviewers; may be left out when the note has exactly two (besides the gold copy). */
  a?: string;
  b?: string;
  /** The gold copy's reviewer name (default "gold"), left out of the reviewers. */
  gold?: string;
}
export interface AdjudicationSpanView {
  kind: string;
  kindLabel: string;
  assertion: string;
  attributes: Record<string, string | number | boolean>;
  range: Range;
  comment?: string;
}
export interface DisagreementView {
  type: 'onlyA' | 'onlyB' | 'mismatch';
  kind: string;
  kindLabel: string;
  /** Covers both reviewers' spans. */
  range: Range;
  a?: AdjudicationSpanView;
  b?: AdjudicationSpanView;
  differences: string[];
}
export interface AdjudicationResult {
  enabled: boolean;
  /** Why nothing can be adjudicated (Restricted Mode, fewer than two reviewers, two needed to be named). */
  message?: string;
  /** The note's reviewers, the gold copy's left out. */
  reviewers: string[];
  a?: string;
  b?: string;
  gold: string;
  agreed: number;
  disagreements: DisagreementView[];
  /** Passed back with the decisions (WriteGoldArgs.key). */
  key: string;
}

/** Client-side commands (package.json), each usable from a keybinding (they act at the cursor without arguments). */
export const ANNOTATION_COMMANDS = {
  agree: 'clinicalReview.agree',
  reject: 'clinicalReview.reject',
  comment: 'clinicalReview.comment',
  annotateSelection: 'clinicalReview.annotateSelection',
  undo: 'clinicalReview.undoAnnotation',
  toggleReviewed: 'clinicalReview.toggleReviewed',
  markQueryAnswered: 'clinicalReview.markQueryAnswered',
  closeQuery: 'clinicalReview.closeQuery',
  showQueries: 'clinicalReview.showQueries',
  revealAnnotation: 'clinicalReview.revealAnnotation',
  exportAnnotations: 'clinicalReview.exportAnnotations',
  adjudicateNote: 'clinicalReview.adjudicateNote',
} as const;
