// Long values must cost the core memory in proportion to their length. The core collects nothing
// during a call, so a string built a character or a piece at a time with `out += piece` allocated
// n²/2 units: a 300,000-byte regex, a value of 200,000 `$(x)`, a long domain or ForEachLineIn
// name ran the core out of its 4 GB (a wasm trap: `unreachable`, exit 70 from the CLI) or for
// minutes (found by fuzzing run(); engine/src/util/text.ts). Each case here is 20,000 long:
// quadratic code needs hundreds of MB for it, linear code a few.
import { readFileSync } from 'node:fs';
import { Volume } from 'memfs';
import { describe, expect, it } from 'vitest';
import { runPolicyOn } from '../../host/api/runtime.js';
import { Core } from '../../host/core/core.js';
import { MemoryHost } from '../../host/memory/memory-host.js';
import { coreWasmPath } from '../../host/node/core.js';
import { nodePolicyParser } from '../../host/node/grammar.js';

const N = 20_000;
const NOW = 1768478400;
const MB = 1 << 20;
/** Far above what these runs take (the core starts at 1 MB and a run of N-long values needs ~10 MB), far below N²/2 units. */
const LIMIT = 48 * MB;

async function runFresh(policy: string, files: Record<string, string>, exec: Record<string, { status: number; output: string }> = {}) {
  const core = await Core.load(readFileSync(coreWasmPath()));
  const vol = Volume.fromJSON(files);
  const r = runPolicyOn({ parser: await nodePolicyParser(), core }, policy, new MemoryHost(vol, { now: NOW, exec }), { now: NOW, hostname: 'h' });
  return { r, vol, memory: core.memoryBytes() };
}

const edit = (commands: string) => `control:\n actionsequence = ( editfiles )\n editfilesize = ( 0 )\n x = ( a )\neditfiles:\n { /e\n${commands}\n }\n`;

describe('long values cost linear core memory', () => {
  it('a long literal regex (the pattern cache key and the required-literal search)', async () => {
    const { r, vol, memory } = await runFresh(edit(` DeleteLinesMatching "${'x'.repeat(N)}"`), { '/e': `keep\n${'x'.repeat(N)}\n` });
    expect(r.log.filter(l => l.level === 'error')).toEqual([]);
    expect(vol.readFileSync('/e', 'utf8')).toBe('keep\n');
    expect(memory).toBeLessThan(LIMIT);
  });

  it('a value of many variable parts (expand)', async () => {
    const { r, vol, memory } = await runFresh(edit(` AppendIfNoSuchLine "${'$(x)'.repeat(N)}"`), { '/e': 'first\n' });
    expect(r.exitCode).toBe(0);
    expect(vol.readFileSync('/e', 'utf8')).toBe(`first\n${'a'.repeat(N)}\n`);
    expect(memory).toBeLessThan(LIMIT);
  });

  it('a list value of many parts, some of them iterated (expandList)', async () => {
    const policy = `control:\n actionsequence = ( shellcommands )\n x = ( a )\n l = ( 1:2 )\nshellcommands:\n "/bin/echo $(l)-${'$(x)'.repeat(N)}-$(l)"\n`;
    const exec: Record<string, { status: number; output: string }> = {};
    for (const i of ['1', '2']) for (const j of ['1', '2']) exec[`/bin/echo ${i}-${'a'.repeat(N)}-${j}`] = { status: 0, output: `ran ${i}${j}\n` };
    const { r, memory } = await runFresh(policy, {}, exec);
    expect(r.log.filter(l => l.level === 'output').map(l => l.message.replace(/^.*: /, ''))).toEqual(['ran 11', 'ran 12', 'ran 21', 'ran 22']);
    expect(memory).toBeLessThan(LIMIT);
  });

  it('a long ForEachLineIn name (expandText)', async () => {
    const name = `/lines${'$(x)'.repeat(N)}`;
    const { r, vol, memory } = await runFresh(edit(` ForEachLineIn "${name}"\n AppendIfNoSuchLine "x"\n EndLoop`), { '/e': 'first\n', [`/lines${'a'.repeat(N)}`]: 'one\ntwo\n' });
    expect(r.exitCode).toBe(0);
    expect(vol.readFileSync('/e', 'utf8')).toBe('first\nx\n');
    expect(memory).toBeLessThan(LIMIT);
  });

  it('a long domain, made a class (canonify)', async () => {
    const domain = 'a-'.repeat(N / 2) + 'org';
    const policy = `control:\n actionsequence = ( editfiles )\n domain = ( ${domain} )\neditfiles:\n { /e\n AppendIfNoSuchLine "x"\n }\n`;
    const { r, memory } = await runFresh(policy, { '/e': '' });
    expect(r.classes).toContain('a_'.repeat(N / 2) + 'org');
    expect(memory).toBeLessThan(LIMIT);
  });

  it('a long resolve entry, escaped as a regex', async () => {
    const entry = '1.'.repeat(N / 2) + '1';
    const policy = `control:\n actionsequence = ( resolve )\n domain = ( example.org )\nresolve:\n "${entry}"\n`;
    const { vol, memory } = await runFresh(policy, { '/etc/resolv.conf': 'nameserver 192.0.2.1\n' });
    expect(vol.readFileSync('/etc/resolv.conf', 'utf8')).toContain(`${entry}\n`);
    expect(memory).toBeLessThan(LIMIT);
  });
});
