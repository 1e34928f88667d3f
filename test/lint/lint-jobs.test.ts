/**
 * `cfwasm lint -j N`: many files linted on worker threads give the same output, byte for byte and
 * in the files' order, as one thread: text, JSON and SARIF, the messages about unreadable files
 * and the exit status.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultJobs, lintWorkerPath, unoptimised } from '../../host/cli/lint-files.js';
import { cfwasm } from '../support/cli.js';
import { conformanceCasesDir } from '../support/shared.js';

let files: string[];

beforeAll(() => {
  const dir = mkdtempSync(join(tmpdir(), 'cfwasm-lint-jobs-'));
  const cases = readdirSync(conformanceCasesDir()).sort().slice(0, 34);
  files = cases.map(c => {
    const file = join(dir, `${c}.cf`);
    copyFileSync(join(conformanceCasesDir(), c, 'policy.cf'), file);
    return file;
  });
  // Findings of every kind, and files that cannot be read, among them (not at the ends).
  writeFileSync(join(dir, 'syntax.cf'), 'control:\n  actionsequence = ( editfiles\n');
  writeFileSync(join(dir, 'diverges.cf'), 'control:\n  actionsequence = ( editfiles )\neditfiles:\n  { /etc/hosts\n    InsertLine "x"\n  }\n');
  writeFileSync(join(dir, 'class.cf'), 'control:\n  actionsequence = ( files )\nfiles:\n  webserverz::\n    /etc/x mode=0644 action=fixplain\n');
  mkdirSync(join(dir, 'a-directory.cf'));
  files.splice(5, 0, join(dir, 'syntax.cf'));
  files.splice(12, 0, join(dir, 'missing.cf'));
  files.splice(20, 0, join(dir, 'diverges.cf'));
  files.splice(27, 0, join(dir, 'a-directory.cf'));
  files.push(join(dir, 'class.cf'));
});

describe('cfwasm lint on worker threads', () => {
  it.each(['text', 'json', 'sarif'])('-j 3 prints what -j 1 prints (%s)', format => {
    const one = cfwasm(['lint', '--format', format, '-j', '1', ...files]);
    const three = cfwasm(['lint', '--format', format, '-j', '3', ...files]);
    expect(three.stdout).toBe(one.stdout);
    expect(three.stderr).toBe(one.stderr);
    expect(three.status).toBe(one.status);
    // Not vacuous: unreadable files make it exit 2, and the findings are many and of each kind.
    expect(one.status).toBe(2);
    expect(one.stderr.split('\n').filter(l => l.startsWith('cfwasm: ')).map(l => l.slice(l.lastIndexOf('/') + 1, l.indexOf(':', l.lastIndexOf('/')))))
      .toEqual(['missing.cf', 'a-directory.cf']);
    for (const code of ['CF001', 'CF012', 'CF015']) expect(one.stdout).toContain(code);
  });

  it('keeps the files in the order given', () => {
    const out = cfwasm(['lint', '-j', '3', ...files]).stdout;
    const order = [...new Set(out.split('\n').filter(Boolean).map(l => l.slice(0, l.indexOf(':'))))];
    expect(order.length).toBeGreaterThan(5);
    expect(order).toEqual(files.filter(f => order.includes(f)));
  });

  it('uses threads by default only for many files with the convergence runs (a --no-run file costs less than a worker start)', () => {
    expect(defaultJobs(1072, true)).toBe(1);
    expect(defaultJobs(63, false)).toBe(1);
    const many = defaultJobs(1072, false);
    expect(many).toBeGreaterThanOrEqual(1);
    expect(many).toBeLessThanOrEqual(8);
  });

  it('turns TurboFan off from 64 files on, up to 2,048 files per thread', () => {
    // Issue #25's 1,072 files on two threads or one: off (a thread's TurboFan work costs more than it saves).
    expect(unoptimised(1072, 2)).toBe(true);
    expect(unoptimised(1072, 1)).toBe(true);
    expect(unoptimised(4096, 2)).toBe(true);
    expect(unoptimised(6144, 3)).toBe(true);
    // More per thread: the optimised code pays for itself.
    expect(unoptimised(4097, 2)).toBe(false);
    expect(unoptimised(2049, 1)).toBe(false);
    // A few files (the build's training of the CLI's code cache lints one): left as they are.
    expect(unoptimised(63, 1)).toBe(false);
    expect(unoptimised(1, 1)).toBe(false);
    expect(unoptimised(64, 1)).toBe(true);
  });

  it('refuses a number of jobs that is not a whole number of at least 1', () => {
    for (const bad of ['0', 'two', '1.5']) {
      const r = cfwasm(['lint', '-j', bad, files[0]]);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain('--jobs takes a whole number of at least 1');
    }
  });
});

describe('the lint worker\'s code', () => {
  it('is the CommonJS bundle the build made, unless the modules are newer or it is missing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cfwasm-lint-worker-'));
    const url = pathToFileURL(`${dir}/`);
    writeFileSync(join(dir, 'lint-worker.js'), '');
    expect(lintWorkerPath(url).pathname).toMatch(/\/lint-worker\.js$/);
    writeFileSync(join(dir, 'lint-worker.bundle.cjs'), '');
    utimesSync(join(dir, 'lint-worker.js'), 1_700_000_000, 1_700_000_000);
    utimesSync(join(dir, 'lint-worker.bundle.cjs'), 1_700_000_100, 1_700_000_100);
    expect(lintWorkerPath(url).pathname).toMatch(/\/lint-worker\.bundle\.cjs$/);
    // A build of the modules alone since (tsc): the bundle is stale.
    utimesSync(join(dir, 'lint-worker.js'), 1_700_000_200, 1_700_000_200);
    expect(lintWorkerPath(url).pathname).toMatch(/\/lint-worker\.js$/);
    // Installed (under node_modules), whatever the times npm gave the files; not when missing.
    const installed = join(dir, 'node_modules', 'cfwasm');
    mkdirSync(installed, { recursive: true });
    writeFileSync(join(installed, 'lint-worker.js'), '');
    expect(lintWorkerPath(pathToFileURL(`${installed}/`)).pathname).toMatch(/\/lint-worker\.js$/);
    writeFileSync(join(installed, 'lint-worker.bundle.cjs'), '');
    utimesSync(join(installed, 'lint-worker.bundle.cjs'), 1_700_000_000, 1_700_000_000);
    utimesSync(join(installed, 'lint-worker.js'), 1_700_000_200, 1_700_000_200);
    expect(lintWorkerPath(pathToFileURL(`${installed}/`)).pathname).toMatch(/\/lint-worker\.bundle\.cjs$/);
  });
});
