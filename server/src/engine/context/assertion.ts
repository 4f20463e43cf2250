import { pattern } from '../patterns';
import { isLetter } from '../text/chars';
import { PhraseMatch, PhraseMatcher } from './phraseMatcher';
import { Assertion, SectionCategory } from '../types';
import { ContextCategory, ContextKind, CueCategory, DocumentKind, DocumentRule, kindFilter, SectionRule, StatedAttribute, Target, targetKey, targetMemo } from './rule';
import { ATTRIBUTE_RULES, DOCUMENT_RULES, PAST_SURGERY_REASON, PAST_TABLE_ROW, SECTION_RULES, STATED_ATTRIBUTES } from './rules';
import { cellAnswer, fieldAnswer } from './fields';
import { TableRow } from '../text/tables';
import { dateAgainstVisit, pastTimeIn } from './pastTime';
import { pastTableRow } from './tableRows';
import { scopeBrokenBy, statementBrokenBy } from './scope';
import { PhraseEffects, PLAIN_TRIGGER_MATCHER, Terminator, TRIGGER_MATCHER, TriggerEffect } from './triggerIndex';

/**
 * ConText: decides what a mention asserts from the rules (context/rules/) whose triggers occur
 * around it in its sentence, then from the section it sits in.
 */

interface Hit {
  start: number;
  end: number;
  effects: readonly TriggerEffect[];
  terminator?: Terminator;
  phrase: PhraseEffects;
}

const toHit = (match: PhraseMatch<PhraseEffects>): Hit => ({ start: match.start, end: match.end, effects: match.value.effects, terminator: match.value.terminator, phrase: match.value });

/**
 * Whether a phrase is there for a target: one of its rules applies to it. Remembered per phrase
 * and targetKey (few keys occur; see targetMemo), since every target of every sentence asks about every phrase in it.
 */
function meaningfulFor(phrase: PhraseEffects, target: Target | undefined, memo: Map<object, boolean>): boolean {
  let verdict = memo.get(phrase);
  if (verdict === undefined) {
    const t = phrase.terminator;
    // Effects inherited from the kind phrases inside it do not count: to a target that takes none of
    // the phrase's own rules, those kind phrases stand on their own ("patient was not certain": "not certain").
    verdict = phrase.effects.some((e) => !phrase.inherited?.has(e) && (!e.appliesTo || e.appliesTo(target))) || (t !== undefined && (!t.appliesTo || t.appliesTo(target)));
    memo.set(phrase, verdict);
  }
  return verdict;
}

/** How far (characters) from a pastTimeBeside trigger its time may be written. */
const PAST_TIME_REACH = 48;
/** How far before a trigger's year its month and day may be written ("September 18, 2026"). */
const DATE_LEAD = 14;
const YEAR_AFTER = pattern('context.yearAfter', '^[ ]{1,2}((?:19|20)[0-9]{2})(?![0-9/-]|[.][0-9])');

/** The trigger and terminator words of one sentence, found once and reused for every target in it. */
export class SentenceTriggers {
  private readonly hits: Hit[] = [];
  /** The visit's year, when the note is dated. */
  readonly visitYear?: number;
  private readonly visit?: string;
  /** hitsFor's answers, by targetKey: the targets of one sentence are mostly of a few kinds. */
  private readonly hitsByTarget = new Map<string, readonly Hit[]>();

  /** `dateOfService` (ISO) lets rules with yearsBeforeVisit apply. */
  constructor(readonly lower: string, readonly start: number, readonly end: number, dateOfService?: string | null) {
    for (const match of TRIGGER_MATCHER.matchAll(lower, start, end)) {
      this.hits.push(toHit(match));
    }
    if (dateOfService) {
      this.visit = dateOfService;
      this.visitYear = Number(dateOfService.slice(0, 4));
    }
  }

  /** A time before the visit between the trigger and the target, or in the few words before the trigger. */
  private pastTimeBeside(hit: Hit, targetStart: number): boolean {
    const after = Math.min(targetStart, hit.end + PAST_TIME_REACH);
    if (pastTimeIn(this.lower, hit.end, after, this.visit)) return true;
    // Before the trigger, within its own clause: "In June she presented with", not "Injured 01/02/2025; today she presented with".
    let before = Math.max(this.start, hit.start - PAST_TIME_REACH);
    for (let i = hit.start - 1; i >= before; i--) {
      const c = this.lower.charCodeAt(i);
      if (c === 59 || c === 58 || c === 10) before = i + 1; // ; : newline
    }
    return pastTimeIn(this.lower, before, hit.start, this.visit);
  }

  /** "in 2012": a year right after the trigger, at least `years` before the visit (any year in an undated note, if `undated`). */
  private remoteYearAfter(hit: Hit, years: number, undated: boolean): boolean {
    if (this.visitYear === undefined && !undated) return false;
    const m = YEAR_AFTER.exec(this.lower.slice(hit.end, Math.min(this.end, hit.end + 8)));
    return m !== null && (this.visitYear === undefined || this.visitYear - Number(m[1]) >= years);
  }

  /** Whether the date a trigger names is placed against the visit as its rule asks (ContextRule.visitDate). */
  private datedAsRuled(hit: Hit, rule: 'notAfter' | 'after'): boolean {
    // A month name or day may be written before the year the trigger matched: "March 18, 2026".
    const when = dateAgainstVisit(this.lower, Math.max(this.start, hit.start - DATE_LEAD), hit.end, hit.start, this.visit);
    return rule === 'after' ? when === 1 : when !== 1;
  }

  get isEmpty(): boolean {
    return this.hits.length === 0;
  }

  /** Position after `words` words from `from`, bounded by the sentence end. */
  private skipWords(from: number, words: number): number {
    let count = 0;
    let inWord = false;
    for (let i = from; i < this.end; i++) {
      const c = this.lower.charCodeAt(i);
      const wordChar = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
      if (wordChar && !inWord) {
        if (count === words) return i;
        count++;
      }
      inWord = wordChar;
    }
    return this.end;
  }

  private backWords(from: number, words: number): number {
    let count = 0;
    let inWord = false;
    for (let i = from - 1; i >= this.start; i--) {
      const c = this.lower.charCodeAt(i);
      const wordChar = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
      if (wordChar && !inWord) {
        if (count === words) return i + 1;
        count++;
      }
      inWord = wordChar;
    }
    return this.start;
  }

  /**
   * A hard clause break between a trigger and a target: a terminator (unless it spares the
   * category) or a break from context/scope.ts. A terminator may reach into the target ("no
   * fracture with mild stenosis": "with mild" ends the scope, and "mild" is the target's own first
   * word), so it counts when it starts in the gap (forward) or ends in it (backward).
   */
  private brokenBetween(hits: readonly Hit[], from: number, to: number, forward: boolean, cueCategory: CueCategory, through?: ReadonlySet<string>): boolean {
    const category = cueCategory as ContextCategory;
    for (const hit of hits) {
      const t = hit.terminator;
      if (!t || t.spares?.has(category) || (t.ends && !t.ends.has(category)) || through?.has(t.rule) || this.isAside(hit)) continue;
      if (forward ? hit.start >= from && hit.start < to : hit.end > from && hit.end <= to) return true;
    }
    return scopeBrokenBy(this.lower, from, to, category);
  }

  /** Whether a trigger's scope breaks between it and a target: a sentence-wide one only at a new statement. */
  private scopeBroken(hits: readonly Hit[], effect: TriggerEffect, category: CueCategory, from: number, to: number, forward: boolean): boolean {
    return effect.sentenceScope ? statementBrokenBy(this.lower, from, to) : this.brokenBetween(hits, from, to, forward, category, effect.throughTerminators);
  }

  private commaIn(from: number, to: number): boolean {
    for (let i = from; i < to; i++) if (this.lower.charCodeAt(i) === 44) return true;
    return false;
  }

  /** A terminator set off by commas is an aside: "he denies, however, any bladder problems". */
  private isAside(hit: Hit): boolean {
    let before = hit.start - 1;
    while (before > this.start && this.lower.charCodeAt(before) === 32) before--;
    let after = hit.end;
    while (after < this.end && this.lower.charCodeAt(after) === 32) after++;
    return this.lower.charCodeAt(before) === 44 && this.lower.charCodeAt(after) === 44;
  }

  /**
   * The sentence's phrases as one target sees them. A phrase whose rules all spare it (another
   * kind's pseudo-trigger or terminator, a general rule its kind opts out of) is not there for it,
   * so the words it is made of match on their own: for a kind with its own negation words, the
   * general "is not" is its "not".
   */
  private hitsFor(target: Target | undefined): readonly Hit[] {
    const key = targetKey(target);
    let hits = this.hitsByTarget.get(key);
    if (hits === undefined) {
      const memo = targetMemo(target);
      const meaningful = (phrase: PhraseEffects) => meaningfulFor(phrase, target, memo);
      hits = this.hits.every((hit) => meaningful(hit.phrase)) ? this.hits : TRIGGER_MATCHER.matchAll(this.lower, this.start, this.end, meaningful).map(toHit);
      this.hitsByTarget.set(key, hits);
    }
    return hits;
  }

  /** Whether one of `words` occurs in [from, to) before the scope breaks. */
  private followedBy(hits: readonly Hit[], words: PhraseMatcher<true>, from: number, to: number, category: CueCategory): boolean {
    return words.matchAll(this.lower, from, to).some((m) => !this.brokenBetween(hits, from, m.start, true, category));
  }

  /** The rules whose scope covers [targetStart, targetEnd), with the trigger that matched. */
  cuesFor(targetStart: number, targetEnd: number, target: Target | undefined): Cue[] {
    const found: Cue[] = [];
    const hits = this.hitsFor(target);
    const judge = (hit: Hit) => this.cuesOf(hits, hit, targetStart, targetEnd, target, found);
    for (const hit of hits) {
      if (hit.end <= targetStart || hit.start >= targetEnd || (hit.start >= targetStart && hit.end <= targetEnd)) {
        judge(hit);
        continue;
      }
      // A trigger that overlaps the target judges it by its words outside the target: "no focal
      // neurologic deficits" is absent ("no"), "in no acute distress" too, though "no acute distress"
      // is a pseudo-trigger; "is not able to work" is not ("is" says nothing; "not" is the target's own).
      // A pseudo-trigger of the target's own kind is written with its words and stands: "has not
      // quit smoking" is still smoking.
      if (hit.effects.some((e) => e.category === 'pseudo' && e.kindsNamed && e.appliesTo?.(target))) continue;
      if (hit.start < targetStart) for (const h of PLAIN_TRIGGER_MATCHER.matchAll(this.lower, hit.start, targetStart)) judge(toHit(h));
      if (hit.end > targetEnd) for (const h of PLAIN_TRIGGER_MATCHER.matchAll(this.lower, targetEnd, hit.end)) judge(toHit(h));
    }
    return found;
  }

  private cuesOf(hits: readonly Hit[], hit: Hit, targetStart: number, targetEnd: number, target: Target | undefined, found: Cue[]): void {
    // A trigger inside the target itself ("non-radicular") is part of the mention, not a modifier,
    // unless its rule reads the target's own status words ("never smoker").
    const inside = hit.start >= targetStart && hit.end <= targetEnd;
    for (const effect of hit.effects) {
      const category = effect.category;
      if (category === 'pseudo') continue;
      if (effect.appliesTo && !effect.appliesTo(target)) continue;
      if (inside || effect.insideTarget) {
        if (inside && effect.insideTarget) found.push(cueOf(effect, hit));
        continue;
      }
      if (effect.yearsBeforeVisit !== undefined && !this.remoteYearAfter(hit, effect.yearsBeforeVisit, effect.undatedYearCounts === true)) continue;
      if (effect.pastTimeBeside && (hit.end > targetStart || !this.pastTimeBeside(hit, targetStart))) continue;
      if (effect.visitDate && !this.datedAsRuled(hit, effect.visitDate)) continue;
      if (hit.end <= targetStart && effect.direction !== 'backward') {
        const limit = effect.maxWords === undefined ? this.end : this.skipWords(hit.end, effect.maxWords);
        if (targetStart >= limit || this.scopeBroken(hits, effect, category, hit.end, targetStart, true)) continue;
        if (effect.withinPhrase && this.commaIn(hit.end, targetStart)) continue;
        if (effect.unlessFollowedBy && this.followedBy(hits, effect.unlessFollowedBy, targetEnd, limit, category)) continue;
        found.push(cueOf(effect, hit));
      } else if (hit.start >= targetEnd && effect.direction !== 'forward') {
        const limit = effect.maxWords === undefined ? this.start : this.backWords(hit.start, effect.maxWords);
        if (effect.withinPhrase && this.commaIn(targetEnd, hit.start)) continue;
        if (targetEnd > limit && !this.scopeBroken(hits, effect, category, targetEnd, hit.start, false)) found.push(cueOf(effect, hit));
      }
    }
  }
}

function cueOf(effect: TriggerEffect, hit: Hit): Cue {
  const cue: Cue = { category: effect.category as CueCategory, rule: effect.rule, start: hit.start, end: hit.end, value: effect.value };
  if (effect.outweighs) cue.outweighs = effect.outweighs;
  return cue;
}

/**
 * "s/p L5-S1 TLIF (09/22/2026) for grade 2 isthmic spondylolisthesis": the reason for a past
 * surgery is history, however far the finding sits from "s/p".
 */
const PROCEDURE_WORD = pattern(
  'context.procedureWord',
  '(?<![a-z])(?:laminectomy|laminotomy|hemilaminotomy|hemilaminectomy|fusion|tlif|plif|alif|xlif|olif|discectomy|microdiscectomy|decompression|surgery|arthrodesis|foraminotomy|operation|instrumentation)(?![a-z])',
  'g',
);
const PAST_MARKER = pattern('context.pastMarker', '(?<![a-z])(?:s/p|status[ \\t-]+post|underwent|undergone|had|history[ \\t]+of|h/o|prior|previous|previously|after|following)(?![a-z])');

function lastMatchIndex(regex: RegExp, text: string): number {
  let last = -1;
  regex.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = regex.exec(text)) !== null) last = m.index;
  return last;
}

/** Where `word` last occurs in lower[from, to) as a whole word of that span (a letter outside it does not join it), or -1. */
function lastWholeWord(lower: string, word: string, from: number, to: number): number {
  // In a slice: lastIndexOf on the note would look on through all of it before `from`.
  const span = lower.slice(from, to);
  for (let at = span.lastIndexOf(word); at !== -1; at = at > 0 ? span.lastIndexOf(word, at - 1) : -1) {
    const end = at + word.length;
    if ((at === 0 || !isLetter(span.charCodeAt(at - 1))) && (end === span.length || !isLetter(span.charCodeAt(end)))) return from + at;
  }
  return -1;
}

function reasonForPastSurgery(lower: string, sentenceStart: number, targetStart: number, procedureDone: boolean): boolean {
  // Work on bounded slices: an exec over the whole note from here would make long notes quadratic.
  const from = Math.max(sentenceStart, targetStart - 100);
  const forAt = lastWholeWord(lower, 'for', from, targetStart);
  if (forAt === -1) return false;
  const windowStart = Math.max(sentenceStart, forAt - 120);
  const procedure = lastMatchIndex(PROCEDURE_WORD, lower.slice(windowStart, forAt));
  if (procedure === -1) return false;
  const procedureAt = windowStart + procedure;
  return procedureDone || PAST_MARKER.test(lower.slice(Math.max(sentenceStart, procedureAt - 60), procedureAt));
}

/** Order in which conflicting cues win: a negated plan is absent, a hedged history is possible... */
const PRECEDENCE: ContextCategory[] = ['absent', 'family', 'hypothetical', 'possible', 'historical'];

/** Why a finding asserts what it does: the rule, and the trigger's offsets when a trigger decided. */
export interface Cue {
  category: CueCategory;
  rule: string;
  /** For 'state' cues: the value stated. */
  value?: string;
  start?: number;
  end?: number;
  /** Categories of the other cues this one outweighs (a rule's or a place's `outweighs`). */
  outweighs?: readonly CueCategory[];
}

export interface AssertionOptions {
  /** What the finding is, for rules that apply to some kinds only. */
  target?: Target;
  /** Whether a "Plan" section makes this finding hypothetical (actions do; diagnoses restated in a plan do not). */
  isAction?: boolean;
  /** Whether the note is a document of this kind (an operative report...); asked only when a document rule applies to the finding. */
  isDocument?: (kind: DocumentKind) => boolean;
  /** The table row the finding is in, when it is in one: its answer cells answer like a template field. */
  tableRow?: TableRow;
}

const PAST_SURGERY_APPLIES = kindFilter(PAST_SURGERY_REASON) ?? (() => true);
const PAST_SURGERY_DONE_IN = new Set<SectionCategory>(PAST_SURGERY_REASON.doneInSections);
interface PlacementEffect {
  rule: SectionRule | DocumentRule;
  sections?: ReadonlySet<SectionCategory>;
  exceptSections?: ReadonlySet<SectionCategory>;
  documentKind?: DocumentKind;
  appliesTo?: (target: Target | undefined) => boolean;
}
const PLACEMENT_EFFECTS: readonly PlacementEffect[] = [
  ...SECTION_RULES.map((rule) => ({ rule, sections: new Set(rule.sections), appliesTo: kindFilter(rule) })),
  ...DOCUMENT_RULES.map((rule) => ({ rule, sections: rule.sections && new Set(rule.sections), exceptSections: rule.exceptSections && new Set(rule.exceptSections), documentKind: rule.documentKind, appliesTo: kindFilter(rule) })),
];

const EFFECTS_BY_SECTION = new Map<SectionCategory, readonly PlacementEffect[]>();

/** The placement effects a section may have, in their order (worked out once per section: every target asks). */
function placementEffectsIn(section: SectionCategory): readonly PlacementEffect[] {
  let effects = EFFECTS_BY_SECTION.get(section);
  if (effects === undefined) {
    effects = PLACEMENT_EFFECTS.filter(({ sections, exceptSections }) => !(sections && !sections.has(section)) && !exceptSections?.has(section));
    EFFECTS_BY_SECTION.set(section, effects);
  }
  return effects;
}

/**
 * The cues of the finding's section and document, given the cues of its sentence's words: a place
 * may yield to some of those (yieldsTo) or outweigh them (outweighs, reported in `outweighed`).
 */
function placementCues(section: SectionCategory, options: AssertionOptions, sentenceCues: readonly Cue[], outweighed: Set<CueCategory>): Cue[] {
  const found: Cue[] = [];
  for (const { rule, documentKind, appliesTo } of placementEffectsIn(section)) {
    if (rule.actionsOnly && !options.isAction) continue;
    if (appliesTo && !appliesTo(options.target)) continue;
    if (documentKind && !options.isDocument?.(documentKind)) continue;
    if (rule.yieldsTo?.some((category) => sentenceCues.some((c) => c.category === category))) continue;
    for (const category of rule.outweighs ?? []) outweighed.add(category);
    found.push({ category: rule.category, rule: rule.id, value: rule.value, outweighs: rule.outweighs });
  }
  // One place may outweigh another: an operative report's plan section tells the operation done.
  return found.filter((cue) => !found.some((other) => other !== cue && other.outweighs?.includes(cue.category)));
}

/** What decided a finding: its assertion, the cue that decided it (none for a plain present), and a stated attribute. */
export interface Decision {
  assertion: Assertion;
  cue?: Cue;
  /** The value of the kind's stated attribute (a plan's status), when the note states one or the assertion implies it. */
  stated?: { attribute: string; value: string };
  /** A template blank ("Label: ***"): the note asserts nothing, so there is no finding. */
  unanswered?: boolean;
}

const STATED_BY_KIND = new Map<ContextKind, StatedAttribute>(STATED_ATTRIBUTES.map((s) => [s.kind, s]));

/** The assertion of [targetStart, targetEnd) and the cue that decided it (none for present). */
export function explainAssertion(
  triggers: SentenceTriggers,
  targetStart: number,
  targetEnd: number,
  section: SectionCategory,
  options: AssertionOptions = {},
): Decision {
  // A template field's answer outweighs the words around it: "Cough: Yes" after "Fever: No"; so does a table row's answer cell.
  const field = fieldAnswer(triggers.lower, targetStart, targetEnd) ?? cellAnswer(triggers.lower, options.tableRow, targetStart);
  if (field?.category === 'unanswered') return { assertion: 'present', cue: { category: 'absent', rule: field.id }, unanswered: true };
  const cues: Cue[] = field ? [] : triggers.isEmpty ? [] : triggers.cuesFor(targetStart, targetEnd, options.target);
  if (field && field.category !== 'present') cues.push({ category: field.category, rule: field.id });
  if (PAST_SURGERY_APPLIES(options.target) && reasonForPastSurgery(triggers.lower, triggers.start, targetStart, PAST_SURGERY_DONE_IN.has(section))) {
    cues.push({ category: 'historical', rule: PAST_SURGERY_REASON.id });
  }
  if (pastTableRow(triggers.lower, options.tableRow, targetStart, options.target, triggers.visitYear)) cues.push({ category: 'historical', rule: PAST_TABLE_ROW.id });
  const attributes = options.target?.attributes as Record<string, unknown> | undefined;
  if (attributes) {
    for (const rule of ATTRIBUTE_RULES) {
      const value = attributes[rule.attribute];
      if (rule.kind === options.target?.kind && typeof value === 'string' && rule.values.includes(value)) cues.push({ category: rule.category, rule: rule.id });
    }
  }
  const outweighed = new Set<CueCategory>();
  for (const cue of cues) for (const category of cue.outweighs ?? []) outweighed.add(category);
  const placed = placementCues(section, options, cues, outweighed);
  const decisive = [...(outweighed.size === 0 ? cues : cues.filter((c) => !outweighed.has(c.category))), ...placed];
  const stated = options.target && STATED_BY_KIND.get(options.target.kind);
  return stated ? decideStated(stated, decisive) : strongest(decisive);
}

function strongest(cues: readonly Cue[], among: readonly ContextCategory[] = PRECEDENCE): Decision {
  for (const category of PRECEDENCE) {
    if (!among.includes(category)) continue;
    const cue = cues.find((c) => c.category === category);
    if (cue) return { assertion: category, cue };
  }
  return { assertion: 'present' };
}

/**
 * For a kind whose attribute the context states: a negation or another experiencer outweighs what
 * is stated (keeping only a value that agrees, "not a surgical candidate"); otherwise the strongest
 * stated value decides, a sentence's before a place's; otherwise the value follows the assertion.
 */
function decideStated(stated: StatedAttribute, cues: readonly Cue[]): Decision {
  const statements = cues.filter((c) => c.category === 'state');
  const assertionOf = (value: string) => stated.values.find(([v]) => v === value)?.[1];
  const strongestStatement = (accept: (value: string) => boolean): Cue | undefined => {
    for (const [value] of stated.values) {
      if (!accept(value)) continue;
      const cue = statements.find((c) => c.value === value);
      if (cue) return cue;
    }
    return undefined;
  };
  const withValue = (decision: Decision, value: string | undefined): Decision => (value === undefined ? decision : { ...decision, stated: { attribute: stated.attribute, value } });
  const outweighing = strongest(cues, stated.outweighedBy);
  if (outweighing.cue) return withValue(outweighing, strongestStatement((v) => assertionOf(v) === outweighing.assertion)?.value);
  const statement = strongestStatement(() => true);
  if (statement?.value !== undefined) return withValue({ assertion: assertionOf(statement.value) ?? 'present', cue: statement }, statement.value);
  const decided = strongest(cues.filter((c) => c.category !== 'state'));
  const value = stated.fromAssertion[decided.assertion];
  return withValue(value === undefined ? decided : { ...decided, assertion: assertionOf(value) ?? decided.assertion }, value);
}
