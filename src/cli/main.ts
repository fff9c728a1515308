import { Command, Option, CommanderError } from 'commander';
import type { FigureRecord } from '../types.js';
import { loadPatterns, PatternError } from '../patterns/load.js';
import { compileRules } from '../patterns/compile.js';
import { collectInputs } from '../read/collect.js';
import { readSource } from '../read/readSource.js';
import { analyse, type Extraction } from '../pipeline.js';
import { renderZones, summariseZones } from '../emit/zones.js';
import { formats, render, type Format } from '../emit/formats.js';
import { writeStdout, writeWhole } from '../emit/write.js';

export const EXIT_OK = 0;
export const EXIT_USAGE = 2;

const examples = `
Examples:
  zone-extract seeds/                          all bulletins under seeds/, as JSON grouped by zone
  zone-extract --format jsonl seeds/ > out.jsonl
  zone-extract --format csv --out figures.csv a.txt b.md
  cat bulletin.txt | zone-extract --format jsonl -
  zone-extract --patterns my-rules/ seeds/     add your own rules to patterns/
  zone-extract zones seeds/                    the zones found, with article and figure counts

Exit codes: 0 success, 2 usage or input error (other files are still processed).`;

const fail = (message: string): void => {
  process.stderr.write(`zone-extract: ${message}\n`);
  process.exitCode = EXIT_USAGE;
};

/** Every bulletin the paths name, analysed; a file that fails is named on stderr and skipped. */
function analyseAll(paths: string[], patternDirs: string[]): Extraction[] {
  const rules = compileRules(loadPatterns(patternDirs));
  const { files, problems } = collectInputs(paths);
  for (const p of problems) fail(`${p.file}: ${p.reason}`);
  const out: Extraction[] = [];
  for (const file of files) {
    try {
      out.push(analyse(readSource(file), rules));
    } catch (error) {
      fail(`${file === '-' ? '<stdin>' : file}: ${(error as Error).message}`);
    }
  }
  return out;
}

async function emit(output: string, out: string | undefined): Promise<void> {
  if (out) writeWhole(out, output);
  else await writeStdout(output);
}

async function run(paths: string[], options: { format: Format; out?: string; patterns: string[] }): Promise<void> {
  const records: FigureRecord[] = analyseAll(paths, options.patterns).flatMap((e) => e.records);
  await emit(render(records, options.format), options.out);
}

export async function main(argv: string[]): Promise<void> {
  const program = new Command()
    .name('zone-extract')
    .description('Extract structured figures (zone, metric, value, unit, measure, status, period) from development-zone bulletins.')
    .argument('[paths...]', 'bulletin files, folders (searched for .txt .md .html .htm) or - for standard input')
    .addOption(new Option('-f, --format <format>', 'output format').choices(formats).default('json'))
    .option('-o, --out <file>', 'write to FILE (whole or not at all) instead of standard output')
    .option('-p, --patterns <dir>', 'a folder of extra rule files, merged over patterns/ (repeatable)', (v: string, acc: string[]) => [...acc, v], [] as string[])
    .addHelpText('after', examples)
    .enablePositionalOptions()
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) })
    .action(async (paths: string[], options: { format: Format; out?: string; patterns: string[] }) => {
      if (!paths.length) { program.outputHelp({ error: true }); fail('no input: name files, folders or - for standard input'); return; }
      await run(paths, options);
    });
  program.command('zones')
    .description('list the zones found, with their article and figure counts')
    .argument('<paths...>', 'bulletin files, folders or -')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option('-o, --out <file>', 'write to FILE instead of standard output')
    .option('-p, --patterns <dir>', 'a folder of extra rule files (repeatable)', (v: string, acc: string[]) => [...acc, v], [] as string[])
    .exitOverride()
    .action(async (paths: string[], options: { format: 'text' | 'json'; out?: string; patterns: string[] }) => {
      await emit(renderZones(summariseZones(analyseAll(paths, options.patterns)), options.format), options.out);
    });
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      process.exitCode = error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    } else if (error instanceof PatternError) {
      fail(error.message);
    } else {
      fail((error as Error).message);
    }
  }
}
