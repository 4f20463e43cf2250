import * as assert from 'assert';
import * as fs from 'fs';
import { builtinModules } from 'module';
import * as path from 'path';
import * as ts from 'typescript';

/**
 * The engine's layers point one way, in pipeline order: a module may import from its own layer
 * or an earlier one, never a later one, and nothing from outside the engine but Node built-ins
 * and compromise (no vscode, no LSP). A new folder or root file must be placed in LAYERS.
 */

const ENGINE = path.join(__dirname, '..', '..', '..', 'server', 'src', 'engine');

/** Folders (and root files) in pipeline order. */
const LAYERS: ReadonlyArray<readonly string[]> = [
  // The shared types, the pattern registry and the JSON shape of results: everything may use them.
  ['types.ts', 'patterns.ts', 'serialize.ts'],
  // Data: section headers, levels, terms.
  ['vocabulary'],
  ['text'],
  ['normalize'],
  ['context'],
  ['extractors'],
  // One note's mentions read together: shared attributes, addenda's corrections.
  ['mentions'],
  ['case'],
  // The pipeline from text to case.
  ['analyzeNote.ts'],
  ['rules'],
  ['review'],
  // The public entry.
  ['index.ts'],
];

const EXTERNAL_ALLOWED = new Set(['compromise']);

function tsFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? tsFiles(full) : e.name.endsWith('.ts') ? [full] : [];
  });
}

/** The layer entry of an engine file: its top folder, or its own name at the root. */
function unitOf(file: string): string {
  return path.relative(ENGINE, file).split(path.sep)[0];
}

function layerOf(file: string): number {
  return LAYERS.findIndex((layer) => layer.includes(unitOf(file)));
}

function resolveRelative(from: string, spec: string): string | undefined {
  const base = path.resolve(path.dirname(from), spec);
  return [`${base}.ts`, path.join(base, 'index.ts'), base].find((p) => fs.existsSync(p) && fs.statSync(p).isFile());
}

interface EngineImport {
  file: string;
  spec: string;
}

function importsOf(file: string): EngineImport[] {
  const info = ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true);
  return info.importedFiles.map((f) => ({ file, spec: f.fileName }));
}

const rel = (p: string) => path.relative(ENGINE, p).split(path.sep).join('/');

interface Violation {
  /** outside: a package or file outside the engine's allowed set; backwards: a later layer. */
  kind: 'outside' | 'backwards';
  message: string;
}

/** Why an import is not allowed, or undefined. */
function violationOf(imp: EngineImport): Violation | undefined {
  const where = `${rel(imp.file)} imports '${imp.spec}'`;
  if (!imp.spec.startsWith('.')) {
    const name = imp.spec.replace(/^node:/, '').split('/')[0];
    if (builtinModules.includes(name) || EXTERNAL_ALLOWED.has(imp.spec)) return undefined;
    return { kind: 'outside', message: `${where}: only Node built-ins and compromise may come from outside the engine` };
  }
  const target = resolveRelative(imp.file, imp.spec);
  if (!target) return { kind: 'outside', message: `${where}: cannot be resolved` };
  if (path.relative(ENGINE, target).startsWith('..')) return { kind: 'outside', message: `${where}: outside server/src/engine` };
  if (layerOf(target) > layerOf(imp.file)) return { kind: 'backwards', message: `${where}: ${unitOf(target)} comes after ${unitOf(imp.file)} in the pipeline` };
  return undefined;
}

function violations(files: readonly string[], kind: Violation['kind']): string[] {
  return files
    .flatMap(importsOf)
    .map(violationOf)
    .filter((v): v is Violation => v?.kind === kind)
    .map((v) => v.message);
}

describe('engine layers', () => {
  const files = tsFiles(ENGINE);

  it('finds the engine sources', () => {
    assert.ok(files.length > 50, `only ${files.length} files under ${ENGINE}`);
  });

  it('places every folder and root file of the engine in a layer', () => {
    const unplaced = [...new Set(files.map(unitOf))].filter((u) => !LAYERS.some((layer) => layer.includes(u)));
    assert.deepStrictEqual(unplaced, [], 'add them to LAYERS in pipeline order');
  });

  it('imports nothing from outside the engine but Node built-ins and compromise (no vscode, no LSP)', () => {
    assert.deepStrictEqual(violations(files, 'outside'), []);
  });

  it('imports only from the same or an earlier layer: text -> context -> extractors -> mentions -> case -> rules -> review', () => {
    assert.deepStrictEqual(violations(files, 'backwards'), []);
  });

  it('tells a forbidden import from an allowed one', () => {
    const inRules = path.join(ENGINE, 'rules', 'facts.ts');
    const inText = path.join(ENGINE, 'text', 'sections.ts');
    const kind = (file: string, spec: string) => violationOf({ file, spec })?.kind;
    for (const spec of ['vscode', 'vscode-languageserver/node', 'vscode-languageclient', 'lodash', '../../lsp/settings']) {
      assert.strictEqual(kind(inRules, spec), 'outside', spec);
    }
    assert.strictEqual(kind(inRules, '../review/summary'), 'backwards');
    assert.strictEqual(kind(inText, '../case/buildCase'), 'backwards');
    for (const spec of ['../case/meyerding', './describe', '../types', 'fs', 'node:path', 'compromise']) assert.strictEqual(kind(inRules, spec), undefined, spec);
  });
});
