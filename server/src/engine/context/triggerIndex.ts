import { PHRASE_WORD_GAP, PhraseMatcher } from './phraseMatcher';
import { ContextCategory, ContextRule, CueCategory, kindFilter, RuleDirection, Target } from './rule';
import { CONTEXT_RULES } from './rules';

/**
 * The context rules compiled once into one phrase matcher: each phrase maps to what it does
 * (trigger effects, or a terminator). Built at load time, never per note.
 */
export interface TriggerEffect {
  rule: string;
  category: CueCategory | 'pseudo';
  /** For 'state' rules: the value stated. */
  value?: string;
  direction: RuleDirection;
  maxWords?: number;
  /** See ContextRule.withinPhrase. */
  withinPhrase?: boolean;
  /** Whether the rule applies to a kind of finding; undefined: to every kind. */
  appliesTo?: (target: Target | undefined) => boolean;
  /** See ContextRule.yearsBeforeVisit. */
  yearsBeforeVisit?: number;
  /** See ContextRule.undatedYearCounts. */
  undatedYearCounts?: boolean;
  /** See ContextRule.pastTimeBeside. */
  pastTimeBeside?: boolean;
  /** See ContextRule.visitDate. */
  visitDate?: 'notAfter' | 'after';
  /** See ContextRule.throughTerminators. */
  throughTerminators?: ReadonlySet<string>;
  /** See ContextRule.unlessFollowedBy. */
  unlessFollowedBy?: PhraseMatcher<true>;
  /** The rule names the kinds it applies to (a kind's own rule, not a general one). */
  kindsNamed?: boolean;
  /** See ContextRule.insideTarget. */
  insideTarget?: boolean;
  /** See ContextRule.sentenceScope. */
  sentenceScope?: boolean;
  /** See ContextRule.outweighs. */
  outweighs?: readonly CueCategory[];
}

export interface Terminator {
  rule: string;
  spares?: ReadonlySet<ContextCategory>;
  ends?: ReadonlySet<ContextCategory>;
  /** Whether it ends scopes for a kind of finding; undefined: for every kind. */
  appliesTo?: (target: Target | undefined) => boolean;
}

export interface PhraseEffects {
  effects: TriggerEffect[];
  /**
   * The effects among `effects` that the phrase carries for the kind phrases inside it (see
   * inheritKindEffects), not by its own rules: they do not make the phrase there for a target.
   */
  inherited?: Set<TriggerEffect>;
  /** Set when the phrase ends scopes; a phrase may also be a trigger ("for presumed" ends a plan's scope and hedges what follows). */
  terminator?: Terminator;
}

const keyOf = (phrase: string) => phrase.replace(PHRASE_WORD_GAP, ' ').trim();

function compile(rules: readonly ContextRule[], withPseudo: boolean): PhraseMatcher<PhraseEffects> {
  const byPhrase = new Map<string, PhraseEffects>();
  for (const rule of rules) {
    if (rule.category === 'terminate' || (rule.category === 'pseudo' && !withPseudo)) continue;
    const effect: TriggerEffect = {
      rule: rule.id,
      category: rule.category,
      direction: rule.direction ?? 'forward',
      maxWords: rule.maxScope,
      withinPhrase: rule.withinPhrase,
      appliesTo: kindFilter(rule),
      yearsBeforeVisit: rule.yearsBeforeVisit,
      undatedYearCounts: rule.undatedYearCounts,
      pastTimeBeside: rule.pastTimeBeside,
      visitDate: rule.visitDate,
      throughTerminators: rule.throughTerminators && new Set(rule.throughTerminators),
      insideTarget: rule.insideTarget,
      sentenceScope: rule.sentenceScope,
      outweighs: rule.outweighs,
    };
    if (rule.value !== undefined) effect.value = rule.value;
    if (rule.allowedKinds) effect.kindsNamed = true;
    if (rule.unlessFollowedBy) effect.unlessFollowedBy = new PhraseMatcher(rule.unlessFollowedBy.map((p): [string, true] => [p, true]));
    for (const phrase of rule.literals) {
      const key = keyOf(phrase);
      const entry = byPhrase.get(key);
      if (entry) entry.effects.push(effect);
      else byPhrase.set(key, { effects: [effect] });
    }
  }
  inheritKindEffects(byPhrase);
  for (const rule of rules) {
    if (rule.category !== 'terminate') continue;
    const terminator: Terminator = { rule: rule.id, spares: rule.spares && new Set(rule.spares), ends: rule.ends && new Set(rule.ends), appliesTo: kindFilter(rule) };
    for (const phrase of rule.literals) {
      const entry = byPhrase.get(keyOf(phrase));
      if (!entry) byPhrase.set(keyOf(phrase), { effects: [], terminator });
      else entry.terminator ??= terminator;
    }
  }
  // A pseudo-trigger wins a tie with the trigger it overlaps: "with no relief" is "no relief", not "with no".
  return new PhraseMatcher(byPhrase.entries(), (value) => (value.effects.some((e) => e.category === 'pseudo') ? 1 : 0));
}

/**
 * A general phrase does not hide a kind's own trigger inside it: the longest match wins, so "is
 * scheduled" (a general condition) would otherwise swallow the surgical plan's "scheduled". Such a
 * phrase carries the effects of the kind rules' phrases it contains. A phrase that is itself some
 * kind's trigger, or a pseudo-trigger, keeps only its own ("surgeon recommended" is not "recommended").
 */
function inheritKindEffects(byPhrase: Map<string, PhraseEffects>): void {
  const isKindEffect = (e: TriggerEffect) => e.kindsNamed === true && e.category !== 'pseudo';
  // The first words of the phrases that carry a kind's effect: only a part starting with one can
  // give anything (kept up to date as phrases inherit), so the other parts are not looked up.
  const kindFirstWords = new Set<string>();
  for (const [key, entry] of byPhrase) if (entry.effects.some(isKindEffect)) kindFirstWords.add(key.split(' ', 1)[0]);
  for (const [key, entry] of byPhrase) {
    if (entry.effects.some((e) => e.kindsNamed || e.category === 'pseudo')) continue;
    const words = key.split(' ');
    if (!words.some((w) => kindFirstWords.has(w))) continue;
    for (let length = words.length - 1; length >= 1; length--) {
      for (let from = 0; from + length <= words.length; from++) {
        if (!kindFirstWords.has(words[from])) continue;
        const inner = byPhrase.get(words.slice(from, from + length).join(' '));
        for (const effect of inner?.effects ?? []) {
          if (isKindEffect(effect) && !entry.effects.includes(effect)) {
            entry.effects.push(effect);
            (entry.inherited ??= new Set()).add(effect);
          }
        }
      }
    }
    if (entry.effects.some(isKindEffect)) kindFirstWords.add(words[0]);
  }
}

/** Every rule: pseudo-triggers win over the triggers they contain ("no interval change" is not "no"). */
export const TRIGGER_MATCHER = compile(CONTEXT_RULES, true);
/** The same without pseudo-triggers: what the words inside a pseudo-trigger would say on their own. */
export const PLAIN_TRIGGER_MATCHER = compile(CONTEXT_RULES, false);
