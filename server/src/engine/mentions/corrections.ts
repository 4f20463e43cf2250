import { LineIndex } from '../text/lineIndex';
import { AnyFinding, Section, Sentence } from '../types';
import { CorrectedValue, parseValue, REPLACEMENTS, RETRACTION_CUE, SECOND_PART_WINDOW } from './correctionPatterns';
import { compatible } from './entities';
import { identityOf, MentionIdentity } from './identities';

type Attributes = Record<string, unknown>;

export interface NoteText {
  text: string;
  lower: string;
  lines: LineIndex;
  sections: readonly Section[];
  sentences: readonly Sentence[];
}

interface Replacement {
  old: CorrectedValue;
  new: CorrectedValue;
  /** Where the corrected value is written. */
  start: number;
  end: number;
}

function replacementsIn(lower: string, sentence: Sentence): Replacement[] {
  const out: Replacement[] = [];
  const seen = new Set<string>();
  const body = lower.slice(sentence.start, sentence.end);
  for (const { regex, then } of REPLACEMENTS) {
    regex.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = regex.exec(body)) !== null) {
      let newText = m.groups!.new;
      let newAt = newText === undefined ? undefined : m.indices!.groups!.new[0];
      if (then) {
        const from = m.index + m[0].length;
        const second = then.exec(body.slice(from, from + SECOND_PART_WINDOW));
        if (!second) continue;
        newText = second.groups!.new;
        newAt = from + second.indices!.groups!.new[0];
      }
      const oldValue = parseValue(m.groups!.old);
      const newValue = parseValue(newText);
      if (newAt === undefined || !oldValue || !newValue || oldValue.dimension !== newValue.dimension || oldValue.value === newValue.value) continue;
      const key = `${oldValue.value}>${newValue.value}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ old: oldValue, new: newValue, start: sentence.start + newAt, end: sentence.start + newAt + newText.length });
    }
  }
  return out;
}

function hasValue(f: AnyFinding, row: MentionIdentity, value: CorrectedValue): boolean {
  const a = f.attributes as Attributes;
  if (value.dimension === 'side') return row.side !== undefined && a[row.side] === value.value;
  if (value.dimension === 'level') return row.level !== undefined && row.level.read(a).includes(value.value);
  return a[value.dimension] === value.value;
}

function rewritten(f: AnyFinding, row: MentionIdentity, value: CorrectedValue): Attributes | undefined {
  const a = f.attributes as Attributes;
  if (value.dimension === 'side') return row.side ? { ...a, [row.side]: value.value } : undefined;
  if (value.dimension === 'level') return row.level?.write(a, value.value);
  return { ...a, [value.dimension]: value.value };
}

/** What a restatement in the addendum says beside the corrected value ("grade 1 ... measuring 5 mm"). */
function stated(restatements: readonly AnyFinding[], row: MentionIdentity, value: CorrectedValue): Attributes {
  const out: Attributes = {};
  for (const r of restatements) {
    if (r.assertion === 'absent' || !hasValue(r, row, value)) continue;
    for (const [k, v] of Object.entries(r.attributes)) if (!row.identity.includes(k) && v !== undefined) out[k] = v;
  }
  return out;
}

/** The findings inside a sentence; findings are in note order. */
function findingsIn(findings: readonly AnyFinding[], sentence: Sentence): AnyFinding[] {
  let lo = 0;
  let hi = findings.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (findings[mid].start < sentence.start) lo = mid + 1;
    else hi = mid;
  }
  const out: AnyFinding[] = [];
  for (let i = lo; i < findings.length && findings[i].start < sentence.end; i++) if (findings[i].end <= sentence.end && identityOf(findings[i].kind)) out.push(findings[i]);
  return out;
}

/** Addenda carry a handful of corrections; each is checked against every earlier finding, so their number is bounded. */
const MAX_CORRECTIONS = 32;

interface Applied {
  corrections: number;
  retracted: Set<AnyFinding>;
  added: AnyFinding[];
}

/** "should read left, not right": the note's right-sided finding is retracted and restated, left, at the word "left". */
function applyReplacement(r: Replacement, sentence: Sentence, findings: readonly AnyFinding[], note: NoteText, applied: Applied): void {
  const inSentence = findingsIn(findings, sentence);
  const named = new Set(inSentence.map((f) => f.kind));
  const corrected = new Map<string, AnyFinding>();
  for (const f of findings) {
    // What the report denied at the old value ("L3-L4: No stenosis") is not what the correction moves.
    if (f.start >= sentence.start || applied.retracted.has(f) || f.assertion === 'absent') continue;
    const row = identityOf(f.kind);
    if (!row || (named.size > 0 && !named.has(f.kind)) || !hasValue(f, row, r.old)) continue;
    const attributes = rewritten(f, row, r.new);
    if (!attributes) continue;
    applied.retracted.add(f);
    const restatements = inSentence.filter((x) => x.kind === f.kind);
    for (const x of restatements) applied.retracted.add(x);
    const merged = { ...attributes, ...stated(restatements, row, r.new) };
    const key = `${f.kind} ${f.assertion} ${JSON.stringify(merged)}`;
    if (corrected.has(key)) continue;
    const { valueAt: _valueAt, inheritedFrom: _inherited, ...rest } = f;
    corrected.set(key, {
      ...rest,
      attributes: merged,
      text: note.text.slice(r.start, r.end),
      range: note.lines.rangeOf(r.start, r.end),
      start: r.start,
      end: r.end,
      section: 'addendum',
      correctedFrom: { range: f.range, start: f.start, end: f.end },
    } as AnyFinding);
  }
  // The retracted value quoted in the correction ("not L5-S1") is no finding.
  for (const x of inSentence) if (hasValue(x, identityOf(x.kind)!, r.old)) applied.retracted.add(x);
  for (const c of corrected.values()) applied.added.push(c);
}

/** "she has not had an epidural injection ...; delete it from the HPI": earlier mentions of it are retracted. */
function applyRetraction(sentence: Sentence, lower: string, findings: readonly AnyFinding[], applied: Applied): void {
  if (!RETRACTION_CUE.test(lower.slice(sentence.start, sentence.end))) return;
  const negated = findingsIn(findings, sentence).filter((f) => f.assertion === 'absent');
  if (negated.length === 0 || applied.corrections++ >= MAX_CORRECTIONS) return;
  for (const f of findings) {
    if (f.start >= sentence.start || f.assertion === 'absent' || f.section === 'addendum') continue;
    if (negated.some((n) => compatible(n, f))) applied.retracted.add(f);
  }
}

/**
 * Applies the corrections of a note's addenda: the retracted findings are dropped, and each
 * corrected one is restated where the addendum writes the corrected value, with the original's
 * other attributes. Returns the findings in note order. Linear in the findings for each correction,
 * and addenda carry a handful of corrections.
 */
export function applyCorrections(findings: readonly AnyFinding[], note: NoteText): AnyFinding[] {
  const addendumSentences = note.sentences.filter((s) => note.sections[s.section].category === 'addendum');
  if (addendumSentences.length === 0) return [...findings];
  const applied: Applied = { corrections: 0, retracted: new Set(), added: [] };
  for (const sentence of addendumSentences) {
    for (const r of replacementsIn(note.lower, sentence)) if (applied.corrections++ < MAX_CORRECTIONS) applyReplacement(r, sentence, findings, note, applied);
    applyRetraction(sentence, note.lower, findings, applied);
  }
  if (applied.retracted.size === 0 && applied.added.length === 0) return [...findings];
  return [...findings.filter((f) => !applied.retracted.has(f)), ...applied.added].sort((a, b) => a.start - b.start || a.end - b.end);
}
