/**
 * Without --root, as root, NodeHost caches which directories no other user can change (its guard
 * cache: a link at a name in one of those is followed without a pin). Whatever the run itself
 * does that lets another user into such a directory must empty that cache, whatever form the
 * policy gives the path: `d/`, `d//`, `/./`, a link to the directory, a chown without following.
 * Each case below first has the host look at `d` (cached: root's, 0755), then lets nobody in by
 * one call, then nobody plants `d/f -> victim` (root's 0600 file): a chmod of d/f must refuse
 * the link, not make the victim 0666. (Found by s18-nh with `d/` for rename and remove; the
 * other forms are the same fault: a cache keyed by path, told of a change under another name.)
 */
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { HostError } from '../../host/core/host-interface.js';
import { NodeHost } from '../../host/node/node-host.js';

const asRoot = process.getuid?.() === 0;
const base = fs.realpathSync(fs.mkdtempSync(join(tmpdir(), 'cfwasm-guard-stale-')));
afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

const NOBODY = 65534;
const bytes = (s: string) => new TextEncoder().encode(s);

interface Place { top: string; d: string; victim: string; host: NodeHost }

/**
 * root's directory `top` (mode `topMode`) holding root's 0600 `victim` and root's 0755 `d`, which
 * a fresh host has looked at (written d/f0 through it, so d is cached as guarded).
 */
function place(name: string, topMode = 0o755): Place {
  const top = join(base, name);
  fs.mkdirSync(top);
  fs.chmodSync(top, topMode);
  const victim = join(top, 'victim');
  fs.writeFileSync(victim, 'root:secret\n', { mode: 0o600 });
  const d = join(top, 'd');
  fs.mkdirSync(d, { mode: 0o755 });
  const host = new NodeHost();
  host.writeFile(join(d, 'f0'), bytes('x'), 0o644);
  return { top, d, victim, host };
}

/** nobody plants d/f -> victim; the host's chmod of d/f: refused, the victim's mode kept. */
function plantedLinkRefused(p: Place): void {
  const link = join(p.d, 'f');
  fs.symlinkSync(p.victim, link);
  fs.lchownSync(link, NOBODY, NOBODY);
  plantedLinkRefusedAgain(p, link);
}

/** The host's chmod of `link` (nobody's, to the victim): refused, naming it, the victim's mode kept. */
function plantedLinkRefusedAgain({ victim, host }: Place, link: string): void {
  let error: unknown = null;
  try {
    host.chmod(link, 0o666);
  } catch (e) {
    error = e;
  }
  expect(fs.statSync(victim).mode & 0o777).toBe(0o600);
  expect(error).toBeInstanceOf(HostError);
  expect((error as HostError).message).toContain(`${link}`);
  expect((error as HostError).message).toMatch(/link/);
}

describe.skipIf(!asRoot)('the guard cache forgets a directory the run opens to others, whatever its path\'s form', () => {
  it('control: while d is root\'s and 0755, the host follows root\'s own link in it', () => {
    const p = place('control');
    const link = join(p.d, 'f');
    fs.symlinkSync(join(p.top, 'other'), link);
    fs.writeFileSync(join(p.top, 'other'), 'o\n', { mode: 0o600 });
    p.host.chmod(link, 0o640);
    expect(fs.statSync(join(p.top, 'other')).mode & 0o777).toBe(0o640);
  });

  for (const how of ['rename', 'remove'] as const) {
    for (const form of ['d/', 'd//']) {
      it(`${how} of "${form}", then mkdir d 0777: nobody's link in the new d is refused`, () => {
        const p = place(`${how}-${form.replace(/\W/g, '_')}`);
        p.host.remove(join(p.d, 'f0'));
        const path = `${p.top}/${form}`;
        if (how === 'rename') p.host.rename(path, join(p.top, 'old'));
        else p.host.remove(path);
        expect(fs.existsSync(p.d)).toBe(false);
        p.host.mkdir(p.d, 0o777);
        expect(fs.statSync(p.d).mode & 0o777).toBe(0o777);
        plantedLinkRefused(p);
      });
    }
  }

  ['d', 'd/', 'd//', './d', 'd/.'].forEach((form, i) => {
    it(`chmod of "${form}" to 0777: nobody's link in d is refused`, () => {
      const p = place(`chmod-${i}`);
      p.host.chmod(`${p.top}/${form}`, 0o777);
      expect(fs.statSync(p.d).mode & 0o777).toBe(0o777);
      plantedLinkRefused(p);
    });
  });

  // Another name of d, in which the host has seen it: its state is kept under that name too.
  for (const [label, name] of [['top/./d', (top: string) => `${top}/./d`], ['top/d/.', (top: string) => `${top}/d/.`],
    ['//top/d', (top: string) => `/${top}/d`]] as const) {
    it(`d looked at as ${label}, then renamed by its own name and made again 0777: the link is refused by either name`, () => {
      // A host that has seen d only by that name (place's host saw it as top/d too).
      const p = { ...place(`odd-${label.replace(/\W/g, '_')}`), host: new NodeHost() };
      p.host.writeFile(`${name(p.top)}/f1`, bytes('y'), 0o644);
      p.host.rename(p.d, join(p.top, 'old'));
      p.host.mkdir(p.d, 0o777);
      const link = join(p.d, 'f');
      fs.symlinkSync(p.victim, link);
      fs.lchownSync(link, NOBODY, NOBODY);
      expect(() => p.host.chmod(`${name(p.top)}/f`, 0o666)).toThrow(HostError);
      expect(fs.statSync(p.victim).mode & 0o777).toBe(0o600);
      plantedLinkRefusedAgain(p, link);
    });
  }

  it('a command that opens d (chmod 777 in a shellcommand): nobody\'s link in d is refused', () => {
    const p = place('exec');
    const r = p.host.exec(`chmod 777 '${p.d}'`);
    expect(r.status).toBe(0);
    expect(fs.statSync(p.d).mode & 0o777).toBe(0o777);
    plantedLinkRefused(p);
  });

  it('chmod 0777 through root\'s link to d (another name for it): nobody\'s link in d is refused', () => {
    const p = place('chmod-alias');
    const alias = join(p.top, 'alias');
    fs.symlinkSync(p.d, alias);
    p.host.chmod(alias, 0o777);
    expect(fs.statSync(p.d).mode & 0o777).toBe(0o777);
    plantedLinkRefused(p);
  });

  it('chown of d to nobody through root\'s link to it: nobody\'s link in d is refused', () => {
    const p = place('chown-alias');
    const alias = join(p.top, 'alias');
    fs.symlinkSync(p.d, alias);
    p.host.chown(alias, NOBODY, NOBODY);
    expect(fs.statSync(p.d).uid).toBe(NOBODY);
    plantedLinkRefused(p);
  });

  it('chown of d to nobody without following (lchown): nobody\'s link in d is refused', () => {
    const p = place('lchown');
    p.host.chown(p.d, NOBODY, NOBODY, false);
    expect(fs.lstatSync(p.d).uid).toBe(NOBODY);
    plantedLinkRefused(p);
  });

  it('chmod 0777 of root\'s d in a sticky directory (as /tmp): nobody\'s link in d is refused', () => {
    const p = place('sticky', 0o1777);
    p.host.chmod(p.d, 0o777);
    expect(fs.statSync(p.d).mode & 0o777).toBe(0o777);
    plantedLinkRefused(p);
  });

  it('chmod of a file in d to 0666 (not a directory opened): d is still root\'s, and root\'s own link in it is followed', () => {
    const p = place('file-opened');
    p.host.chmod(join(p.d, 'f0'), 0o666);
    const link = join(p.d, 'f');
    fs.writeFileSync(join(p.top, 'other'), 'o\n', { mode: 0o600 });
    fs.symlinkSync(join(p.top, 'other'), link);
    p.host.chmod(link, 0o640);
    expect(fs.statSync(join(p.top, 'other')).mode & 0o777).toBe(0o640);
  });
});
