/**
 * `cfwasm run` reads the import section's files from $CFINPUTS, else from the main policy's
 * directory (L9498, D14); an unreadable import is a warning naming it and the rest still runs.
 */
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cfwasm } from '../support/cli.js';

const base = fs.mkdtempSync(join(tmpdir(), 'cfwasm-imports-'));
afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

function stage(name: string): { inputs: string; root: string } {
  const inputs = join(base, name, 'inputs');
  const root = join(base, name, 'root');
  fs.mkdirSync(inputs, { recursive: true });
  fs.mkdirSync(join(root, 'etc'), { recursive: true });
  fs.writeFileSync(join(root, 'etc', 'motd'), 'hello\n');
  fs.writeFileSync(join(inputs, 'cfengine.conf'),
    'control:\n actionsequence = ( editfiles )\nimport:\n cf.motd\n cf.missing\n');
  fs.writeFileSync(join(inputs, 'cf.motd'), 'editfiles:\n { /etc/motd\n AppendIfNoSuchLine "imported"\n }\n');
  return { inputs, root };
}

describe('cfwasm run: import', () => {
  it('finds imports beside the policy given with -f', () => {
    const { inputs, root } = stage('beside');
    const r = cfwasm(['run', '-f', join(inputs, 'cfengine.conf'), '--root', root]);
    expect(fs.readFileSync(join(root, 'etc', 'motd'), 'utf8')).toBe('hello\nimported\n');
    expect(r.stdout).toContain(`${join(inputs, 'cfengine.conf')}:5:2: warning: import: ${join(inputs, 'cf.missing')}: cannot read: no such file`);
    expect(r.status).toBe(0);
  });

  it('finds the policy and its imports in $CFINPUTS', () => {
    const { inputs, root } = stage('cfinputs');
    const r = cfwasm(['run', '--root', root], { cwd: base, env: { CFINPUTS: inputs } });
    expect(r.stderr).toBe('');
    expect(fs.readFileSync(join(root, 'etc', 'motd'), 'utf8')).toBe('hello\nimported\n');
  });
});
