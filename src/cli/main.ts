import { Command, Option, CommanderError } from 'commander';
import type { FigureRecord } from '../types.js';
import { loadPatterns, PatternError } from '../patterns/load.js';
import { compileRules } from '../patterns/compile.js';
import { collectInputs, describeProblem } from '../read/collect.js';
import { DEFAULT_MAX_BYTES, parseSize, readSource } from '../read/readSource.js';
import { analyse, type Extraction } from '../pipeline.js';
import { formats, render, type Format } from '../emit/formats.js';
import { parseFields } from '../emit/fields.js';
import { filterRecords } from '../emit/filter.js';
import { renderZones, summariseZones } from '../emit/zones.js';
import { writeStdout, writeWhole } from '../emit/write.js';
import { maskPersonalNumbers } from '../lib/personalNumbers.js';
import { paintFor, progress } from './terminal.js';
import { checkConsistency, ruleById, type CheckRule } from '../check/rules.js';
import { checkExpectations, loadExpectations } from '../check/expectations.js';
import { compareBaseline, loadBaseline } from '../check/baseline.js';
import { githubAnnotations, jsonReport, summary, terminalReport } from '../check/report.js';
import type { Finding } from '../check/finding.js';

const EXIT_OK = 0;
const EXIT_CHECK_FAILED = 1;
const EXIT_USAGE = 2;

const examples = `
Examples:
  zone-extract seeds/                          all bulletins under seeds/: a table on a terminal, JSON when piped
  zone-extract --format jsonl seeds/ > out.jsonl
  zone-extract --format csv --out figures.csv seeds/        CSV with a BOM, for Excel or WPS
  zone-extract --format xlsx --out figures.xlsx seeds/      a sheet per zone and a summary sheet
  zone-extract --zone 高平 --status target --fields zone,metric,value,unit,period -f table seeds/
  cat bulletin.txt | zone-extract --format jsonl -
  zone-extract zones seeds/                    the zones found, with article and figure counts

Inputs: .txt .md .html .htm in UTF-8 (BOM or not), UTF-16 or GB18030/GBK.
Exit codes: 0 success, 1 figures failed a check (zone-extract check), 2 usage or input error
(a bad file is named on stderr; the other files are still processed).`;

const fail = (message: string): void => {
  process.stderr.write(`zone-extract: ${maskPersonalNumbers(message)}\n`);
  process.exitCode = EXIT_USAGE;
};

const collect = (v: string, acc: string[]): string[] => [...acc, v];

interface ExtractOptions {
  format?: Format;
  out?: string;
  patterns: string[];
  fields?: string;
  bom?: boolean;
  zone: string[];
  metric: string[];
  status: string[];
  measure: string[];
  maxSize: number;
}

/** Every bulletin the paths name, analysed; a file that fails is named on stderr and skipped. */
function analyseAll(paths: string[], patternDirs: string[], maxBytes: number): Extraction[] {
  return analyseWith(compileRules(loadPatterns(patternDirs)), paths, maxBytes);
}

function analyseWith(rules: ReturnType<typeof compileRules>, paths: string[], maxBytes: number): Extraction[] {
  const { files, problems } = collectInputs(paths);
  for (const p of problems) fail(describeProblem(p));
  const out: Extraction[] = [];
  const report = progress(files.length);
  for (const file of files) {
    report.step(file);
    try {
      out.push(analyse(readSource(file, maxBytes), rules));
    } catch (error) {
      report.done();
      fail(`${file === '-' ? '<stdin>' : file}: ${(error as Error).message}`);
    }
  }
  report.done();
  return out;
}

async function emit(output: string | Buffer, out: string | undefined): Promise<void> {
  if (out) await writeWhole(out, output);
  else await writeStdout(output);
}

async function run(paths: string[], o: ExtractOptions): Promise<void> {
  const fields = o.fields ? parseFields(o.fields) : undefined;
  const format: Format = o.format ?? (process.stdout.isTTY && !o.out ? 'table' : 'json');
  if (format === 'xlsx' && !o.out && process.stdout.isTTY) throw new UsageError('xlsx is a binary format: give --out FILE.xlsx');
  const extractions = analyseAll(paths, o.patterns, o.maxSize);
  // nothing could be read: an existing output stays as it was
  if (!extractions.length && process.exitCode === EXIT_USAGE && o.out) return;
  const records: FigureRecord[] = filterRecords(extractions.flatMap((e) => e.records), o);
  const bom = o.bom ?? /\.(csv|tsv)$/i.test(o.out ?? '');
  const paint = paintFor(o.out ? {} : process.stdout);
  await emit(await render(records, format, { fields, bom, paint }), o.out);
}

class UsageError extends Error {}

interface CheckOptions {
  expect?: string;
  baseline?: string;
  failOn: string;
  format: 'text' | 'json';
  patterns: string[];
  maxSize: number;
}

const BASELINE_KINDS = ['added', 'removed', 'changed'] as const;

/** zone-extract check: the bulletins' own arithmetic, expectations and a baseline; exit 1 on an error. */
async function check(paths: string[], o: CheckOptions): Promise<void> {
  const failOn = o.failOn.split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = failOn.filter((k) => !(BASELINE_KINDS as readonly string[]).includes(k));
  if (unknown.length) throw new UsageError(`--fail-on: unknown ${unknown.join(', ')} (choose from ${BASELINE_KINDS.join(',')})`);
  const expectations = o.expect ? loadExpectations(o.expect) : null;
  const baseline = o.baseline ? loadBaseline(o.baseline) : null;
  const patterns = loadPatterns(o.patterns);
  const extractions = analyseWith(compileRules(patterns), paths, o.maxSize);
  const rules = patterns.checks.rules;
  const findings: Finding[] = checkConsistency(extractions, rules);
  if (expectations) findings.push(...checkExpectations(extractions, expectations, ruleById(rules, 'missing-metric'), ruleById(rules, 'missing-zone')));
  if (baseline) {
    const severity = (kind: (typeof BASELINE_KINDS)[number]): CheckRule => ({ ...ruleById(rules, `baseline-${kind}`), severity: failOn.includes(kind) ? 'error' : 'warning' });
    findings.push(...compareBaseline(extractions.flatMap((e) => e.records), baseline, { added: severity('added'), removed: severity('removed'), changed: severity('changed') }));
  }
  const report = o.format === 'json' ? jsonReport(findings) : terminalReport(findings, paintFor(process.stdout));
  const annotations = process.env.GITHUB_ACTIONS === 'true' ? githubAnnotations(findings) : '';
  await writeStdout(maskPersonalNumbers(annotations + report));
  if (summary(findings).errors && process.exitCode !== EXIT_USAGE) process.exitCode = EXIT_CHECK_FAILED;
}

const maxSizeOption = (): Option =>
  new Option('--max-size <size>', 'refuse bulletins larger than SIZE, e.g. 500k, 64MB').argParser(parseSize).default(DEFAULT_MAX_BYTES, '64MB');

export function buildProgram(): Command {
  const program = new Command()
    .name('zone-extract')
    .description('Extract structured figures (zone, metric, value, unit, measure, status, period) from development-zone bulletins.')
    .argument('[paths...]', 'bulletin files, folders (searched for .txt .md .html .htm) or - for standard input')
    .addOption(new Option('-f, --format <format>', 'output format (default: table on a terminal, else json)').choices(formats))
    .option('-o, --out <file>', 'write to FILE (whole or not at all) instead of standard output')
    .option('--fields <list>', 'columns for csv, tsv, table and xlsx, e.g. zone,metric,value,unit,period')
    .option('--bom', 'start csv/tsv with a UTF-8 BOM (default when --out ends in .csv or .tsv)')
    .option('--no-bom', 'never write a BOM')
    .option('--zone <name>', 'only figures of zones whose name contains NAME (repeatable)', collect, [] as string[])
    .option('--metric <name>', 'only figures whose metric contains NAME (repeatable)', collect, [] as string[])
    .addOption(new Option('--status <status>', 'only actual or target figures (repeatable)').choices(['actual', 'target']).argParser(collect).default([]))
    .addOption(new Option('--measure <measure>', 'only figures of this measure (repeatable)').choices(['level', 'growth', 'share', 'diff']).argParser(collect).default([]))
    .option('-p, --patterns <dir>', 'a folder of extra rule files, merged over patterns/ (repeatable)', collect, [] as string[])
    .addOption(maxSizeOption())
    .addHelpText('after', examples)
    .enablePositionalOptions()
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) })
    .action(async (paths: string[], options: ExtractOptions) => {
      if (!paths.length) { program.outputHelp({ error: true }); fail('no input: name files, folders or - for standard input'); return; }
      await run(paths, options);
    });
  program.command('zones')
    .description('list the zones found, with their article and figure counts')
    .argument('<paths...>', 'bulletin files, folders or -')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option('-o, --out <file>', 'write to FILE instead of standard output')
    .option('-p, --patterns <dir>', 'a folder of extra rule files (repeatable)', collect, [] as string[])
    .addOption(maxSizeOption())
    .exitOverride()
    .action(async (paths: string[], options: { format: 'text' | 'json'; out?: string; patterns: string[]; maxSize: number }) => {
      await emit(renderZones(summariseZones(analyseAll(paths, options.patterns, options.maxSize)), options.format), options.out);
    });
  program.command('check')
    .description('check bulletins for figures that contradict each other, expectations or a baseline (exit 1 when one fails)')
    .argument('<paths...>', 'bulletin files, folders or -')
    .option('--expect <file>', 'a YAML file of metrics every zone article must report and zones the issue must cover')
    .option('--baseline <file>', 'an earlier --format jsonl output to compare with')
    .option('--fail-on <kinds>', 'baseline differences that fail: added,removed,changed', 'changed,removed')
    .addOption(new Option('-f, --format <format>', 'report format').choices(['text', 'json']).default('text'))
    .option('-p, --patterns <dir>', 'a folder of extra rule files (repeatable)', collect, [] as string[])
    .addOption(maxSizeOption())
    .addHelpText('after', `
Rules live in patterns/checks.yaml. With GITHUB_ACTIONS=true each finding is also printed as an
::error / ::warning annotation. Exit codes: 0 clean, 1 a check failed, 2 usage or input error.

An expectations file:
  metrics: [工业投资, 规模以上工业增加值]   # every zone article reports these
  zones: [高平经济技术开发区]               # the issue covers these`)
    .exitOverride()
    .action(async (paths: string[], options: CheckOptions) => { await check(paths, options); });
  return program;
}

export async function main(argv: string[]): Promise<void> {
  try {
    await buildProgram().parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) process.exitCode = error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    else if (error instanceof PatternError || error instanceof UsageError) fail(error.message);
    else fail((error as Error).message);
  }
}
