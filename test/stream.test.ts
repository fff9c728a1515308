import { describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { groupByZone } from '../src/emit/group.js';
import { BYTES_PER_WORKER, defaultJobs } from '../src/cli/workers.js';

const cli = (args: string[], env: NodeJS.ProcessEnv = {}) => {
  const r = spawnSync(process.execPath, ['bin/zone-extract.js', ...args], { encoding: 'utf8', env: { ...process.env, ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};
const tempDir = (): string => mkdtempSync(join(tmpdir(), 'zx-stream-'));
const bulletin = '湖州莫干山高新区规上工业增加值同比增长8.5%,工业投资完成12.4亿元,力争全年增长10%。';

describe('--jobs', () => {
  it.each(['jsonl', 'csv', 'json'])('writes %s byte for byte as --jobs 1 does, in input order', (format) => {
    const one = cli(['--format', format, '--jobs', '1', 'seeds/']);
    const two = cli(['--format', format, '--jobs', '2', 'seeds/']);
    expect(one.code).toBe(0);
    expect(two.stderr).toBe('');
    expect(two.stdout).toBe(one.stdout);
    expect(one.stdout.split('\n').length).toBeGreaterThan(20);
  });
  it('by default, uses a thread per core only for an input large enough to gain from more than one', () => {
    expect(defaultJobs(5, 80_000, 2)).toBe(1);
    expect(defaultJobs(700, 2 * BYTES_PER_WORKER - 1, 2)).toBe(1);
    expect(defaultJobs(700, 2 * BYTES_PER_WORKER, 2)).toBe(2);
    expect(defaultJobs(700, 100 * BYTES_PER_WORKER, 2)).toBe(2);
    expect(defaultJobs(3, 100 * BYTES_PER_WORKER, 8)).toBe(3);
    expect(defaultJobs(1, 100 * BYTES_PER_WORKER, 8)).toBe(1);
  });
  it('refuses a number of jobs below 1', () => {
    expect(cli(['--jobs', '0', 'seeds/']).code).toBe(2);
  });
  it('ends quietly when the reader closes the pipe while workers are busy (| head)', async () => {
    for (let run = 0; run < 10; run++) {
      const child = spawn(process.execPath, ['bin/zone-extract.js', '--format', 'csv', '--jobs', '2', 'seeds/']);
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => { stderr += chunk; });
      child.stdout.once('data', () => child.stdout.destroy());
      const code = await new Promise((resolve) => child.on('close', resolve));
      expect(stderr).toBe('');
      expect(code).toBe(0);
    }
  }, 60000);
});

describe('streamed output', () => {
  it('json is the jsonl records grouped per zone, as one document', () => {
    const records = cli(['--format', 'jsonl', 'seeds/']).stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(cli(['--format', 'json', 'seeds/']).stdout).toBe(JSON.stringify(groupByZone(records), null, 2) + '\n');
    expect(cli(['--format', 'json', '--zone', 'no such zone', 'seeds/']).stdout).toBe('[]\n');
  });

  it.each(['1', '2'])('with --jobs %s, writes the first bulletin\'s records before a later input can even be read', async (jobs) => {
    const dir = tempDir();
    const first = join(dir, 'a.txt');
    writeFileSync(first, bulletin);
    // the second input is standard input, written only once the first record is out
    const child = spawn(process.execPath, ['bin/zone-extract.js', '--format', 'jsonl', '--jobs', jobs, first, '-']);
    const closed = new Promise((resolve) => child.on('close', resolve));
    let stdout = '';
    const streamed = await new Promise<boolean>((resolve) => {
      child.stdout.on('data', (chunk: Buffer) => { stdout += chunk; if (stdout.includes('\n')) resolve(true); });
      setTimeout(() => resolve(false), 15000);
    });
    child.stdin.end(bulletin.replace('湖州莫干山高新区', '平定经开区'));
    const code = await closed;
    expect(streamed).toBe(true);
    expect(code).toBe(0);
    const files = stdout.trim().split('\n').map((l) => JSON.parse(l).file);
    expect(files[0]).toBe(first);
    expect(files.at(-1)).toBe('-');
  }, 30000);

  it('--out: the file whole, nothing beside it', () => {
    const dir = tempDir();
    const out = join(dir, 'figures.jsonl');
    expect(cli(['--out', out, 'seeds/']).code).toBe(0);
    expect(readdirSync(dir)).toEqual(['figures.jsonl']);
    expect(readFileSync(out, 'utf8')).toBe(cli(['--format', 'jsonl', 'seeds/']).stdout);
  });

  it('--out FILE.xlsx: streamed into a temporary sibling and renamed, the same bytes as on a pipe, whenever written', () => {
    const dir = tempDir();
    const out = join(dir, 'figures.xlsx');
    expect(cli(['--out', out, '--jobs', '2', 'seeds/']).code).toBe(0);
    expect(readdirSync(dir)).toEqual(['figures.xlsx']);
    const piped = spawnSync(process.execPath, ['bin/zone-extract.js', '-f', 'xlsx', 'seeds/'], { env: { ...process.env, TZ: 'Pacific/Kiritimati' } });
    expect(piped.stdout.equals(readFileSync(out))).toBe(true);
  });

  it('--out: an interrupted run leaves neither the file nor its temporary sibling', async () => {
    const dir = tempDir();
    const first = join(dir, 'a.txt');
    writeFileSync(first, bulletin);
    // standard input, the second input, is never written: the run is interrupted while it waits for it
    const child = spawn(process.execPath, ['bin/zone-extract.js', '--jobs', '2', '--out', join(dir, 'f.jsonl'), first, '-']);
    const closed = new Promise((resolve) => child.on('close', (_code, signal) => resolve(signal)));
    // interrupted once the first bulletin's records are in the temporary file
    const started = Date.now();
    const partial = (): string | undefined => readdirSync(dir).find((f) => f.endsWith('.tmp'));
    while (!(partial() && statSync(join(dir, partial()!)).size > 0) && Date.now() - started < 15000) await new Promise((r) => setTimeout(r, 50));
    expect(partial()).toBeDefined();
    child.kill('SIGTERM');
    expect(await closed).toBe('SIGTERM');
    expect(readdirSync(dir).sort()).toEqual(['a.txt']);
  }, 30000);

  it('leaves nothing in the temp directory, with the built-in rules or with --patterns', () => {
    const tmp = tempDir();
    const extraTerms = tempDir();
    writeFileSync(join(extraTerms, 'metrics.yaml'), 'terms: [园区新造指标]\n');
    expect(cli(['--format', 'jsonl', '--jobs', '2', 'seeds/'], { TMPDIR: tmp }).code).toBe(0);
    expect(cli(['--format', 'jsonl', '--patterns', extraTerms, 'seeds/'], { TMPDIR: tmp }).code).toBe(0);
    expect(readdirSync(tmp)).toEqual([]);
  });
});
