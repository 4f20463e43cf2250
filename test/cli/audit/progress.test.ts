import * as assert from 'assert';
import { Writable } from 'stream';
import { Progress } from '../../../server/src/cli/audit/progress';

function sink(): { stream: Writable; text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  return { stream, text: () => chunks.join('') };
}

describe('audit progress bar', () => {
  it('draws counts (never a note) on a terminal and clears its line at the end', () => {
    const s = sink();
    const p = new Progress(s.stream, true, 4);
    p.tick();
    p.finish();
    assert.match(s.text(), /^\r\u001b\[Kaudit \[#{8}-{22}\] 1\/4 notes, \d+\/s\r\u001b\[K$/);
  });

  it('writes nothing when disabled (piped or --quiet)', () => {
    const s = sink();
    const p = new Progress(s.stream, false, 4);
    for (let i = 0; i < 4; i++) p.tick();
    p.finish();
    assert.strictEqual(s.text(), '');
  });
});
