/**
 * The previous backup of a saved file is removed before the new one is made: a big one is renamed
 * aside and freed on Node's thread pool while the run goes on (atomic-write.ts, removeSoon). Its
 * name is free at once, nothing is left once the process ends, and what cannot be removed (a
 * directory) is refused as before.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ownTemps, removeSoon } from '../../host/node/atomic-write.js';
import { REPO } from '../support/shared.js';

const base = fs.mkdtempSync(join(tmpdir(), 'cfwasm-backup-'));
afterAll(() => fs.rmSync(base, { recursive: true, force: true }));
let n = 0;

describe('removeSoon', () => {
  it('a big file: its name is free at once, its temp aside is gone once the event loop turns', async () => {
    const dir = join(base, `u${n++}`);
    fs.mkdirSync(dir);
    const path = join(dir, 'f.cfsaved');
    fs.writeFileSync(path, Buffer.alloc(1 << 20, 'x'));
    removeSoon(path);
    expect(fs.existsSync(path)).toBe(false);
    // Renamed aside under a temp name of this process, listed as its own until the unlink is
    // done (the thread pool may have unlinked it already: its callback waits for the event loop).
    const aside = [...ownTemps.live].filter(t => t.startsWith(`${dir}/`));
    expect(aside).toHaveLength(1);
    expect(aside[0].slice(dir.length + 1)).toMatch(new RegExp(`^\\.f\\.cfsaved\\.cfwasm-${process.pid}-[0-9a-f]{16}[0-9a-z]+\\.tmp$`));
    for (let i = 0; i < 200 && (fs.readdirSync(dir).length > 0 || ownTemps.live.has(aside[0])); i++) await new Promise(r => setTimeout(r, 5));
    expect(fs.readdirSync(dir)).toEqual([]);
    expect(ownTemps.live.has(aside[0])).toBe(false);
  });

  it('a small file goes at once; a directory is refused and stays where it is; nothing there throws', () => {
    const dir = join(base, `u${n++}`);
    fs.mkdirSync(dir);
    fs.writeFileSync(join(dir, 'small'), 'x');
    removeSoon(join(dir, 'small'));
    fs.mkdirSync(join(dir, 'adir'));
    fs.writeFileSync(join(dir, 'adir', 'inside'), Buffer.alloc(1 << 20));
    expect(() => removeSoon(join(dir, 'adir'))).toThrow(/EISDIR|EPERM/);
    expect(() => removeSoon(join(dir, 'none'))).toThrow(/ENOENT/);
    expect(fs.readdirSync(dir)).toEqual(['adir']);
    expect(fs.readdirSync(join(dir, 'adir'))).toEqual(['inside']);
  });
});

describe('a save replacing a big backup', () => {
  it('keeps the file as it was as the backup, and leaves no temp once the run is over', () => {
    const root = join(base, `r${n++}`);
    fs.mkdirSync(join(root, 'etc'), { recursive: true });
    const old = 'keep this line\n'.repeat(20_000);
    fs.writeFileSync(join(root, 'etc', 'big'), old);
    fs.writeFileSync(join(root, 'etc', 'big.cfsaved'), 'an older backup\n'.repeat(20_000));
    const policy = join(base, `p${n++}.cf`);
    fs.writeFileSync(policy, 'control:\n actionsequence = ( editfiles )\n editfilesize = ( 0 )\n' +
      'editfiles:\n { /etc/big\n ReplaceAll "keep" With "gone"\n }\n');
    execFileSync(process.execPath, [join(REPO, 'bin', 'cfwasm.js'), 'run', '-q', '-f', policy, '--root', root,
      '--state-dir', join(base, 'state')]);
    expect(fs.readdirSync(join(root, 'etc')).sort()).toEqual(['big', 'big.cfsaved']);
    expect(fs.readFileSync(join(root, 'etc', 'big.cfsaved'), 'utf8') === old).toBe(true);
    expect(fs.readFileSync(join(root, 'etc', 'big'), 'utf8') === old.replaceAll('keep', 'gone')).toBe(true);
  });
});
