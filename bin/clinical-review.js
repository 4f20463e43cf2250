#!/usr/bin/env node
'use strict';
// The CLI ships compiled: dist/cli.js (bundled) or out/ (npm run compile).
const path = require('path');
const fs = require('fs');
const bundled = path.join(__dirname, '..', 'dist', 'cli.js');
const compiled = path.join(__dirname, '..', 'out', 'server', 'src', 'cli', 'main.js');
const entry = fs.existsSync(compiled) ? compiled : bundled;
if (!fs.existsSync(entry)) {
  process.stderr.write('clinical-review: not built yet; run "npm run build" first.\n');
  process.exit(2);
}
const { run } = require(entry);
// `audit` answers with a promise of the exit code; the other commands with the code itself.
Promise.resolve(
  run(process.argv.slice(2), {
    out: (s) => process.stdout.write(s + '\n'),
    err: (s) => process.stderr.write(s + '\n'),
    isTty: !!process.stdout.isTTY,
    env: process.env,
  }),
).then((code) => {
  process.exitCode = code;
});
