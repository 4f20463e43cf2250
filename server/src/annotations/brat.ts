/**
 * brat standoff: a `.ann` file beside a `.txt` copy of the note, and the `annotation.conf` that
 * declares the types (https://brat.nlplab.org/standoff.html). Conventions:
 *
 * - the entity type is the finding kind (`listhesis`, `stenosis`, …);
 * - the assertion is the attribute `Assertion` (`present`, `absent`, `possible`, `historical`,
 *   `hypothetical`, `family`); a text-bound annotation without one reads as `present`;
 * - every other attribute is a brat attribute of its own name (`A2\tgrade T1 1`); a boolean is a
 *   binary attribute (`A3\tlowGrade T1`: true; false is written as not stated); whitespace and `%`
 *   in a free value are percent-encoded (`psychiatric%20care`);
 * - a comment is an AnnotatorNotes note (`#1\tAnnotatorNotes T1\tthe comment`), on one line;
 * - offsets count Unicode code points of the `.txt` (a `\r` counts one, an emoji one), while the
 *   engine counts UTF-16 units: both directions are converted here;
 * - a span that crosses a line break is written as fragments (`0 5;6 12`), without the line breaks,
 *   as brat itself does; reading takes the first fragment's start to the last one's end.
 */
import { AttributeSpec, ASSERTIONS, attributeSpecs, attributesByName, FINDING_KINDS, isAssertion } from './schema';
import { OffsetMap } from './offsets';
import { AttributeValue, SpanAnnotation, sortSpans } from './spans';

const LINE_BREAK = /[\r\n\u0085\u2028\u2029]+/g;

/** The pieces of [start, end) between line breaks, in UTF-16 offsets. */
function fragments(text: string, start: number, end: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const piece = text.slice(start, end);
  let from = 0;
  for (const m of piece.matchAll(LINE_BREAK)) {
    if (m.index > from) out.push([start + from, start + m.index]);
    from = m.index + m[0].length;
  }
  if (piece.length > from) out.push([start + from, end]);
  return out.length > 0 ? out : [[start, end]];
}

function encodeValue(v: string): string {
  return v.replace(/[%\s]/gu, (c) => encodeURIComponent(c));
}

function decodeValue(v: string): string {
  if (!v.includes('%')) return v;
  try {
    return decodeURIComponent(v);
  } catch {
    return v;
  }
}

const oneLine = (s: string) => s.replace(LINE_BREAK, ' ');

/** The `.ann` text for spans over `text` (offsets in UTF-16 units). */
export function writeAnn(text: string, spans: readonly SpanAnnotation[]): string {
  const cp = OffsetMap.codePoints(text);
  const lines: string[] = [];
  let a = 0;
  let n = 0;
  sortSpans(spans).forEach((s, i) => {
    const id = `T${i + 1}`;
    const frags = fragments(text, s.start, s.end);
    const offsets = frags.map(([fs, fe]) => `${cp.fromUtf16(fs)} ${cp.fromUtf16(fe)}`).join(';');
    lines.push(`${id}\t${s.kind} ${offsets}\t${frags.map(([fs, fe]) => text.slice(fs, fe)).join(' ')}`);
    lines.push(`A${++a}\tAssertion ${id} ${s.assertion}`);
    for (const [name, value] of Object.entries(s.attributes)) {
      if (value === false) continue;
      lines.push(value === true ? `A${++a}\t${name} ${id}` : `A${++a}\t${name} ${id} ${encodeValue(String(value))}`);
    }
    if (s.comment) lines.push(`#${++n}\tAnnotatorNotes ${id}\t${oneLine(s.comment)}`);
  });
  return lines.map((l) => l + '\n').join('');
}

export interface BratProblem {
  /** 1-based line of the .ann file. */
  line: number;
  message: string;
}

export interface BratRead {
  spans: SpanAnnotation[];
  problems: BratProblem[];
}

function decodeAttribute(spec: AttributeSpec | undefined, value: string | undefined): AttributeValue | { error: string } {
  if (value === undefined) return spec === undefined || spec.type === 'boolean' ? true : { error: 'needs a value' };
  const v = decodeValue(value);
  if (spec?.type === 'boolean') return v === 'true' ? true : v === 'false' ? false : { error: `is yes/no (binary), not "${v}"` };
  if (spec?.type === 'number') return /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : { error: `must be a number, not "${v}"` };
  return v;
}

/**
 * Reads a `.ann` file against the text it annotates. Lines that cannot be read are reported with
 * their line number and skipped; relations, events and normalisations are skipped silently.
 */
export function readAnn(ann: string, text: string): BratRead {
  const cp = OffsetMap.codePoints(text);
  const problems: BratProblem[] = [];
  const byId = new Map<string, SpanAnnotation>();
  const order: SpanAnnotation[] = [];
  const pending: Array<{ run: () => void }> = [];
  ann.split('\n').forEach((raw, index) => {
    const line = index + 1;
    const l = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (l.trim() === '') return;
    const problem = (message: string) => problems.push({ line, message });
    const fields = l.split('\t');
    const id = fields[0];
    if (fields.length < 2 || id === '') return problem('not a brat annotation (ID, a tab, then the annotation)');
    const head = fields[1].split(' ');
    switch (id[0]) {
      case 'T': {
        if (fields.length < 3) return problem(`${id}: a text-bound annotation needs "type start end", a tab, and the text`);
        const [kind, ...rest] = head;
        const pairs = rest.join(' ').split(';').map((p) => p.trim().split(/\s+/));
        if (!kind || pairs.some((p) => p.length !== 2 || !p.every((x) => /^\d+$/.test(x)))) return problem(`${id}: offsets must be "start end" pairs of whole numbers, not "${rest.join(' ')}"`);
        const frags: Array<[number, number]> = [];
        for (const [s, e] of pairs) {
          const [start, end] = [cp.toUtf16(Number(s)), cp.toUtf16(Number(e))];
          if (start === undefined || end === undefined) return problem(`${id}: offsets ${s}-${e} are beyond the text (${cp.total} characters)`);
          if (start > end) return problem(`${id}: start ${s} is after end ${e}`);
          frags.push([start, end]);
        }
        const expected = frags.map(([s, e]) => text.slice(s, e)).join(' ');
        const stated = fields.slice(2).join('\t');
        if (stated !== expected) return problem(`${id}: its text "${stated}" is not the text at its offsets ("${expected}"); is this the .ann of another .txt?`);
        if (byId.has(id)) return problem(`${id}: the ID is used twice`);
        const span: SpanAnnotation = { kind, start: frags[0][0], end: frags[frags.length - 1][1], assertion: 'present', attributes: {} };
        byId.set(id, span);
        order.push(span);
        return;
      }
      case 'A':
      case 'M': {
        const [name, target, value, ...extra] = head;
        if (!name || !target || extra.length > 0) return problem(`${id}: an attribute is "name target [value]", not "${fields[1]}"`);
        pending.push({
          run: () => {
            const span = byId.get(target);
            if (!span) return problem(`${id}: no text-bound annotation ${target}`);
            if (name === 'Assertion') {
              if (value === undefined || !isAssertion(value)) return problem(`${id}: Assertion must be one of ${ASSERTIONS.join(', ')}, not "${value ?? ''}"`);
              span.assertion = value;
              return;
            }
            const decoded = decodeAttribute(attributeSpecs(span.kind)[name], value);
            if (typeof decoded === 'object') return problem(`${id}: ${name} ${decoded.error}`);
            if (decoded !== false) span.attributes[name] = decoded;
          },
        });
        return;
      }
      case '#': {
        const target = head[1];
        if (!target || fields.length < 3) return problem(`${id}: a note is "AnnotatorNotes target", a tab, and the text`);
        pending.push({
          run: () => {
            const span = byId.get(target);
            if (!span) return problem(`${id}: no text-bound annotation ${target}`);
            const note = fields.slice(2).join('\t');
            span.comment = span.comment ? `${span.comment} ${note}` : note;
          },
        });
        return;
      }
      case 'R':
      case 'E':
      case 'N':
      case '*':
        return;
      default:
        return problem(`"${id}" is not a brat annotation ID (T, A, M, R, E, N, * or #)`);
    }
  });
  for (const p of pending) p.run();
  problems.sort((x, y) => x.line - y.line);
  return { spans: order, problems };
}

/**
 * annotation.conf, generated from the engine's kinds and attribute values (schema.ts). An attribute
 * several kinds share is declared once, with the union of their values. Attributes with free
 * values (levels, millimetres, drug names) cannot be declared in brat's configuration language: they
 * are listed in a comment, and brat shows them with a configuration warning.
 */
export function annotationConf(): string {
  const lines = [
    '# brat configuration for Clinical Note Review, generated by `clinical-review export-brat`.',
    '# Entity types are finding kinds; Assertion and the other attributes are the JSON contract\'s.',
    '[entities]',
    ...FINDING_KINDS,
    '',
    '[relations]',
    '',
    '[events]',
    '',
    '[attributes]',
    `Assertion Arg:<ENTITY>, Value:${ASSERTIONS.join('|')}`,
  ];
  const free: string[] = [];
  for (const [name, variants] of attributesByName()) {
    const kinds = variants.flatMap((v) => v.kinds).join('|');
    if (variants.every((v) => v.spec.type === 'boolean')) {
      lines.push(`${name} Arg:${kinds}`);
      continue;
    }
    const values = new Set<string>();
    let closed = true;
    for (const { spec } of variants) {
      if (spec.type === 'enum') spec.values.forEach((v) => values.add(v));
      else if (spec.type === 'number' && spec.values) spec.values.forEach((v) => values.add(String(v)));
      else closed = false;
    }
    if (closed) lines.push(`${name} Arg:${kinds}, Value:${[...values].join('|')}`);
    else free.push(`#   ${name} (${kinds})`);
  }
  lines.push('', '# Free-valued attributes, written in the .ann files but not declarable here:', ...free);
  return lines.join('\n') + '\n';
}
