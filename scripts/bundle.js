// Bundles the extension with esbuild: dist/client.js (VS Code extension host) and dist/server.js
// (language server, self-contained: the engine and its dependencies are inlined), and the CLI:
// dist/cli.js with its audit worker thread dist/reviewWorker.js beside it (bin/clinical-review.js
// runs them when out/ is absent, so bin/ + dist/ is a CLI that needs nothing but Node 20).
//   node scripts/bundle.js            minified, no source maps (what the .vsix ships)
//   node scripts/bundle.js --dev      readable, with source maps
//   node scripts/bundle.js --watch    --dev, rebuilding on change
const esbuild = require('esbuild');
const path = require('path');

const root = path.resolve(__dirname, '..');
const watch = process.argv.includes('--watch');
const dev = watch || process.argv.includes('--dev');

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  external: ['vscode'],
  minify: !dev,
  sourcemap: dev,
  legalComments: 'none',
  logLevel: 'warning',
  absWorkingDir: root,
  // vscode-languageclient/server ship "module" builds that reference browser globals; use main.
  mainFields: ['main', 'module'],
};

const builds = [
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js' },
  { ...common, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' },
  { ...common, entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js' },
  { ...common, entryPoints: ['server/src/cli/audit/reviewWorker.ts'], outfile: 'dist/reviewWorker.js' },
];

async function main() {
  if (watch) {
    for (const b of builds) (await esbuild.context(b)).watch();
    console.log('bundle: watching client/src and server/src');
    return;
  }
  const started = Date.now();
  const results = await Promise.all(builds.map((b) => esbuild.build({ ...b, metafile: true })));
  const sizes = results.map((r, i) => {
    const out = Object.entries(r.metafile.outputs).find(([f]) => f.endsWith('.js'));
    return `${builds[i].outfile} ${(out[1].bytes / 1024).toFixed(0)} KB`;
  });
  console.log(`bundle: ${sizes.join(', ')} (${dev ? 'dev' : 'minified'}, ${Date.now() - started} ms)`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
