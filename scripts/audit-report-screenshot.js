#!/usr/bin/env node
'use strict';
// Writes docs/audit-report.png (the overview and the note table) and docs/audit-report-detail.png
// (one note's detail view): `clinical-review audit --format html` over samples/ (or the folders
// given), opened in headless Chromium with every network request blocked. Needs a build
// (npm run build) and /usr/bin/chromium (or CHROMIUM_PATH).
//   node scripts/audit-report-screenshot.js [--out docs/audit-report.png] [--note NAME] [folder...]
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');
const { pathToFileURL } = require('url');
const { launchBrowser } = require('../out/test/e2e/driver');

const root = path.resolve(__dirname, '..');
const args = process.argv.slice(2);
let out = path.join(root, 'docs', 'audit-report.png');
let note = 'spine-consult-premature-fusion.note';
const folders = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--out') out = path.resolve(args[++i]);
  else if (args[i] === '--note') note = args[++i];
  else folders.push(args[i]);
}
if (folders.length === 0) folders.push('samples');

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cnr-audit-report-'));
  const report = path.join(dir, 'audit.html');
  const r = spawnSync(process.execPath, [path.join(root, 'bin', 'clinical-review.js'), 'audit', '--format', 'html', '--out', report, '--quiet', '--jobs', '1', ...folders], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`audit exited ${r.status}: ${r.stderr}`);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1360, height: 900 }, deviceScaleFactor: 1 });
    await page.route('**', (route) => (route.request().url().startsWith('file:') ? route.continue() : route.abort()));
    await page.goto(pathToFileURL(report).href);
    const top = (selector) => page.$eval(selector, (e) => e.getBoundingClientRect().top + window.scrollY);
    const bottom = (selector) => page.$eval(selector, (e) => e.getBoundingClientRect().bottom + window.scrollY);
    const width = 1360;
    await page.screenshot({ path: out, fullPage: true, clip: { x: 0, y: 0, width, height: Math.ceil((await bottom('#notes')) + 16) } });
    console.log(`wrote ${path.relative(root, out)}`);
    await page.locator('#notes-table tbody tr', { hasText: note }).first().click();
    const detailOut = out.replace(/\.png$/, '-detail.png');
    const y = Math.floor((await top('#detail')) - 16);
    await page.screenshot({ path: detailOut, fullPage: true, clip: { x: 0, y, width, height: Math.min(1500, Math.ceil((await bottom('#detail')) + 16 - y)) } });
    console.log(`wrote ${path.relative(root, detailOut)}`);
  } finally {
    await browser.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e.message);
  process.exit(1);
});
