import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';

const SERVER_SRC = path.join(__dirname, '..', '..', '..', 'server', 'src');
const IMPORT = /\bfrom\s+'([^']+)'|\brequire\('([^']+)'\)/g;

/** The CLI, the language server and the workspace reach the engine through engine/index.ts only. */
describe('one public engine entry', () => {
  for (const folder of ['cli', 'lsp', 'workspace']) {
    it(`${folder}/ imports nothing under engine/ but its index`, () => {
      const deep: string[] = [];
      for (const file of fs.readdirSync(path.join(SERVER_SRC, folder)).filter((f) => f.endsWith('.ts'))) {
        const text = fs.readFileSync(path.join(SERVER_SRC, folder, file), 'utf8');
        for (const m of text.matchAll(IMPORT)) {
          const target = path.resolve(SERVER_SRC, folder, m[1] ?? m[2]);
          if (target.startsWith(path.join(SERVER_SRC, 'engine') + path.sep)) deep.push(`${folder}/${file}: ${m[1] ?? m[2]}`);
        }
      }
      assert.deepStrictEqual(deep, []);
    });
  }
});
