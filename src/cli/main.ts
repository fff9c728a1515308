import { Command, Option, CommanderError } from 'commander';
import type { FigureRecord } from '../types.js';
import { loadPatterns, PatternError } from '../patterns/load.js';
import { compileRules } from '../patterns/compile.js';
import { collectInputs } from '../read/collect.js';
import { readSource } from '../read/readSource.js';
import { extract } from '../pipeline.js';
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

Exit codes: 0 success, 2 usage or input error (other files are still processed).`;

const fail = (message: string): void => {
  process.stderr.write(`zone-extract: ${message}\n`);
  process.exitCode = EXIT_USAGE;
};

async function run(paths: string[], options: { format: Format; out?: string; patterns: string[] }): Promise<void> {
  const rules = compileRules(loadPatterns(options.patterns));
  const { files, problems } = collectInputs(paths);
  for (const p of problems) fail(`${p.file}: ${p.reason}`);
  const records: FigureRecord[] = [];
  for (const file of files) {
    try {
      records.push(...extract(readSource(file), rules));
    } catch (error) {
      fail(`${file === '-' ? '<stdin>' : file}: ${(error as Error).message}`);
    }
  }
  const output = render(records, options.format);
  if (options.out) writeWhole(options.out, output);
  else await writeStdout(output);
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
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) })
    .action(async (paths: string[], options: { format: Format; out?: string; patterns: string[] }) => {
      if (!paths.length) { program.outputHelp({ error: true }); fail('no input: name files, folders or - for standard input'); return; }
      await run(paths, options);
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
