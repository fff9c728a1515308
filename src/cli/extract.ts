import { Command, InvalidArgumentError, Option } from 'commander';
import { patternsFor } from '../patterns/builtin.js';
import { compileRules } from '../patterns/compile.js';
import { formats, isLineFormat, recordWriter, type Format, type RecordWriter } from '../emit/formats.js';
import { parseFields } from '../emit/fields.js';
import type { Keeping, Kept } from '../emit/keep.js';
import { outputStream } from '../emit/stream.js';
import { readSource } from '../read/readSource.js';
import type { FigureRecord, Source } from '../types.js';
import { paintFor } from './terminal.js';
import { emit, keptReporting, nothingRead } from './common.js';
import { choiceList, collect, fail, formatOfPath, maxSizeOption, UsageError } from './options.js';

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
  jobs?: number;
  maxSize: number;
}

function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('a whole number, 1 or more');
  return n;
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
    .option('-p, --patterns <dir>', 'a folder of extra rule files, merged over patterns/ (repeatable)', collect, [] as string[])
    .option('-j, --jobs <n>', 'bulletins analysed at once, on this thread and N-1 worker threads (default: the number of cores for a large input, else 1)', positiveInteger)
    .addOption(maxSizeOption());
}

function chooseFormat(o: ExtractOptions): Format {
  const format = o.format ?? (o.out ? formatOfPath(o.out) : process.stdout.isTTY ? 'table' : 'json');
  if (format === 'xlsx' && !o.out && process.stdout.isTTY) throw new UsageError('xlsx is a binary format: give --out FILE.xlsx');
  return format;
}

/** Records written as each bulletin is finished; the writer keeps only what its format must (json and xlsx: what grouping needs). */
async function writeStreamed(bulletins: AsyncIterable<Kept>, writer: RecordWriter, out: string | undefined): Promise<void> {
  const stream = outputStream(out);
  let read = 0;
  try {
    for await (const kept of bulletins) {
      // the head too waits for a bulletin: when none can be read, nothing is written
      if (!read++) await stream.write(writer.head);
      await stream.write('lines' in kept ? kept.lines : kept.records.map(writer.record).join(''));
      if (!stream.open) break;
    }
    if (nothingRead(read)) { stream.abandon(); return; }
    if (!read) await stream.write(writer.head);
    await writer.end((chunk) => stream.write(chunk));
    await stream.finish();
  } catch (error) {
    stream.abandon();
    throw error;
  }
}

async function gather(bulletins: AsyncIterable<Kept>): Promise<FigureRecord[] | null> {
  const all: FigureRecord[] = [];
  let read = false;
  for await (const kept of bulletins) {
    read = true;
    if ('records' in kept) all.push(...kept.records);
  }
  return read ? all : null;
}

/** Standard input read when no path is given, or null when it is empty (no input) or cannot be read. */
function readStdin(): Source | null {
  try {
    const source = readSource('-');
    return source.text.trim() ? source : null;
  } catch {
    return null;
  }
}

/** zone-extract [paths...]: the figures of every bulletin, filtered, in the format asked for. */
export async function runExtract(paths: string[], o: ExtractOptions, command: Command): Promise<void> {
  const noInput = (): void => { command.outputHelp({ error: true }); fail('no input: name files, folders or - for standard input'); };
  if (!paths.length && process.stdin.isTTY) { noInput(); return; }
  const fields = o.fields ? parseFields(o.fields) : undefined;
  const format = chooseFormat(o);
  const patterns = await patternsFor(o.patterns);
  // no path and a pipe: standard input, as filters read it; an empty pipe is no input
  const stdin = paths.length ? undefined : readStdin();
  if (stdin === null) { noInput(); return; }
  // filtered, and written a line per record, where each bulletin is analysed
  const keeping: Keeping = { filter: { zone: o.zone, metric: o.metric, status: o.status, measure: o.measure }, lines: isLineFormat(format) ? { format, fields } : undefined };
  const bulletins = keptReporting(paths.length ? paths : ['-'], { jobs: o.jobs, patterns: o.patterns, rules: () => compileRules(patterns), keeping, stdin, maxBytes: o.maxSize });
  const bom = o.bom ?? /\.(csv|tsv)$/i.test(o.out ?? '');
  if (format !== 'table') { await writeStreamed(bulletins, recordWriter(format, { fields, bom }), o.out); return; }
  const width = o.out ? undefined : process.stdout.columns || Number(process.env.COLUMNS) || undefined;
  const records = await gather(bulletins);
  if (!records && nothingRead(0)) return;
  // loaded only when asked for: the only user of string-width
  const { table } = await import('../emit/table.js');
  await emit(table(records ?? [], { fields, paint: await paintFor(o.out ? {} : process.stdout), width }), o.out);
}
