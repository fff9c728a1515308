// The CLI bundled by esbuild into dist/bundle: its entry, the worker thread's entry, and the chunks
// that subcommands and formats load on demand. A start-up then reads a few files instead of ~70
// modules (~40 ms less). The library (dist/index.js, with its types) stays tsc's output.
// dist/bundle sits as deep as dist/cli, so paths found from import.meta.url stay the same.
import { readFileSync, rmSync } from 'node:fs';
import { build } from 'esbuild';

// commander goes into the bundle: every start reads it, and loaded as a package (its ESM wrapper
// over seven CommonJS files) it costs ~14 ms of a ~300 ms cold start. The other packages are
// loaded only by the runs that need them, from node_modules.
const { dependencies } = JSON.parse(readFileSync('package.json', 'utf8'));
const external = Object.keys(dependencies).filter((name) => name !== 'commander');

// commander requires node:child_process when loaded (and net and dgram with it) only to spawn
// executable subcommands, which this CLI has none of: it gets a spawn that loads the module if
// ever called.
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(b) {
    b.onResolve({ filter: /^node:child_process$/ }, ({ importer }) =>
      (importer.includes('commander') ? { path: 'child_process', namespace: 'lazy' } : { path: 'node:child_process', external: true }));
    b.onLoad({ filter: /.*/, namespace: 'lazy' }, () => ({
      contents: "module.exports = { spawn: (...args) => require('node:child_process').spawn(...args) };",
      loader: 'js',
    }));
  },
};

rmSync('dist/bundle', { recursive: true, force: true }); // no chunk of an earlier build left beside the new ones

await build({
  entryPoints: ['src/cli/main.ts', 'src/cli/bulletinWorker.ts'],
  outdir: 'dist/bundle',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external,
  plugins: [lazyChildProcess],
  // commander's CommonJS requires node's modules: in an ES module they need a require of their own
  banner: { js: "import { createRequire as bundleCreateRequire } from 'node:module';\nconst require = bundleCreateRequire(import.meta.url);" },
  sourcemap: true,
  logLevel: 'warning',
});
