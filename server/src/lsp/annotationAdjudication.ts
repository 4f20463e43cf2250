/**
 * "Adjudicate Note", server side: two reviewers' disagreements on the open note
 * (clinicalReview/adjudication, computed by annotations/adjudication.ts) and the gold copy written
 * from the decisions (clinicalReview.server.writeGold) as the annotations of reviewer "gold", in the
 * note's sidecar, undoable like any annotation. Offsets go out as LSP ranges, never the note's text.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import { AnyFinding, Assertion } from '../engine';
import { adjudicateSidecar, Decision, goldOf, GOLD_REVIEWER, writeGold } from '../annotations/adjudication';
import { nowIso, removeAnnotation, restore, setReviewed } from '../annotations/edits';
import { reviewersOf } from '../annotations/judgements';
import { attributeSpecs } from '../annotations/schema';
import { SpanAnnotation } from '../annotations/spans';
import { AdjudicationParams, AdjudicationResult, AdjudicationSpanView, AnnotateResult, WriteGoldArgs } from './annotationProtocol';
import { AnnotationStore, NoteAnnotations } from './annotationStore';
import { KIND_LABEL } from './labels';

export type OpenNote = (uri: string) => { doc: TextDocument; note: NoteAnnotations } | { message: string };

const ASSERTIONS: readonly string[] = ['present', 'absent', 'possible', 'historical', 'hypothetical', 'family'];
const kindLabel = (kind: string) => KIND_LABEL[kind as AnyFinding['kind']] ?? kind;
const goldName = (g: unknown) => (typeof g === 'string' && g.trim() ? g.trim() : GOLD_REVIEWER);

/** The two reviewers: as named, or the note's only two. */
function pickReviewers(reviewers: string[], p: { a?: string; b?: string }): { a: string; b: string } | string {
  if (p.a && p.b) {
    if (p.a === p.b) return 'Choose two different reviewers.';
    return { a: p.a, b: p.b };
  }
  if (reviewers.length < 2) return reviewers.length === 0 ? 'Nobody has annotated this note yet.' : `Only ${reviewers[0]} has annotated this note: adjudication needs two reviewers.`;
  if (reviewers.length > 2) return `This note has ${reviewers.length} reviewers: choose two.`;
  return { a: reviewers[0], b: reviewers[1] };
}

export function adjudicationView(open: OpenNote, p: AdjudicationParams): AdjudicationResult {
  const gold = goldName(p?.gold);
  const empty = { reviewers: [], gold, agreed: 0, disagreements: [], key: '' };
  const at = open(p?.uri);
  if ('message' in at) return { enabled: false, message: at.message, ...empty };
  const reviewers = reviewersOf(at.note.sidecar).filter((r) => r !== gold);
  const pair = pickReviewers(reviewers, p);
  if (typeof pair === 'string') return { enabled: false, message: pair, ...empty, reviewers };
  const result = adjudicateSidecar(at.note.sidecar, pair.a, pair.b);
  const range = (start: number, end: number) => ({ start: at.doc.positionAt(start), end: at.doc.positionAt(end) });
  const view = (s: SpanAnnotation | undefined): AdjudicationSpanView | undefined =>
    s && { kind: s.kind, kindLabel: kindLabel(s.kind), assertion: s.assertion, attributes: s.attributes, range: range(s.start, s.end), ...(s.comment ? { comment: s.comment } : {}) };
  return {
    enabled: true,
    reviewers,
    ...pair,
    gold,
    agreed: result.agreed.length,
    key: result.key,
    disagreements: result.disagreements.map((d) => {
      const spans = [d.a, d.b].filter((s): s is SpanAnnotation => !!s);
      return {
        type: d.type,
        kind: d.kind,
        kindLabel: kindLabel(d.kind),
        range: range(Math.min(...spans.map((s) => s.start)), Math.max(...spans.map((s) => s.end))),
        a: view(d.a),
        b: view(d.b),
        differences: d.differences,
      };
    }),
  };
}

/** The decisions as adjudication.ts takes them (edited spans from LSP ranges), or what is wrong. */
function decisionsOf(args: WriteGoldArgs, doc: TextDocument): Decision[] | string {
  if (!Array.isArray(args.decisions)) return 'No decisions given.';
  const out: Decision[] = [];
  for (const d of args.decisions) {
    if (d?.take === 'a' || d?.take === 'b' || d?.take === 'none') out.push({ take: d.take });
    else if (d?.take === 'edit' && d.span && d.span.range && typeof d.span.kind === 'string' && ASSERTIONS.includes(d.span.assertion)) {
      const attributes: SpanAnnotation['attributes'] = {};
      const specs = attributeSpecs(d.span.kind);
      for (const [k, v] of Object.entries(d.span.attributes ?? {}).slice(0, 20)) {
        if (!(typeof v === 'number' || typeof v === 'boolean' || (typeof v === 'string' && v.length <= 100))) continue;
        // Quick picks give strings: a number attribute (grade) is stored as the analyzer states it.
        attributes[k.slice(0, 50)] = specs[k]?.type === 'number' && typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : v;
      }
      out.push({ take: 'edit', span: { kind: d.span.kind, start: doc.offsetAt(d.span.range.start), end: doc.offsetAt(d.span.range.end), assertion: d.span.assertion as Assertion, attributes } });
    } else return 'A decision is not one of: take a, take b, none, edit (with a kind, a range and an assertion).';
  }
  return out;
}

export async function writeGoldCopy(store: AnnotationStore, open: OpenNote, findings: (uri: string) => Promise<readonly AnyFinding[] | undefined>, args: WriteGoldArgs): Promise<AnnotateResult> {
  const at = open(args?.uri);
  if ('message' in at) return { ok: false, message: at.message };
  if (typeof args.a !== 'string' || typeof args.b !== 'string') return { ok: false, message: 'Name the two reviewers.' };
  const gold = goldName(args.gold);
  if (args.a === gold || args.b === gold) return { ok: false, message: `The gold copy (${gold}) cannot be one of the reviewers adjudicated.` };
  const adjudication = adjudicateSidecar(at.note.sidecar, args.a, args.b);
  if (adjudication.key !== args.key) return { ok: false, message: 'The annotations changed meanwhile: adjudicate the note again.' };
  const decisions = decisionsOf(args, at.doc);
  if (typeof decisions === 'string') return { ok: false, message: decisions };
  const spans = goldOf(adjudication, decisions);
  if (typeof spans === 'string') return { ok: false, message: `The decisions do not fit: ${spans}.` };
  const text = at.doc.getText();
  if (spans.some((s) => s.end > text.length)) return { ok: false, message: 'An edited span is not in the note.' };
  const found = (await findings(args.uri)) ?? [];
  const isFinding = (s: SpanAnnotation) => found.some((f) => f.kind === s.kind && f.start === s.start && f.end === s.end);
  const wasReviewed = at.note.sidecar.reviewed[gold];
  await store.change(args.uri, text, (s) => {
    const time = nowIso();
    const replaced = writeGold(s, text, spans, time, isFinding, gold);
    const written = s.annotations.filter((x) => x.reviewer === gold).map((x) => x.id);
    return {
      label: `Gold copy of ${args.a} and ${args.b}`,
      undo: (sc, t) => {
        for (const id of written) removeAnnotation(sc, id, t);
        for (const x of replaced) restore(sc, x, nowIso(t));
        setReviewed(sc, gold, wasReviewed !== undefined, t);
      },
    };
  });
  const n = spans.length;
  return { ok: true, message: `Gold copy written as reviewer "${gold}": ${n} span${n === 1 ? '' : 's'} (${adjudication.agreed.length} agreed, ${decisions.length} decided). Score the analyzer with: clinical-review eval --gold <workspace folder> --reviewer ${gold}` };
}
