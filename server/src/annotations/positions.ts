/**
 * Zero-based line and character (UTF-16 units) of offsets, for the annotation commands' locations:
 * the engine's own LineIndex (lines end at \n, \r\n or a lone \r, as in the editor), so a disagreement's
 * file:line:col is where the findings' own ranges put it. Re-exported here because cli/ and lsp/
 * reach the engine through its index only, and the index does not export it.
 */
export { LineIndex } from '../engine/text/lineIndex';
