/**
 * Wires auditor annotations into the language server: the server commands and requests of
 * annotationProtocol.ts, and the hooks server.ts calls from its diagnostics, hover, semantic tokens
 * and code actions. Everything about notes stays out of the log.
 */
import { fileURLToPath } from 'url';
import { CodeActionParams, Connection, Diagnostic, ExecuteCommandParams, FileEvent, Hover, Position, TextDocuments } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { findQueryBlocks, normalizeForMatching } from '../engine';
import { makeAnchor } from '../annotations/anchor';
import { nowIso, setQueryState, setReviewed, trackQuery } from '../annotations/edits';
import { isSidecarFile } from '../annotations/sidecarStore';
import { QueryState } from '../annotations/model';
import {
  ANNOTATE_SERVER_COMMAND,
  AnnotateArgs,
  AnnotateResult,
  ANNOTATION_KINDS_REQUEST,
  ANNOTATION_SERVER_COMMANDS,
  ANNOTATIONS_CHANGED_NOTIFICATION,
  ANNOTATIONS_REQUEST,
  AnnotationsParams,
  SET_QUERY_STATE_SERVER_COMMAND,
  SET_REVIEWED_SERVER_COMMAND,
  SetQueryStateArgs,
  SetReviewedArgs,
  ADJUDICATION_REQUEST,
  AdjudicationParams,
  WRITE_GOLD_SERVER_COMMAND,
  WriteGoldArgs,
  TRACK_QUERY_SERVER_COMMAND,
  TrackQueryArgs,
  UNDO_ANNOTATION_SERVER_COMMAND,
} from './annotationProtocol';
import {
  annotationCodeActions,
  annotationFrom,
  annotationHoverLines,
  annotationKinds,
  annotationsView,
  applyAnnotation,
  filterRejected,
  tokenMarks,
  withAnnotationLines,
} from './annotations';
import { adjudicationView, writeGoldCopy } from './annotationAdjudication';
import { registerAnnotationWorkspace } from './annotationWorkspace';
import { AnnotationStore, NoteAnnotations } from './annotationStore';
import { AnalysisService } from './analysis';
import { CachedReview } from './documentCache';
import { Logger } from './logger';
import { SettingsService } from './settings';

export interface AnnotationHooks {
  readonly commands: string[];
  diagnostics(uri: string, version: number | undefined, diagnostics: Diagnostic[]): Diagnostic[];
  hover(entry: CachedReview, position: Position, hover: Hover | null): Hover | null;
  marks(entry: CachedReview, reviewedBit: number, rejectedBit: number): ReturnType<typeof tokenMarks> | undefined;
  codeActions(params: CodeActionParams, entry: CachedReview | undefined): ReturnType<typeof annotationCodeActions>;
  execute(params: ExecuteCommandParams): Promise<unknown>;
  settingsChanged(): Promise<void>;
  watchedFiles(changes: FileEvent[]): void;
  /** When the current reviewer marked the note reviewed, if they did. */
  reviewedAt(uri: string): string | undefined;
}

export function registerAnnotations(
  connection: Connection,
  documents: TextDocuments<TextDocument>,
  analysis: AnalysisService,
  settings: SettingsService,
  log: Logger,
  refreshTokens: () => void,
): AnnotationHooks {
  const store = new AnnotationStore(settings, log);
  let republishing = false;
  let trusted = settings.isTrusted;

  const republish = async (uri: string) => {
    const entry = await analysis.reviewFor(uri);
    if (entry && documents.get(uri)?.version === entry.version) {
      republishing = true;
      try {
        analysis.onAnalyzed(entry);
      } finally {
        republishing = false;
      }
    }
  };
  store.onChanged = (uri) => {
    void connection.sendNotification(ANNOTATIONS_CHANGED_NOTIFICATION, { uri });
    if (!republishing) void republish(uri);
    refreshTokens();
  };

  const open = (uri: string): { doc: TextDocument; note: NoteAnnotations } | { message: string } => {
    const doc = documents.get(uri);
    if (!doc) return { message: 'Open the note to annotate it.' };
    const note = store.sync(uri, doc.getText());
    return 'unavailable' in note ? { message: note.unavailable } : { doc, note };
  };

  const failed = (e: unknown): AnnotateResult => {
    log.error(`An annotation could not be saved (${e instanceof Error ? e.name : 'error'}).`);
    return { ok: false, message: `The annotation could not be saved: ${e instanceof Error ? e.message : 'unknown error'}.` };
  };

  async function annotate(args: AnnotateArgs): Promise<AnnotateResult> {
    if (!args || typeof args.uri !== 'string') return { ok: false, message: 'No note given.' };
    const at = open(args.uri);
    if ('message' in at) return { ok: false, message: at.message };
    const entry = await analysis.reviewFor(args.uri);
    const a = annotationFrom(args, store.reviewer, at.doc.getText(), at.doc, entry?.version === at.doc.version ? entry : undefined);
    if (typeof a === 'string') return { ok: false, message: a };
    const result: AnnotateResult = { ok: false, message: '' };
    try {
      await store.change(args.uri, at.doc.getText(), (s) => applyAnnotation(s, a, result));
    } catch (e) {
      return failed(e);
    }
    return result;
  }

  async function reviewed(args: SetReviewedArgs): Promise<AnnotateResult> {
    const at = open(args?.uri);
    if ('message' in at) return { ok: false, message: at.message };
    const me = store.reviewer;
    const was = at.note.sidecar.reviewed[me];
    const now = typeof args.reviewed === 'boolean' ? args.reviewed : !was;
    try {
      await store.change(args.uri, at.doc.getText(), (s) => {
        setReviewed(s, me, now, nowIso());
        const label = now ? 'Marked reviewed' : 'Marked not reviewed';
        return { label, undo: (sc, time) => setReviewed(sc, me, !!was, time) };
      });
    } catch (e) {
      return failed(e);
    }
    return { ok: true, message: now ? `Note marked reviewed by ${me}.` : 'Note marked not reviewed.' };
  }

  async function track(args: TrackQueryArgs): Promise<AnnotateResult> {
    const at = open(args?.uri);
    if ('message' in at) return { ok: false, message: at.message };
    if (typeof args.topic !== 'string') return { ok: false, message: 'No query topic given.' };
    const text = at.doc.getText();
    const block = findQueryBlocks(normalizeForMatching(text)).find((b) => b.topic === args.topic);
    let id = '';
    try {
      await store.change(args.uri, text, (s) => {
        const q = trackQuery(s, { topic: args.topic.slice(0, 200), opened: nowIso(), reviewer: store.reviewer, anchor: block ? makeAnchor(text, block.start, block.end) : undefined });
        id = q.id;
        return undefined;
      });
    } catch (e) {
      return failed(e);
    }
    return { ok: true, id, message: `Physician query tracked: ${args.topic} (open).` };
  }

  async function queryState(args: SetQueryStateArgs): Promise<AnnotateResult> {
    const at = open(args?.uri);
    if ('message' in at) return { ok: false, message: at.message };
    const states: QueryState[] = ['open', 'answered', 'closed'];
    if (!states.includes(args.state)) return { ok: false, message: 'Unknown query state.' };
    const before = at.note.sidecar.queries.find((q) => q.id === args.id);
    if (!before) return { ok: false, message: 'No such tracked query.' };
    const previous = { ...before };
    try {
      await store.change(args.uri, at.doc.getText(), (s) => {
        setQueryState(s, args.id, args.state, nowIso());
        return {
          label: `Query ${args.state}`,
          undo: (sc) => {
            const q = sc.queries.find((x) => x.id === args.id);
            if (q) Object.assign(q, previous, { answered: previous.answered, closed: previous.closed });
          },
        };
      });
    } catch (e) {
      return failed(e);
    }
    return { ok: true, message: `Query "${previous.topic}" marked ${args.state}.` };
  }

  connection.onRequest(ANNOTATIONS_REQUEST, (p: AnnotationsParams) => {
    const doc = documents.get(p?.uri);
    if (!doc) return annotationsView({ unavailable: 'The note is not open.' }, store.reviewer, undefined);
    return annotationsView(store.sync(p.uri, doc.getText()), store.reviewer, doc);
  });
  connection.onRequest(ANNOTATION_KINDS_REQUEST, () => annotationKinds());
  registerAnnotationWorkspace(connection, settings, () => store.reviewer);
  connection.onRequest(ADJUDICATION_REQUEST, (p: AdjudicationParams) => adjudicationView(open, p));
  const findings = async (uri: string) => {
    const entry = await analysis.reviewFor(uri);
    return entry && entry.version === documents.get(uri)?.version ? entry.review.findings : undefined;
  };
  documents.onDidSave((e) => void store.saved(e.document.uri, e.document.getText()));
  documents.onDidClose((e) => store.forget(e.document.uri));

  const noteOf = (uri: string, version: number | undefined) => {
    const doc = documents.get(uri);
    if (!doc || (version !== undefined && doc.version !== version)) return undefined;
    const note = store.sync(uri, doc.getText());
    return 'unavailable' in note ? undefined : { doc, note };
  };

  return {
    commands: ANNOTATION_SERVER_COMMANDS,
    reviewedAt: (uri) => store.reviewedAt(uri),
    diagnostics(uri, version, diagnostics) {
      const at = noteOf(uri, version);
      return at ? filterRejected(diagnostics, at.note, store.reviewer, store.showRejected, at.doc) : diagnostics;
    },
    hover(entry, position, hover) {
      const at = noteOf(entry.uri, entry.version);
      return at ? withAnnotationLines(hover, annotationHoverLines(at.note, at.doc, position)) : hover;
    },
    marks(entry, reviewedBit, rejectedBit) {
      const at = noteOf(entry.uri, entry.version);
      return at ? tokenMarks(at.note, reviewedBit, rejectedBit) : undefined;
    },
    codeActions(params, entry) {
      return noteOf(params.textDocument.uri, entry?.version) ? annotationCodeActions(params, entry) : [];
    },
    async execute(params) {
      const arg = params.arguments?.[0];
      switch (params.command) {
        case ANNOTATE_SERVER_COMMAND:
          return annotate(arg as AnnotateArgs);
        case UNDO_ANNOTATION_SERVER_COMMAND: {
          try {
            const label = await store.undo((uri) => documents.get(uri)?.getText());
            return label ? { ok: true, message: `Undone: ${label}.` } : { ok: false, message: 'Nothing to undo.' };
          } catch (e) {
            return failed(e);
          }
        }
        case SET_REVIEWED_SERVER_COMMAND:
          return reviewed(arg as SetReviewedArgs);
        case WRITE_GOLD_SERVER_COMMAND:
          return writeGoldCopy(store, open, findings, arg as WriteGoldArgs).catch(failed);
        case TRACK_QUERY_SERVER_COMMAND:
          return track(arg as TrackQueryArgs);
        case SET_QUERY_STATE_SERVER_COMMAND:
          return queryState(arg as SetQueryStateArgs);
        default:
          return null;
      }
    },
    async settingsChanged() {
      await store.readSettings();
      if (trusted !== settings.isTrusted) store.clear();
      trusted = settings.isTrusted;
      for (const doc of documents.all()) void connection.sendNotification(ANNOTATIONS_CHANGED_NOTIFICATION, { uri: doc.uri });
    },
    watchedFiles(changes) {
      for (const c of changes) {
        if (!c.uri.startsWith('file:')) continue;
        const file = fileURLToPath(c.uri);
        if (isSidecarFile(file)) store.reloadFile(file);
      }
    },
  };
}
