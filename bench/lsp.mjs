// @fileoverview `cfwasm lsp`: how soon diagnostics arrive after a keystroke in a 2,000-line policy
// (issue #24's target: under 100 ms), through a real LSP client over the server's stdio, with the
// server's default settings. Each keystroke inserts one character into a macro's value, sent as an
// incremental change (a range and its text, as editors send it); the time runs from sending
// didChange to the publishDiagnostics of that version. Baseline, in the same server and run: the
// same keystroke in a 4-line policy (the protocol, the debounce and the event loop, with next to
// no work). The keystrokes alternate between the two documents, 100 ms apart (typing: CF015 waits
// for a pause, so it never runs in between). Then the CF015 pass after a pause, beside the
// in-process lint with the convergence runs. CFWASM_BENCH_KEYS keystrokes each (default 30), after
// 5 not counted (the JIT warming up).
import { spawn } from 'node:child_process';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection, DidChangeTextDocumentNotification, DidOpenTextDocumentNotification, ExitNotification,
  InitializedNotification, InitializeRequest, PublishDiagnosticsNotification, ShutdownRequest, StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';
import { lintPolicy } from '../dist/host/lint/lint.js';
import { analyse } from '../dist/host/lsp/analysis.js';
import { nodeRuntime } from '../dist/host/node/runtime.js';
import { bigPolicy } from './lsp-policy.mjs';
import { printTable } from './table.mjs';

const repo = new URL('..', import.meta.url).pathname;
const KEYS = Number(process.env.CFWASM_BENCH_KEYS ?? 30);
const WARM = 5;
const CONVERGE_DELAY_MS = 600;
const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));
const quantile = (xs, q) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * q))];

const big = bigPolicy(2000);
const lines = big.split('\n').length - 1;
const tiny = 'control:\n  actionsequence = ( editfiles )\n  motd = ( "Welcome 0" )\neditfiles:\n  { /etc/motd\n    AppendIfNoSuchLine "$(motd)"\n  }\n';

const child = spawn(process.execPath, [join(repo, 'bin', 'cfwasm.js'), 'lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
/** Who waits for the next publish of (uri, version), in order. */
const waiting = new Map();
connection.onNotification(PublishDiagnosticsNotification.type, p => {
  const key = `${p.uri}#${p.version}`;
  const list = waiting.get(key) ?? [];
  list.shift()?.(p);
});
connection.onRequest('workspace/configuration', () => [{}]);
connection.listen();
const published = (uri, version) => new Promise(resolve => {
  const key = `${uri}#${version}`;
  waiting.set(key, [...waiting.get(key) ?? [], resolve]);
});
await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: pathToFileURL(repo).href, capabilities: { workspace: { configuration: true } } });
await connection.sendNotification(InitializedNotification.type, {});

/** An open document and its keystrokes: one character more after "Welcome " on the macro's line. */
async function open(name, text) {
  const uri = pathToFileURL(join(repo, name)).href;
  const first = published(uri, 1);
  await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'cfengine', version: 1, text } });
  const { diagnostics } = await first;
  const line = text.split('\n').findIndex(l => l.includes('Welcome 0'));
  const character = text.split('\n')[line].indexOf('Welcome 0') + 'Welcome '.length;
  let version = 1;
  return {
    uri, diagnostics: diagnostics.length,
    /** Types a character; resolves with the ms until its diagnostics came, and the pass after the pause when asked. */
    async keystroke(passes = 1) {
      version++;
      const next = Array.from({ length: passes }, () => published(uri, version));
      const t = performance.now();
      await connection.sendNotification(DidChangeTextDocumentNotification.type, {
        textDocument: { uri, version },
        contentChanges: [{ range: { start: { line, character }, end: { line, character } }, text: 'x' }],
      });
      const times = [];
      for (const p of next) {
        await p;
        times.push(performance.now() - t);
      }
      return times;
    },
  };
}

const bigDoc = await open('bench-policy.cf', big);
const tinyDoc = await open('bench-tiny.cf', tiny);
// Both opened documents get their CF015 pass after the pause: wait for it to pass.
await sleep(CONVERGE_DELAY_MS + 2000);
const bigMs = [];
const tinyMs = [];
for (let i = 0; i < WARM + KEYS; i++) {
  const [b] = await bigDoc.keystroke();
  await sleep(100);
  const [t] = await tinyDoc.keystroke();
  await sleep(100);
  if (i >= WARM) {
    bigMs.push(b);
    tinyMs.push(t);
  }
}
// CF015: a keystroke, then the pause.
await sleep(CONVERGE_DELAY_MS + 2000);
const fullMs = [];
for (let i = 0; i < 3; i++) fullMs.push((await bigDoc.keystroke(2))[1]);
await connection.sendRequest(ShutdownRequest.type);
void connection.sendNotification(ExitNotification.type);
await new Promise(resolve => child.on('exit', resolve));
connection.dispose();

// In this process: the CPU time of a keystroke's analysis (load inflates wall time far more), and
// lint with the convergence runs (CF015's pass does that work).
const runtime = await nodeRuntime();
const cpuMs = [];
for (let i = 0; i < WARM + KEYS; i++) {
  const changed = big.replace('Welcome 0', `Welcome ${'x'.repeat(i)}0`);
  const c = process.cpuUsage();
  analyse(runtime, changed, 'bench-policy.cf', { classes: [], noRun: true }, () => null);
  const d = process.cpuUsage(c);
  if (i >= WARM) cpuMs.push((d.user + d.system) / 1000);
}
const lintMs = [];
for (let i = 0; i < 3; i++) {
  const t = performance.now();
  lintPolicy(runtime, big, 'bench-policy.cf', {});
  lintMs.push(performance.now() - t);
}

const med = xs => quantile(xs, 0.5);
printTable(`cfwasm lsp: keystroke → publishDiagnostics, ${KEYS} keystrokes each (after ${WARM}), default settings (debounce 15 ms); baseline: the same keystroke in a 4-line policy, same server and run; load ${loadavg()[0].toFixed(1)}`, [
  { name: `keystroke → diagnostics, ${lines} lines, median`, ms: med(bigMs), baselineMs: med(tinyMs), note: `${bigDoc.diagnostics} diagnostics; target < 100 ms` },
  { name: `keystroke → diagnostics, ${lines} lines, p90`, ms: quantile(bigMs, 0.9), baselineMs: quantile(tinyMs, 0.9), note: `max ${Math.max(...bigMs).toFixed(0)} vs ${Math.max(...tinyMs).toFixed(0)} ms` },
  { name: `CPU time of a keystroke's analysis, in-process, median`, ms: med(cpuMs), baselineMs: null, note: `p90 ${quantile(cpuMs, 0.9).toFixed(1)} ms; incremental parse, no CF015` },
  { name: `keystroke → with CF015, after the ${CONVERGE_DELAY_MS} ms pause`, ms: med(fullMs), baselineMs: med(lintMs) + CONVERGE_DELAY_MS, note: `baseline: lint with CF015 in-process + ${CONVERGE_DELAY_MS}` },
]);
