/**
 * The core's JSON reader (engine/src/util/json.ts), which reads the run request and every host
 * reply, took malformed JSON for something: a missing comma, a trailing one, `tru`, `01`, text
 * after the value, a string with no closing quote were each read as some value, and the run went
 * on with it. Now each is an error naming the problem and its byte, before anything runs.
 */
import { readFileSync } from 'node:fs';
import { Volume } from 'memfs';
import { describe, expect, it } from 'vitest';
import { Core } from '../../host/core/core.js';
import { parsePolicy, runRequest } from '../../host/api/runtime.js';
import { MemoryHost } from '../../host/memory/memory-host.js';
import { coreWasmPath } from '../../host/node/core.js';
import { nodeRuntime } from '../../host/node/runtime.js';

const wasm = readFileSync(coreWasmPath());

interface RawCore {
  x: { memory: WebAssembly.Memory; __new(size: number, id: number): number; runPolicy(ptr: number): number };
  host: unknown;
}

/** Runs the core on request bytes exactly as given (Core.runPolicy always sends JSON.stringify's). */
async function runRaw(text: string): Promise<void> {
  const core = await Core.load(wasm);
  const raw = core as unknown as RawCore;
  const bytes = new TextEncoder().encode(text);
  const ptr = raw.x.__new(bytes.length, 1);
  new Uint8Array(raw.x.memory.buffer, ptr, bytes.length).set(bytes);
  raw.host = new MemoryHost(Volume.fromJSON({ '/etc/motd': 'a\n' }), { now: 1_700_000_000 });
  raw.x.runPolicy(ptr);
}

describe("the core's request reader", async () => {
  const { parser } = await nodeRuntime();
  const parsed = parsePolicy(parser, 'control:\n actionsequence = ( editfiles )\neditfiles:\n { /etc/motd\n AppendIfNoSuchLine "hello"\n }\n');
  const good = JSON.stringify(runRequest(parsed.policy, { now: 1_700_000_000, hostname: 'h' }));

  it('runs a well-formed request (the one the others are made from), with spaces anywhere JSON allows them', async () => {
    await expect(runRaw(good)).resolves.toBeUndefined();
    await expect(runRaw(` \n${good.replaceAll(',"', ' ,\t"').replaceAll('":', '" :\r\n')}\n`)).resolves.toBeUndefined();
  });

  const broken: [string, string, RegExp][] = [
    ['a comma left out', good.replace(',"', ' "'), /',' or '}' expected at byte \d+/],
    ['a trailing comma in an object', good.replace(/}$/, ',}'), /a member name expected at byte \d+/],
    ['a trailing comma in an array', good.replace(']', ',]'), /not a value at byte \d+/],
    ['text after the value', `${good}x`, /text after the value at byte \d+/],
    ['a second value', `${good}{}`, /text after the value/],
    ['cut short', good.slice(0, good.length >> 1), /malformed JSON/],
    ['empty', '', /a value expected, the end found at byte 0/],
    ['a bad literal', good.replace(/:(true|false)/, ':tru'), /not a value at byte \d+/],
    ['a number with a leading zero', good.replace(/"now":(\d+)/, '"now":0$1'), /a number with a leading 0/],
    ['a number with no digits', good.replace(/"now":(\d+)/, '"now":-'), /not a value/],
    ['a point with no digit after it', good.replace(/"now":(\d+)/, '"now":$1.'), /a digit expected after the point/],
    ['a key without quotes', good.replace('{"', '{'), /a member name expected at byte 1\b/],
    ['a missing colon', good.replace('":', '" '), /':' expected/],
    ['an unknown escape', good.replace('hello', 'hel\\qlo'), /an unknown escape in a string/],
    ['a short \\u escape', good.replace('hello', 'hel\\u12'), /\\u without four hex digits/],
    ['a raw control character in a string', good.replace('hello', 'hel\u0001lo'), /a control character in a string/],
    ['a string never closed', '{"a":"abc', /a string without its closing quote/],
  ];
  for (const [what, text, problem] of broken) {
    it(`refuses ${what}`, async () => {
      expect(text).not.toBe(good);
      await expect(runRaw(text)).rejects.toThrow(/malformed JSON/);
      await expect(runRaw(text)).rejects.toThrow(problem);
    });
  }

  it('reads escapes as JSON defines them, \\u pairs included', async () => {
    // The file named with escapes is the one edited: the request was read as JSON.parse reads it.
    const vol = Volume.fromJSON({ '/etc/m\u00f6td\u{1f600}': 'a\n' });
    const core = await Core.load(wasm);
    const p = parsePolicy(parser, 'control:\n actionsequence = ( editfiles )\neditfiles:\n { /etc/m\u00f6td\u{1f600}\n AppendIfNoSuchLine "q/x"\n }\n');
    expect(p.diagnostics).toEqual([]);
    const plain = JSON.stringify(runRequest(p.policy, { now: 1_700_000_000, hostname: 'h' }));
    const request = plain.replaceAll('m\u00f6td\u{1f600}', 'm\\u00F6td\\ud83d\\ude00').replaceAll('q/x', 'q\\/x');
    expect(request).toContain('\\ud83d\\ude00');
    expect(request).toContain('q\\/x');
    const raw = core as unknown as RawCore;
    const bytes = new TextEncoder().encode(request);
    const ptr = raw.x.__new(bytes.length, 1);
    new Uint8Array(raw.x.memory.buffer, ptr, bytes.length).set(bytes);
    raw.host = new MemoryHost(vol, { now: 1_700_000_000 });
    raw.x.runPolicy(ptr);
    expect(vol.readFileSync('/etc/m\u00f6td\u{1f600}', 'utf8')).toBe('a\nq/x\n');
  });
});
