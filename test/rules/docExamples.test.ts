import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { hoverMarkdown, Review, reviewNote, RULES } from '../../server/src/engine';

/**
 * Every rule page's "Example that fires" fires its rule through the public path (reviewNote;
 * hoverMarkdown for hover rules), with the severity and the message the page quotes; every
 * snippet under "Example that stays silent" leaves the rule silent.
 */

const DOCS = path.join(__dirname, '..', '..', '..', 'docs', 'rules');
const FIRES = '## Example that fires';
const SILENT = '## Example that stays silent';

/** Examples known not to fire because of an engine gap (rule id -> the reason). None today. */
const PENDING: Record<string, string> = {};

function section(md: string, heading: string): string | undefined {
  const start = md.indexOf(`\n${heading}\n`);
  if (start === -1) return undefined;
  const body = md.slice(start + heading.length + 2);
  const next = body.search(/^## /m);
  return next === -1 ? body : body.slice(0, next);
}

function pageText(id: string): string | undefined {
  const file = path.join(DOCS, `${id}.md`);
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8').replace(/\r\n/g, '\n') : undefined;
}

/** The note under "Example that fires", and the text after it (severity word, quoted messages). */
function firingExample(id: string, md: string): { note: string; commentary: string } {
  const fires = section(md, FIRES);
  assert.ok(fires, `${id}.md has no "${FIRES}" section`);
  const block = /^```\n([\s\S]*?)^```\n/m.exec(fires);
  assert.ok(block, `${id}.md: "${FIRES}" holds no code block`);
  return { note: block[1], commentary: fires.slice(block.index + block[0].length) };
}

/** Code blocks and the `snippets` of the bullets under "Example that stays silent"; not those elided with "...". */
function silentExamples(md: string): string[] {
  const text = section(md, SILENT) ?? '';
  return [
    ...[...text.matchAll(/^```\n([\s\S]*?)^```\n/gm)].map((m) => m[1]),
    ...text.split('\n').filter((l) => l.startsWith('- ')).flatMap((l) => [...l.matchAll(/`([^`]+)`/g)].map((m) => m[1])),
  ].filter((s) => !s.includes('...'));
}

/** The quoted messages: *italic* runs (not **bold**), split where the page elides with "...". */
function quotedPieces(commentary: string): string[] {
  return [...commentary.matchAll(/(?<![*\w])\*(?!\*)([^*]+)\*(?!\*)/g)].flatMap((m) => m[1].split('...')).map((s) => s.trim()).filter((s) => s.length > 0);
}

/** "Warning: ...", "Information on the brace: ...", "Four warnings on ...": the severity the page names. */
function namedSeverity(commentary: string): string | undefined {
  const lead = commentary.trim().split('*')[0];
  const m = /\b(error|warning|information|hint)s?\b/i.exec(lead);
  return m?.[1].toLowerCase();
}

/** What the rule says about the note: its diagnostics' messages, or its part of the hovers. */
function ruleOutput(review: Review, id: string, presentation: 'diagnostic' | 'hover'): { texts: string[]; severities: string[] } {
  if (presentation === 'diagnostic') {
    const mine = review.diagnostics.filter((d) => d.code === id);
    return { texts: mine.map((d) => d.message), severities: mine.map((d) => d.severity) };
  }
  const sections = review.findings.flatMap((f) => hoverMarkdown(f, review).split('\n\n---\n\n'));
  return { texts: sections.filter((s) => s.includes(`[${id}](`)).map(words), severities: [] };
}

/** A hover's words without its markdown: the page writes its bullet list as one sentence. */
function words(markdown: string): string {
  return (markdown.match(/[\p{L}\p{N}%]+/gu) ?? []).join(' ');
}

describe('rule pages: their examples', () => {
  const pages = fs.readdirSync(DOCS).filter((f) => f.endsWith('.md')).map((f) => f.slice(0, -3)).sort();

  it('every rule has a page, and every page a rule', () => {
    assert.deepStrictEqual(pages, RULES.map((r) => r.id).sort());
  });

  for (const rule of RULES) {
    const md = pageText(rule.id);
    if (md === undefined) continue; // reported above
    const pending = PENDING[rule.id];
    (pending ? it.skip : it)(`${rule.id}: the example that fires fires it${pending ? ` (pending: ${pending})` : ''}`, () => {
      const { note, commentary } = firingExample(rule.id, md);
      const { texts, severities } = ruleOutput(reviewNote(note), rule.id, rule.presentation);
      assert.ok(texts.length > 0, `${rule.id} is silent on its page's example:\n${note}`);
      const severity = namedSeverity(commentary);
      if (rule.presentation === 'diagnostic') {
        assert.ok(severity, `${rule.id}.md does not say the diagnostic's severity`);
        assert.ok(severities.every((s) => s === severity), `${rule.id}.md says ${severity}; the rule gave ${severities.join(', ')}`);
      }
      const said = texts.join('\n');
      for (const quoted of quotedPieces(commentary)) {
        const piece = rule.presentation === 'hover' ? words(quoted) : quoted;
        assert.ok(said.includes(piece), `${rule.id}.md quotes "${piece}", but the rule says:\n${said}`);
      }
    });

    const silent = silentExamples(md);
    if (silent.length === 0) continue;
    it(`${rule.id}: the examples that stay silent do`, () => {
      for (const snippet of silent) {
        const { texts } = ruleOutput(reviewNote(snippet), rule.id, rule.presentation);
        assert.deepStrictEqual(texts, [], `${rule.id} fires on "${snippet}", an example that stays silent`);
      }
    });
  }
});
