#!/usr/bin/env node
import { existsSync } from 'node:fs';

const entry = new URL('../dist/bundle/main.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write('zone-extract: not built yet: run `npm run build` (npm ci does it)\n');
  process.exitCode = 2;
} else {
  const { main } = await import(entry.href);
  await main(process.argv);
}
