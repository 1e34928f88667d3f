/**
 * @fileoverview The processes action (L10108-10323): the pattern is searched in every line of the
 * process table (a substring match, D2); matching processes get signal= (never processes 0-3,
 * except hup to init), matches= checks their number, define= fires when there are some, and
 * `restart "command"` runs when there are none. action=warn only reports.
 */
import { atoiSaturating } from '../util/number';
import { JValue } from '../util/json';
import { RunContext } from '../run/context';
import { compilePattern, MatchResult } from '../regex/regex';
import { regexErrorMessage } from '../regex/syntax';
import { utf8 } from '../util/bytes';
import * as host from '../host';
import * as change from '../run/changes';
import { defineList, readOptions } from './options';

export const KNOWN = ['signal', 'matches', 'define', 'action', 'useshell', 'elsedefine', 'syslog', 'inform', 'owner', 'group',
  'umask', 'chroot', 'chdir', 'timeout'];
const SIGNALS = ['hup', 'int', 'quit', 'ill', 'trap', 'iot', 'emt', 'fpe', 'kill', 'bus', 'segv', 'sys', 'pipe',
  'alrm', 'term', 'urg', 'stop', 'tstp', 'cont', 'chld', 'gttin', 'gttou', 'io', 'xcpu', 'xfsz', 'vtalrm', 'prof',
  'winch', 'lost', 'usr1', 'usr2'];

/** Whether `count` satisfies matches= (`<N`: fewer than N, `>N`: more than N, `N`: exactly N). */
function countOk(spec: string, count: i32): bool {
  if (spec.length == 0) return true;
  const c = spec.charAt(0);
  const n = atoiSaturating(c == '<' || c == '>' ? spec.substring(1) : spec);
  if (c == '<') return count < n;
  if (c == '>') return count > n;
  return count == n;
}

export function runProcesses(ctx: RunContext, items: JValue[]): void {
  let table: host.ProcessEntry[] | null = null;
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    const kind = item.get('kind').asString();
    if (kind == 'process-options') {
      table = null; // SetOptionString: the table is read again (L10141)
      continue;
    }
    if (kind != 'process') continue;
    if (!table) table = host.processes();
    const o = readOptions(ctx, item, KNOWN);
    const pattern = ctx.expand(item.get('pattern'));
    const re = compilePattern(utf8(pattern));
    if (re.error != 0) {
      ctx.error(ctx.prefix + 'processes: invalid regular expression "' + pattern + '": ' + regexErrorMessage(re.error));
      continue;
    }
    const matched: host.ProcessEntry[] = [];
    for (let p = 0; p < table!.length; p++) {
      const line = utf8(table![p].line);
      if (re.search(line, 0, line.length, 0) == MatchResult.Match) matched.push(table![p]);
    }
    const action = o.get('action', 'signal').toLowerCase();
    const sig = o.get('signal', '').toLowerCase();
    if (action == 'warn') {
      for (let m = 0; m < matched.length; m++) ctx.warn(ctx.prefix + 'process matches "' + pattern + '": ' + matched[m].line);
    } else if (sig.length > 0) {
      if (!SIGNALS.includes(sig)) ctx.error(ctx.prefix + 'processes: unknown signal ' + sig);
      else {
        for (let m = 0; m < matched.length; m++) {
          const pid = matched[m].pid;
          if (pid <= 3 && !(pid == 1 && sig == 'hup')) continue; // L10187
          if (ctx.dryRun) {
            ctx.info(ctx.prefix + 'would send ' + sig + ' to process ' + pid.toString());
            change.noteSignal(ctx, pid, sig);
          } else {
            const r = host.signal(pid, sig);
            if (r.ok) {
              ctx.info(ctx.prefix + 'Signalled ' + sig + ' to process ' + pid.toString());
              change.noteSignal(ctx, pid, sig);
            } else ctx.warn(ctx.prefix + 'processes: ' + r.message);
          }
        }
      }
    }
    if (!countOk(o.get('matches'), matched.length)) {
      ctx.warn(ctx.prefix + matched.length.toString() + ' processes match "' + pattern + '" (matches=' + o.get('matches') + ')');
    }
    if (matched.length > 0 && o.has('define')) defineList(ctx, o.get('define'));
    if (matched.length == 0 && o.has('elsedefine')) defineList(ctx, o.get('elsedefine'));
    const restart = item.get('restart');
    if (!restart.isNull && matched.length == 0) {
      const command = ctx.expand(restart);
      if (ctx.dryRun || ctx.noCommands) {
        ctx.info(ctx.prefix + 'would restart with ' + command);
        if (ctx.dryRun) change.noteCommand(ctx, command);
      } else {
        const options = ctx.execOptions();
        options.useShell = !['false', 'off', 'no'].includes(o.get('useshell', 'true').toLowerCase());
        const r = host.exec(command, options);
        if (r.available) {
          ctx.info(ctx.prefix + 'Restarted: ' + command);
          change.noteCommand(ctx, command);
        } else ctx.warn(ctx.prefix + 'processes: ' + r.output);
      }
    }
  }
}
