// A stand-in for the remote copy worker (host/node/remote/worker.ts), started by early.ts's
// spawnWorker like the real one, for client-calls.test.ts: it answers each request from a script
// (a JSON file named in its URL's query) and keeps every message it got, so the test can see what
// the main thread's client sent. `{ "bytes": "text" }` in the script stands for a Uint8Array,
// `{ "floats": [...] }` for a Float64Array (JSON holds neither).
import * as fs from 'node:fs';
import { workerData } from 'node:worker_threads';

const flag = new Int32Array(workerData.flag);
const port = workerData.port;
const script = JSON.parse(fs.readFileSync(new URL(import.meta.url).searchParams.get('script'), 'utf8'));
const log = [];
const revive = (v) => (v && typeof v === 'object' && !Array.isArray(v)
  ? ('bytes' in v && Object.keys(v).length === 1 ? new TextEncoder().encode(v.bytes)
    : 'floats' in v && Object.keys(v).length === 1 ? new Float64Array(v.floats) : Object.fromEntries(Object.entries(v).map(([k, x]) => [k, revive(x)])))
  : Array.isArray(v) ? v.map(revive) : v);
const wake = () => { Atomics.store(flag, 0, 1); Atomics.notify(flag, 0); };

if (script.start !== 'never') Atomics.store(flag, 1, 1); // WORKER_RUNNING
for (const m of script.atStart ?? []) port.postMessage(revive(m));
port.on('message', (m) => {
  log.push(m instanceof Object && 'local' in m ? { ...m, local: Buffer.from(m.local).toString() } : m);
  if (m === 'close') return wake();
  if (typeof m !== 'object' || !('op' in m)) return;
  if (m.path === '/__log') {
    port.postMessage({ ok: true, value: log.slice(0, -1), notes: [] });
    return wake();
  }
  if (m.path === '/__die') process.exit(0);
  if (m.path === '/__fail') {
    port.postMessage({ workerFailed: 'cannot find module x' });
    process.exit(1);
  }
  const step = script.answers[`${m.op} ${m.path}`] ?? { reply: { ok: false, kind: 'failed', message: `not scripted: ${m.op} ${m.path}`, notes: [] } };
  if (step.write && m.fd >= 0) fs.writeSync(m.fd, step.write);
  for (const a of step.before ?? []) port.postMessage(revive(a));
  port.postMessage(revive(step.reply));
  wake();
});
