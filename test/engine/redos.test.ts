import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { checkSync } from 'recheck';
import * as ts from 'typescript';
import '../../server/src/engine';
import { registeredPatterns } from '../../server/src/engine/patterns';

/**
 * Every regex the engine builds goes through pattern(); each must be free of catastrophic
 * backtracking. recheck explores the automaton, and fuzzes when that is too big (with a fixed
 * seed, so the verdict is repeatable). When its model calls a pattern vulnerable, the attack it
 * found is run against V8's own engine: it must still finish in linear-looking time.
 */
const ATTACK_BUDGET_MS = 250;

function runAttack(regex: RegExp, input: string): number {
  const scan = new RegExp(regex.source, regex.flags.includes('g') ? regex.flags : regex.flags + 'g');
  const started = process.hrtime.bigint();
  let m: RegExpExecArray | null;
  while ((m = scan.exec(input)) !== null) if (m[0].length === 0) scan.lastIndex++;
  return Number(process.hrtime.bigint() - started) / 1e6;
}

describe('no regex can backtrack catastrophically (recheck)', function () {
  this.timeout(300_000);
  const patterns = registeredPatterns();

  it('the engine registers its patterns', () => {
    assert.ok(patterns.length > 40, `only ${patterns.length} patterns registered`);
  });

  for (const { id, regex } of patterns) {
    it(id, () => {
      // g, y and d (match indices) change where and how a match is reported, not how it backtracks.
      const flags = regex.flags.replace(/[gyd]/g, '');
      const result = checkSync(regex.source, flags, { timeout: 20_000, randomSeed: 1 });
      if (result.status === 'vulnerable') {
        const attack = (result as { attack?: { string?: string; pattern?: string } }).attack;
        assert.ok(attack?.string, `${id}: vulnerable with no attack string`);
        const ms = runAttack(regex, attack.string);
        assert.ok(ms < ATTACK_BUDGET_MS, `${id} is vulnerable: ${String(attack.pattern).slice(0, 120)} took ${ms.toFixed(0)} ms`);
        return;
      }
      assert.strictEqual(result.status, 'safe', `${id}: recheck could not decide (${result.status})`);
    });
  }
});

/**
 * Every regex of the engine is built by pattern() (server/src/engine/patterns.ts), so that the ReDoS
 * test above sees it. This scans the engine's sources with the TypeScript parser for regex
 * literals and RegExp constructions anywhere else.
 */
const ENGINE = path.resolve(__dirname, '../../../server/src/engine');

/** Files that may build their own regexes, and why. */
const ALLOWED: Readonly<Record<string, string>> = {
  'patterns.ts': 'it is where pattern() builds every regex',
  'extractors/customTargets.ts': "user-defined targets are compiled at run time from the user's own phrases, never a fixed engine pattern (owned by the custom-targets work)",
};

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? sources(full) : e.name.endsWith('.ts') ? [full] : [];
  });
}

/** "file:line: text" of each regex literal, new RegExp(...) or RegExp(...) in a source file. */
function rawRegexes(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    const isLiteral = node.kind === ts.SyntaxKind.RegularExpressionLiteral;
    const isConstruction = (ts.isNewExpression(node) || ts.isCallExpression(node)) && node.expression.getText(source) === 'RegExp';
    if (isLiteral || isConstruction) {
      const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
      found.push(`${path.relative(ENGINE, file)}:${line}: ${node.getText(source).slice(0, 80)}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('every engine regex goes through pattern()', () => {
  const files = sources(ENGINE);

  it('finds the engine sources', () => {
    assert.ok(files.length > 40, `only ${files.length} files under ${ENGINE}`);
  });

  it('has no regex literal or RegExp construction outside patterns.ts', () => {
    const offenders = files.filter((f) => !(path.relative(ENGINE, f).split(path.sep).join('/') in ALLOWED)).flatMap(rawRegexes);
    assert.deepStrictEqual(offenders, [], 'build these with pattern() from patterns.ts');
  });

  it('catches what it is meant to catch', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cnr-regex-'));
    const probe = path.join(dir, 'probe.ts');
    fs.writeFileSync(probe, "const a = /x+y/g.test('s') ? 1 / 2 / 3 : 0;\nconst b = new RegExp('z');\nconst c = RegExp('w');\n// /not a regex/\nconst d = '/nor this/';\n");
    try {
      assert.strictEqual(rawRegexes(probe).length, 3);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
