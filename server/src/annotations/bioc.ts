/**
 * BioC XML (https://bioc.sourceforge.net/): one collection, a document per note with one passage
 * holding the note's text, an annotation per span. Offsets and lengths count UTF-8 bytes, as BioC
 * recommends; the collection says so in its <key> and in an infon. Annotation infons: `type` is the
 * finding kind, `assertion` the assertion, `attribute:NAME` each attribute, `comment` a remark.
 *
 * XML 1.0 cannot carry control characters other than tab and line breaks, nor U+FFFE/U+FFFF or a
 * lone surrogate: they are written as a space (control characters) or U+FFFD, of the same UTF-8
 * length, so every offset still points at the same place. A \r is written &#13; so a parser keeps it.
 */
import { OffsetMap } from './offsets';
import { attributeSpecs, isAssertion } from './schema';
import { AttributeValue, SpanAnnotation, sortSpans } from './spans';
import { childElements, parseXml, textOf, XmlElement, XmlError } from './xmlReader';

export const BIOC_OFFSET_UNIT = 'UTF-8 bytes';
export const BIOC_KEY = `clinical-review.key: Clinical Note Review findings; offsets and lengths count ${BIOC_OFFSET_UNIT}; infons type (finding kind), assertion, attribute:NAME, comment`;

export interface BiocDocument {
  id: string;
  text: string;
  spans: SpanAnnotation[];
}

const ATTRIBUTE_PREFIX = 'attribute:';

/** Same-length stand-ins for what XML 1.0 cannot hold. */
function xmlSafe(s: string): string {
  return s.replace(/[\x00-\x08\x0b\x0c\x0e-\x1f]|[\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, (c) => (c.length === 1 && c.charCodeAt(0) < 0x20 ? ' ' : '\ufffd'));
}

function escapeText(s: string): string {
  return xmlSafe(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
}

function escapeAttr(s: string): string {
  return escapeText(s).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;');
}

const infon = (key: string, value: string) => `<infon key="${escapeAttr(key)}">${escapeText(value)}</infon>`;

/** A BioC collection of the documents; `date` is yyyymmdd. */
export function writeBioc(documents: readonly BiocDocument[], date: string): string {
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE collection SYSTEM "BioC.dtd">',
    '<collection>',
    '<source>Clinical Note Review</source>',
    `<date>${escapeText(date)}</date>`,
    `<key>${escapeText(BIOC_KEY)}</key>`,
    infon('offsets', BIOC_OFFSET_UNIT),
  ];
  for (const doc of documents) {
    const bytes = OffsetMap.utf8(doc.text);
    out.push('<document>', `<id>${escapeText(doc.id)}</id>`, '<passage>', infon('type', 'note'), '<offset>0</offset>', `<text>${escapeText(doc.text)}</text>`);
    sortSpans(doc.spans).forEach((s, i) => {
      const start = bytes.fromUtf16(s.start);
      out.push(`<annotation id="T${i + 1}">`, infon('type', s.kind), infon('assertion', s.assertion));
      for (const [name, value] of Object.entries(s.attributes)) out.push(infon(ATTRIBUTE_PREFIX + name, String(value)));
      if (s.comment) out.push(infon('comment', s.comment));
      out.push(`<location offset="${start}" length="${bytes.fromUtf16(s.end) - start}"/>`, `<text>${escapeText(doc.text.slice(s.start, s.end))}</text>`, '</annotation>');
    });
    out.push('</passage>', '</document>');
  }
  out.push('</collection>');
  return out.join('\n') + '\n';
}

function decode(kind: string, name: string, v: string): AttributeValue {
  const spec = attributeSpecs(kind)[name];
  if (spec?.type === 'number' && /^-?\d+(\.\d+)?$/.test(v)) return Number(v);
  if (spec?.type === 'boolean' && (v === 'true' || v === 'false')) return v === 'true';
  return v;
}

function infons(el: XmlElement): Map<string, string> {
  return new Map(childElements(el, 'infon').map((i) => [i.attributes.key ?? '', textOf(i)]));
}

/** The document text from its passages, each placed at its byte offset (gaps are spaces). */
function documentText(passages: XmlElement[], problem: (m: string) => void): { text: string; starts: number[] } {
  let text = '';
  let bytes = 0;
  const starts: number[] = [];
  for (const p of passages) {
    const offset = Number(textOf(childElements(p, 'offset')[0]).trim() || '0');
    if (!Number.isInteger(offset) || offset < bytes) problem(`a passage's offset ${offset} is not after the previous passage`);
    else {
      text += ' '.repeat(offset - bytes);
      bytes = offset;
    }
    starts.push(bytes);
    const t = textOf(childElements(p, 'text')[0]);
    text += t;
    bytes += Buffer.byteLength(t, 'utf8');
  }
  return { text, starts };
}

export interface BiocRead {
  documents: BiocDocument[];
  problems: string[];
}

/** Reads a BioC collection (byte offsets); what cannot be read is reported and skipped. */
export function readBioc(xml: string): BiocRead {
  const problems: string[] = [];
  let root: XmlElement;
  try {
    root = parseXml(xml);
  } catch (e) {
    if (e instanceof XmlError) return { documents: [], problems: [`not well-formed XML: ${e.message}`] };
    throw e;
  }
  if (root.name !== 'collection') return { documents: [], problems: [`the root element is <${root.name}>, not a BioC <collection>`] };
  const unit = infons(root).get('offsets');
  if (unit !== undefined && unit !== BIOC_OFFSET_UNIT) problems.push(`offsets are "${unit}"; only ${BIOC_OFFSET_UNIT} are read`);
  const documents = childElements(root, 'document').map((d, index) => {
    const id = textOf(childElements(d, 'id')[0]).trim() || `document ${index + 1}`;
    const problem = (m: string) => problems.push(`${id}: ${m}`);
    const passages = childElements(d, 'passage');
    const { text } = documentText(passages, problem);
    const bytes = OffsetMap.utf8(text);
    const spans: SpanAnnotation[] = [];
    for (const a of passages.flatMap((p) => childElements(p, 'annotation'))) {
      const label = a.attributes.id ?? '?';
      const info = infons(a);
      const kind = info.get('type');
      if (!kind) {
        problem(`annotation ${label} has no type infon`);
        continue;
      }
      const assertion = info.get('assertion') ?? 'present';
      if (!isAssertion(assertion)) {
        problem(`annotation ${label}: assertion "${assertion}" is not one of the contract's`);
        continue;
      }
      const locations = childElements(a, 'location').map((l) => [Number(l.attributes.offset), Number(l.attributes.length)]);
      const ranges = locations.map(([o, n]) => [bytes.toUtf16(o), bytes.toUtf16(o + n)]);
      if (ranges.length === 0 || ranges.some(([s, e]) => s === undefined || e === undefined || e < s)) {
        problem(`annotation ${label}: a location is missing, beyond the text or inside a character`);
        continue;
      }
      const start = Math.min(...ranges.map(([s]) => s as number));
      const end = Math.max(...ranges.map(([, e]) => e as number));
      const stated = childElements(a, 'text')[0];
      if (stated && ranges.length === 1 && textOf(stated) !== xmlSafe(text.slice(start, end))) {
        problem(`annotation ${label}: its text is not the text at its location`);
        continue;
      }
      const attributes: Record<string, AttributeValue> = {};
      for (const [key, value] of info) if (key.startsWith(ATTRIBUTE_PREFIX)) attributes[key.slice(ATTRIBUTE_PREFIX.length)] = decode(kind, key.slice(ATTRIBUTE_PREFIX.length), value);
      const comment = info.get('comment');
      spans.push({ kind, start, end, assertion, attributes, ...(comment ? { comment } : {}) });
    }
    return { id, text, spans };
  });
  return { documents, problems };
}
