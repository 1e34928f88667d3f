/**
 * cfwasm fmt: idempotent, and the formatted policy has the same IR as the original (locations
 * aside), for every conformance policy and every parseable manual example.
 */
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
});
