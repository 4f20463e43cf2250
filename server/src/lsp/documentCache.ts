import { TextDocument } from 'vscode-languageserver-textdocument';
import { adoptReview, normalizeForMatching, Review, ReviewSettings } from '../engine';

/** One analysed version of a note, with the settings it was analysed under. */
export interface CachedReview {
  uri: string;
  version: number;
  /** Identity of the settings used (see SettingsService). */
  key: string;
  /** The settings the note was reviewed with. */
  settings: ReviewSettings;
  review: Review;
  text: string;
  elapsedMs: number;
  /** Lower-cased, same-length copy of the text, made on first need. */
  lower(): string;
  /** The analysed text as a document (offset <-> position), made on first need. */
  doc(): TextDocument;
  /** Made on a worker thread (plain data, without the engine's hover context). */
  fromWorker: boolean;
  /**
   * The review hover content is made from: for a worker's review (plain data), the same object
   * given back its rule context, without running the rules again (a hover on a huge note
   * never waits for a second analysis).
   */
  hoverReview(): Review;
}

export function cachedReview(
  uri: string,
  version: number,
  settings: { review: ReviewSettings; key: string },
  text: string,
  review: Review,
  elapsedMs: number,
  fromWorker = false,
): CachedReview {
  let lower: string | undefined;
  let forHover: Review | undefined = fromWorker ? undefined : review;
  let doc: TextDocument | undefined;
  return {
    uri,
    version,
    key: settings.key,
    settings: settings.review,
    review,
    text,
    elapsedMs,
    lower: () => (lower ??= normalizeForMatching(text)),
    doc: () => (doc ??= TextDocument.create(uri, 'clinical-note', version, text)),
    fromWorker,
    hoverReview: () => (forHover ??= adoptReview(text, review, settings.review)),
  };
}

/**
 * The latest review of each open note. One entry per document: a newer version or other
 * settings replace it, so memory stays proportional to the open notes.
 */
export class DocumentCache {
  private readonly entries = new Map<string, CachedReview>();

  /** The review of exactly this version under exactly these settings, or undefined. */
  get(uri: string, version: number, key: string): CachedReview | undefined {
    const e = this.entries.get(uri);
    return e && e.version === version && e.key === key ? e : undefined;
  }

  /** Whatever was last analysed for the document (maybe an older version). */
  latest(uri: string): CachedReview | undefined {
    return this.entries.get(uri);
  }

  set(entry: CachedReview): void {
    const old = this.entries.get(entry.uri);
    if (old && old.version > entry.version) return; // never let an older version win
    this.entries.set(entry.uri, entry);
  }

  delete(uri: string): void {
    this.entries.delete(uri);
  }

  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }

  uris(): string[] {
    return [...this.entries.keys()];
  }
}
