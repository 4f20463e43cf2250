import { AnyFinding } from '../types';
import { identityOf } from './identities';

const WILDCARD = '\u0000';

/** The identity values a mention states, undefined where it does not say. */
function identityValues(f: AnyFinding, identity: readonly string[]): Array<string | undefined> {
  const a = f.attributes as Record<string, unknown>;
  return identity.map((name) => (a[name] === undefined ? undefined : String(a[name])));
}

const keyOf = (values: ReadonlyArray<string | undefined>) => values.map((v) => v ?? WILDCARD).join('|');

/**
 * Every key the values generalise to (themselves included): each stated value kept or made a
 * wildcard, the earlier values varying slowest, kept before made a wildcard. Built as strings, one
 * join per key.
 */
function generalisations(values: ReadonlyArray<string | undefined>): string[] {
  const keys: string[] = [];
  const grow = (i: number, prefix: string): void => {
    if (i === values.length) {
      keys.push(prefix);
      return;
    }
    const head = i === 0 ? '' : `${prefix}|`;
    const v = values[i];
    if (v !== undefined) grow(i + 1, head + v);
    grow(i + 1, head + WILDCARD);
  };
  grow(0, '');
  return keys;
}

/** Counts up to two, remembering the first thing counted. */
class FirstOfTwo<T> {
  private readonly counts = new Map<string, { n: number; first: T }>();
  add(key: string, item: T): void {
    const c = this.counts.get(key);
    if (!c) this.counts.set(key, { n: 1, first: item });
    else if (c.n < 2) c.n++;
  }
  count(key: string): number {
    return this.counts.get(key)?.n ?? 0;
  }
  only(key: string): T | undefined {
    const c = this.counts.get(key);
    return c && c.n === 1 ? c.first : undefined;
  }
}

/**
 * Groups mentions of one kind into the entities they name. Mentions stating the same identity are
 * one entity; a mention that leaves some of it unsaid ("the pars defects" after "bilateral L5 pars
 * defects") joins the one entity it fits, and stays alone when it fits two (left and right L5 pars
 * defects). Linear: each mention has at most 2^k generalisations for k identity attributes.
 */
export function entitiesOf(mentions: readonly AnyFinding[]): AnyFinding[][] {
  if (mentions.length < 2) return [];
  const row = identityOf(mentions[0].kind);
  if (!row) return [];
  const byKey = new Map<string, { values: Array<string | undefined>; members: AnyFinding[]; general?: string[] }>();
  for (const f of mentions) {
    const values = identityValues(f, row.identity);
    const key = keyOf(values);
    const entry = byKey.get(key);
    if (entry) entry.members.push(f);
    else byKey.set(key, { values, members: [f] });
  }
  // A key is the most specific of its kind when no other key refines it.
  const refiners = new FirstOfTwo<string>();
  for (const [key, entry] of byKey) for (const g of (entry.general = generalisations(entry.values))) refiners.add(g, key);
  const specific = new FirstOfTwo<string>();
  for (const [key, { general }] of byKey) {
    if (refiners.count(key) !== 1) continue;
    for (const g of general as string[]) specific.add(g, key);
  }
  const entities = new Map<string, AnyFinding[]>();
  for (const [key, { members }] of byKey) {
    const target = specific.only(key);
    if (target === undefined) continue; // fits two entities: say nothing about it
    const entity = entities.get(target) ?? [];
    for (const f of members) entity.push(f);
    entities.set(target, entity);
  }
  return [...entities.values()].filter((e) => e.length > 1);
}

/** Whether two mentions of a kind can name one entity: they agree on every identity attribute both state. */
export function compatible(a: AnyFinding, b: AnyFinding): boolean {
  if (a.kind !== b.kind) return false;
  const row = identityOf(a.kind);
  if (!row) return false;
  const x = a.attributes as Record<string, unknown>;
  const y = b.attributes as Record<string, unknown>;
  return row.identity.every((name) => x[name] === undefined || y[name] === undefined || x[name] === y[name]);
}
