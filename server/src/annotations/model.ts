/**
 * Auditor annotations: the data model shared by the editor's sidecar store, the brat / BioC
 * exchange and the eval / agreement commands. Pure data: no vscode or LSP imports, and no note
 * text. An annotation stores character offsets plus a hash of the text around them, so a sidecar
 * never copies patient text out of the note.
 *
 * Offsets count UTF-16 code units (as the engine and the editor do). Converting to brat's
 * characters (code points) or BioC's UTF-8 bytes is the exchange layer's job.
 */
import type { Assertion, FindingKind } from '../engine/types';

export const SIDECAR_VERSION = 1;
/** Sidecars live under this folder of the workspace, one per note: `<dir>/<note path>.json`. */
export const SIDECAR_DIR = '.clinical-review/annotations';

/** What the reviewer said about the span. */
export type Verdict =
  | 'agree' // the analyzer's finding is right
  | 'reject' // the analyzer's finding is a false positive
  | 'add' // the analyzer missed this finding; the reviewer annotated it
  | 'comment'; // a remark only

export const REJECT_REASONS = ['wrongAssertion', 'wrongAttribute', 'notThisPatient', 'notClinicallyRelevant', 'other'] as const;
export type RejectReason = (typeof REJECT_REASONS)[number];

/** Anchor of an annotation in the note: offsets plus hashes of the span and its surroundings. */
export interface Anchor {
  start: number;
  end: number;
  /** Hash of the span's own text (hex). */
  spanHash: string;
  /** Hash of up to CONTEXT_CHARS before and after the span (hex), to re-find it after edits. */
  contextHash: string;
  /** Length of the span, to re-check a candidate position cheaply. */
  length: number;
  /** Optional 31-bit rolling (Rabin-Karp) fingerprint of the span: the re-anchoring search's pre-filter (anchor.ts). */
  fingerprint?: number;
}

export const CONTEXT_CHARS = 32;

export interface Annotation {
  /** Unique within the sidecar (random hex). */
  id: string;
  reviewer: string;
  /** ISO 8601 time the annotation was made or last changed. */
  time: string;
  verdict: Verdict;
  anchor: Anchor;
  /** The finding kind (engine FindingKind), or a diagnostic's rule id for verdicts on a diagnostic. */
  kind: FindingKind | string;
  /** The finding's assertion, for agree / add (and what the reviewer says it should be for a reject with wrongAssertion). */
  assertion?: Assertion;
  /** Finding attributes (contract names and values), for agree / add. */
  attributes?: Record<string, string | number | boolean>;
  /** For a verdict on a diagnostic rather than a finding. */
  ruleId?: string;
  reason?: RejectReason;
  comment?: string;
  /** Set when the note changed and the annotation could not be re-anchored. Never dropped. */
  orphaned?: boolean;
}

export type QueryState = 'open' | 'answered' | 'closed';

/** A physician query inserted by the quick fix, tracked per note. */
export interface TrackedQuery {
  id: string;
  /** The rule (and criterion) the query is about, e.g. "surgical-criteria (a)". */
  topic: string;
  state: QueryState;
  opened: string;
  answered?: string;
  closed?: string;
  reviewer: string;
  anchor?: Anchor;
}

export interface Sidecar {
  version: typeof SIDECAR_VERSION;
  /** The note's path relative to the workspace folder, with forward slashes. */
  note: string;
  annotations: Annotation[];
  /** Reviewer -> ISO time the note was marked reviewed. */
  reviewed: Record<string, string>;
  queries: TrackedQuery[];
  /**
   * Optional tombstones: id -> ISO time it was removed (an undone annotation, an unmarked
   * "reviewed" as `reviewed:<reviewer>`), so a merge with an older copy does not bring it back.
   */
  removed?: Record<string, string>;
}

export function emptySidecar(note: string): Sidecar {
  return { version: SIDECAR_VERSION, note, annotations: [], reviewed: {}, queries: [] };
}
