import { ReadResult } from './workspace';

/** How much of the start of a note is sampled to tell text from binary. */
const SAMPLE_BYTES = 8192;

/** Drops a UTF-8 sequence cut short at the end of a truncated read. */
function wholeCharacters(bytes: Buffer): Buffer {
  let start = bytes.length - 1;
  while (start > 0 && bytes.length - start < 4 && (bytes[start] & 0xc0) === 0x80) start--;
  const lead = bytes[start];
  const length = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
  return start + length > bytes.length ? bytes.subarray(0, start) : bytes;
}

/** UTF-16 text with its byte-order mark (what Windows editors save as "Unicode"), decoded; otherwise undefined. */
function utf16(bytes: Buffer): string | undefined {
  const le = bytes[0] === 0xff && bytes[1] === 0xfe;
  const be = bytes[0] === 0xfe && bytes[1] === 0xff;
  if (!le && !be) return undefined;
  // An odd byte at the end (a truncated read) is not half a character.
  const body = Buffer.from(bytes.subarray(2, bytes.length - ((bytes.length - 2) % 2)));
  if (be) body.swap16();
  return body.toString('utf16le');
}

/** A note's bytes as text (UTF-8 or UTF-16 with a BOM; the BOM dropped); refuses binary files with a one-line reason. */
export function decodeNote(bytes: Buffer, truncated: boolean): ReadResult {
  const wide = utf16(bytes);
  if (wide === undefined && bytes.subarray(0, SAMPLE_BYTES).includes(0)) return { error: 'looks binary (contains NUL bytes); not a text note' };
  let text = wide ?? (truncated ? wholeCharacters(bytes) : bytes).toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (wide !== undefined && text.slice(0, SAMPLE_BYTES).includes('\0')) return { error: 'looks binary (contains NUL characters); not a text note' };
  const sample = text.slice(0, SAMPLE_BYTES);
  let replaced = 0;
  for (let i = 0; i < sample.length; i++) if (sample.charCodeAt(i) === 0xfffd) replaced++;
  if (sample.length > 0 && replaced / sample.length > 0.1) return { error: 'is not UTF-8 text (binary or another encoding)' };
  if (!truncated) return { text };
  const bytesRead = bytes.length.toLocaleString('en-US');
  return { text, warning: `The file is larger than ${bytesRead} bytes; only its first ${bytesRead} bytes were read and analysed.` };
}
