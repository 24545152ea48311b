/**
 * A worker thread of `register-desk summary`: reads the workbooks it is sent, one at a time, and
 * posts back each one's registers packed (or the clerk's sentence for a file it could not read).
 * Started by read-pool.ts; it says it is ready once its modules have loaded.
 */
import { parentPort, type MessagePort } from 'node:worker_threads';
import type { PoolReply, PoolRequest } from './pool-messages';
import { readSummaryFile } from './read-summary-file';
import { packSource, transferablesOf } from './source-codec';
import { createStringPool } from '../../hosts/xlsx/read/string-pool';

/** The worker's files share one copy of each text, as the command's own thread's do. */
const strings = createStringPool();

async function answer(port: MessagePort, request: PoolRequest): Promise<void> {
  const reading = await readSummaryFile(request.file, { strings });
  if (!reading.ok) {
    const reply: PoolReply = { kind: 'read', index: request.index, reading };
    port.postMessage(reply);
    return;
  }
  const packed = packSource(reading.source);
  const reply: PoolReply = { kind: 'read', index: request.index, reading: { ok: true, packed } };
  port.postMessage(reply, transferablesOf(packed));
}

const port = parentPort;
if (port) {
  // One file at a time, in the order sent: the pool keeps a second one waiting here.
  let last: Promise<void> = Promise.resolve();
  port.on('message', (request: PoolRequest) => {
    last = last.then(() => answer(port, request));
  });
  const ready: PoolReply = { kind: 'ready' };
  port.postMessage(ready);
}
