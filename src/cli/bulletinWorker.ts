/**
 * A worker thread of `--jobs N`: compiles the rules once (built-in and the --patterns folders it
 * is given) and says it is ready, then reads and analyses each bulletin it is sent and posts back what the run keeps
 * of its records, until it is sent null; once the run has stopped, bulletins still queued are
 * skipped.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { patternsFor } from '../patterns/builtin.js';
import { compileRules } from '../patterns/compile.js';
import { keeper } from '../emit/keep.js';
import { analyseOutcome, type BulletinTask, type WorkerMessage, type WorkerSetup } from './workers.js';

const { patterns, keeping, stop } = workerData as WorkerSetup;
const stopped = new Int32Array(stop);
const rules = compileRules(await patternsFor(patterns));
const keep = keeper(keeping, rules.patterns);
/** A bulletin's lines are handed over, not copied: this thread has no more use for them. */
const handedOver = (message: WorkerMessage): ArrayBuffer[] => (typeof message === 'object' && 'kept' in message && 'lines' in message.kept ? [message.kept.lines.buffer as ArrayBuffer] : []);
const post = (message: WorkerMessage): void => parentPort!.postMessage(message, handedOver(message));
parentPort!.on('message', (task: BulletinTask | null) => {
  if (task === null) parentPort!.close();
  else if (!Atomics.load(stopped, 0)) post(analyseOutcome(task, rules, keep));
});
post('ready');
