/**
 * cfwasm fmt: idempotent, and the formatted policy has the same IR as the original (locations
 * aside), for every conformance policy and every parseable manual example.
 */
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatText } from '../../host/fmt/index.js';
import { nodeRuntime } from '../../host/node/runtime.js';
import { cfwasm } from '../support/cli.js';
import { manualExamples } from '../support/manual.js';
import { caseNames, loadCase } from '../conformance/corpus.js';

const runtime = await nodeRuntime();
const withoutLocations = (x: unknown) => JSON.stringify(x, (k, v) => (k === 'loc' || k === 'nameLoc' ? undefined : v));

function check(text: string, file: string) {
  const once = formatText(runtime.parser, text, file);
  if (once === null) return; // syntax errors: not formatted
  expect(formatText(runtime.parser, once, file), `${file}: fmt is not idempotent`).toBe(once);
  const before = runtime.parser.parse(text, file).policy;
  const after = runtime.parser.parse(once, file).policy;
  expect(withoutLocations(after), `${file}: the IR changed`).toBe(withoutLocations(before));
}

describe('fmt', () => {
  it('keeps the IR and is idempotent on every conformance policy', () => {
    for (const name of caseNames()) check(loadCase(name).policy, name);
  });
  it('keeps the IR and is idempotent on every manual example', () => {
    for (const e of manualExamples()) check(e.text, `L${e.line}`);
  });
  it('lays a policy out one way', () => {
    const text = 'control:\nactionsequence = ( editfiles )   \n\n\n\neditfiles:\n   any::\n{ /etc/x\nAppendIfNoSuchLine "a  b"\n  }\n';
    expect(formatText(runtime.parser, text, 'x')).toBe(
      'control:\n  actionsequence = ( editfiles )\n\neditfiles:\n  any::\n    { /etc/x\n      AppendIfNoSuchLine "a  b"\n    }\n');
  });
  it('cfwasm fmt --check passes on its own output', () => {
    const r = cfwasm(['fmt', '--check', new URL('../../examples/cfengine.conf', import.meta.url).pathname]);
    expect(r.stdout).toBe('');
    expect(r.status).toBe(0);
  });

  it('cfwasm fmt --write keeps the file\'s encoding and mode, and refuses standard input', () => {
    const dir = fs.mkdtempSync(join(tmpdir(), 'cfwasm-fmt-'));
    const utf8 = join(dir, 'utf8.cf');
    const latin1 = join(dir, 'latin1.cf');
    fs.writeFileSync(utf8, 'control:\n   actionsequence = ( files ) # café ✓\n', { mode: 0o640 });
    fs.writeFileSync(latin1, Buffer.from('control:\n   actionsequence = ( files ) # caf\xe9 \x80\x9f\n', 'latin1'));
    expect(cfwasm(['fmt', '--write', utf8, latin1]).status).toBe(0);
    expect(fs.readFileSync(utf8, 'utf8')).toBe('control:\n  actionsequence = ( files ) # café ✓\n');
    expect((fs.statSync(utf8).mode & 0o777).toString(8)).toBe('640');
    expect(fs.readFileSync(latin1)).toEqual(Buffer.from('control:\n  actionsequence = ( files ) # caf\xe9 \x80\x9f\n', 'latin1'));
    expect(fs.readdirSync(dir).sort()).toEqual(['latin1.cf', 'utf8.cf']);
    const stdin = cfwasm(['fmt', '--write', '-'], { input: 'control:\n' });
    expect(stdin.status).toBe(2);
    expect(stdin.stderr).toContain('--write cannot rewrite standard input');
    fs.rmSync(dir, { recursive: true });
  });
});
