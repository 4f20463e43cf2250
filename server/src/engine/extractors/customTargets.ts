import { pattern } from '../patterns';
import { CustomTarget } from '../types';
import { namesProcedure } from '../vocabulary/procedureWords';
import { Candidate, Extractor, SentenceView } from './types';

/**
 * Custom targets from .clinical-review.json: {"label", "phrases"} -> findings of kind "custom"
 * with attributes.label. Phrases match case-insensitively, on word boundaries, with any run of
 * spaces or hyphens inside them and the plural of their last word; longest phrase first. A phrase listed under several labels gives
 * one finding per label. ConText decides the assertion, as for any other mention.
 *
 * Every phrase is escaped, so the regex is an alternation of literals with bounded separators and
 * cannot backtrack catastrophically. It is not added to the patterns registry (that would grow
 * with every configuration); CUSTOM_SHAPE below registers the same shape for the ReDoS test.
 * The extractor, and the plan analyzeNote builds around it, are made once per configuration
 * (customTargetPlan below), not once per note.
 */

/** Limits the settings validation reports (config.ts); compile() enforces them again for direct callers. */
export const MAX_PHRASES = 2000;
export const MAX_PHRASE_LENGTH = 200;
const WORD_CHAR = /[\p{L}\p{N}]/u;

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

function normalizePhrase(phrase: string): string {
  return phrase.toLowerCase().trim().replace(/[\s\u00a0\u2010-\u2015\u2212-]+/g, ' ');
}

/** A last word that takes a plural ending: letters only, three or more ("murmur" finds "murmurs"; not "ms", "l5"). */
const PLURALIZABLE = /^\p{L}{3,}$/u;

/**
 * Regex source of one phrase: words joined by runs of spaces/hyphens, word boundaries where the phrase has word characters at
 * its ends, and the last word's plural ("no murmurs, rubs or gallops" has the target "murmur").
 */
function phrasePattern(phrase: string): string {
  const split = phrase.split(' ');
  const plural = PLURALIZABLE.test(split[split.length - 1]) ? '(?:e?s)?' : '';
  const words = split.map(escape).join('[\\s-]{1,4}') + plural;
  const before = WORD_CHAR.test(phrase[0]) ? '(?<![\\p{L}\\p{N}_])' : '';
  const after = WORD_CHAR.test(phrase[phrase.length - 1]) ? '(?![\\p{L}\\p{N}_])' : '';
  return `${before}${words}${after}`;
}

function buildSource(phrases: readonly string[]): string {
  return `(?:${[...phrases].sort((a, b) => b.length - a.length).map(phrasePattern).join('|')})`;
}

/** The shape of every custom-target regex, registered once for the ReDoS test. */
export const CUSTOM_SHAPE = pattern('custom.shape', buildSource(['pars defect', 'l5-s1', 'c/o', 'x', 'grade i']), 'giu');

interface Compiled {
  regex: RegExp;
  labels: Map<string, string[]>;
}

function compile(targets: readonly CustomTarget[]): Compiled | undefined {
  const labels = new Map<string, string[]>();
  let count = 0;
  for (const target of targets ?? []) {
    if (!target || typeof target.label !== 'string' || !Array.isArray(target.phrases)) continue;
    const label = target.label.trim();
    if (!label) continue;
    for (const raw of target.phrases) {
      if (typeof raw !== 'string') continue;
      const phrase = normalizePhrase(raw);
      if (!phrase || phrase.length > MAX_PHRASE_LENGTH || count >= MAX_PHRASES) continue;
      const list = labels.get(phrase);
      if (list) {
        if (!list.includes(label)) list.push(label);
      } else {
        labels.set(phrase, [label]);
        count++;
      }
    }
  }
  if (labels.size === 0) return undefined;
  return { regex: new RegExp(buildSource([...labels.keys()]), 'giu'), labels };
}

const NEVER = pattern('custom.never', '(?!)');

export function customTargetExtractor(targets: CustomTarget[]): Extractor & { anchor: RegExp } {
  const c = compile(targets);
  if (!c) return { name: 'custom', anchor: NEVER, extract: () => [] };
  const { regex, labels } = c;
  const anchor = new RegExp(regex.source, 'iu');
  return {
    name: 'custom',
    anchor,
    extract(view: SentenceView): Candidate<'custom'>[] {
      const out: Candidate<'custom'>[] = [];
      regex.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = regex.exec(view.lower)) !== null) {
        if (m[0].length === 0) {
          regex.lastIndex++;
          continue;
        }
        const phrase = normalizePhrase(m[0]);
        const found = labels.get(phrase) ?? labels.get(phrase.slice(0, -1)) ?? labels.get(phrase.slice(0, -2));
        if (!found) continue;
        // A procedure is an action: a plan makes it hypothetical (context/rules/sections.ts).
        const context = namesProcedure(phrase) ? { isAction: true } : undefined;
        for (const label of found) {
          out.push({ kind: 'custom', start: view.start + m.index, end: view.start + m.index + m[0].length, attributes: { label }, ...(context && { context }) });
        }
      }
      return out;
    },
  };
}

// ---------------------------------------------------------------- one plan per configuration

const PLANS_KEPT = 20;
/** Plans by the content of their target list, least recently used first. */
const plansByContent = new Map<string, unknown>();
const plansByIdentity = new WeakMap<readonly CustomTarget[], { plan: unknown }>();

/**
 * What `build` (analyzeNote's extractor plan) makes of this target list's extractor, built on the
 * first note with this configuration and reused after: settings are resolved per note, so every
 * note brings a fresh copy of the same list, found again by its content. Building the plan (stem
 * tables for every extractor, the phrase regex) costs more than analysing a typical note.
 * Holds the last PLANS_KEPT configurations. `build` must depend on nothing but its argument, and
 * a list must not be changed in place once analysed (it is also remembered by identity).
 */
export function customTargetPlan<Plan>(targets: readonly CustomTarget[], build: (custom: Extractor & { anchor: RegExp }) => Plan): Plan {
  const known = plansByIdentity.get(targets);
  if (known) return known.plan as Plan;
  let key: string | undefined;
  try {
    key = JSON.stringify(targets);
  } catch {
    key = undefined; // not serialisable (a cycle): built for this call only
  }
  let plan: Plan;
  if (key !== undefined && plansByContent.has(key)) {
    plan = plansByContent.get(key) as Plan;
    plansByContent.delete(key);
  } else {
    plan = build(customTargetExtractor(targets as CustomTarget[]));
    if (plansByContent.size >= PLANS_KEPT) plansByContent.delete(plansByContent.keys().next().value as string);
  }
  if (key !== undefined) plansByContent.set(key, plan);
  plansByIdentity.set(targets, { plan });
  return plan;
}
