import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { finishPartedReview, reviewNote, reviewNotePart, startPartedReview, Review, ReviewSettings } from '../../server/src/engine';
import { recombinedNotes } from '../support/recombinedNotes';

const ROOT = path.join(__dirname, '..', '..', '..');
const notesIn = (dir: string) => fs.readdirSync(dir).filter((n) => /\.(note|rad|txt)$/.test(n)).map((n) => fs.readFileSync(path.join(dir, n), 'utf8'));

/** What a user sees of a review: findings, case, diagnostics, summary and warnings. */
const seen = (r: Review) => JSON.stringify({ findings: r.findings, case: r.case, diagnostics: r.diagnostics, summary: r.summary, warnings: r.warnings });

/** A parted review as the server runs it: other parts copied across threads (structured clone). */
function parted(text: string, settings: ReviewSettings, parts: number): Review {
  const started = startPartedReview(text, settings, parts);
  const others = Array.from({ length: parts - 1 }, (_, k) => structuredClone(reviewNotePart(text, settings, k + 1, parts)));
  return finishPartedReview(started, others);
}

describe('a note reviewed in parts (huge notes, on several threads)', () => {
  const notes = [...notesIn(path.join(ROOT, 'test', 'fixtures', 'notes')), ...notesIn(path.join(ROOT, 'samples'))];

  it('gives the review one pass gives, for every fixture and sample note, in 2 and 3 parts', () => {
    assert.ok(notes.length > 100);
    for (const text of notes) {
      const whole = seen(reviewNote(text));
      for (const parts of [2, 3]) assert.strictEqual(seen(parted(text, {}, parts)), whole);
    }
  });

  it('gives the same review for a long note of many notes, with settings', () => {
    const text = recombinedNotes(300).join('\n\n');
    const settings: ReviewSettings = { dateOfService: '2026-06-01', conservativeCareMinimumMonths: 6 };
    assert.ok(text.length > 400_000);
    assert.strictEqual(seen(parted(text, settings, 2)), seen(reviewNote(text, settings)));
  });

  it('reads a part that failed elsewhere itself, and an empty note gives the empty review', () => {
    const text = notes[0];
    assert.strictEqual(seen(finishPartedReview(startPartedReview(text, {}, 2), [undefined])), seen(reviewNote(text)));
    assert.strictEqual(seen(parted('', {}, 2)), seen(reviewNote('')));
  });
});
