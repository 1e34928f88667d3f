/** Runs one editfiles block on one file in the in-memory host and returns what a test checks. */
import { run } from '../../host/api/index.js';

export const FILE = '/etc/test.conf';

export async function edit(content: string | null, commands: string, extra: { control?: string; define?: string[] } = {}) {
  const policy = `control:\n actionsequence = ( editfiles )\n editfilesize = ( 0 )\n${extra.control ?? ''}\n` +
    `editfiles:\n { ${FILE}\n${commands}\n }\n`;
  const r = await run(policy, {
    // With no file, its directory still exists (AutoCreate does not make directories, D8).
    files: content === null ? { '/etc/other': '' } : { [FILE]: content }, now: 1_700_000_000, hostname: 'h',
    define: extra.define,
  });
  const out = r.files[FILE];
  return {
    text: out ? new TextDecoder().decode(out) : null,
    saved: FILE + '.cfsaved' in r.files,
    log: r.log.map(l => `${l.level}: ${l.message}`),
    classes: r.classes,
    exitCode: r.exitCode,
  };
}

export const FIVE = 'alpha\nbeta\ngamma\ndelta\nepsilon\n';

/** A seeded pseudo-random number generator (numbers in [0, 1)): the same sequence each test run. */
export function random(seed: number): () => number {
  let x = seed;
  return () => {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    return x / 0x80000000;
  };
}
