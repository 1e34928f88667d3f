/**
 * @fileoverview This test process's child processes, from /proc (Linux): the temp reaper's helper
 * is found by its command line, started or not, once or twice.
 */
import * as fs from 'node:fs';

/** The pids of this process's children whose command line (its NUL-separated words) `matches`. */
export function childPids(matches: (argv: string[]) => boolean): number[] {
  const found: number[] = [];
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, 'latin1');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === process.pid && matches(fs.readFileSync(`/proc/${name}/cmdline`, 'latin1').split('\0'))) found.push(Number(name));
    } catch { /* gone meanwhile */ }
  }
  return found;
}
