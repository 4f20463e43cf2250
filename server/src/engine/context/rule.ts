import { Assertion, FindingKind, SectionCategory } from '../types';

/**
 * A ConText rule, as data (after medspaCy's context_rules.json): what words it matches, what it
 * does to the findings in its scope, which way its scope runs and how far, and which kinds of
 * finding it applies to. The rules live in context/rules/, one file per category.
 */
export type ContextCategory = Exclude<Assertion, 'present'>;
/**
 * 'state': the rule states a value of its kind's stated attribute (see StatedAttribute) rather than
 * an assertion; the value decides the assertion.
 */
export type RuleCategory = ContextCategory | 'pseudo' | 'terminate' | 'state';
/** What a cue can be: an assertion category, or a stated attribute value. */
export type CueCategory = ContextCategory | 'state';
export type RuleDirection = 'forward' | 'backward' | 'both';

/**
 * Words an extractor reads a finding's attribute from, judged by ConText as targets of their own
 * (not findings): a therapy's response cue ("helped", "no relief"), typed by the response it
 * states ("therapyResponse:good"); "not very helpful" negates the cue, not the therapy.
 */
export type CueKind = 'therapyResponse';
/** What a rule can name: a kind of finding, or of cue an extractor reads an attribute from. */
export type ContextKind = FindingKind | CueKind;

/**
 * Which findings a rule applies to: a finding kind ("redFlag"), a kind and its type attribute
 * ("riskFactor:smoking", "redFlag:slipProgression", "patientPreference:nonoperative"), either of them in one section
 * ("riskFactor:smoking@pastHistory"), or a kind that has an attribute at all ("conservativeTherapy[status]").
 */
export type TargetKind =
  | ContextKind
  | `${ContextKind}:${string}`
  | `${ContextKind}@${SectionCategory}`
  | `${ContextKind}:${string}@${SectionCategory}`
  | `${ContextKind}[${string}]`;

export interface ContextRule {
  /** Names the rule in explanations ("absent, by negation.forward 'no'"); unique across all rule files. */
  id: string;
  /** Phrases, lower case; a space matches a run of up to three spaces, tabs or hyphens. */
  literals: readonly string[];
  category: RuleCategory;
  /**
   * forward: the scope runs right ("no stenosis"); backward: left ("stenosis is not seen"); both.
   * Pseudo-triggers and terminators have no direction.
   */
  direction?: RuleDirection;
  /** How many words the scope may span (default: to the end of the sentence or a terminator). */
  maxScope?: number;
  /** The scope ends at a comma: "opacity, atelectasis versus pneumonia" weighs atelectasis, not the opacity. */
  withinPhrase?: boolean;
  /** Only findings of these kinds (default: all). */
  allowedKinds?: readonly TargetKind[];
  /** Never findings of these kinds. */
  excludedKinds?: readonly TargetKind[];
  /**
   * The trigger counts only when a year follows it that is at least this many years before the
   * visit ("in 2012" in a 2015 note, with 2): an earlier episode. Never without a date of service.
   */
  yearsBeforeVisit?: number;
  /** With yearsBeforeVisit: in a note without a date of service, any year counts ("had pneumonia in 2015"). */
  undatedYearCounts?: boolean;
  /**
   * The trigger counts only with a time before the visit beside it (context/pastTime.ts): between it and
   * the finding ("presented on 06/01/2026 with", "was seen in the ED last spring with") or just before it
   * ("In June she presented with"). A retold episode, not today's complaint.
   */
  pastTimeBeside?: boolean;
  /**
   * Where the date the trigger names ("<year>": "03/18/2026", "March 18, 2026", "2026") falls against
   * the date of service: with 'notAfter' the trigger counts unless its date is after the visit
   * ("laminectomy, 07/14/2026" is history in a later note, a booking in an earlier one); with 'after'
   * it counts only for a date after the visit, in a dated note ("TLIF on 03/18/2026" in a January note).
   * A date on the visit's own day, or a year that is the visit's, is neither.
   */
  visitDate?: 'notAfter' | 'after';
  /**
   * Terminator rules (ids) that do not end this trigger's scope: what a retold episode brought is a
   * list ("presented with a disc herniation and severe stenosis, saddle numbness and ...").
   */
  throughTerminators?: readonly string[];
  /**
   * Words that, later in a forward trigger's scope, show it negates what follows the finding, not the
   * finding: "neither ESI nor NSAIDs helped" says how care went, not that there was none.
   */
  unlessFollowedBy?: readonly string[];
  /**
   * The trigger counts only as one of the finding's own words, which otherwise are the finding and
   * say nothing about it ("non-radicular"): for kinds whose span takes in the words that state
   * their status ("never smoker", "ex-smoker", "Tobacco: former"). It has no scope outside the finding.
   */
  insideTarget?: boolean;
  /**
   * The scope is the whole sentence: terminators and clause breaks do not end it, only a new
   * statement or a checklist box (context/scope.ts). For a status told anywhere in a sentence about
   * one habit ("2 ppd smoker since his teens; quit 2 years ago").
   */
  sentenceScope?: boolean;
  /**
   * Categories of the sentence's other cues this one outweighs: a status the finding's own words
   * state ("no history of diabetes, ex-smoker") is not negated by the list it stands in.
   */
  outweighs?: readonly CueCategory[];
  /**
   * For terminators: the categories whose scope they do not end ("return if there is any new
   * weakness": "there is" ends a negation's scope, not a condition's).
   */
  spares?: readonly ContextCategory[];
  /** For terminators: the only categories whose scope they end (default: all but those spared). */
  ends?: readonly ContextCategory[];
  /** For 'state' rules: the value stated ("scheduled"). */
  value?: string;
}

/** Where a finding is written (its section, its kind of document) and what that makes of it. */
interface PlacementRule {
  id: string;
  category: CueCategory;
  /** For 'state' rules: the value the place states when the sentence states none. */
  value?: string;
  allowedKinds?: readonly TargetKind[];
  excludedKinds?: readonly TargetKind[];
  /** Only for findings that are actions (care, surgery, a test ordered), not diagnoses restated there. */
  actionsOnly?: boolean;
  /** Categories of the sentence's own cues that outweigh the place: a plan's "she is s/p laminectomy" is history. */
  yieldsTo?: readonly CueCategory[];
  /** Categories of the sentence's own cues the place outweighs: what a procedure section names was done, whatever its words. */
  outweighs?: readonly CueCategory[];
}

/** A section whose place decides what the findings in it assert ("FAMILY HISTORY:" -> family). */
export interface SectionRule extends PlacementRule {
  sections: readonly SectionCategory[];
}

/** Kinds of document a note can be, as the engine recognises them from its headings. */
export type DocumentKind = 'operative' | 'imaging';

/** A kind of document that decides what its findings assert: the operation an operative report names was done. */
export interface DocumentRule extends PlacementRule {
  documentKind: DocumentKind;
  /** Only in these sections (default: all). */
  sections?: readonly SectionCategory[];
  /** Never in these sections: an operative report's plan is what comes next. */
  exceptSections?: readonly SectionCategory[];
}

/**
 * An attribute that decides the assertion by itself: a therapy whose status is "planned" is
 * hypothetical. It weighs like a trigger (see the precedence in context/assertion.ts).
 */
export interface AttributeRule {
  id: string;
  kind: FindingKind;
  attribute: string;
  values: readonly string[];
  category: ContextCategory;
}

/**
 * An attribute of a kind that the context states, as medspaCy's span_attrs set attributes from
 * modifier categories: a surgical plan's status. 'state' rules (sentence triggers, sections,
 * documents) state its values; when several reach a finding, the first in `values` wins, a
 * sentence's over a place's; the value then decides the assertion. Where none states one, the
 * value follows the assertion the other rules decided (history: performed).
 */
export interface StatedAttribute {
  kind: FindingKind;
  attribute: string;
  /** Each value, strongest first, with the assertion it makes. */
  values: readonly (readonly [string, Assertion])[];
  /** The value when no rule states one, by the assertion decided without it. */
  fromAssertion: Partial<Record<Assertion, string>>;
  /** Categories of other cues that outweigh any stated value: a negated or another person's plan. */
  outweighedBy: readonly ContextCategory[];
}
/** A template field's answer ("Fever: No") and what it makes of the label's findings. */
export interface FieldRule {
  id: string;
  /** 'unanswered': a placeholder ("***", an empty field) that asserts nothing, so there is no finding. */
  category: ContextCategory | 'present' | 'unanswered';
  /** Answers, lower case, as written after the label's colon or dash, or beside a ticked box. */
  answers: readonly string[];
}


/** What a finding is, for the rules: its kind, type attribute and section, as TargetKind names them. */
export interface Target {
  kind: ContextKind;
  type?: string;
  section?: SectionCategory;
  attributes?: object;
}

/** The attribute that is a kind's type, for the kinds whose type attribute is not named "type". */
const TYPE_ATTRIBUTE: Partial<Record<ContextKind, string>> = { patientPreference: 'preference' };

function typeOf(target: Target): string | undefined {
  if (target.type !== undefined) return target.type;
  const attribute = TYPE_ATTRIBUTE[target.kind];
  const value = attribute === undefined ? undefined : (target.attributes as Record<string, unknown> | undefined)?.[attribute];
  return typeof value === 'string' ? value : undefined;
}

interface TargetNames {
  names: readonly string[];
  /** The names joined: targets with the same key answer every kind filter alike. */
  key: string;
  /** Each kind filter's verdict, by the filter's slot: 0 not asked yet, 1 passes, 2 fails. */
  verdicts: Uint8Array;
  /** Answers that depend on the names only, by who asks (see targetMemo). */
  memo: Map<object, boolean>;
}

/**
 * The names of each target, worked out once and kept on the target itself (a WeakMap entry per
 * target cost more than the names): every trigger of a sentence asks about every target in it. A
 * target is not changed once it is judged. Targets with the same key share one TargetNames, so a
 * kind filter's verdict is a typed-array read, asked once per key.
 */
const NAMES = Symbol('targetNames');
/** Few distinct keys occur (kinds x types x sections x attribute sets); the bound only guards memory. */
const MAX_KEYS = 10_000;
const BY_KEY = new Map<string, TargetNames>();
/** See targetNames. */
const BY_PARTS = new Map<string, Map<string | undefined, Map<string | undefined, Map<number, TargetNames>>>>();
/** How many kind filters were compiled: filter n reads verdicts[n]. */
let filterSlots = 0;

function namesFor(names: readonly string[], key: string): TargetNames {
  let known = BY_KEY.get(key);
  if (known === undefined) {
    if (BY_KEY.size >= MAX_KEYS) {
      BY_KEY.clear();
      BY_PARTS.clear();
    }
    known = { names, key, verdicts: new Uint8Array(Math.max(64, filterSlots)), memo: new Map() };
    BY_KEY.set(key, known);
  }
  return known;
}

const NO_TARGET = namesFor([], '');

/**
 * The TargetNames of a kind, type, section and set of attributes, found without building the names
 * or their key (most targets of a note repeat a few of them): by kind, type, section, then a number
 * with bit n set for attribute n of ATTRIBUTE_BITS.
 */
const ATTRIBUTE_BITS = new Map<string, number>();
/** Attributes past the 52nd name (bits a double holds exactly) make a target's names be worked out afresh. */
const MAX_ATTRIBUTE_BITS = 52;

function attributeMask(attributes: Record<string, unknown> | undefined): number {
  let mask = 0;
  if (attributes) {
    for (const key in attributes) {
      if (attributes[key] === undefined) continue;
      let bit = ATTRIBUTE_BITS.get(key);
      if (bit === undefined) {
        if (ATTRIBUTE_BITS.size >= MAX_ATTRIBUTE_BITS) return -1;
        ATTRIBUTE_BITS.set(key, (bit = ATTRIBUTE_BITS.size));
      }
      mask += 2 ** bit;
    }
  }
  return mask;
}

function partsMap<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) map.set(key, (value = make()));
  return value;
}

function targetNames(target: Target): TargetNames {
  const holder = target as Target & { [NAMES]?: TargetNames };
  let known = holder[NAMES];
  if (known === undefined) {
    const mask = attributeMask(target.attributes as Record<string, unknown> | undefined);
    if (mask === -1) {
      const names = computeNames(target);
      known = namesFor(names, names.join('\n'));
    } else {
      const byMask = partsMap(partsMap(partsMap(BY_PARTS, target.kind, () => new Map()), typeOf(target), () => new Map()), target.section, () => new Map());
      known = byMask.get(mask);
      if (known === undefined) {
        const names = computeNames(target);
        byMask.set(mask, (known = namesFor(names, names.join('\n'))));
      }
    }
    holder[NAMES] = known;
  }
  return known;
}

/** What kind filters see of a target: two targets with the same key pass the same filters ('' for no target). */
export function targetKey(target: Target | undefined): string {
  return target === undefined ? '' : targetNames(target).key;
}

/**
 * A memo shared by the targets of one key, for answers that depend on what kind filters see of a
 * target only: keyed by the object asked about (a trigger phrase).
 */
export function targetMemo(target: Target | undefined): Map<object, boolean> {
  return (target === undefined ? NO_TARGET : targetNames(target)).memo;
}

function computeNames(target: Target): string[] {
  const names: string[] = [target.kind];
  const type = typeOf(target);
  if (type !== undefined) names.push(`${target.kind}:${type}`);
  if (target.section !== undefined) {
    names.push(`${target.kind}@${target.section}`);
    if (type !== undefined) names.push(`${target.kind}:${type}@${target.section}`);
  }
  const attributes = target.attributes as Record<string, unknown> | undefined;
  if (attributes) for (const key of Object.keys(attributes)) if (attributes[key] !== undefined) names.push(`${target.kind}[${key}]`);
  return names;
}

/**
 * Compiles allowedKinds/excludedKinds into one test, run per trigger and target. Without a target
 * (text judged for no kind in particular) only rules for every kind apply.
 */
export function kindFilter(rule: { allowedKinds?: readonly TargetKind[]; excludedKinds?: readonly TargetKind[] }): ((target: Target | undefined) => boolean) | undefined {
  if (!rule.allowedKinds && !rule.excludedKinds) return undefined;
  const allowed = rule.allowedKinds && new Set<string>(rule.allowedKinds);
  const excluded = rule.excludedKinds && new Set<string>(rule.excludedKinds);
  const passes = (names: readonly string[]) => !(excluded && names.some((n) => excluded.has(n))) && !(allowed && !names.some((n) => allowed.has(n)));
  const slot = filterSlots++;
  return (target) => {
    if (!target) return !allowed;
    const known = targetNames(target);
    let verdicts = known.verdicts;
    if (slot >= verdicts.length) {
      const grown = new Uint8Array(Math.max(slot + 1, verdicts.length * 2));
      grown.set(verdicts);
      known.verdicts = verdicts = grown;
    }
    let verdict = verdicts[slot];
    if (verdict === 0) verdicts[slot] = verdict = passes(known.names) ? 1 : 2;
    return verdict === 1;
  };
}

/**
 * General rules of some categories that a kind of finding does not take, because its own rules
 * (allowedKinds naming it) decide those categories instead: therapy wording collides with general
 * negation ("her pain resolved with PT", "PT is not helping" are outcomes). Added to the general
 * rules' excludedKinds when they are registered (rules/index.ts), so the rule files stay as written.
 */
export interface KindExclusion {
  id: string;
  kinds: readonly TargetKind[];
  categories: readonly RuleCategory[];
}

/** The rules with each exclusion added to the excludedKinds of the general rules (no allowedKinds) of its categories. */
export function withExclusions<R extends { category: RuleCategory; allowedKinds?: readonly TargetKind[]; excludedKinds?: readonly TargetKind[] }>(
  rules: readonly R[],
  exclusions: readonly KindExclusion[],
): R[] {
  return rules.map((rule) => {
    if (rule.allowedKinds) return rule;
    const kinds = exclusions.filter((x) => x.categories.includes(rule.category)).flatMap((x) => x.kinds);
    return kinds.length ? { ...rule, excludedKinds: [...(rule.excludedKinds ?? []), ...kinds] } : rule;
  });
}
