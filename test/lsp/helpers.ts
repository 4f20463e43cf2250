import * as fs from 'fs';
import * as path from 'path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { fileUri, REPO } from './lspClient';

export const SAMPLES = path.join(REPO, 'samples');

export function sample(name: string): { uri: string; text: string; doc: TextDocument } {
  const file = path.join(SAMPLES, name);
  const text = fs.readFileSync(file, 'utf8');
  const uri = fileUri(file);
  return { uri, text, doc: TextDocument.create(uri, 'clinical-note', 1, text) };
}

export interface Pos {
  line: number;
  character: number;
}
export interface Rng {
  start: Pos;
  end: Pos;
}

/** The text a range covers. */
export function textAt(doc: TextDocument, range: Rng): string {
  return doc.getText(range);
}

/** Position of the first occurrence of `needle` (plus an offset into it). */
export function positionOf(doc: TextDocument, needle: string, into = 0): Pos {
  const i = doc.getText().indexOf(needle);
  if (i === -1) throw new Error(`"${needle}" not in ${doc.uri}`);
  return doc.positionAt(i + into);
}

export interface DecodedToken {
  line: number;
  character: number;
  length: number;
  type: string;
  modifiers: string[];
  text: string;
}

/** Decodes LSP relative semantic tokens with the server's legend. */
export function decodeTokens(data: number[], legend: { tokenTypes: string[]; tokenModifiers: string[] }, doc: TextDocument): DecodedToken[] {
  const out: DecodedToken[] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i < data.length; i += 5) {
    const [dl, dc, length, type, mods] = data.slice(i, i + 5);
    line += dl;
    character = dl === 0 ? character + dc : dc;
    const modifiers = legend.tokenModifiers.filter((_m, bit) => (mods & (1 << bit)) !== 0);
    out.push({ line, character, length, type: legend.tokenTypes[type], modifiers, text: doc.getText({ start: { line, character }, end: { line, character: character + length } }) });
  }
  return out;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
