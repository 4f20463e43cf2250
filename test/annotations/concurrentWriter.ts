/**
 * A second process for the concurrency test: writes `count` annotations, one write each, into the
 * sidecar given, as an editor window would (its own copy in memory, merged on every write).
 * Usage: node concurrentWriter.js <sidecar file> <tag> <count>
 */
import { emptySidecar } from '../../server/src/annotations/model';
import { writeSidecar } from '../../server/src/annotations/sidecarStore';

async function main(): Promise<void> {
  const [file, tag, count] = process.argv.slice(2);
  let mine = emptySidecar('note.note');
  for (let i = 0; i < Number(count); i++) {
    mine.annotations.push({
      id: `${tag}-${i}`,
      reviewer: tag,
      time: new Date().toISOString(),
      verdict: 'agree',
      kind: 'listhesis',
      anchor: { start: i, end: i + 1, length: 1, spanHash: 'x', contextHash: 'y' },
    });
    mine = (await writeSidecar(file, mine)).sidecar;
  }
}

void main().catch((e) => {
  process.stderr.write(String(e));
  process.exit(1);
});
