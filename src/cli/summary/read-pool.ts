/**
 * Reads the workbooks of one `summary` on worker threads and in this thread at once, all taking
 * files from one queue, and gives the readings back in the order of the files given, whatever
 * order they finish in. This thread reads too rather than only waiting: on two cores one worker
 * and this thread beat two workers, which each pay their start, their own JIT warm-up and the
 * packing of every record they send. A file whose worker died, and every file when no worker
 * could start (under ts-jest, say, where the worker is a .ts file nothing compiles), is read
 * here: the result never depends on whether workers ran.
 */
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { FileReading } from './file-reading';
import type { PoolReply, PoolRequest } from './pool-messages';
import { readSummaryFile } from './read-summary-file';
import { unpackSource } from './source-codec';
import { ReadAhead } from './read-ahead';
import type { StringPool } from '../../hosts/xlsx/read/string-pool';

/** The worker beside this module, compiled or not: build/node runs .js, the bench runs src/ through a -r hook. */
const WORKER_FILE = path.join(__dirname, `summary-worker${path.extname(__filename)}`);

/** Flags by which a parent process loads a compiler for .ts files; workers inherit them through execArgv. */
const LOADER_FLAGS = ['-r', '--require', '--import', '--loader', '--experimental-loader'];

/**
 * Files a worker holds at once: the next one waits in its queue while this thread, busy reading a
 * file of its own, cannot answer at once.
 */
const IN_FLIGHT = 2;

/** Whether a worker can load its module: compiled JavaScript, or TypeScript with a loader hook inherited. */
export function workersCanStart(workerFile: string = WORKER_FILE, execArgv: readonly string[] = process.execArgv): boolean {
  if (!existsSync(workerFile)) return false;
  if (path.extname(workerFile) === '.js') return true;
  return execArgv.some((a) => LOADER_FLAGS.some((f) => a === f || a.startsWith(`${f}=`)));
}

interface Shared {
  readonly files: readonly string[];
  readonly queue: number[];
  readonly readings: (FileReading | undefined)[];
  /** Files taken by a worker that died before answering. */
  readonly leftover: number[];
  readonly strings: StringPool | undefined;
}

export interface PoolOptions {
  /** Whether this thread takes files from the queue too (default); tests turn it off to send every file to the workers. */
  readonly readsHere?: boolean;
  /** Another worker module (tests: one that dies). */
  readonly workerFile?: string;
  /**
   * A file this thread reads itself, and first, by its own means (the package's context comes from
   * the same opening); ignored when this thread does not read.
   */
  readonly first?: { readonly index: number; readonly read: () => Promise<FileReading> };
  /** The package's string pool: files read here and files the workers send share its copies. */
  readonly strings?: StringPool;
}

/**
 * @param workers worker threads besides this one (0: this thread reads every file)
 * @param order file indices in the order to hand them out (largest first balances the threads)
 * @example const { readings } = await readInWorkers(files, 1, dispatchOrder(sizes));
 */
export async function readInWorkers(files: readonly string[], workers: number, order: readonly number[], options: PoolOptions = {}): Promise<{ readings: FileReading[]; byWorkers: number }> {
  const readsHere = options.readsHere !== false;
  const first = readsHere ? options.first : undefined;
  // Taken off the queue before any worker can ask for it.
  const queue = order.filter((i) => i !== first?.index);
  const shared: Shared = { files, queue, readings: new Array<FileReading | undefined>(files.length), leftover: [], strings: options.strings };
  let byWorkers = 0;
  const workerFile = options.workerFile ?? WORKER_FILE;
  const count = workers > 0 && workersCanStart(workerFile) ? Math.min(workers, queue.length) : 0;
  const pool = Promise.all(Array.from({ length: count }, () => runWorker(workerFile, shared, () => void byWorkers++)));
  const ahead = new ReadAhead(files);
  const readHere = async (i: number): Promise<void> => {
    // The next file this thread will take, unless a worker takes it first.
    ahead.start(shared.queue[shared.queue.length - 1]);
    shared.readings[i] = await readSummaryFile(files[i], { strings: options.strings, bytes: ahead.take(i) });
  };
  // This thread takes the small files from the end of the queue, the workers the large ones from
  // its head: between files it unpacks what the workers send, so it should never be long away.
  if (first) shared.readings[first.index] = await first.read();
  if (readsHere || count === 0) for (let i = shared.queue.pop(); i !== undefined; i = shared.queue.pop()) await readHere(i);
  await pool;
  // Files no worker read: one died with them in hand, or none could start.
  ahead.clear();
  for (const i of [...shared.leftover, ...shared.queue].sort((a, b) => a - b)) await readHere(i);
  const readings = shared.readings.map((r, i) => {
    if (!r) throw new Error(`summary: ${files[i]} was never read`);
    return r;
  });
  return { readings, byWorkers };
}

/** One worker taking files from the shared queue until it is empty; settles when the worker is gone. */
function runWorker(workerFile: string, shared: Shared, onRead: () => void): Promise<void> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(workerFile);
    } catch {
      resolve();
      return;
    }
    const inHand = new Set<number>();
    let finished = false;
    const finish = (): void => {
      if (finished) return;
      finished = true;
      shared.leftover.push(...inHand);
      inHand.clear();
      void worker.terminate().then(
        () => resolve(),
        () => resolve(),
      );
    };
    const fill = (): void => {
      while (inHand.size < IN_FLIGHT) {
        const index = shared.queue.shift();
        if (index === undefined) break;
        inHand.add(index);
        const request: PoolRequest = { index, file: shared.files[index] };
        worker.postMessage(request);
      }
      if (inHand.size === 0) finish();
    };
    worker.on('message', (reply: PoolReply) => {
      if (reply.kind === 'read') {
        const r = reply.reading;
        shared.readings[reply.index] = r.ok ? { ok: true, source: unpackSource(r.packed, shared.strings) } : r;
        inHand.delete(reply.index);
        onRead();
      }
      fill();
    });
    // A worker that cannot load or dies: its files go back to this thread, the others carry on.
    worker.on('error', finish);
    worker.on('exit', finish);
  });
}
