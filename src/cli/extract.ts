import { Command, Option } from 'commander';
import { loadPatterns } from '../patterns/load.js';
import { compileRules } from '../patterns/compile.js';
import { formats, render, type Format } from '../emit/formats.js';
import { parseFields } from '../emit/fields.js';
import { filterRecords, metricNormaliser } from '../emit/filter.js';
import { paintFor } from './terminal.js';
import { analyseReporting, emit } from './common.js';
import { choiceList, collect, fail, formatOfPath, UsageError } from './options.js';

export interface ExtractOptions {
  format?: Format;
  out?: string;
  patterns: string[];
  fields?: string;
  bom?: boolean;
  zone: string[];
  metric: string[];
  status: string[];
  measure: string[];
}

/** The options of the default command: what to read, how to write it, which figures to keep. */
export function addExtractOptions(program: Command): Command {
  return program
    .argument('[paths...]', 'bulletin files, folders (searched for .txt .md .html .htm) or - for standard input (read when piped and no path is given)')
    .addOption(new Option('-f, --format <format>', 'output format (default: from the --out extension, else table on a terminal, else json)').choices(formats))
    .option('-o, --out <file>', 'write to FILE (whole or not at all) instead of standard output')
    .option('--fields <list>', 'the fields of each record or row, e.g. zone,metric,value,unit,period')
    .option('--bom', 'start csv/tsv with a UTF-8 BOM (default when --out ends in .csv or .tsv)')
    .option('--no-bom', 'never write a BOM')
    .option('--zone <name>', 'only figures of zones whose name contains NAME (repeatable)', collect, [] as string[])
    .option('--metric <name>', 'only figures whose metric contains NAME, written either way (规上 or 规模以上; repeatable)', collect, [] as string[])
    .option('--status <status>', 'only actual or target figures (repeatable, or comma-separated)', choiceList(['actual', 'target']), [] as string[])
    .option('--measure <measure>', 'only figures of these measures: level, growth, share, diff (repeatable, or comma-separated)', choiceList(['level', 'growth', 'share', 'diff']), [] as string[])
    .option('-p, --patterns <dir>', 'a folder of extra rule files, merged over patterns/ (repeatable)', collect, [] as string[]);
}

function chooseFormat(o: ExtractOptions): Format {
  const format = o.format ?? (o.out ? formatOfPath(o.out) : process.stdout.isTTY ? 'table' : 'json');
  if (format === 'xlsx' && !o.out && process.stdout.isTTY) throw new UsageError('xlsx is a binary format: give --out FILE.xlsx');
  return format;
}

/** zone-extract [paths...]: the figures of every bulletin, filtered, in the format asked for. */
export async function runExtract(paths: string[], o: ExtractOptions, command: Command): Promise<void> {
  const noInput = (): void => { command.outputHelp({ error: true }); fail('no input: name files, folders or - for standard input'); };
  if (!paths.length && process.stdin.isTTY) { noInput(); return; }
  const fields = o.fields ? parseFields(o.fields) : undefined;
  const format = chooseFormat(o);
  const patterns = loadPatterns(o.patterns);
  // no path and a pipe: standard input, as filters read it; an empty pipe is no input
  const extractions = analyseReporting(paths.length ? paths : ['-'], compileRules(patterns));
  if (!paths.length && !extractions[0]?.source.text.trim()) { noInput(); return; }
  const records = filterRecords(extractions.flatMap((e) => e.records), o, metricNormaliser(patterns));
  const bom = o.bom ?? /\.(csv|tsv)$/i.test(o.out ?? '');
  const width = o.out ? undefined : process.stdout.columns || Number(process.env.COLUMNS) || undefined;
  await emit(await render(records, format, { fields, bom, paint: paintFor(o.out ? {} : process.stdout), width }), o.out);
}
