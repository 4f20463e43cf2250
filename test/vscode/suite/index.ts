// Loaded by VS Code's extension host (extensionTestsPath): runs the *.spec.js files beside
// it with mocha. (They are not *.test.js, so the project's own mocha run leaves them alone.)

import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: true, timeout: 120000, reporter: 'spec' });
  for (const f of fs.readdirSync(__dirname)) {
    if (f.endsWith('.spec.js')) mocha.addFile(path.join(__dirname, f));
  }
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} VS Code test(s) failed`)) : resolve()));
  });
}
