import * as assert from 'assert';
import { CareDurations } from '../../../server/src/cli/audit/formats/html/careDurations';

const note = (days: number, extra: Partial<{ minimum: number; surgeryDiscussed: boolean; noteType: 'imaging' | 'clinic' }> = {}) => ({
  conservativeCareDays: days,
  conservativeCareMinimumDays: extra.minimum ?? 84,
  surgeryDiscussed: extra.surgeryDiscussed ?? false,
  noteType: extra.noteType ?? ('clinic' as const),
});

describe('HTML report: conservative care against the minimum', () => {
  it('bins by a third of the minimum: the minimum starts the first bin at or above it, twice the minimum the last', () => {
    const care = new CareDurations();
    for (const days of [1, 27, 28, 83, 84, 111, 167, 168, 400]) care.add(note(days));
    const d = care.distribution();
    assert.deepStrictEqual(
      d.bins.map((b) => [b.label, b.notes, b.below]),
      [
        ['none', 0, true],
        ['0–4', 2, true],
        ['4–8', 1, true],
        ['8–12', 1, true],
        ['12–16', 2, false],
        ['16–20', 0, false],
        ['20–24', 1, false],
        ['≥ 24', 2, false],
      ],
    );
    assert.strictEqual(d.notes, 9);
    assert.strictEqual(d.belowMinimum, 4);
    assert.strictEqual(d.minimumDays, 84);
  });

  it('counts no care only when surgery is discussed, and never an imaging report', () => {
    const care = new CareDurations();
    care.add(note(0));
    care.add(note(0, { surgeryDiscussed: true }));
    care.add(note(60, { noteType: 'imaging' }));
    const d = care.distribution();
    assert.strictEqual(d.notes, 1);
    assert.strictEqual(d.bins[0].notes, 1);
  });

  it('draws against the most common minimum, names the others, and counts each note against its own', () => {
    const care = new CareDurations();
    care.add(note(100, { minimum: 168 }));
    care.add(note(100));
    care.add(note(100));
    const d = care.distribution();
    assert.strictEqual(d.minimumDays, 84);
    assert.deepStrictEqual(d.otherMinimums, [168]);
    assert.strictEqual(d.belowMinimum, 1);
    assert.strictEqual(d.bins.find((b) => b.label === '12–16')!.notes, 3);
  });

  it('has no bins when no note counts', () => {
    assert.deepStrictEqual(new CareDurations().distribution().bins, []);
  });
});
