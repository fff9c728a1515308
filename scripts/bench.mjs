// Times the whole job (start-up included): on seeds/, and on a 3 MB bulletin made of the seeds
// forty times over, so that anything worse than linear shows. node scripts/bench.mjs [runs]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const runs = Number(process.argv[2] ?? 5);
const seeds = readdirSync('seeds').sort().map((f) => readFileSync(join('seeds', f), 'utf8')).join('\n');
const big = join(mkdtempSync(join(tmpdir(), 'zone-extract-bench-')), 'big.txt');
writeFileSync(big, Array(40).fill(seeds).join('\n'));

function time(label, path, times) {
  const ms = [];
  let figures = 0;
  for (let i = 0; i < times; i++) {
    const t = process.hrtime.bigint();
    const r = spawnSync(process.execPath, ['bin/zone-extract.js', '--format', 'jsonl', path], { encoding: 'utf8', maxBuffer: 1 << 30 });
    if (r.status !== 0) { console.error(r.stderr); process.exit(1); }
    ms.push(Number(process.hrtime.bigint() - t) / 1e6);
    figures = r.stdout.split('\n').filter(Boolean).length;
  }
  ms.sort((a, b) => a - b);
  console.log(`${label}: median ${ms[times >> 1].toFixed(0)} ms, best ${ms[0].toFixed(0)} ms over ${times} runs, ${figures} figures`);
}

time('seeds/ (5 bulletins, 77 KB)', 'seeds/', runs);
time('seeds x 40 (3 MB)', big, Math.max(1, Math.min(runs, 3)));

// normalisation's share of the analysis (script detection included), in process, on the 3 MB simplified text
const { loadPatterns } = await import('../dist/patterns/load.js');
const { compileRules } = await import('../dist/patterns/compile.js');
const { normalise } = await import('../dist/normalise/normalise.js');
const { isTraditional } = await import('../dist/normalise/script.js');
const { analyse } = await import('../dist/pipeline.js');
const rules = compileRules(loadPatterns());
const source = { file: big, text: readFileSync(big, 'utf8') };
const best = (f) => Math.min(...[1, 2, 3].map(() => { const t = performance.now(); f(); return performance.now() - t; }));
const whole = best(() => analyse(source, rules));
const norm = best(() => normalise(source, rules.chrome));
const detect = best(() => isTraditional(source.text));
console.log(`normalisation: ${norm.toFixed(0)} ms of ${whole.toFixed(0)} ms (${(100 * norm / whole).toFixed(1)}%), script detection ${detect.toFixed(0)} ms`);
