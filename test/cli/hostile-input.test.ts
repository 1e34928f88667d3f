/**
 * Issue 16, what a hostile or unlucky user gives the CLI: an empty or wrong --root, policies and
 * imports that are devices, FIFOs, directories or huge, imports that try to leave --root or are
 * not policies (a secret must not be echoed), and an internal error (one line, exit 70; the
 * trace only when asked for).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cfwasm } from '../support/cli.js';
import { REPO } from '../support/shared.js';

const base = fs.mkdtempSync(join(tmpdir(), 'cfwasm-hostile-'));
afterAll(() => fs.rmSync(base, { recursive: true, force: true }));
const write = (name: string, text: string) => {
  const path = join(base, name);
  fs.mkdirSync(join(path, '..'), { recursive: true });
  fs.writeFileSync(path, text);
  return path;
};
const noStackTrace = (text: string) => expect(text).not.toMatch(/\n\s+at /);

describe('--root that is empty, missing or not a directory', () => {
  // The file the policy edits exists outside any root: an unconfined run would change it.
  const target = write('real-system/motd', 'hello\n');
  const policy = write('edit.cf', `control:\n actionsequence = ( editfiles shellcommands )\n` +
    `editfiles:\n { ${target}\n AppendIfNoSuchLine "pwned"\n }\nshellcommands:\n "/bin/touch ${join(base, 'ran')}"\n`);

  it.each([
    ['', /--root '': empty \(an unset variable\?\)/],
    [join(base, 'nonexistent'), /no such directory/],
    [target, /not a directory/],
    [join(target, 'below'), /not a directory/],
  ])('--root %j is a usage error (exit 2, one line) and nothing runs', (root, message) => {
    const r = cfwasm(['run', '-f', policy, '--root', root]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stdout).toBe('');
    expect(fs.readFileSync(target, 'utf8')).toBe('hello\n');
    expect(fs.existsSync(join(base, 'ran'))).toBe(false);
  });

  it('--root= (empty, attached) too', () => {
    const r = cfwasm(['run', '-f', policy, '--root=']);
    expect(r.status).toBe(2);
    expect(fs.readFileSync(target, 'utf8')).toBe('hello\n');
  });
});

describe('policies that are not regular files of a sane size', () => {
  const fifo = join(base, 'fifo');
  execFileSync('mkfifo', [fifo]);
  // Sparse: 17 MiB that take no room.
  const huge = join(base, 'huge.cf');
  fs.writeFileSync(huge, 'control:\n');
  fs.truncateSync(huge, 17 * 1024 * 1024);

  for (const command of [['run', '-f'], ['parse'], ['lint'], ['fmt']]) {
    it(`${command.join(' ')}: /dev/zero, a FIFO, a directory and a 17 MiB file each get one clear line`, () => {
      for (const [file, message] of [
        ['/dev/zero', 'not a regular file (a device, FIFO or socket)'],
        [fifo, 'not a regular file (a device, FIFO or socket)'],
        [base, 'is a directory'],
        [huge, 'larger than 16 MiB, too big for a policy'],
      ]) {
        const r = cfwasm([...command, file]);
        expect(r.stderr).toBe(`cfwasm: ${file}: cannot read: ${message}\n`);
        expect(r.status).toBe(command[0] === 'run' ? 1 : 2);
      }
    });
  }

  it('lint --fixtures: a device among the fixtures is refused, not read without end', () => {
    const fixtures = join(base, 'fixtures');
    fs.mkdirSync(join(fixtures, 'etc'), { recursive: true });
    fs.symlinkSync('/dev/zero', join(fixtures, 'etc', 'zero'));
    const policy = write('fixtures.cf', 'control:\n actionsequence = ( editfiles )\neditfiles:\n { /etc/zero\n AppendIfNoSuchLine "x"\n }\n');
    const r = cfwasm(['lint', '--fixtures', fixtures, policy]);
    expect(r.stderr).toContain(`cfwasm: lint: --fixtures: ${join(fixtures, 'etc', 'zero')}: cannot read: not a regular file`);
    expect(r.status).toBe(2);
  });

  it('standard input is read up to the limit, not without end', () => {
    const r = cfwasm(['parse', '-'], { input: 'x'.repeat(16 * 1024 * 1024 + 1) });
    expect(r.stderr).toBe('cfwasm: -: cannot read: larger than 16 MiB, too big for a policy\n');
    expect(r.status).toBe(2);
    expect(cfwasm(['parse', '-'], { input: 'control:\n actionsequence = ( files )\n' }).status).toBe(0);
  });
});

describe('imports', () => {
  const shadow = write('shadow', 'root:$6$very.secret.hash:19000:0:99999:7:::\ndaemon:*:19000:0:99999:7:::\n');

  it('a device is refused (not read without end); a file that is not a policy is not echoed', () => {
    const policy = write('imports-bad.cf', `import:\n /dev/zero\n ${shadow}\n`);
    const r = cfwasm(['run', '-n', '-f', policy]);
    const out = r.stdout + r.stderr;
    expect(out).toContain('import: /dev/zero: cannot read: not a regular file');
    expect(out).toContain(`${shadow}:1:1: error: text before any section header`);
    expect(out).not.toContain('secret.hash');
    expect(out).not.toContain('daemon');
    expect(r.status).toBe(1);
  });

  describe('under --root', () => {
    const root = join(base, 'import-root');
    const inputs = join(base, 'inputs');
    write('import-root/etc/site.cf', 'classes:\n inside = ( any )\n');
    // The same absolute path on the machine itself (made below the temp dir, named as the root's).
    write('inputs/local.cf', 'classes:\n local = ( any )\n');
    fs.symlinkSync(shadow, join(inputs, 'absolute-link.cf'));
    fs.symlinkSync('../shadow', join(inputs, 'relative-link.cf'));
    const run = (imports: string[]) => {
      const policy = write('inputs/main.cf', `import:\n${imports.map(i => ` ${i}\n`).join('')}` +
        'control:\n actionsequence = ( shellcommands )\n');
      const r = cfwasm(['run', '-n', '-f', policy, '--root', root, '--json']);
      return { ...r, events: r.stdout.trim().split('\n').filter(Boolean).map(l => JSON.parse(l)) };
    };

    it('an absolute name is a path inside the root', () => {
      const r = run(['/etc/site.cf']);
      expect(r.status).toBe(0);
      expect(r.stdout + r.stderr).not.toMatch(/import:/);
      // The machine's own /etc has no site.cf; had it been read, the import would have failed.
      const missing = run([`${shadow}`]);
      expect(missing.stdout).toContain(`import: ${join(root, shadow)}: cannot read: no such file`);
      expect(missing.stdout).not.toContain('secret.hash');
    });

    it('a relative name is read beside the policy and cannot leave that directory', () => {
      expect(run(['local.cf']).stdout).not.toMatch(/import:/);
      const up = run(['../shadow']);
      expect(up.stdout).toContain('import: ../shadow: leaves the inputs directory');
      const relative = run(['relative-link.cf']);
      expect(relative.stdout).toContain('import: relative-link.cf: leaves the inputs directory');
      // An absolute link target counts from the inputs directory, as from a root.
      const absolute = run(['absolute-link.cf']);
      expect(absolute.stdout).toContain(`import: ${join(inputs, shadow)}: cannot read: no such file`);
      for (const r of [up, relative, absolute]) expect(r.stdout + r.stderr).not.toContain('secret.hash');
    });
  });
});

describe('output to a reader that stops early', () => {
  it('cfwasm … | true (the reader is gone before the first line): no EPIPE trace, no internal error', () => {
    const r = spawnSync('/bin/sh', ['-c', `"${process.execPath}" "${join(REPO, 'bin', 'cfwasm.js')}" run -n -D webservers ` +
      `-f examples/cfengine.conf --root examples/root --state-dir "${join(base, 'state-head')}" --diff | true`],
    { cwd: REPO, encoding: 'utf8' });
    expect(r.stderr).toBe('');
  });
});

describe('an internal error', () => {
  // Stand-in installations: the real bin/ and dist/, one with a corrupt core (an error with no
  // JS frames), one without the grammar wasm as well (thrown from JS code: frames to show).
  const standIn = (name: string, grammar: boolean) => {
    const pkg = join(base, name);
    fs.mkdirSync(join(pkg, 'engine', 'build'), { recursive: true });
    for (const d of ['bin', 'dist', ...(grammar ? ['grammar'] : [])]) fs.cpSync(join(REPO, d), join(pkg, d), { recursive: true });
    fs.copyFileSync(join(REPO, 'package.json'), join(pkg, 'package.json'));
    fs.symlinkSync(join(REPO, 'node_modules'), join(pkg, 'node_modules'));
    fs.writeFileSync(join(pkg, 'engine', 'build', 'cfwasm.wasm'), 'not wasm at all');
    return join(pkg, 'bin', 'cfwasm.js');
  };
  const corruptCore = standIn('pkg-core', true);
  const noGrammar = standIn('pkg-grammar', false);
  const policy = write('ok.cf', 'control:\n actionsequence = ( files )\n');
  const run = (bin: string, args: string[], env: Record<string, string> = {}) => {
    const r = spawnSync(process.execPath, [bin, ...args],
      { encoding: 'utf8', env: { ...process.env, CFWASM_STATE_DIR: join(base, 'state'), ...env } });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
  };

  it('is one line and exit 70, no stack trace', () => {
    const core = run(corruptCore, ['run', '-f', policy]);
    expect(core.stderr).toMatch(/^cfwasm: internal error: CompileError: WebAssembly\.compile\(\): expected magic word .* \(CFWASM_DEBUG=1 shows where\)\n$/);
    const grammar = run(noGrammar, ['parse', policy]);
    expect(grammar.stderr).toMatch(/^cfwasm: internal error: ENOENT: no such file or directory, open '.*tree-sitter-cfengine\.wasm' \(CFWASM_DEBUG=1 shows where\)\n$/);
    for (const r of [core, grammar]) {
      expect(r.status).toBe(70);
      noStackTrace(r.stderr);
    }
  });

  it('shows the trace with CFWASM_DEBUG=1, or run -d', () => {
    for (const r of [run(noGrammar, ['parse', policy], { CFWASM_DEBUG: '1' }), run(noGrammar, ['run', '-d', '-f', policy])]) {
      expect(r.status).toBe(70);
      expect(r.stderr).toMatch(/cfwasm: internal error: Error: ENOENT[^\n]*\n(.*\n)*\s+at /);
    }
  });

  it('the working installation has none of it: the same run exits 0', () => {
    expect(cfwasm(['run', '-f', policy]).status).toBe(0);
  });
});
