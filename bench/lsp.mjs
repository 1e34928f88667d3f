// @fileoverview `cfwasm lsp`: how soon diagnostics arrive after a keystroke in a 2,000-line
// policy (the target: under 100 ms), through a real LSP client over the server's stdio. Each
// keystroke changes one character of a macro's value; the time runs from sending didChange to
// the first publishDiagnostics of that version (lint without CF015), and to the second (with
// CF015's runs, after the pause convergeDelayMs waits for). Baseline: `lint --no-run` of the
// same text in this process (the work of a keystroke, without the protocol). Median of 9.
import { spawn } from 'node:child_process';
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

async function measure(text, settings, keystrokes) {
  const child = spawn(process.execPath, [join(repo, 'bin', 'cfwasm.js'), 'lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const waiting = new Map();
  connection.onNotification(PublishDiagnosticsNotification.type, p => {
    const list = waiting.get(p.version) ?? [];
    list.shift()?.(p);
  });
  connection.onRequest('workspace/configuration', () => [settings]);
  connection.listen();
  await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: pathToFileURL(repo).href, capabilities: { workspace: { configuration: true } } });
  await connection.sendNotification(InitializedNotification.type, {});
  const uri = pathToFileURL(join(repo, 'bench-policy.cf')).href;
  // The n publishes of a version, in order.
  const published = (version, n) => Array.from({ length: n }, () => new Promise(resolve => waiting.set(version, [...waiting.get(version) ?? [], resolve])));
  const passes = settings.convergeDelayMs === 0 ? 1 : 2;
  const [first] = published(1, passes);
  await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'cfengine', version: 1, text } });
  const diagnostics = (await first).diagnostics.length;
  await new Promise(resolve => setTimeout(resolve, (settings.convergeDelayMs ?? 0) + 200));
  const quick = [];
  const full = [];
  for (let v = 2; v < 2 + keystrokes; v++) {
    const next = published(v, passes);
    const t = performance.now();
    // One character typed: the macro's value changes (the full text is sent, as simple clients do).
    await connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: v }, contentChanges: [{ text: text.replace('Welcome 0', `Welcome ${v}`) }] });
    await next[0];
    quick.push(performance.now() - t);
    if (passes === 2) {
      await next[1];
      full.push(performance.now() - t);
    }
  }
  await connection.sendRequest(ShutdownRequest.type);
  void connection.sendNotification(ExitNotification.type);
  await new Promise(resolve => child.on('exit', resolve));
  connection.dispose();
  const median = xs => xs.sort((a, b) => a - b)[xs.length >> 1];
  return { quick: median(quick), full: full.length ? median(full) : null, diagnostics };
}

const text = bigPolicy(2000);
const lines = text.split('\n').length - 1;
const runtime = await nodeRuntime();
const lintMs = noRun => {
  lintPolicy(runtime, text, 'bench-policy.cf', { noRun });
  return Array.from({ length: 9 }, () => { const t = performance.now(); lintPolicy(runtime, text, 'bench-policy.cf', { noRun }); return performance.now() - t; }).sort((a, b) => a - b)[4];
};
const quickBaseline = lintMs(true);
// The server's work for one keystroke, as CPU time in this process (the machine's load inflates
// wall time; CPU time much less): the analysis of a changed text, without CF015.
const cpuMs = (() => {
  const times = [];
  for (let i = 0; i < 10; i++) {
    const changed = text.replace('Welcome 0', `Welcome ${i}`);
    const c = process.cpuUsage();
    analyse(runtime, changed, 'bench-policy.cf', { classes: [], noRun: true }, () => null);
    const d = process.cpuUsage(c);
    if (i > 0) times.push((d.user + d.system) / 1000);
  }
  return times.sort((a, b) => a - b)[times.length >> 1];
})();
const fullBaseline = lintMs(false);
const rows = [];
for (const debounce of [0, 40]) {
  const r = await measure(text, { debounceMs: debounce }, 9);
  rows.push({ name: `keystroke → diagnostics, ${lines} lines, debounce ${debounce} ms`, ms: r.quick, baselineMs: quickBaseline, note: `${r.diagnostics} diagnostics; target < 100 ms` });
  if (debounce === 40) rows.push({ name: `keystroke → with CF015, after the 600 ms pause`, ms: r.full, baselineMs: fullBaseline + 600, note: 'baseline: full lint in-process + 600' });
}
rows.unshift({ name: `CPU time of a keystroke's analysis, in-process`, ms: cpuMs, baselineMs: quickBaseline, note: 'baseline: lint --no-run wall time' });
printTable(`cfwasm lsp: keystroke to diagnostics (baseline: lint --no-run of the same text in-process; median of 9; load ${(await import('node:os')).loadavg()[0].toFixed(1)})`, rows);
