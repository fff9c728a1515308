import { describe, it } from 'vitest';
import { fuzzPipeline } from './fuzzing.js';
import { rules } from './helpers.js';

// npm run fuzz sets FUZZ_RUNS (100,000) and may set FUZZ_SEED to replay a failure
const runs = Number(process.env.FUZZ_RUNS ?? 2000);
const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;

describe('fuzz: the whole pipeline and every renderer', () => {
  it(`never crashes, keeps offsets, prints finite values and no identity or phone digits (${runs} bulletins)`, async () => {
    await fuzzPipeline(rules(), runs, seed);
  }, 60_000 + runs * 30);
});
