// npm run test:vscode: the same expectations as the browser end-to-end tests, run inside a
// desktop VS Code by @vscode/test-electron. It downloads VS Code (VSCODE_TEST_VERSION, default
// 1.100.3) from Microsoft's update servers, so it runs only on machines that reach them; it is
// not part of `npm test` (the code-server tests in test/e2e are, and need no download).

import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runTests } from '@vscode/test-electron';
import { copyNotes, NOTE_CASES, repoRoot } from '../e2e/expectations';

async function main(): Promise<number> {
  const root = repoRoot();
  if (!fs.existsSync(path.join(root, 'dist', 'client.js'))) {
    console.error('dist/client.js is missing: run "npm run build" first');
    return 1;
  }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cnr-vscode-test-'));
  const workspace = copyNotes(NOTE_CASES.map((c) => c.file), path.join(tmp, 'notes'));
  try {
    await runTests({
      version: process.env.VSCODE_TEST_VERSION || '1.100.3',
      extensionDevelopmentPath: root,
      extensionTestsPath: path.join(__dirname, 'suite', 'index'),
      extensionTestsEnv: { CNR_VSCODE_WORKSPACE: workspace },
      launchArgs: [
        workspace,
        '--disable-extensions', // every other extension; the one under development still loads
        '--disable-workspace-trust',
        '--skip-welcome',
        '--skip-release-notes',
        `--user-data-dir=${path.join(tmp, 'user-data')}`,
      ],
    });
    return 0;
  } catch (e) {
    console.error(`VS Code tests failed: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().then((code) => { process.exitCode = code; });
