#!/usr/bin/env node
// node scripts/gold-share-attributes.js [--write]: applies the "each mention carries the shared
// attributes" convention (test/fixtures/README.md) to the gold files, from the gold alone: the gold
// mentions of one entity are grouped and shared exactly as the engine's mentions/ component does.
// Only attributes are added; nothing else in a gold file changes. Prints what it adds. Needs `npm run compile`.
'use strict';
const fs = require('fs');
const path = require('path');
const { shareAttributes } = require('../out/server/src/engine/mentions/shareAttributes');

const GOLD = path.join(__dirname, '..', 'test', 'fixtures', 'gold');
const write = process.argv.includes('--write');
let added = 0;
let files = 0;
for (const name of fs.readdirSync(GOLD).filter((n) => n.endsWith('.json')).sort()) {
  const file = path.join(GOLD, name);
  const gold = JSON.parse(fs.readFileSync(file, 'utf8'));
  // Offsets only order the mentions: line, then gold order within the line.
  const mentions = gold.findings.map((g, i) => ({
    kind: g.kind,
    assertion: g.assertion,
    attributes: { ...(g.attributes ?? {}) },
    start: g.line * 100000 + i,
    end: g.line * 100000 + i + 1,
    range: { start: { line: g.line, character: 0 }, end: { line: g.line, character: 0 } },
    section: 'other',
  }));
  shareAttributes(mentions);
  let changed = false;
  mentions.forEach((m, i) => {
    const g = gold.findings[i];
    for (const key of Object.keys(m.inheritedFrom ?? {})) {
      g.attributes = { ...(g.attributes ?? {}), [key]: m.attributes[key] };
      console.log(`${name} line ${g.line} ${g.kind} '${g.text}': + ${key} ${JSON.stringify(m.attributes[key])}`);
      added++;
      changed = true;
    }
  });
  if (changed) {
    files++;
    if (write) fs.writeFileSync(file, JSON.stringify(gold, null, 2) + '\n');
  }
}
console.log(`${added} attributes in ${files} gold files${write ? ' written' : ' (dry run; --write to apply)'}`);
