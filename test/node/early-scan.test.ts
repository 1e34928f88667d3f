/**
 * bin/cfwasm.js starts the remote copy worker before the CLI loads for a `run -f FILE` whose text
 * names a server (host/node/remote/early.ts): the scan reads the file as the CLI will, and starts
 * the worker for `server=` in any case and spacing, and for nothing else.
 */
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startEarly, takeEarly } from '../../host/node/remote/early.js';

const dir = fs.mkdtempSync(join(tmpdir(), 'cfwasm-early-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Whether startEarly started a worker for a policy of `text` (ended again at once). */
function starts(text: string, args = (file: string) => ['run', '-f', file]): boolean {
  const file = join(dir, `p${Math.random().toString(36).slice(2)}.cf`);
  fs.writeFileSync(file, text);
  startEarly(args(file));
  const handle = takeEarly();
  if (handle) void handle.worker.terminate();
  return handle !== null;
}

describe('the early start of the remote worker', () => {
  it('starts for a policy that copies from a server, whatever the spelling of server=', () => {
    expect(starts('copy:\n /x dest=/y server=h\n')).toBe(true);
    expect(starts(`${'# padding\n'.repeat(10_000)}copy:\n /x dest=/y SERVER = h\n`)).toBe(true);
    expect(starts('copy:\n /x dest=/y server=h\n', file => ['run', `--file=${file}`])).toBe(true);
  });

  it('does not start for anything else', () => {
    expect(starts('editfiles:\n { /etc/motd\n AppendIfNoSuchLine "server"\n }\n')).toBe(false);
    expect(starts('copy:\n /x dest=/y server=h\n', file => ['run', '-f', file, '--no-copy'])).toBe(false);
    expect(starts('')).toBe(false);
  });

  it('takes the text the bin read already, and still decides on it', () => {
    // The bin loads early.ts only for a text with server= and hands it over: the file is not read again.
    const given = (text: string) => {
      startEarly(['run', '-f', join(dir, 'not-there.cf')], text);
      const handle = takeEarly();
      if (handle) void handle.worker.terminate();
      return handle !== null;
    };
    expect(given('copy:\n /x dest=/y server=h\n')).toBe(true);
    expect(given('editfiles:\n { /etc/motd\n AppendIfNoSuchLine "server"\n }\n')).toBe(false);
  });
});
