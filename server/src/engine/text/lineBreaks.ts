import { pattern } from '../patterns';

/**
 * Line breaks as the engine reads them: "\n", "\r\n", and a lone "\r" (old Mac files), as LSP and
 * the editor count them. The readers of structure (sections, tables, sentences) look for "\n", so a
 * lone "\r" is read as "\n": same length, so every offset stays an offset into the note.
 */
const LONE_CR = pattern('lineBreaks.loneCr', '\\r(?!\\n)', 'g');

export function withLineFeeds(text: string): string {
  return text.indexOf('\r') === -1 ? text : text.replace(LONE_CR, '\n');
}
