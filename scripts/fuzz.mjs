// npm run fuzz [runs] [seed]: the fuzz test of the whole pipeline with 100,000 generated bulletins (the normal suite runs 2,000).
import { spawnSync } from 'node:child_process';

const [runs = '100000', seed] = process.argv.slice(2);
const env = { ...process.env, FUZZ_RUNS: runs, ...(seed ? { FUZZ_SEED: seed } : {}) };
const vitest = spawnSync('npx', ['vitest', 'run', 'test/fuzz.test.ts'], { stdio: 'inherit', env });
process.exit(vitest.status ?? 1);
