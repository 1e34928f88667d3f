// A second stand-in for the remote copy worker (client-edges.test.ts), started by early.ts's
// spawnWorker as the real one is. As stand-in-worker.mjs it answers each request from a script (a
// JSON file named in its URL's query), but it writes every message it gets to a log file at once
// (one JSON line each), so the test can see what reached the worker after the client closed it;
// and its timing can be set: `startAfter` (ms before it marks itself running, -1 never; requests
// wait till then, and meanwhile the flag is notified every 50 ms without a reply, as the real
// loader notifies as it goes), a step's `delay` (ms before its reply) and `after` (messages sent
// just behind the reply); a step's `write`: text written into a write request's descriptor.
import * as fs from 'node:fs';
import { workerData } from 'node:worker_threads';

const flag = new Int32Array(workerData.flag);
const port = workerData.port;
const script = JSON.parse(fs.readFileSync(new URL(import.meta.url).searchParams.get('script'), 'utf8'));
const bytes = (v) => (v && typeof v === 'object' && !Array.isArray(v)
  ? ('bytes' in v && Object.keys(v).length === 1 ? new TextEncoder().encode(v.bytes)
    : 'floats' in v && Object.keys(v).length === 1 ? new Float64Array(v.floats) : Object.fromEntries(Object.entries(v).map(([k, x]) => [k, bytes(x)])))
  : Array.isArray(v) ? v.map(bytes) : v);
const wake = () => { Atomics.store(flag, 0, 1); Atomics.notify(flag, 0); };
const logged = (m) => fs.appendFileSync(script.logFile, `${JSON.stringify(m instanceof Object && 'local' in m ? { ...m, local: [...m.local] } : m)}\n`);

let running = false;
const held = [];
function answer(m) {
  const step = script.answers[`${m.op} ${m.path}`] ?? { reply: { ok: false, kind: 'failed', message: `not scripted: ${m.op} ${m.path}`, notes: [] } };
  const send = () => {
    if (step.write && m.fd >= 0) fs.writeSync(m.fd, step.write); // a write request's bytes, into its file
    for (const a of step.before ?? []) port.postMessage(bytes(a));
    port.postMessage(bytes(step.reply));
    for (const a of step.after ?? []) port.postMessage(bytes(a));
    wake();
  };
  if (step.delay) setTimeout(send, step.delay);
  else send();
}
function start() {
  running = true;
  Atomics.store(flag, 1, 1); // WORKER_RUNNING
  for (const m of held.splice(0)) answer(m);
}
if (script.startAfter === undefined) start();
else {
  if (script.startAfter >= 0) setTimeout(start, script.startAfter);
  const nudge = setInterval(() => (running ? clearInterval(nudge) : Atomics.notify(flag, 0)), 50);
}
port.on('message', (m) => {
  logged(m);
  if (m === 'close') return wake();
  if (typeof m !== 'object' || !('op' in m)) return;
  if (running) answer(m);
  else held.push(m);
});
