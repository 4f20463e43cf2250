import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../../e2e/driver';
import { audit, syntheticNote } from './auditCli';

// `clinical-review audit --format html` as a user gets it: the real CLI process writes the file,
// headless Chromium opens it with every request outside file: and data: blocked (and recorded:
// one is a failure), and the test reads the charts, sorts and filters the table and opens a
// note's detail view. The expectations come from the same run's NDJSON and --summary JSON.

interface Range {
  start: { line: number; character: number };
}
interface NdjsonNote {
  path: string;
  findings: Array<{ kind: string; assertion: string; text: string; range: Range }>;
  case: { conservativeCareDays: number; conservativeCareMinimumDays: number; surgeryDiscussed: boolean; noteType: string };
  diagnostics: Array<{ code: string; severity: string; message: string; citations: Array<number | string>; related: Array<{ range: Range; message: string }> }>;
  summary: { line: string };
}
interface Summary {
  notes: number;
  findingsByKind: Record<string, { total: number; present: number }>;
  diagnosticsByRule: Record<string, number>;
  fusionPlans: { notes: number; missing: Record<string, { notMet: number; notDocumented: number }> };
}

const ROOT = path.join(__dirname, '..', '..', '..', '..');
const SAMPLES = path.join(ROOT, 'samples');
/** A file name and note text that would run a script if any of it reached the page as markup. */
const EVIL_NAME = '"><img src=x onerror=window.pwned=1>.note';
const EVIL_SCRIPT = '</script><script>window.pwned=2</script>';
const EVIL_IMG = '<img src=x onerror=window.pwned=3>';

/** The bars of one chart: key -> total and segment -> value. */
async function bars(page: Page, chart: string): Promise<Record<string, { total: number; segments: Record<string, number> }>> {
  return page.$$eval(`#${chart} g.bar`, (gs) =>
    Object.fromEntries(
      gs.map((g) => [
        g.getAttribute('data-key')!,
        {
          total: Number(g.getAttribute('data-total')),
          segments: Object.fromEntries([...g.querySelectorAll('rect[data-segment]')].map((r) => [r.getAttribute('data-segment')!, Number(r.getAttribute('data-value'))])),
        },
      ]),
    ),
  );
}

const tableNames = (page: Page) => page.$$eval('#notes-table tbody tr td.name', (tds) => tds.map((td) => td.textContent));

describe('clinical-review audit --format html', function () {
  this.timeout(180_000);
  let dir: string;
  let browser: Browser;
  let page: Page;
  let notes: NdjsonNote[];
  let summary: Summary;
  let html: string;
  const blocked: string[] = [];
  const loaded: string[] = [];
  const problems: string[] = [];

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cnr-audit-html-'));
    const notesDir = path.join(dir, 'notes');
    fs.mkdirSync(notesDir);
    for (const f of fs.readdirSync(SAMPLES)) fs.copyFileSync(path.join(SAMPLES, f), path.join(notesDir, f));
    fs.copyFileSync(path.join(SAMPLES, 'spine-consult-premature-fusion.note'), path.join(notesDir, EVIL_NAME));
    fs.writeFileSync(path.join(notesDir, 'evil.note'), `Grade 1 anterolisthesis of L5 on S1. ${EVIL_SCRIPT} She reports ${EVIL_IMG} pain.\n`);
    // Custom targets quote the markup back as findings, so it reaches the evidence lines.
    fs.writeFileSync(path.join(notesDir, '.clinical-review.json'), JSON.stringify({ targets: [{ label: '<b>markup</b>', phrases: [EVIL_IMG, EVIL_SCRIPT] }] }));

    const report = path.join(dir, 'report.html');
    const summaryFile = path.join(dir, 'summary.json');
    const r = audit(['--format', 'html', '--out', report, '--summary', summaryFile, '--jobs', '2', '--quiet', notesDir]);
    assert.strictEqual(r.code, 0, r.stderr);
    assert.strictEqual(r.stdout, '');
    html = fs.readFileSync(report, 'utf8');
    summary = JSON.parse(fs.readFileSync(summaryFile, 'utf8'));
    notes = audit(['--format', 'ndjson', '--jobs', '1', '--quiet', notesDir])
      .stdout.trim()
      .split('\n')
      .map((l) => JSON.parse(l));

    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(e.message));
    await page.route('**', (route) => {
      const url = route.request().url();
      if (url.startsWith('file:') || url.startsWith('data:')) {
        loaded.push(url);
        return route.continue();
      }
      blocked.push(url);
      return route.abort();
    });
    await page.goto(pathToFileURL(report).href);
    await page.waitForSelector('#notes-table tbody tr');
  });

  after(async () => {
    await browser?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('is one file that asks for nothing: no request beyond itself, a strict CSP, no script or CSP error', async () => {
    assert.deepStrictEqual(loaded, [pathToFileURL(path.join(dir, 'report.html')).href], 'the route saw the page itself');
    assert.deepStrictEqual(blocked, []);
    assert.deepStrictEqual(problems, []);
    const csp = await page.$eval('meta[http-equiv="Content-Security-Policy"]', (m) => m.getAttribute('content')!);
    assert.match(csp, /^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/=]+'; script-src 'sha256-[A-Za-z0-9+/=]+';/);
    assert.doesNotMatch(html, /\b(?:src|href)=["']?(?:https?:)?\/\//i, 'no external reference');
    // The styles applied (the hash matched): the tiles are laid out as a grid.
    assert.strictEqual(await page.evaluate("getComputedStyle(document.querySelector('.tiles')).display"), 'grid');
  });

  it('draws the rule hits, findings by kind and fusion criteria as the summary counts them', async () => {
    const rules = await bars(page, 'chart-rules');
    assert.deepStrictEqual(Object.fromEntries(Object.entries(rules).map(([k, v]) => [k, v.total])), summary.diagnosticsByRule);
    for (const [rule, bar] of Object.entries(rules)) {
      for (const severity of ['error', 'warning', 'information', 'hint']) {
        const expected = notes.flatMap((n) => n.diagnostics).filter((d) => d.code === rule && d.severity === severity).length;
        assert.strictEqual(bar.segments[severity], expected, `${rule} ${severity}`);
      }
    }
    assert.ok(Object.keys(rules).length >= 10);

    const kinds = await bars(page, 'chart-kinds');
    assert.deepStrictEqual(
      Object.fromEntries(Object.entries(kinds).map(([k, v]) => [k, { total: v.total, present: v.segments.present }])),
      summary.findingsByKind,
    );

    const criteria = await bars(page, 'chart-criteria');
    assert.ok(summary.fusionPlans.notes >= 2, 'the samples plan fusion');
    for (const [id, m] of Object.entries(summary.fusionPlans.missing)) {
      assert.deepStrictEqual(criteria[id].segments, { met: summary.fusionPlans.notes - m.notMet - m.notDocumented, 'not met': m.notMet, 'not documented': m.notDocumented });
    }
    // The bars are drawn: a longer count is a wider bar.
    const widths = await page.$$eval('#chart-rules g.bar', (gs) => gs.map((g) => [Number(g.getAttribute('data-total')), g.querySelector('rect.seg:not([width="0"])')!.getBoundingClientRect().width] as const));
    const widest = widths.reduce((a, b) => (b[0] > a[0] ? b : a));
    const narrowest = widths.reduce((a, b) => (b[0] < a[0] ? b : a));
    assert.ok(widest[0] > narrowest[0] && widest[1] > narrowest[1]);
  });

  it('draws documented conservative care in bins of a third of the 12-week minimum, the minimum marked', async () => {
    const counted = notes.filter((n) => n.case.noteType !== 'imaging' && (n.case.conservativeCareDays > 0 || n.case.surgeryDiscussed));
    assert.ok(counted.every((n) => n.case.conservativeCareMinimumDays === 84), 'the guideline default: 3 months of 28 days');
    const expected: Record<string, number> = { none: 0, '0-28': 0, '28-56': 0, '56-84': 0, '84-112': 0, '112-140': 0, '140-168': 0, '168+': 0 };
    for (const n of counted) {
      const d = n.case.conservativeCareDays;
      const key = d === 0 ? 'none' : d >= 168 ? '168+' : `${Math.floor(d / 28) * 28}-${Math.floor(d / 28) * 28 + 28}`;
      expected[key]++;
    }
    const care = await bars(page, 'chart-care');
    assert.deepStrictEqual(Object.fromEntries(Object.entries(care).map(([k, v]) => [k, v.total])), expected);
    assert.ok(Object.values(expected).filter((v) => v > 0).length >= 3, 'the samples spread over several bins');
    assert.strictEqual(await page.$eval('#chart-care .marker text', (t) => t.textContent), 'minimum 12 wk');
    const below = counted.filter((n) => n.case.conservativeCareDays < 84).length;
    assert.match(await page.$eval('#chart-care figcaption p', (p) => p.textContent!), new RegExp(`^${counted.length} notes .*; ${below} of them have less than the minimum \\(12 weeks\\)`));
  });

  it('lists every note with its summary line; a header click sorts, the text, rule and status filters narrow', async () => {
    const rows = await page.$$eval('#notes-table tbody tr', (trs) => trs.map((tr) => [tr.querySelector('td.name')!.textContent, tr.querySelector('td.summary')!.textContent]));
    assert.deepStrictEqual(rows.map((r) => r[0]).sort(), notes.map((n) => n.path).sort());
    for (const n of notes) assert.ok(rows.some(([name, line]) => name === n.path && line === n.summary.line), n.path);
    assert.strictEqual(await page.textContent('#shown'), `${notes.length} of ${notes.length} notes`);

    const diagnosticsColumn = async () => page.$$eval('#notes-table tbody tr td:nth-child(4)', (tds) => tds.map((td) => Number(td.textContent)));
    const counts = notes.map((n) => n.diagnostics.length);
    await page.click('th[data-key="diagnostics"] button');
    assert.deepStrictEqual(await diagnosticsColumn(), [...counts].sort((a, b) => a - b));
    assert.strictEqual(await page.getAttribute('th[data-key="diagnostics"]', 'aria-sort'), 'ascending');
    await page.click('th[data-key="diagnostics"] button');
    assert.deepStrictEqual(await diagnosticsColumn(), [...counts].sort((a, b) => b - a));
    assert.strictEqual(await page.getAttribute('th[data-key="diagnostics"]', 'aria-sort'), 'descending');
    await page.click('th[data-key="note"] button');
    assert.deepStrictEqual(await tableNames(page), notes.map((n) => n.path).sort(new Intl.Collator('en', { numeric: true }).compare));

    await page.fill('#filter-text', 'PREMATURE');
    assert.deepStrictEqual(await tableNames(page), notes.filter((n) => n.path.includes('premature')).map((n) => n.path));
    await page.fill('#filter-text', '');

    const withRule = notes.filter((n) => n.diagnostics.some((d) => d.code === 'surgical-criteria')).map((n) => n.path);
    assert.ok(withRule.length >= 2 && withRule.length < notes.length);
    await page.selectOption('#filter-rule', 'surgical-criteria');
    assert.deepStrictEqual((await tableNames(page)).sort(), withRule.sort());
    await page.selectOption('#filter-rule', '');

    const withError = notes.filter((n) => n.diagnostics.some((d) => d.severity === 'error')).map((n) => n.path);
    assert.ok(withError.length >= 1);
    await page.selectOption('#filter-status', 'error');
    assert.deepStrictEqual((await tableNames(page)).sort(), withError.sort());
    await page.selectOption('#filter-status', '');
    assert.strictEqual((await tableNames(page)).length, notes.length);
  });

  it('opens a note: its diagnostics (rule, severity, message, citations, evidence) and evidence lines', async () => {
    const note = notes.find((n) => n.path.endsWith(`${path.sep}spine-consult-premature-fusion.note`))!;
    assert.strictEqual(await page.isVisible('#detail'), false);
    await page.locator('#notes-table tbody tr', { hasText: 'spine-consult-premature-fusion.note' }).first().click();
    assert.strictEqual(await page.isVisible('#detail'), true);
    assert.strictEqual(await page.textContent('#detail h2'), note.path);
    const diagnostics = await page.$$eval('#detail .diag', (cards) =>
      cards.map((c) => ({
        severity: c.querySelector('.chip')!.textContent,
        rule: c.querySelector('.rule')!.textContent,
        message: c.querySelector('.message')!.textContent,
        cites: c.querySelector('.cites')!.textContent,
        related: [...c.querySelectorAll('.related li')].map((li) => li.textContent),
      })),
    );
    assert.deepStrictEqual(
      diagnostics,
      note.diagnostics.map((d) => ({
        severity: d.severity,
        rule: d.code,
        message: d.message,
        cites: `Guideline references: ${d.citations.join(', ')}`,
        related: d.related.map((x) => `line ${x.range.start.line + 1}: ${x.message.replace(` (line ${x.range.start.line + 1})`, '')}`),
      })),
    );
    assert.ok(diagnostics.some((d) => d.rule === 'surgical-criteria' && d.cites === 'Guideline references: 1, 2'));
    const evidence = await page.$$eval('#detail .evidence tbody tr', (trs) => trs.map((tr) => [...tr.children].map((td) => td.textContent)));
    assert.deepStrictEqual(
      evidence,
      note.findings.map((f) => [String(f.range.start.line + 1), f.kind, f.assertion, f.text]),
    );
    assert.ok(evidence.length > 10);
  });

  it('renders markup in a file name and in evidence as text: nothing runs, no element is made from it', async () => {
    assert.ok(!html.includes(EVIL_IMG) && !html.includes('<img') && !html.includes('window.pwned=2</script>'), 'no markup from a note in the file');
    assert.strictEqual(await page.evaluate('typeof window.pwned'), 'undefined');
    assert.strictEqual(await page.$$eval('img, iframe, object, embed, [onerror], [onload]', (els) => els.length), 0);
    assert.strictEqual(await page.$$eval('script', (els) => els.length), 2, 'the data element and the page script');

    const evilPath = notes.find((n) => n.path.endsWith(EVIL_NAME))!.path;
    await page.fill('#filter-text', 'onerror');
    assert.deepStrictEqual(await tableNames(page), [evilPath]);
    await page.locator('#notes-table tbody tr').first().click();
    assert.strictEqual(await page.textContent('#detail h2'), evilPath);

    await page.fill('#filter-text', 'evil.note');
    await page.locator('#notes-table tbody tr').first().click();
    const texts = await page.$$eval('#detail .evidence td.text', (tds) => tds.map((td) => td.textContent));
    assert.ok(texts.includes(EVIL_IMG) && texts.includes(EVIL_SCRIPT), JSON.stringify(texts));
    assert.strictEqual(await page.evaluate('typeof window.pwned'), 'undefined');
    assert.strictEqual(await page.$$eval('img, [onerror], [onload]', (els) => els.length), 0);
    assert.deepStrictEqual(blocked, []);
    assert.deepStrictEqual(problems, []);
  });

  it('draws a long table 200 rows at a time; "Show more" adds the rest', async () => {
    const sub = path.join(dir, 'many');
    fs.mkdirSync(sub);
    for (let i = 0; i < 205; i++) fs.writeFileSync(path.join(sub, `n${i}.note`), syntheticNote(i));
    const report = path.join(dir, 'many.html');
    const r = audit(['--format', 'html', '--out', report, '--jobs', '2', '--quiet', sub]);
    assert.strictEqual(r.code, 0, r.stderr);
    const p = await browser.newPage();
    try {
      await p.route('**', (route) => (route.request().url().startsWith('file:') ? route.continue() : route.abort()));
      await p.goto(pathToFileURL(report).href);
      assert.strictEqual((await tableNames(p)).length, 200);
      assert.strictEqual(await p.textContent('#more-text'), 'Showing the first 200 of 205.');
      await p.click('#more-button');
      const names = await tableNames(p);
      assert.strictEqual(names.length, 205);
      assert.deepStrictEqual(names.slice(0, 3), ['n0.note', 'n1.note', 'n2.note'].map((n) => path.join(sub, n)), 'numbers sort as numbers');
      assert.strictEqual(await p.isVisible('#more-button'), false);
    } finally {
      await p.close();
    }
  });

  it('lists a note that could not be read as not reviewed, with its reason, and exits 2', async () => {
    const sub = path.join(dir, 'unreadable');
    fs.mkdirSync(sub);
    fs.copyFileSync(path.join(SAMPLES, 'pt-progress-note.note'), path.join(sub, 'a.note'));
    fs.writeFileSync(path.join(sub, 'b.note'), Buffer.from([0, 1, 2, 0, 255, 0, 7, 0]));
    const report = path.join(dir, 'unreadable.html');
    const r = audit(['--format', 'html', '--out', report, '--jobs', '1', '--quiet', sub]);
    assert.strictEqual(r.code, 2, r.stderr);
    const p = await browser.newPage();
    try {
      await p.route('**', (route) => (route.request().url().startsWith('file:') ? route.continue() : route.abort()));
      await p.goto(pathToFileURL(report).href);
      await p.selectOption('#filter-status', 'skipped');
      const rows = await p.$$eval('#notes-table tbody tr', (trs) => trs.map((tr) => [tr.querySelector('td.name')!.textContent, tr.querySelector('.chip')!.textContent, tr.querySelector('td.summary')!.textContent]));
      assert.strictEqual(rows.length, 1);
      assert.strictEqual(rows[0][0], path.join(sub, 'b.note'));
      assert.strictEqual(rows[0][1], 'not reviewed');
      assert.match(rows[0][2]!, /^Not reviewed: .+/);
      assert.strictEqual(await p.$eval('#tile-notes .tile-detail', (e) => e.textContent), '1 reviewed, 1 not reviewed');
    } finally {
      await p.close();
    }
  });
});
