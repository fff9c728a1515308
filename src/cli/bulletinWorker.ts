/**
 * A worker thread of `--jobs N`: compiles the rules once (built-in and the --patterns folders it
 * is given), then reads and analyses each bulletin it is sent and posts its records back.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { patternsFor } from '../patterns/builtin.js';
import { compileRules } from '../patterns/compile.js';
import { analyseOutcome, type BulletinTask } from './workers.js';

const rules = compileRules(await patternsFor(workerData as string[]));
parentPort!.on('message', (task: BulletinTask) => parentPort!.postMessage(analyseOutcome(task, rules)));
