import { AnyFinding, Assertion, FindingKind, StatedAt } from '../types';
import { entitiesOf } from './entities';
import { identityOf, SharedBundle } from './identities';

type Attributes = Record<string, unknown>;

/**
 * Mentions that share: present ones. A negated, historical, hypothetical or family mention neither
 * gives nor takes, nor does a prior study in COMPARISON; nor do hedged ones, which are often
 * alternatives ("stress reaction versus chronic spondylolysis") rather than one entity.
 */
const SHARING_ASSERTIONS: ReadonlySet<Assertion> = new Set<Assertion>(['present']);

const statedAt = (f: AnyFinding): StatedAt => ({ range: f.range, start: f.start, end: f.end });

interface Stated {
  value: unknown;
  donor: AnyFinding;
}

/** The one value the mentions state for an attribute (with its first mention), null when they state two. */
function singleValue(entity: readonly AnyFinding[], own: ReadonlyMap<AnyFinding, Attributes>, name: string): Stated | undefined | null {
  let found: Stated | undefined;
  for (const f of entity) {
    const value = own.get(f)![name];
    if (value === undefined) continue;
    if (!found) found = { value, donor: f };
    else if (found.value !== value) return null;
    else if (f.start < found.donor.start) found.donor = f;
  }
  return found;
}

function shareBundle(entity: readonly AnyFinding[], own: ReadonlyMap<AnyFinding, Attributes>, bundle: SharedBundle): void {
  const carried: Array<[string, Stated]> = [];
  for (const name of bundle.carried ?? []) {
    const stated = singleValue(entity, own, name);
    if (stated === null) return; // two modalities: the measurements may not be one
    if (stated) carried.push([name, stated]);
  }
  const values: Array<[string, Stated | undefined]> = [];
  for (const name of bundle.attributes) {
    const stated = singleValue(entity, own, name);
    // Grade 1 here and grade 2 there: the measurements may be of two studies, so none is shared.
    if (stated === null) return;
    values.push([name, stated]);
  }
  for (const f of entity) {
    const attrs = f.attributes as Attributes;
    let received = false;
    for (const [name, stated] of values) {
      if (!stated || attrs[name] !== undefined || stated.donor === f) continue;
      const blocker = bundle.blockedBy?.[name];
      if (blocker !== undefined && attrs[blocker] !== undefined) continue;
      inherit(f, name, stated);
      received = true;
    }
    if (!received) continue;
    for (const [name, stated] of carried) if (attrs[name] === undefined) inherit(f, name, stated);
  }
}

function inherit(f: AnyFinding, name: string, stated: Stated): void {
  (f.attributes as Attributes)[name] = stated.value;
  f.inheritedFrom = { ...f.inheritedFrom, [name]: statedAt(stated.donor) };
}

/**
 * Gives every mention of an entity what the note states about the entity elsewhere: each listhesis
 * mention of one slip carries its grade and its millimetres, each pars mention its chronicity.
 * Conflicting values stay as stated (grade-consistency reads them), and keep the rest of their bundle
 * from being shared. Mutates the findings' attributes
 * (fresh copies) and records each shared attribute's source in inheritedFrom.
 */
export function shareAttributes(findings: readonly AnyFinding[]): void {
  const groups = new Map<string, AnyFinding[]>();
  for (const f of findings) {
    const row = identityOf(f.kind);
    if (!row || row.shared.length === 0 || !SHARING_ASSERTIONS.has(f.assertion) || f.section === 'comparison') continue;
    const key = `${f.kind} ${f.assertion}`;
    const group = groups.get(key) ?? [];
    group.push(f);
    groups.set(key, group);
  }
  for (const group of groups.values()) {
    const row = identityOf(group[0].kind as FindingKind)!;
    for (const entity of entitiesOf(group)) {
      // What each mention states itself, before any sharing.
      const own = new Map<AnyFinding, Attributes>();
      for (const f of entity) {
        own.set(f, f.attributes as Attributes);
        f.attributes = { ...f.attributes } as never;
      }
      for (const bundle of row.shared) shareBundle(entity, own, bundle);
    }
  }
}
