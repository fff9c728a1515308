import { availableParallelism } from 'node:os';
import { once } from 'node:events';
import { Worker } from 'node:worker_threads';
import type { Rules } from '../patterns/compile.js';
import type { FigureRecord, Source } from '../types.js';
import { readSource } from '../read/readSource.js';
import { analyse } from '../pipeline.js';
import { keeper, type Keeping, type Kept } from '../emit/keep.js';
import { setV8Flags } from './v8Flags.js';

/** One bulletin to analyse: its path, and its text when the main thread has read it already (stdin). */
export interface BulletinTask {
  id: number;
  file: string;
  source?: Source;
  /** --max-size */
  maxBytes: number;
}

/** What a run keeps of a bulletin's records, or why it could not be read. */
export type BulletinOutcome = { id: number; file: string; kept: Kept } | { id: number; file: string; problem: string };

/** Read and analyse one bulletin and keep what the run keeps; a file that cannot be read or decoded becomes a problem. */
export function analyseOutcome({ id, file, source, maxBytes }: BulletinTask, rules: Rules, keep: (records: FigureRecord[]) => Kept): BulletinOutcome {
  try {
    return { id, file, kept: keep(analyse(source ?? readSource(file, maxBytes), rules).records) };
  } catch (error) {
    return { id, file: file === '-' ? '<stdin>' : file, problem: (error as Error).message };
  }
}

/**
 * How many bytes of bulletins make a worker thread worth its cost: each loads the rules and
 * compiles the hot code again for itself, while a single thread has that compilation done on
 * another core for free.
 */
export const BYTES_PER_WORKER = 8 * 1024 * 1024;

/** `--jobs` when not given: a thread per core once the input is large enough to gain from it, else one. */
export function defaultJobs(inputs: number, bytes: number, cores = availableParallelism()): number {
  return Math.max(1, Math.min(cores, inputs, Math.floor(bytes / BYTES_PER_WORKER)));
}

export interface AnalyseOptions {
  jobs: number;
  /** the --patterns folders, compiled by each worker */
  patterns: string[];
  /** the compiled rules, when run on this thread (made only when needed) */
  rules: () => Rules;
  /** what the run keeps of each bulletin */
  keeping: Keeping;
  /** bulletins read already (standard input), by path */
  sources?: Map<string, Source>;
  /** --max-size */
  maxBytes: number;
}

/** Every bulletin's outcome in input order, analysed on this thread, with `jobs` - 1 worker threads beside it. */
export function analyseInOrder(files: string[], o: AnalyseOptions): AsyncGenerator<BulletinOutcome> {
  const tasks = files.map((file, id): BulletinTask => ({ id, file, source: o.sources?.get(file), maxBytes: o.maxBytes }));
  return o.jobs > 1 && files.length > 1 ? onWorkers(tasks, Math.min(o.jobs, files.length), o) : onThisThread(tasks, o.rules, o.keeping);
}

async function* onThisThread(tasks: BulletinTask[], rules: () => Rules, keeping: Keeping): AsyncGenerator<BulletinOutcome> {
  const compiled = rules();
  const keep = keeper(keeping, compiled.patterns);
  for (const task of tasks) yield analyseOutcome(task, compiled, keep);
}

/**
 * The young generation of a worker's heap, in MB: a bulletin's garbage is short-lived and small,
 * and V8's default (about 34 MB a thread) only adds to the memory of each worker (about 15 MB
 * less each, at the same speed).
 */
const WORKER_YOUNG_GENERATION_MB = 16;

/**
 * How much a heap may grow past what its last full collection kept, in percent. V8 lets a heap
 * grow up to fourfold between collections; a worker's live data is small (rules, caches, one
 * bulletin), so that slack is most of each worker's memory: 50% keeps some tens of MB less with
 * two workers, for a few per cent more CPU in collections (README, Performance).
 */
const HEAP_GROWING_PERCENT = 50;

/**
 * Whether TurboFan peels the first round off a loop it compiles, once there are workers. Each
 * thread compiles the hot code for itself on the cores the threads share: without peeling that
 * takes 15% fewer instructions, and the code made runs 3% more (over 10 MB, compilation
 * included: 2.5% fewer in all). On one thread the compilation has the other core to itself, and
 * the 3% would be the whole difference.
 */
const LOOP_PEELING = false;

/** Tasks in flight per worker: enough to keep it busy while this thread analyses a bulletin of its own, few enough to hold little in memory. */
const QUEUE_PER_WORKER = 4;

/**
 * How far ahead of the next bulletin to write this thread takes bulletins of its own while a worker
 * holds that one: the outcomes finished out of order that the run may hold in memory.
 */
const AHEAD = 64;

/** What a worker is given: the --patterns folders, what the run keeps, and a flag raised when the run ends early. */
export interface WorkerSetup {
  patterns: string[];
  keeping: Keeping;
  /** Int32Array over it: 1 once the run stops; tasks still queued are then skipped */
  stop: SharedArrayBuffer;
}

/** What a worker posts: that it has compiled the rules and takes tasks, or a bulletin's outcome. */
export type WorkerMessage = 'ready' | BulletinOutcome;

/** Stop the workers once each has finished the bulletin it is analysing: tasks still queued are skipped. */
async function closeWorkers(workers: Worker[], exits: Promise<unknown>[], stop: SharedArrayBuffer): Promise<void> {
  Atomics.store(new Int32Array(stop), 0, 1);
  for (const w of workers) w.postMessage(null);
  await Promise.all(exits);
}

/**
 * Standard input not read yet: reading it would block this thread until it comes, and with it
 * the signal handlers that clean up after an interrupted run. A worker reads it.
 */
const waitsForInput = (task: BulletinTask): boolean => task.file === '-' && !task.source;

/** A turn of the event loop: the workers' messages that came in meanwhile are taken. */
const aTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * `jobs` threads at the bulletins: this one and jobs - 1 workers. This thread starts at once while
 * the workers load (each compiles the rules and its hot code again for itself), gives each worker
 * a few tasks at a time once it is ready, and takes the next bulletin itself whenever the one to
 * write next is not finished yet.
 */
async function* onWorkers(tasks: BulletinTask[], jobs: number, o: AnalyseOptions): AsyncGenerator<BulletinOutcome> {
  const setup: WorkerSetup = { patterns: o.patterns, keeping: o.keeping, stop: new SharedArrayBuffer(4) };
  setV8Flags({ 'heap-growing-percent': HEAP_GROWING_PERCENT, 'turbo-loop-peeling': LOOP_PEELING });
  const workers = Array.from({ length: jobs - 1 }, () => new Worker(new URL('./bulletinWorker.js', import.meta.url), { workerData: setup, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } }));
  // watched from the start: a worker that fails has exited before the run ends
  const exits = workers.map((w) => once(w, 'exit').catch(() => {}));
  const finished = new Map<number, BulletinOutcome>();
  /** tasks given to each worker and not yet back; none until it is ready */
  const inFlight = new Map<Worker, number>();
  let next = 0;
  let written = 0;
  let failure: Error | null = null;
  let wake = (): void => {};
  const topUp = (worker: Worker): void => {
    while (inFlight.get(worker)! < QUEUE_PER_WORKER && next < tasks.length && next < written + AHEAD) {
      inFlight.set(worker, inFlight.get(worker)! + 1);
      worker.postMessage(tasks[next++]);
    }
  };
  for (const worker of workers) {
    worker.on('message', (message: WorkerMessage) => {
      if (message === 'ready') inFlight.set(worker, 0);
      else { inFlight.set(worker, inFlight.get(worker)! - 1); finished.set(message.id, message); }
      topUp(worker);
      wake();
    });
    worker.on('error', (error) => { failure = error; wake(); });
  }
  const compiled = o.rules();
  const keep = keeper(o.keeping, compiled.patterns);
  try {
    for (; written < tasks.length; written++) {
      while (!finished.has(written)) {
        if (failure) throw failure;
        if (next < tasks.length && next < written + AHEAD && !waitsForInput(tasks[next]!)) {
          const task = tasks[next++]!;
          finished.set(task.id, analyseOutcome(task, compiled, keep));
          await aTurn();
        } else await new Promise<void>((resolve) => { wake = resolve; });
      }
      yield finished.get(written)!;
      finished.delete(written);
      for (const worker of inFlight.keys()) topUp(worker);
    }
  } finally {
    await closeWorkers(workers, exits, setup.stop);
  }
}
