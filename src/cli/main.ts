import { readFileSync } from 'node:fs';
import { Command, Option, CommanderError } from 'commander';
import { patternsFor } from '../patterns/builtin.js';
import { compileRules } from '../patterns/compile.js';
import { renderZones, summariseZones } from '../emit/zones.js';
import { addExtractOptions, runExtract, type ExtractOptions } from './extract.js';
import { checkCommand } from './check.js';
import { analyseReporting, emit, nothingRead, subcommand } from './common.js';
import { collect, EXIT_OK, EXIT_USAGE, fail, maxSizeOption } from './options.js';
import { INLINING_BUDGET, setV8Flags } from './v8Flags.js';

const examples = `
Examples:
  zone-extract seeds/                          all bulletins under seeds/: a table on a terminal, JSON when piped
  zone-extract --format jsonl seeds/ > out.jsonl
  zone-extract --out figures.csv seeds/        CSV with a BOM, for Excel or WPS (the format follows the extension)
  zone-extract --out figures.xlsx seeds/       a sheet per zone and a summary sheet
  zone-extract --zone 高平 --status target --fields zone,metric,value,unit,period -f table seeds/
  cat bulletin.txt | zone-extract --format jsonl
  zone-extract zones seeds/                    the zones found, with article and figure counts
  zone-extract schema                          the JSON Schema of a record

Inputs: .txt .md .html .htm in UTF-8 (BOM or not), UTF-16, GB18030/GBK or Big5 (HKSCS);
traditional characters are read as simplified.
Exit codes: 0 success, 1 figures failed a check (zone-extract check), 2 usage or input error
(a bad file is named on stderr; the other files are still processed).`;

const version = (): string => (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

function zonesCommand(): Command {
  return subcommand('zones')
    .description('list the zones found, with their article and figure counts')
    .argument('<paths...>', 'bulletin files, folders or -')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option('-o, --out <file>', 'write to FILE instead of standard output')
    .option('-p, --patterns <dir>', 'a folder of extra rule files (repeatable)', collect, [] as string[])
    .addOption(maxSizeOption())
    .action(async (paths: string[], options: { format: 'text' | 'json'; out?: string; patterns: string[]; maxSize: number }) => {
      const extractions = analyseReporting(paths, compileRules(await patternsFor(options.patterns)), options.maxSize);
      if (!nothingRead(extractions.length)) await emit(renderZones(summariseZones(extractions), options.format), options.out);
    });
}

function schemaCommand(): Command {
  return subcommand('schema')
    .description('print the JSON Schema of a record (as json and jsonl write it)')
    .action(async () => {
      const { recordJsonSchema } = await import('../emit/schema.js');
      await emit(JSON.stringify(recordJsonSchema(), null, 2) + '\n', undefined);
    });
}

function reviewCommand(): Command {
  return subcommand('review')
    .description('write one self-contained HTML page: every figure in its bulletin, corrections exported as gold JSONL, zones side by side')
    .argument('<paths...>', 'bulletin files, folders or -')
    .option('-o, --out <file>', 'write the page to FILE (e.g. review.html) instead of standard output')
    .option('-p, --patterns <dir>', 'a folder of extra rule files (repeatable)', collect, [] as string[])
    .addOption(maxSizeOption())
    .action(async (paths: string[], options: { out?: string; patterns: string[]; maxSize: number }) => {
      const extractions = analyseReporting(paths, compileRules(await patternsFor(options.patterns)), options.maxSize);
      if (nothingRead(extractions.length)) return;
      const [{ reviewData }, { reviewPage }] = await Promise.all([import('../review/data.js'), import('../review/page.js')]);
      await emit(reviewPage(reviewData(extractions)), options.out);
    });
}

export function buildProgram(): Command {
  const program = new Command()
    .name('zone-extract')
    .description('Extract structured figures (zone, metric, value, unit, measure, status, period) from development-zone bulletins.')
    .version(version(), '-V, --version', 'print the version')
    .addHelpText('after', examples)
    .enablePositionalOptions()
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  addExtractOptions(program).action(async (paths: string[], options: ExtractOptions, command: Command) => { await runExtract(paths, options, command); });
  program.addCommand(zonesCommand());
  program.addCommand(checkCommand());
  program.addCommand(schemaCommand());
  program.addCommand(reviewCommand());
  return program;
}

/** A reader that closes the pipe early (`| head`) ends the output quietly, help and version included. */
function quietOnClosedPipe(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') fail(`stdout: ${error.message}`);
  });
}

export async function main(argv: string[]): Promise<void> {
  quietOnClosedPipe();
  setV8Flags({ 'max-inlined-bytecode-size-cumulative': INLINING_BUDGET });
  try {
    await buildProgram().parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) process.exitCode = error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    else fail((error as Error).message);
  }
}
