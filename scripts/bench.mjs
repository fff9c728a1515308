// Throughput, memory and start-up of the whole job, measured side by side in one run on corpora
// made of the seeds (in a temporary folder, removed at the end). `npm run build` first.
//   node scripts/bench.mjs [MB of the large memory run, default 100]
// Every figure is the best of a few runs of a child process (start-up included), the runs a ratio
// compares taken in turns; peak RSS is the
// child's own (worker threads included), read from process.resourceUsage() when it exits.
import { spawnSync } from 'node:child_process';
import { availableParallelism, tmpdir } from 'node:os';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const largeMB = Number(process.argv[2] ?? 100);
const MB = 1 << 20;
const seeds = readdirSync('seeds').sort().map((f) => readFileSync(join('seeds', f), 'utf8'));
const work = mkdtempSync(join(tmpdir(), 'zone-extract-bench-'));
/** TMPDIR of every run measured: it must be empty at the end */
const childTemp = join(work, 'tmp');
mkdirSync(childTemp);

/** A folder of copies of the seeds, `mb` megabytes in all. */
function manyFiles(name, mb) {
  const dir = join(work, name);
  mkdirSync(dir);
  let bytes = 0;
  for (let i = 0; bytes < mb * MB; i++) {
    const text = seeds[i % seeds.length];
    writeFileSync(join(dir, `${String(i).padStart(6, '0')}.txt`), text);
    bytes += Buffer.byteLength(text);
  }
  return dir;
}

/** One bulletin of `mb` megabytes: the seeds over and over. */
function oneFile(name, mb) {
  const all = seeds.join('\n');
  const path = join(work, name);
  writeFileSync(path, Array(Math.ceil((mb * MB) / Buffer.byteLength(all))).fill(all).join('\n'));
  return path;
}

const sizeOf = (path) => (statSync(path).isDirectory() ? readdirSync(path).reduce((n, f) => n + statSync(join(path, f)).size, 0) : statSync(path).size);

const peakRss = `data:text/javascript,process.on('exit',()=>{const u=process.resourceUsage();process.stderr.write('\\npeak-rss '+u.maxRSS+' cpu '+(u.userCPUTime+u.systemCPUTime)+'\\n')})`;

/** One run of a node child: wall time (ms), CPU time of all its threads (ms), peak RSS (MB). */
function runOnce(args) {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--import', peakRss, ...args], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', env: { ...process.env, TMPDIR: childTemp } });
  const wall = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(`node ${args.join(' ')}: exit ${r.status}\n${r.stderr}`);
  const [, peak, used] = /peak-rss (\d+) cpu (\d+)/.exec(r.stderr) ?? [];
  return { ms: wall, cpu: Number(used ?? 0) / 1000, rss: Number(peak ?? 0) / 1024 };
}

/**
 * Node children run in turns, `runs` rounds of one run each: the best wall time of each (with
 * that run's CPU time) and its largest peak RSS. Taking turns, the runs a ratio compares meet the
 * machine at the same speed: it drifts by 10–15% within an hour, and more within a minute when
 * anything else runs.
 */
function measureInTurns(commands, runs = 3) {
  const best = Object.fromEntries(Object.keys(commands).map((name) => [name, { ms: Infinity, cpu: 0, rss: 0 }]));
  for (let i = 0; i < runs; i++) {
    for (const [name, args] of Object.entries(commands)) {
      const run = runOnce(args);
      const b = best[name];
      if (run.ms < b.ms) [b.ms, b.cpu] = [run.ms, run.cpu];
      b.rss = Math.max(b.rss, run.rss);
    }
  }
  return best;
}

/** CPU time over wall time: how many cores a run kept busy. */
const busy = (run) => `CPU ${(run.cpu / 1000).toFixed(1)} s, ${(run.cpu / run.ms).toFixed(2)} cores busy`;

const extract = (path, jobs) => ['bin/zone-extract.js', '--format', 'jsonl', '--jobs', String(jobs), path];

/** The yardstick: read the same input and find every number with a unit of patterns/ in one regex pass. */
const regexPass = `
const { readFileSync, readdirSync, statSync } = require('node:fs');
const { join } = require('node:path');
const rules = JSON.parse(readFileSync('dist/rules.json', 'utf8')).units;
const forms = rules.units.flatMap((u) => u.forms).sort((a, b) => b.length - a.length).map((f) => f.replace(/[.*+?^$()|[\\]\\\\{}]/g, '\\\\$&'));
const figure = new RegExp('\\\\d+(?:\\\\.\\\\d+)?(?:' + Object.keys(rules.multipliers).join('|') + ')?(?:' + forms.join('|') + ')', 'g');
const path = process.argv[1];
const files = statSync(path).isDirectory() ? readdirSync(path).sort().map((f) => join(path, f)) : [path];
let found = 0;
for (const file of files) found += (readFileSync(file, 'utf8').match(figure) ?? []).length;
process.stdout.write(found + '\\n');`;
const regex = (path) => ['-e', regexPass, path];

/** Normalisation's share of the analysis (script detection included), in process. */
async function normalisationShare(path) {
  const { loadPatterns } = await import('../dist/patterns/load.js');
  const { compileRules } = await import('../dist/patterns/compile.js');
  const { normalise } = await import('../dist/normalise/normalise.js');
  const { isTraditional } = await import('../dist/normalise/script.js');
  const { analyse } = await import('../dist/pipeline.js');
  const rules = compileRules(loadPatterns());
  const source = { file: path, text: readFileSync(path, 'utf8') };
  const best = (f) => Math.min(...[1, 2, 3].map(() => { const t = performance.now(); f(); return performance.now() - t; }));
  const whole = best(() => analyse(source, rules));
  const norm = best(() => normalise(source, rules.chrome));
  const detect = best(() => isTraditional(source.text));
  return `${norm.toFixed(0)} ms of ${whole.toFixed(0)} ms (${(100 * norm / whole).toFixed(1)}%), script detection ${detect.toFixed(0)} ms`;
}

const row = (what, value) => console.log(`| ${what} | ${value} |`);
try {
  const cores = availableParallelism();
  const many = manyFiles('many-10', 10);
  const single = oneFile('one-10.txt', 10);
  const mbOf = (path) => sizeOf(path) / MB;
  console.log(`zone-extract bench: ${cores} cores, node ${process.version}; corpora made of the seeds (jsonl to /dev/null)\n`);
  console.log('| what | figure |\n|---|---|');

  const { regex: manyRegex, one: manyOne, two: manyTwo } = measureInTurns({ regex: regex(many), one: extract(many, 1), two: extract(many, 2) });
  const mbMany = mbOf(many);
  row(`10 MB as ${readdirSync(many).length} files, --jobs 1`, `${(mbMany / (manyOne.ms / 1000)).toFixed(2)} MB/s, ${(manyOne.ms / manyRegex.ms).toFixed(1)}× a bare number+unit regex pass (${manyRegex.ms.toFixed(0)} ms); ${busy(manyOne)}`);
  row('10 MB as many files, --jobs 2', `${(mbMany / (manyTwo.ms / 1000)).toFixed(2)} MB/s, ${(manyOne.ms / manyTwo.ms).toFixed(2)}× faster than --jobs 1; ${busy(manyTwo)}`);

  const { regex: singleRegex, one: singleOne } = measureInTurns({ regex: regex(single), one: extract(single, 1) });
  row('10 MB as one file', `${(mbOf(single) / (singleOne.ms / 1000)).toFixed(2)} MB/s, ${(singleOne.ms / singleRegex.ms).toFixed(1)}× a bare number+unit regex pass`);

  row('peak RSS, 10 MB as many files, --jobs 1 / --jobs 2', `${manyOne.rss.toFixed(0)} MB / ${manyTwo.rss.toFixed(0)} MB`);
  const large = manyFiles('many-large', largeMB);
  const { one: largeOne, two: largeTwo } = measureInTurns({ one: extract(large, 1), two: extract(large, 2) }, 1);
  row(`peak RSS, ${largeMB} MB as many files, --jobs 1`, `${largeOne.rss.toFixed(0)} MB (${(mbOf(large) / (largeOne.ms / 1000)).toFixed(2)} MB/s; ${busy(largeOne)})`);
  row(`${largeMB} MB as many files, --jobs 2`, `${(largeOne.ms / largeTwo.ms).toFixed(2)}× faster than --jobs 1; ${busy(largeTwo)}; peak RSS ${largeTwo.rss.toFixed(0)} MB`);

  const { node, cold } = measureInTurns({ node: ['-e', '0'], cold: extract('seeds/000_549349246a393ad8.txt', 1) }, 7);
  row('cold start, one 9 KB bulletin', `${cold.ms.toFixed(0)} ms, ${(cold.ms / node.ms).toFixed(1)}× \`node -e 0\` (${node.ms.toFixed(0)} ms)`);
  row('normalisation, 3 MB of simplified text', await normalisationShare(oneFile('one-3.txt', 3)));
  const left = readdirSync(childTemp);
  row('entries the runs left in their temporary directory', left.length ? left.join(', ') : 'none');
} finally {
  rmSync(work, { recursive: true, force: true });
}
