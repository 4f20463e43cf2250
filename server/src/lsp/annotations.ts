/**
 * Auditor annotations in the editor, server side: the code actions (Agree, Reject — false
 * positive, Comment…) on findings and diagnostics, the hover lines saying who judged what, when
 * and why, the semantic-token modifiers of annotated findings, and the diagnostics a reviewer
 * rejected (hidden, or dimmed with `clinicalReview.annotations.showRejected`). The sidecars and
 * their re-anchoring live in annotationStore.ts and server/src/annotations/.
 */
import { CodeAction, CodeActionParams, Diagnostic, DiagnosticTag, Hover, MarkupKind, Position, Range } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { AnyFinding, escapeMarkdown, FINDING_KINDS } from '../engine';
import { newId, nowIso, record, removeAnnotation, restore } from '../annotations/edits';
import { Annotation, REJECT_REASONS, RejectReason, Sidecar } from '../annotations/model';
import { makeAnchor } from '../annotations/anchor';
import { spanFromFinding } from '../annotations/spans';
import { ANNOTATION_COMMANDS, AnnotateArgs, AnnotateResult, AnnotationKindsResult, AnnotationsResult, AnnotationTarget } from './annotationProtocol';
import { NoteAnnotations } from './annotationStore';
import { CachedReview } from './documentCache';
import { KIND_LABEL } from './labels';
import { contains, intersects, span } from './ranges';

export const REASON_LABEL: Record<RejectReason, string> = {
  wrongAssertion: 'wrong assertion',
  wrongAttribute: 'wrong attribute',
  notThisPatient: 'not this patient',
  notClinicallyRelevant: 'not clinically relevant',
  other: 'other',
};

const ASSERTIONS = ['present', 'absent', 'possible', 'historical', 'hypothetical', 'family'];
const SIDES = ['left', 'right', 'bilateral'];
const LEVELS = ['L1-L2', 'L2-L3', 'L3-L4', 'L4-L5', 'L5-S1'];
const VERTEBRAE = ['L1', 'L2', 'L3', 'L4', 'L5', 'S1'];
const SEVERITIES = ['mild', 'moderate', 'severe'];

/** The attribute choices "Annotate Selection as…" offers per kind (names as in the JSON contract). */
const ATTRIBUTE_CHOICES: Partial<Record<string, Array<{ name: string; values: string[] }>>> = {
  parsDefect: [{ name: 'level', values: VERTEBRAE }, { name: 'side', values: SIDES }],
  listhesis: [{ name: 'upper', values: VERTEBRAE }, { name: 'grade', values: ['1', '2', '3', '4', '5'] }],
  stenosis: [{ name: 'location', values: ['central', 'foraminal', 'lateralRecess'] }, { name: 'level', values: LEVELS }, { name: 'side', values: SIDES }, { name: 'severity', values: SEVERITIES }],
  nerveRootContact: [{ name: 'root', values: VERTEBRAE }, { name: 'side', values: SIDES }],
  spondylosis: [{ name: 'level', values: LEVELS }, { name: 'severity', values: SEVERITIES }],
  radicularSymptoms: [{ name: 'side', values: SIDES }],
};

export function annotationKinds(): AnnotationKindsResult {
  return {
    kinds: FINDING_KINDS.map((kind) => ({ kind, label: KIND_LABEL[kind] ?? kind, attributes: ATTRIBUTE_CHOICES[kind] ?? [] })),
    assertions: ASSERTIONS,
    reasons: REJECT_REASONS.map((id) => ({ id, label: REASON_LABEL[id] })),
  };
}

function findingTarget(f: AnyFinding): AnnotationTarget {
  return { start: f.start, end: f.end, kind: f.kind, label: KIND_LABEL[f.kind] ?? f.kind };
}

function diagnosticTarget(doc: TextDocument, d: { range: Range; code?: string | number }): AnnotationTarget {
  const code = String(d.code);
  return { start: doc.offsetAt(d.range.start), end: doc.offsetAt(d.range.end), kind: code, ruleId: code, label: `rule ${code}` };
}

/** The innermost finding at the position, else the first diagnostic there. */
export function targetAt(entry: CachedReview, position: Position): AnnotationTarget | undefined {
  const finding = entry.review.findings.filter((f) => contains(f.range, position)).sort((a, b) => span(a.range) - span(b.range))[0];
  if (finding) return findingTarget(finding);
  const d = entry.review.diagnostics.find((x) => contains(x.range, position));
  return d ? diagnosticTarget(entry.doc(), d) : undefined;
}

const onTarget = (a: Annotation, t: { start: number; end: number }) => !a.orphaned && a.anchor.start === t.start && a.anchor.end === t.end;

/** Code actions for the findings and our diagnostics under the range. */
export function annotationCodeActions(params: CodeActionParams, entry: CachedReview | undefined): CodeAction[] {
  const only = params.context.only;
  if (only && !only.some((k) => k === '' || k === 'quickfix' || k.startsWith('quickfix'))) return [];
  if (!entry) return [];
  const uri = params.textDocument.uri;
  const doc = entry.doc();
  const targets: AnnotationTarget[] = [];
  const finding = entry.review.findings.filter((f) => intersects(f.range, params.range)).sort((a, b) => span(a.range) - span(b.range))[0];
  if (finding) targets.push(findingTarget(finding));
  const seen = new Set<string>();
  for (const d of entry.review.diagnostics.filter((x) => intersects(x.range, params.range))) {
    const t = diagnosticTarget(doc, d);
    const key = `${t.ruleId}@${t.start}-${t.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    targets.push(t);
  }
  const out: CodeAction[] = [];
  for (const t of targets) {
    out.push(action(`Agree: ${t.label}`, ANNOTATION_COMMANDS.agree, { uri, target: t }));
    out.push(action(`Reject — false positive: ${t.label}…`, ANNOTATION_COMMANDS.reject, { uri, target: t }));
  }
  if (targets.length) out.push(action('Comment…', ANNOTATION_COMMANDS.comment, { uri, target: targets[0] }));
  return out;
}

function action(title: string, command: string, arg: Partial<AnnotateArgs>): CodeAction {
  return { title, kind: 'quickfix.clinicalReview.annotate', command: { title, command, arguments: [arg] } };
}

/** Records a verdict; `text` is the note as the editor has it now. */
export function annotationFrom(args: AnnotateArgs, reviewer: string, text: string, doc: TextDocument, entry: CachedReview | undefined): Annotation | string {
  let target = args.target;
  if (!target && args.verdict === 'add') {
    if (!args.range) return 'Select the words the analyzer missed first.';
    target = { start: doc.offsetAt(args.range.start), end: doc.offsetAt(args.range.end), kind: args.kind ?? '' };
  }
  if (!target && args.position && entry) target = targetAt(entry, args.position);
  if (!target) return 'No finding or guideline check here: put the cursor on one.';
  if (!isOffsets(target, text.length)) return 'That place is not in the note any more.';
  if (args.verdict === 'add') {
    if (target.end <= target.start) return 'Select the words the analyzer missed first.';
    if (!FINDING_KINDS.includes((args.kind ?? target.kind) as AnyFinding['kind'])) return 'Pick a finding kind.';
  }
  const reason = REJECT_REASONS.find((r) => r === args.reason);
  const a: Annotation = {
    id: newId(),
    reviewer,
    time: nowIso(),
    verdict: args.verdict,
    anchor: makeAnchor(text, target.start, target.end),
    kind: args.verdict === 'add' ? (args.kind ?? target.kind) : target.kind,
  };
  if (target.ruleId) a.ruleId = target.ruleId;
  if (args.verdict === 'reject' && reason) a.reason = reason;
  if (typeof args.comment === 'string' && args.comment.trim()) a.comment = args.comment.trim().slice(0, 2000);
  // Agreeing with a finding agrees with its assertion and attributes too, unless the reviewer gives their own.
  const agreed = args.verdict === 'agree' && entry && !target.ruleId ? entry.review.findings.find((f) => f.start === target!.start && f.end === target!.end && f.kind === target!.kind) : undefined;
  if (args.assertion && ASSERTIONS.includes(args.assertion)) a.assertion = args.assertion as Annotation['assertion'];
  else if (agreed) a.assertion = agreed.assertion;
  if (args.attributes && typeof args.attributes === 'object') a.attributes = cleanAttributes(args.attributes);
  else if (agreed && Object.keys(spanFromFinding(agreed).attributes).length > 0) a.attributes = spanFromFinding(agreed).attributes;
  if (a.assertion === undefined) delete a.assertion;
  return a;
}

function isOffsets(t: AnnotationTarget, length: number): boolean {
  return Number.isInteger(t.start) && Number.isInteger(t.end) && t.start >= 0 && t.end >= t.start && t.end <= length && typeof t.kind === 'string';
}

function cleanAttributes(attrs: Record<string, unknown>): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {};
  for (const [k, v] of Object.entries(attrs).slice(0, 20)) {
    if (typeof v === 'number' || typeof v === 'boolean' || (typeof v === 'string' && v.length <= 100)) out[k.slice(0, 50)] = v;
  }
  return out;
}

/** Records it in the sidecar and says how to undo it. */
export function applyAnnotation(s: Sidecar, a: Annotation, result: AnnotateResult) {
  const replaced = record(s, a);
  result.ok = true;
  result.id = a.id;
  result.message = `${verdictWords(a)}${replaced ? ` (replaces your earlier ${replaced.verdict})` : ''}.`;
  return {
    label: verdictWords(a),
    undo: (sc: Sidecar, time: string) => {
      removeAnnotation(sc, a.id, time);
      if (replaced) restore(sc, replaced, nowIso(time));
    },
  };
}

function labelOf(a: Pick<Annotation, 'kind' | 'ruleId'>): string {
  return a.ruleId ? `rule ${a.ruleId}` : (KIND_LABEL[a.kind as AnyFinding['kind']] ?? a.kind);
}

export function verdictWords(a: Annotation): string {
  const what = labelOf(a);
  switch (a.verdict) {
    case 'agree':
      return `Agreed: ${what}`;
    case 'reject':
      return `Rejected as a false positive: ${what}${a.reason ? ` (${REASON_LABEL[a.reason]})` : ''}`;
    case 'add':
      return `Annotated as missed: ${what}`;
    default:
      return `Commented: ${what}`;
  }
}

/** Is this diagnostic rejected by the reviewer (on the rule, or on the finding it sits on)? */
function rejection(note: NoteAnnotations, reviewer: string, doc: TextDocument, d: Diagnostic): Annotation | undefined {
  const t = { start: doc.offsetAt(d.range.start), end: doc.offsetAt(d.range.end) };
  return note.sidecar.annotations.find((a) => a.verdict === 'reject' && a.reviewer === reviewer && onTarget(a, t) && (a.ruleId === undefined || a.ruleId === String(d.code)));
}

/** The diagnostics to publish: the reviewer's rejected ones hidden, or dimmed and labelled when `showRejected`. */
export function filterRejected(diagnostics: Diagnostic[], note: NoteAnnotations, reviewer: string, showRejected: boolean, doc: TextDocument): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const d of diagnostics) {
    const r = rejection(note, reviewer, doc, d);
    if (!r) out.push(d);
    else if (showRejected) out.push({ ...d, message: `[rejected by you] ${d.message}`, tags: [...(d.tags ?? []), DiagnosticTag.Unnecessary] });
  }
  return out;
}

/** Semantic-token modifier bits for a finding span: `reviewed` (agreed, commented, added) or `rejected`. */
export function tokenMarks(note: NoteAnnotations, reviewedBit: number, rejectedBit: number) {
  const live = note.sidecar.annotations.filter((a) => !a.orphaned);
  return {
    modifiers(start: number, end: number): number {
      let bits = 0;
      for (const a of live) if (onTarget(a, { start, end })) bits |= a.verdict === 'reject' ? rejectedBit : reviewedBit;
      return bits;
    },
    added: live.filter((a) => a.verdict === 'add').map((a) => ({ start: a.anchor.start, end: a.anchor.end, kind: a.kind })),
  };
}

function when(iso: string): string {
  return iso.replace('T', ' ').replace(/:\d\d\.\d+Z$/, ' UTC');
}

/** One hover line per annotation on the position: who judged what, when and why (everything escaped). */
export function annotationHoverLines(note: NoteAnnotations, doc: TextDocument, position: Position): { lines: string[]; range?: Range } {
  const offset = doc.offsetAt(position);
  const here = note.sidecar.annotations.filter((a) => !a.orphaned && a.anchor.start <= offset && offset <= a.anchor.end);
  if (here.length === 0) return { lines: [] };
  const lines = here.map((a) => {
    const extra = [a.assertion ? `assertion ${a.assertion}` : '', ...Object.entries(a.attributes ?? {}).map(([k, v]) => `${k} ${v}`)].filter(Boolean).join(', ');
    const parts = [`**${escapeMarkdown(verdictWords(a))}**`, extra ? escapeMarkdown(extra) : '', `by ${escapeMarkdown(a.reviewer)}`, escapeMarkdown(when(a.time))].filter(Boolean);
    return `- ${parts.join(' · ')}${a.comment ? ` — “${escapeMarkdown(a.comment)}”` : ''}`;
  });
  const first = here[0].anchor;
  return { lines: ['**Annotations**', ...lines], range: { start: doc.positionAt(first.start), end: doc.positionAt(first.end) } };
}

/** The hover with the annotation lines appended (or the lines alone where there is no other hover). */
export function withAnnotationLines(hover: Hover | null, extra: { lines: string[]; range?: Range }): Hover | null {
  if (extra.lines.length === 0) return hover;
  const block = extra.lines.join('\n');
  if (!hover) return { contents: { kind: MarkupKind.Markdown, value: block }, range: extra.range };
  const value = typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '';
  return { ...hover, contents: { kind: MarkupKind.Markdown, value: `${value}\n\n---\n\n${block}` } };
}

export function annotationsView(note: NoteAnnotations | { unavailable: string }, reviewer: string, doc: TextDocument | undefined): AnnotationsResult {
  if ('unavailable' in note) return { enabled: false, message: note.unavailable, reviewer, annotations: [], reviewed: {}, queries: [] };
  const at = (o: number) => (doc ? doc.positionAt(o) : { line: 0, character: 0 });
  return {
    enabled: true,
    reviewer,
    annotations: note.sidecar.annotations.map((a) => ({
      id: a.id,
      verdict: a.verdict,
      kind: a.kind,
      kindLabel: labelOf(a),
      ruleId: a.ruleId,
      reviewer: a.reviewer,
      time: a.time,
      reason: a.reason ? REASON_LABEL[a.reason] : undefined,
      comment: a.comment,
      assertion: a.assertion,
      range: { start: at(a.anchor.start), end: at(a.anchor.end) },
      orphaned: !!a.orphaned,
      mine: a.reviewer === reviewer,
    })),
    reviewed: { ...note.sidecar.reviewed },
    queries: note.sidecar.queries.map((q) => ({ id: q.id, topic: q.topic, state: q.state, opened: q.opened, answered: q.answered, closed: q.closed, reviewer: q.reviewer })),
    error: note.error ? `The annotation file was corrupt (${note.error}); its content was kept in ${note.backup ?? 'a backup'} and nothing was overwritten.` : undefined,
  };
}
