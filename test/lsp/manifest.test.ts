import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { RULES } from '../../server/src/engine/rules';
import { CLIENT_COMMANDS } from '../../server/src/lsp/protocol';
import { LEGEND, TOKEN_MODIFIERS } from '../../server/src/lsp/semanticTokens';
import { REPO } from './lspClient';

/** package.json, the grammar and .vscodeignore agree with the server. */
const pkg = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8'));
const contributes = pkg.contributes;

describe('extension manifest', () => {
  it('activates on the clinical-note language and runs the bundle', () => {
    assert.strictEqual(pkg.main, './dist/client.js');
    assert.ok(pkg.activationEvents.includes('onLanguage:clinical-note'));
    assert.ok(pkg.activationEvents.includes('onWebviewPanel:clinicalReview.summary'), 'a Summary tab restored after a reload activates the extension');
    const lang = contributes.languages.find((l: { id: string }) => l.id === 'clinical-note');
    assert.deepStrictEqual(lang.extensions, ['.note', '.rad']);
    assert.ok(fs.existsSync(path.join(REPO, lang.configuration)));
    assert.ok(fs.existsSync(path.join(REPO, contributes.grammars[0].path)));
  });

  it('declares limited support for untrusted workspaces, restricting only settings that exist', () => {
    const trust = pkg.capabilities.untrustedWorkspaces;
    assert.strictEqual(trust.supported, 'limited');
    assert.match(trust.description, /\.clinical-review\.json/);
    for (const key of trust.restrictedConfigurations) assert.ok(contributes.configuration.properties[key], `${key} is not a setting`);
    assert.ok(trust.restrictedConfigurations.includes('clinicalReview.customTargets'));
  });

  it('lists every rule of the engine in clinicalReview.rules and fileRules', () => {
    const props = contributes.configuration.properties;
    const ids = RULES.map((r) => r.id).sort();
    const listed = Object.keys(props['clinicalReview.rules'].properties).sort();
    assert.deepStrictEqual(listed, ids, 'regenerate the rules schema in package.json');
    assert.deepStrictEqual(Object.keys(props['clinicalReview.fileRules'].additionalProperties.properties).sort(), ids);
    for (const id of ids) assert.deepStrictEqual(props['clinicalReview.rules'].properties[id].enum, ['off', 'on', 'error', 'warning', 'information', 'hint']);
  });

  it('has every engine setting, with descriptions (and no dateOfService)', () => {
    const props = contributes.configuration.properties;
    for (const key of ['files', 'rules', 'fileRules', 'preset', 'conservativeCareMinimumMonths', 'endplateWidthMm', 'customTargets', 'trace.server']) {
      const p = props[`clinicalReview.${key}`];
      assert.ok(p, key);
      assert.ok(p.description || p.markdownDescription, `${key} has a description`);
    }
    assert.deepStrictEqual(props['clinicalReview.preset'].enum, ['standard', 'strict']);
    assert.deepStrictEqual(props['clinicalReview.trace.server'].enum, ['off', 'messages', 'verbose']);
    assert.strictEqual(props['clinicalReview.dateOfService'], undefined);
  });

  it('contributes the commands the server refers to', () => {
    const commands = contributes.commands.map((c: { command: string }) => c.command);
    for (const c of Object.values(CLIENT_COMMANDS)) assert.ok(commands.includes(c), c);
    assert.ok(commands.includes('clinicalReview.analyzeWorkspace'));
    assert.ok(!commands.includes('clinicalReview.server.analyzeWorkspace'), 'the server command is registered by the language client');
  });

  it('semantic token types and modifiers match the server legend', () => {
    assert.deepStrictEqual(contributes.semanticTokenTypes.map((t: { id: string }) => t.id), LEGEND.tokenTypes);
    assert.deepStrictEqual(contributes.semanticTokenModifiers.map((t: { id: string }) => t.id), [...TOKEN_MODIFIERS]);
    const scopes = contributes.semanticTokenScopes[0].scopes;
    for (const t of LEGEND.tokenTypes) assert.ok(scopes[t], `scope for ${t}`);
  });

  it('.vscodeignore keeps the package lean', () => {
    const lines = fs.readFileSync(path.join(REPO, '.vscodeignore'), 'utf8').split('\n').filter((l) => l && !l.startsWith('#'));
    assert.strictEqual(lines[0], '**', 'everything is excluded first');
    for (const keep of ['!dist/client.js', '!dist/server.js', '!syntaxes/clinical-note.tmLanguage.json', '!language-configuration.json', '!docs/rules/*.md']) {
      assert.ok(lines.includes(keep), keep);
    }
  });
});

describe('TextMate grammar', () => {
  const grammar = JSON.parse(fs.readFileSync(path.join(REPO, 'syntaxes', 'clinical-note.tmLanguage.json'), 'utf8'));
  type Rule = { match?: string; name?: string; captures?: Record<string, { name: string }>; patterns?: Rule[]; include?: string };

  /** Oniguruma -> JS for the constructs the grammar uses: leading (?i) and (?i:...) groups. */
  function toJs(re: string): RegExp {
    let flags = 'g';
    let src = re;
    if (src.startsWith('(?i)')) {
      src = src.slice(4);
      flags += 'i';
    }
    if (src.includes('(?i:')) {
      src = src.replace(/\(\?i:/g, '(?:');
      flags += flags.includes('i') ? '' : 'i';
    }
    return new RegExp(src, flags);
  }

  function flatten(rule: Rule): Array<{ re: RegExp; name: string; group: number }> {
    if (rule.include) return flatten(grammar.repository[rule.include.slice(1)]);
    if (rule.patterns) return rule.patterns.flatMap(flatten);
    const name = rule.name ?? rule.captures?.['1']?.name ?? '';
    return [{ re: toJs(rule.match!), name, group: rule.name ? 0 : 1 }];
  }
  const rules = (grammar.patterns as Rule[]).flatMap(flatten);

  /** TextMate-like scan: the earliest match wins, ties to the first rule. */
  function scopes(line: string): Array<[string, string]> {
    const out: Array<[string, string]> = [];
    let pos = 0;
    while (pos < line.length) {
      let best: { index: number; text: string; scoped: string; name: string } | undefined;
      for (const r of rules) {
        r.re.lastIndex = pos;
        const m = r.re.exec(line);
        if (m && m[0].length > 0 && (!best || m.index < best.index)) best = { index: m.index, text: m[0], scoped: m[r.group], name: r.name };
      }
      if (!best) break;
      out.push([best.scoped.trim(), best.name.split(' ')[0]]);
      pos = best.index + best.text.length;
    }
    return out;
  }
  const scopeOf = (line: string, text: string) => scopes(line).find(([t]) => t === text)?.[1];

  it('every pattern compiles', () => {
    assert.ok(rules.length > 10);
    assert.strictEqual(grammar.scopeName, 'text.clinical-note');
  });

  it('scopes headers, levels, measurements, grades, cues, drugs, durations and dates', () => {
    assert.strictEqual(scopeOf('IMPRESSION: Grade 1 anterolisthesis', 'IMPRESSION'), 'markup.heading.section.clinical-note');
    assert.strictEqual(scopeOf('History of present illness: pain', 'History of present illness'), 'markup.heading.section.clinical-note');
    const line = 'Grade 1 anterolisthesis of L5 on S1 measuring 5 mm at L4-L5 and L5-S1, no stenosis, possible pars defect.';
    assert.strictEqual(scopeOf(line, 'Grade 1'), 'keyword.other.grade.clinical-note');
    assert.strictEqual(scopeOf(line, 'L5'), 'entity.name.tag.level.clinical-note');
    assert.strictEqual(scopeOf(line, 'L4-L5'), 'entity.name.tag.level.clinical-note');
    assert.strictEqual(scopeOf(line, 'L5-S1'), 'entity.name.tag.level.clinical-note');
    assert.strictEqual(scopeOf(line, '5 mm'), 'constant.numeric.measurement.clinical-note');
    assert.strictEqual(scopeOf(line, 'no'), 'keyword.control.negation.clinical-note');
    assert.strictEqual(scopeOf(line, 'possible'), 'keyword.other.hedge.clinical-note');
    const plan = 'PT x 6 wks, gabapentin 300 mg TID for 3 months since 06/24/2026 and March 2026; moderate stenosis.';
    assert.strictEqual(scopeOf(plan, 'x 6 wks'), 'string.other.duration.clinical-note');
    assert.strictEqual(scopeOf(plan, '3 months'), 'string.other.duration.clinical-note');
    assert.strictEqual(scopeOf(plan, 'gabapentin'), 'support.function.drug.clinical-note');
    assert.strictEqual(scopeOf(plan, '06/24/2026'), 'constant.other.date.clinical-note');
    assert.strictEqual(scopeOf(plan, 'March 2026'), 'constant.other.date.clinical-note');
    assert.strictEqual(scopeOf(plan, 'moderate'), 'storage.modifier.severity.clinical-note');
    assert.strictEqual(scopeOf('Strength 5/5 and 4+/5.', '5/5'), undefined, 'strength grades are not dates');
    assert.strictEqual(scopeOf('This may represent a cyst.', 'may represent'), 'keyword.other.hedge.clinical-note');
  });
});

describe('extension manifest: colours of negated findings', () => {
  it('gives negated and family findings their own grey in every theme, not the scope colour numbers share', () => {
    const rules = contributes.configurationDefaults['editor.semanticTokenColorCustomizations'].rules;
    const numbers = contributes.semanticTokenScopes[0].scopes.outcomeMeasure[0];
    assert.match(numbers, /^constant\.numeric/);
    for (const modifier of ['negated', 'family']) {
      const rule = rules[`*.${modifier}:clinical-note`];
      assert.ok(rule && /^#[0-9A-F]{6}$/i.test(rule.foreground), `${modifier} has a fixed foreground`);
    }
    assert.ok(TOKEN_MODIFIERS.includes('negated' as never));
  });
});
