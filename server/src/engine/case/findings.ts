import { AnyFinding, Assertion, Finding, FindingKind } from '../types';

/** Findings of one kind. */
export function ofKind<K extends FindingKind>(findings: readonly AnyFinding[], kind: K): Finding<K>[] {
  return findings.filter((f) => f.kind === kind) as unknown as Finding<K>[];
}

/** Facts count when the note asserts them as present. */
export const isPresent = (f: { assertion: Assertion }): boolean => f.assertion === 'present';

/** The note explicitly negates it ("no functional limitation"). */
export const isNegated = (f: { assertion: Assertion }): boolean => f.assertion === 'absent';
