// What a person should see when the extension reviews a note. Shared by the browser
// end-to-end tests (test/e2e, code-server + Chromium) and the @vscode/test-electron suite
// (test/vscode), so that both check the same things. No dependency on Playwright or on the
// `vscode` module here.

import * as fs from 'fs';
import * as path from 'path';
import { spawnSync } from 'child_process';

/** The repository's root: the folder with this extension's package.json, found upwards. */
export function repoRoot(): string {
  let dir = __dirname;
  for (;;) {
    const pkg = path.join(dir, 'package.json');
    if (fs.existsSync(pkg)) {
      try {
        if (JSON.parse(fs.readFileSync(pkg, 'utf8')).name === 'clinical-note-review') return dir;
      } catch { /* keep looking */ }
    }
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`no clinical-note-review package.json above ${__dirname}`);
    dir = up;
  }
}

export const FIXTURE_NOTES = (): string => path.join(repoRoot(), 'test', 'fixtures', 'notes');

/** The `source` the language server gives its diagnostics. */
export const DIAGNOSTIC_SOURCE = 'clinical-review';

/** The rule ids (diagnostic codes), read from the rules' sources, their docs and the built engine. */
export function knownRuleIds(): string[] {
  const root = repoRoot();
  const ids = new Set<string>();
  const rulesDir = path.join(root, 'server', 'src', 'engine', 'rules');
  if (fs.existsSync(rulesDir)) {
    for (const f of fs.readdirSync(rulesDir)) {
      if (!f.endsWith('.ts')) continue;
      const src = fs.readFileSync(path.join(rulesDir, f), 'utf8');
      // Rule objects: `id: 'conservative-first',` (the criteria use camelCase ids, not codes).
      for (const m of src.matchAll(/\bid:\s*'([a-z][a-z0-9]*(?:-[a-z0-9]+)+)'/g)) ids.add(m[1]);
    }
  }
  const docsDir = path.join(root, 'docs', 'rules');
  if (fs.existsSync(docsDir)) {
    for (const f of fs.readdirSync(docsDir)) if (f.endsWith('.md')) ids.add(f.slice(0, -3));
  }
  // Codes the language server adds beside the rules.
  ids.add('note-warning');
  return [...ids].sort();
}

export interface ContributedCommand { command: string; title: string; category?: string }

/** package.json "contributes", as it stands. */
export function contributes(): { commands: ContributedCommand[]; languages: Array<{ id: string; extensions?: string[] }>; [k: string]: unknown } {
  const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot(), 'package.json'), 'utf8'));
  const c = pkg.contributes || {};
  return { ...c, commands: c.commands || [], languages: c.languages || [] };
}

/** The Note Summary command (id and the title the command palette shows). */
export function summaryCommand(): ContributedCommand & { paletteTitle: string } {
  const fallback = { command: 'clinicalReview.showSummary', title: 'Show Note Summary', category: 'Clinical Note Review' };
  const found = contributes().commands.find((c) => c.command === fallback.command)
    || contributes().commands.find((c) => /summary/i.test(c.title) && /show|open/i.test(c.title))
    || fallback;
  const category = found.category;
  return { ...found, paletteTitle: category ? `${category}: ${found.title}` : found.title };
}

export interface CodeAtSeverity { code: string; severity: string; line: number }

/**
 * What the command-line reviewer (the same engine) reports for a note: the diagnostics the
 * editor should list too. Null when the CLI isn't built or fails (the tests then use the
 * fixed expectations alone).
 */
export function cliDiagnostics(file: string): CodeAtSeverity[] | null {
  const bin = path.join(repoRoot(), 'bin', 'clinical-review.js');
  if (!fs.existsSync(bin)) return null;
  const r = spawnSync(process.execPath, [bin, '--format', 'json', '--no-color', file], { encoding: 'utf8', timeout: 60000, cwd: path.dirname(file) });
  if (r.status !== 0 && r.status !== 1) return null;
  try {
    const out = JSON.parse(r.stdout);
    const f = out.files && out.files[0];
    if (!f || !Array.isArray(f.diagnostics)) return null;
    return f.diagnostics.map((d: { code: string; severity: string; range: { start: { line: number } } }) => ({ code: String(d.code), severity: String(d.severity), line: d.range.start.line }));
  } catch {
    return null;
  }
}

/** Codes that a Problems list shows: VS Code leaves hint-severity diagnostics out of it. */
export function visibleCodes(diags: CodeAtSeverity[]): string[] {
  return [...new Set(diags.filter((d) => d.severity !== 'hint').map((d) => d.code))].sort();
}

export interface NoteCase {
  /** The note's file name under test/fixtures/notes. */
  file: string;
  /** What it is, for test titles. */
  about: string;
  /** Codes that must be listed in Problems whatever else is. */
  mustShow: string[];
  /** Codes that must not be listed (rules that do not apply to this note type). */
  mustNotShow?: string[];
  /** A word whose hover must carry the guideline's recommendation. */
  hoverWord?: string;
  hoverExpect?: RegExp;
  /** Codes to try, in order, for the "insert physician query" quick fix. */
  queryCodes?: string[];
}

/** A grade-1 isthmic slip with 6 weeks of care and a fusion planned: conservative care first. */
export const PREMATURE_FUSION: NoteCase = {
  file: '19-spine-newpt-premature-fusion.note',
  about: 'a clinic note planning fusion for a grade 1 slip after 6 weeks of care',
  mustShow: ['conservative-first'],
  hoverWord: 'anterolisthesis',
  hoverExpect: /(conservative|physical therapy|guideline|recommend)/i,
  queryCodes: ['surgical-criteria', 'conservative-first', 'outcome-measures', 'smoking', 'depression', 'expectations'],
};

/** A radiology report of a grade 1 slip: imaging findings and imaging rules only (no care or surgical-criteria advice). */
export const GRADE1_MRI: NoteCase = {
  file: '01-mri-grade1-l5s1.rad',
  about: 'an MRI report of a grade 1 L5-S1 slip',
  mustShow: [],
  mustNotShow: ['conservative-first', 'surgical-criteria', 'outcome-measures'],
  hoverWord: 'anterolisthesis',
  hoverExpect: /Meyerding grade 1/,
};

/** A note with red flags: cauda equina. */
export const CAUDA_EQUINA: NoteCase = {
  file: '22-ed-cauda-equina.note',
  about: 'an emergency note with cauda equina red flags',
  mustShow: ['red-flag-cauda-equina'],
};

export const NOTE_CASES: NoteCase[] = [PREMATURE_FUSION, GRADE1_MRI, CAUDA_EQUINA];

/** The quick fix that writes a physician query into the note, and the text it inserts. */
export const INSERT_QUERY_TITLE = /insert physician query/i;
export const INSERTED_QUERY_TEXT = /physician query/i;
/** The query the insert-then-answer flow inserts, its answer option, and the diagnostic the answer settles. */
export const CORRELATION_QUERY_TITLE = /insert physician query: clinical correlation of imaging findings/i;
export const CORRELATION_ANSWER = '[ ] Symptoms correlate with the imaging findings';
export const CORRELATION_DIAGNOSTIC = 'Fusion criterion (c)';

/** The "Analyze All Notes in Workspace" command and its notification ("Analyzed 3 notes: 17 guideline checks in Problems"). */
export function analyzeAllCommand(): string {
  const found = contributes().commands.find((c) => c.command === 'clinicalReview.analyzeWorkspace');
  const title = found?.title ?? 'Analyze All Notes in Workspace';
  return found?.category ? `${found.category}: ${title}` : title;
}
export const ANALYZED_MESSAGE = /Analyzed (\d+) notes?: (\d+) guideline checks? in Problems/;

/** The Note Summary webview: its tab title and something its page must say. */
export const SUMMARY_TAB_TITLE = /summary/i;
export const SUMMARY_TEXT = /(L5|grade|conservative|criteria|finding)/i;

/** Copies the notes into a fresh folder (the tests edit them). */
export function copyNotes(files: string[], dest: string): string {
  fs.mkdirSync(dest, { recursive: true });
  for (const f of files) fs.copyFileSync(path.join(FIXTURE_NOTES(), f), path.join(dest, f));
  return dest;
}

export function isCI(): boolean {
  const v = (process.env.CI || '').toLowerCase();
  return v === 'true' || v === '1';
}
