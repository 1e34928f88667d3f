/**
 * action.yml: its Lint and Fail steps, run as GitHub runs a composite step's script (bash, the
 * -eo pipefail, the inputs in the environment, outputs appended to $GITHUB_OUTPUT), with `cfwasm` the checkout's
 * bin/cfwasm.js: a bad policy gives status 1 and its finding in the SARIF, a good one 0.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import yaml from 'js-yaml';
import { REPO } from '../support/shared.js';

interface Step { name?: string; id?: string; run?: string; env?: Record<string, string>; uses?: string }
const action = yaml.load(readFileSync(join(REPO, 'action.yml'), 'utf8')) as { inputs: Record<string, { default: string }>; runs: { using: string; steps: Step[] } };
const step = (name: string) => action.runs.steps.find(s => s.name === name)!;

/** A step's script with the action's defaults and `inputs` as its env; the outputs it wrote. */
function runStep(name: string, dir: string, inputs: Record<string, string>, env: Record<string, string> = {}) {
  const bin = join(dir, 'bin');
  mkdirSync(bin, { recursive: true });
  writeFileSync(join(bin, 'cfwasm'), `#!/bin/sh\nexec "${process.execPath}" "${join(REPO, 'bin', 'cfwasm.js')}" "$@"\n`);
  chmodSync(join(bin, 'cfwasm'), 0o755);
  const output = join(dir, `output-${name}`);
  writeFileSync(output, '');
  const stepEnv: Record<string, string> = {};
  for (const [k, v] of Object.entries(step(name).env ?? {})) {
    // ${{ inputs.x }} from the inputs given, else the action's default.
    const input = /\$\{\{ inputs\.([a-z-]+) \}\}/.exec(v)?.[1];
    stepEnv[k] = input ? inputs[input] ?? action.inputs[input].default : env[k] ?? '';
  }
  const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step(name).run!], {
    cwd: dir, encoding: 'utf8', env: { ...process.env, PATH: `${bin}:${process.env.PATH}`, GITHUB_OUTPUT: output, ...stepEnv },
  });
  const outputs = Object.fromEntries(readFileSync(output, 'utf8').split('\n').filter(Boolean).map(l => l.split('=', 2)));
  return { status: r.status, stderr: r.stderr, outputs };
}

describe('action.yml', () => {
  it('is a composite action that lints to SARIF, uploads it and fails as lint says', () => {
    expect(action.runs.using).toBe('composite');
    expect(action.runs.steps.map(s => s.uses ?? s.name)).toEqual(['actions/setup-node@v4', 'Install cfwasm', 'Lint', 'github/codeql-action/upload-sarif@v3', 'Fail on findings']);
  });

  it('gives status 1 and the finding in the SARIF for a bad policy, 0 for a good one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cfwasm-action-'));
    mkdirSync(join(dir, 'policies', 'sub'), { recursive: true });
    writeFileSync(join(dir, 'policies', 'sub', 'bad.cf'), 'editfiles:\n  { /etc/motd\n    AppendIfNoSuchLin "x"\n  }\n');
    const bad = runStep('Lint', dir, { files: 'policies/**/*.cf' });
    expect(bad.status, bad.stderr).toBe(0);
    expect(bad.outputs.status).toBe('1');
    const sarif = JSON.parse(readFileSync(join(dir, 'cfwasm.sarif'), 'utf8'));
    expect(sarif.runs[0].results.map((r: { ruleId: string }) => r.ruleId)).toEqual(['CF003']);
    expect(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('policies/sub/bad.cf');
    const fail = runStep('Fail on findings', dir, {}, { STATUS: bad.outputs.status });
    expect(fail.status).toBe(1);

    writeFileSync(join(dir, 'policies', 'sub', 'bad.cf'), 'control:\n  actionsequence = ( editfiles )\neditfiles:\n  { /etc/motd\n    AppendIfNoSuchLine "x"\n  }\n');
    const good = runStep('Lint', dir, { files: 'policies/**/*.cf' });
    expect(good.outputs.status).toBe('0');
    expect(JSON.parse(readFileSync(join(dir, 'cfwasm.sarif'), 'utf8')).runs[0].results).toEqual([]);
  });

  it('counts warnings against max-warnings', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cfwasm-action-'));
    writeFileSync(join(dir, 'cfengine.conf'), 'control:\n  actionsequence = ( editfiles )\neditfiles:\n  nohost::\n  { /etc/motd\n    AppendIfNoSuchLine "x"\n  }\n');
    expect(runStep('Lint', dir, {}).outputs.status).toBe('0');
    expect(runStep('Lint', dir, { 'max-warnings': '0' }).outputs.status).toBe('1');
    expect(runStep('Lint', dir, { 'max-warnings': '0', classes: 'nohost' }).outputs.status).toBe('0');
  });
});
