/**
 * @fileoverview A worker thread that reads directories a sweep will ask for (dir-listing.ts):
 * each job is begun only if the main thread has not taken it back, answered on the port (the
 * records, or null if the directory could not be read), then marked done.
 */
import { workerData } from 'node:worker_threads';
import type { MessagePort } from 'node:worker_threads';
import { Phase, readDirRecords, word } from './dir-listing.js';
import type { ListingJob, ListingReply } from './dir-listing.js';

const { port, state: shared } = workerData as { port: MessagePort; state: SharedArrayBuffer };
const state = new Int32Array(shared);

port.on('message', (job: ListingJob) => {
  const slot = job.slot;
  if (Atomics.compareExchange(state, slot, word(job.seq, Phase.Queued), word(job.seq, Phase.Working)) !== word(job.seq, Phase.Queued)) return;
  let records: Uint8Array | null = null;
  try {
    records = readDirRecords(job.real, true);
  } catch {
    records = null; // the main thread reads it again and reports why
  }
  const reply: ListingReply = { seq: job.seq, records };
  port.postMessage(reply, records ? [records.buffer as ArrayBuffer] : []);
  Atomics.store(state, slot, word(job.seq, Phase.Done));
  Atomics.notify(state, slot);
});
