import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { RULES } from '../../server/src/engine/rules';

const ROOT = path.resolve(__dirname, '../../..');
const camel = (id: string) => id.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

/** The rule table of the guideline's RULES.md, row by row. */
const TABLE = [
  ['conservative-first', 'warning', [1, 2]],
  ['surgical-criteria', 'warning', [1, 2]],
  ['red-flag-cauda-equina', 'error', [3]],
  ['red-flag-progressive-deficit', 'error', [3]],
  ['red-flag-slip-progression', 'warning', [5]],
  ['chronic-pars-stable', 'hint', [4, 5]],
  ['chronic-pars-immobilization', 'information', [4]],
  ['neuropathic-trial', 'information', [1]],
  ['consider-esi', 'information', [1, 3]],
  ['pt-program', 'hover', [1, 2, 3]],
  ['outcome-measures', 'information', [2, 3]],
  ['smoking', 'warning', [2]],
  ['depression', 'warning', [2]],
  ['expectations', 'information', [2]],
  ['imaging-correlation-caveat', 'hint', [2, 3]],
  ['decompression-alone', 'warning', [6]],
  ['instrumentation', 'hover', [1]],
  ['complication-rates', 'information', [1]],
  ['rehab-equivalence', 'information', [2, 3]],
  ['grade-consistency', 'warning', ['Meyerding']],
] as const;

describe('rule registry', () => {
  it('has every row of the guideline rule table, in order, with its severity and citations', () => {
    assert.deepStrictEqual(
      RULES.map((r) => [r.id, r.presentation === 'hover' ? 'hover' : r.defaultSeverity, [...r.citations]]),
      TABLE.map(([id, sev, cites]) => [id, sev, [...cites]]),
    );
  });

  for (const rule of RULES) {
    describe(rule.id, () => {
      it('lives in a file named after its id', () => {
        assert.ok(fs.existsSync(path.join(ROOT, 'server/src/engine/rules', `${camel(rule.id)}.ts`)), `${camel(rule.id)}.ts`);
      });
      it('has a documentation page with what, why, examples and configuration', () => {
        assert.strictEqual(rule.docPath, `docs/rules/${rule.id}.md`);
        const page = fs.readFileSync(path.join(ROOT, rule.docPath), 'utf8');
        for (const heading of ['## What it checks', '## Why', '## Example that fires', '## Example that stays silent', '## Configure']) {
          assert.ok(page.includes(heading), `${rule.docPath} lacks "${heading}"`);
        }
        assert.ok(page.includes(`"${rule.id}"`), 'the configuration example names the id');
      });
      it('cites the guideline', () => {
        assert.ok(rule.citations.length > 0);
        assert.ok(rule.citations.every((c) => (typeof c === 'number' && c >= 1 && c <= 6) || c === 'Meyerding'));
        assert.ok(rule.title && rule.description);
      });
    });
  }
});
