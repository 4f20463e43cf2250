import * as assert from 'assert';
import { mergeSettings, parseConfig, resolveSettings } from '../../server/src/engine/review/config';

describe('review settings', () => {
  it('parses a full .clinical-review.json', () => {
    const { settings, errors } = parseConfig(
      JSON.stringify({
        targets: [{ label: 'Opioid use', phrases: ['oxycodone', 'hydrocodone'] }],
        rules: { smoking: 'off', 'outcome-measures': 'hint', depression: { enabled: true, severity: 'error' }, 'pt-program': 'on' },
        preset: 'strict',
        conservativeCareMinimumMonths: 4,
        endplateWidthMm: 33,
        dateOfService: '2026-06-24',
      }),
      '.clinical-review.json',
    );
    assert.deepStrictEqual(errors, []);
    assert.deepStrictEqual(settings, {
      customTargets: [{ label: 'Opioid use', phrases: ['oxycodone', 'hydrocodone'] }],
      rules: { smoking: 'off', 'outcome-measures': 'hint', depression: { enabled: true, severity: 'error' }, 'pt-program': 'on' },
      preset: 'strict',
      conservativeCareMinimumMonths: 4,
      endplateWidthMm: 33,
      dateOfService: '2026-06-24',
    });
  });

  it('accepts comments and an empty file', () => {
    assert.deepStrictEqual(parseConfig('// team settings\n{ /* stricter */ "preset": "strict" }', 'a.json'), { settings: { preset: 'strict' }, errors: [] });
    assert.deepStrictEqual(parseConfig('', 'a.json'), { settings: {}, errors: [] });
  });

  it('reports bad values clearly, keeps the good ones, and never throws', () => {
    const { settings, errors } = parseConfig(
      JSON.stringify({
        rules: { smokng: 'off', depression: 'warn', expectations: { severity: 'loud' }, 'conservative-first': 7 },
        preset: 'lenient',
        conservativeCareMinimumMonths: -1,
        endplateWidthMm: '35.7',
        dateOfService: '2026-02-30',
        targets: [{ label: 'x' }],
        extra: true,
        endplateWidthMM: 30,
      }),
      'cfg.json',
    );
    assert.deepStrictEqual(settings, { rules: { expectations: {} }, customTargets: [] });
    const text = errors.join('\n');
    assert.match(text, /cfg\.json: unknown rule "smokng" \(did you mean "smoking"\?\)/);
    assert.match(text, /rule "depression": "warn" is not a valid setting \(did you mean "warning"\?\)/);
    assert.match(text, /rule "expectations": "severity" must be one of error, warning, information, hint, not "loud"/);
    assert.match(text, /rule "conservative-first": 7 is not a valid setting/);
    assert.match(text, /"preset" must be "standard" .* or "strict" .*, not "lenient"/);
    assert.match(text, /"conservativeCareMinimumMonths" must be a number of months from 1 to 24, not -1/);
    assert.match(text, /"endplateWidthMm" must be a number of mm from 25 to 50, not "35.7"/);
    assert.match(text, /"dateOfService" must be a date written YYYY-MM-DD/);
    assert.match(text, /targets\[0\] \("x"\): "phrases" must be a non-empty list/);
    assert.match(text, /unknown setting "extra"/);
    assert.match(text, /unknown setting "endplateWidthMM" \(did you mean "endplateWidthMm"\?\)/);
  });

  it('reports invalid JSON and non-object settings without throwing', () => {
    const bad = parseConfig('{ "preset": ', 'broken.json');
    assert.deepStrictEqual(bad.settings, {});
    assert.match(bad.errors[0], /^broken\.json: not valid JSON/);
    assert.match(parseConfig('[1, 2]', 'list.json').errors[0], /must be a JSON object/);
    assert.doesNotThrow(() => parseConfig(undefined as unknown as string, 'x'));
  });

  it('resolves defaults: 3 months, 35.7 mm, every rule on at its own severity', () => {
    const r = resolveSettings();
    assert.strictEqual(r.conservativeCareMinimumMonths, 3);
    assert.strictEqual(r.endplateWidthMm, 35.7);
    assert.deepStrictEqual(r.rules.smoking, { enabled: true });
    assert.strictEqual(resolveSettings({ preset: 'strict' }).conservativeCareMinimumMonths, 6);
    assert.strictEqual(resolveSettings({ preset: 'strict', conservativeCareMinimumMonths: 4 }).conservativeCareMinimumMonths, 4);
    assert.deepStrictEqual(resolveSettings({ rules: { smoking: 'hint' } }).rules.smoking, { enabled: true, severity: 'hint' });
    assert.deepStrictEqual(resolveSettings({ rules: { smoking: 'off' } }).rules.smoking, { enabled: false });
  });

  it('merges layers, later wins, per rule and field', () => {
    const merged = mergeSettings(
      { conservativeCareMinimumMonths: 3, rules: { smoking: { severity: 'hint' }, depression: 'off' }, endplateWidthMm: 33 },
      { preset: 'strict', rules: { smoking: 'off' } },
      { rules: { depression: 'error' } },
    );
    assert.deepStrictEqual(merged, {
      preset: 'strict',
      endplateWidthMm: 33,
      rules: { smoking: { enabled: false, severity: 'hint' }, depression: { enabled: true, severity: 'error' } },
    });
    assert.strictEqual(resolveSettings(merged).conservativeCareMinimumMonths, 6, 'a later preset replaces an earlier minimum');
    assert.strictEqual(resolveSettings(mergeSettings({ preset: 'strict' }, { conservativeCareMinimumMonths: 4 })).conservativeCareMinimumMonths, 4);
  });
});
