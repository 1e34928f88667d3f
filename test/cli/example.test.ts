/**
 * The bundled example (`npm run example`, README's first command): a dry run of
 * examples/cfengine.conf on examples/root says what it would change, warns of nothing, and
 * changes nothing.
 */
import * as fs from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cfwasm } from '../support/cli.js';
import { REPO } from '../support/shared.js';

function tree(dir: string, out: string[] = []): string[] {
  for (const name of fs.readdirSync(dir).sort()) {
    const p = join(dir, name);
    const st = fs.lstatSync(p);
    out.push(`${p} ${st.mode.toString(8)} ${st.isFile() ? fs.readFileSync(p, 'latin1') : ''}`);
    if (st.isDirectory()) tree(p, out);
  }
  return out;
}

describe('npm run example', () => {
  it('plans the edits and the link, warns of nothing, changes nothing', () => {
    const root = join(REPO, 'examples', 'root');
    const before = tree(root);
    const scripts = JSON.parse(fs.readFileSync(join(REPO, 'package.json'), 'utf8')).scripts as Record<string, string>;
    const args = scripts.example.replace(/^node bin\/cfwasm\.js /, '').split(/\s+/);
    const r = cfwasm(args);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).not.toMatch(/^(warning|error):/m);
    expect(r.stdout).toContain('would link files /usr/local/bin/app -> /opt/app/bin/app');
    expect(r.stdout).toContain('+Welcome to ');
    expect(r.stdout).toContain('-debug = yes\n');
    expect(tree(root)).toEqual(before);
  });
});
