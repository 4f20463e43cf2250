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

/** A note's bytes as text (UTF-8, BOM dropped); refuses binary files with a one-line reason. */
export function decodeNote(bytes: Buffer, truncated: boolean): ReadResult {
  if (bytes.subarray(0, SAMPLE_BYTES).includes(0)) return { error: 'looks binary (contains NUL bytes); not a text note' };
  let text = (truncated ? wholeCharacters(bytes) : bytes).toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const sample = text.slice(0, SAMPLE_BYTES);
  let replaced = 0;
  for (let i = 0; i < sample.length; i++) if (sample.charCodeAt(i) === 0xfffd) replaced++;
  if (sample.length > 0 && replaced / sample.length > 0.1) return { error: 'is not UTF-8 text (binary or another encoding)' };
  if (!truncated) return { text };
  const bytesRead = bytes.length.toLocaleString('en-US');
  return { text, warning: `The file is larger than ${bytesRead} bytes; only its first ${bytesRead} bytes were read and analysed.` };
}
