import { Readable } from 'stream';
import { mergeSettings, parseDate, ReviewSettings } from '../../engine';
import { AuditInput } from './auditInput';
import { rawMember } from './rawMember';

const FIELDS = new Set(['id', 'text', 'date', 'meta']);

/** One line of the NDJSON stage: a note to review, or an error naming the line (and id, when readable). */
export function parseInputLine(raw: string, line: number, base: ReviewSettings): AuditInput {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { ref: { line, id: null }, skipped: raw.trim() === '' ? 'empty line' : 'not valid JSON' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ref: { line, id: null }, skipped: 'a line must be a JSON object' };
  const o = value as Record<string, unknown>;
  const idOk = typeof o.id === 'string' || (typeof o.id === 'number' && Number.isFinite(o.id));
  const ref = { line, id: idOk ? (o.id as string | number) : null, ...('meta' in o ? { meta: rawMember(raw, 'meta') as string } : {}) };
  const unknown = Object.keys(o).find((k) => !FIELDS.has(k));
  if (unknown !== undefined) return { ref, skipped: `unknown field ${JSON.stringify(unknown.slice(0, 40))}` };
  if (!idOk) return { ref, skipped: '"id" must be a string or a number' };
  if (typeof o.text !== 'string') return { ref, skipped: '"text" must be a string' };
  let settings = base;
  if (o.date !== undefined) {
    if (typeof o.date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(o.date) || parseDate(o.date) !== o.date) return { ref, skipped: '"date" must be a real calendar date, YYYY-MM-DD' };
    settings = mergeSettings(base, { dateOfService: o.date });
  }
  return { ref, task: { text: o.text, settings } };
}

/**
 * Lines split at "\n" only (one "\r" before it dropped): a lone carriage return is not a line
 * break, as in the NDJSON spec. A last line without a newline still counts.
 */
export async function* ndjsonLines(input: Readable): AsyncGenerator<string> {
  input.setEncoding('utf8');
  let rest = '';
  for await (const chunk of input as AsyncIterable<string>) {
    // Search only the new chunk: a long line over many chunks stays linear.
    const searchFrom = rest.length;
    rest += chunk;
    let start = 0;
    for (let nl = rest.indexOf('\n', searchFrom); nl !== -1; nl = rest.indexOf('\n', start)) {
      const end = nl > start && rest.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
      yield rest.slice(start, end);
      start = nl + 1;
    }
    rest = rest.slice(start);
  }
  if (rest !== '') yield rest.endsWith('\r') ? rest.slice(0, -1) : rest;
}

/** The lines of standard input as audit inputs, read only as fast as the audit consumes them. */
export async function* stdinInputs(stdin: Readable, base: ReviewSettings): AsyncGenerator<AuditInput> {
  let line = 0;
  for await (const raw of ndjsonLines(stdin)) yield parseInputLine(raw, ++line, base);
}
