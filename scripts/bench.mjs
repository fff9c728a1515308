// Times the whole job on seeds/ (start-up included) over a few runs: node scripts/bench.mjs [runs]
import { spawnSync } from 'node:child_process';
const runs = Number(process.argv[2] ?? 5);
const times = [];
for (let i = 0; i < runs; i++) {
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['bin/zone-extract.js', '--format', 'jsonl', 'seeds/'], { encoding: 'utf8' });
  if (r.status !== 0) { console.error(r.stderr); process.exit(1); }
  times.push(Number(process.hrtime.bigint() - t) / 1e6);
}
times.sort((a, b) => a - b);
console.log(`zone-extract seeds/: median ${times[runs >> 1].toFixed(0)} ms, best ${times[0].toFixed(0)} ms over ${runs} runs`);
