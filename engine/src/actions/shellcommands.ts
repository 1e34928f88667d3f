/**
 * @fileoverview The shellcommands action (L10487-10590): run each quoted command (iterated over
 * list variables, L10566-10590, D23) through the host; its output is always shown (log level
 * "output"), each line prefixed with the start of the command (case 170), and a status other than 0
 * is a warning. Under dry run, only what would run is said, and define= classes are defined as
 * the run would define them.
 */
import { atoiSaturating } from '../util/number';
import { JValue } from '../util/json';
import { RunContext } from '../run/context';
import * as host from '../host';
import * as change from '../run/changes';
import { defineList, Options, readOptions } from './options';
import { groupIds, userId } from './owners';

export const KNOWN = ['timeout', 'useshell', 'umask', 'owner', 'group', 'background', 'define', 'syslog', 'inform',
  'chdir', 'chroot', 'preview'];

/** timeout= (seconds, per iteration), useshell=, umask=, owner=/group= (as root), chdir= (L10494-10508). */
function commandOptions(ctx: RunContext, o: Options): host.ExecOptions | null {
  const options = ctx.execOptions();
  if (o.has('timeout')) {
    const t = atoiSaturating(o.get('timeout'));
    if (t < 0) {
      ctx.warn(ctx.prefix + 'shellcommands: timeout=' + o.get('timeout') + ' is not a number of seconds; command not run');
      return null;
    }
    options.timeout = t;
  }
  options.useShell = !['false', 'off', 'no'].includes(o.get('useshell', 'true').toLowerCase());
  if (o.has('umask')) options.umask = o.get('umask');
  if (o.has('owner')) {
    options.uid = userId(ctx, o.get('owner'));
    if (options.uid < 0) return null;
  }
  if (o.has('group')) {
    const groups = groupIds(ctx, o.get('group'));
    if (groups.ids.length == 0) return null;
    options.gid = groups.ids[0];
  }
  if (o.has('chdir')) options.cwd = o.get('chdir');
  return options;
}

export function runShellcommands(ctx: RunContext, items: JValue[]): void {
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (item.get('kind').asString() != 'shell') continue;
    const o = readOptions(ctx, item, KNOWN);
    const commands = ctx.expandList(item.get('command'));
    const options = commandOptions(ctx, o);
    if (!options) continue;
    let ran = false;
    for (let c = 0; c < commands.length; c++) {
      const command = commands[c];
      if (!ctx.locks.allows(ctx, command)) continue;
      if (ctx.dryRun) {
        ctx.info(ctx.prefix + 'would execute script ' + command);
        change.noteCommand(ctx, command);
        // The run would define= its classes (whatever the status): so does the plan, and later
        // items guarded by them plan as they will run (docs/compatibility.md, dry run and define=).
        ran = true;
        continue;
      }
      ctx.info(ctx.prefix + 'Executing script ' + command + '...');
      const r = host.exec(command, options!);
      if (!r.available) {
        ctx.warn(ctx.prefix + 'shellcommands: ' + r.output);
        continue;
      }
      change.noteCommand(ctx, command);
      ran = true;
      // As the agent prints it (case 170): `cfengine:HOST:` with no space, then the command's first
      // 15 characters.
      const prefix = ctx.prefix.substring(0, ctx.prefix.length - 1) + (command.length > 15 ? command.substring(0, 15) : command) + ': ';
      const lines = r.output.split('\n');
      for (let l = 0; l < lines.length; l++) {
        if (lines[l].length > 0) ctx.output(prefix + lines[l], command);
      }
      // The agent says nothing; a failing install script must show in the journal.
      if (r.status != 0) ctx.warn(ctx.prefix + 'shellcommands: ' + command + ' exited with status ' + r.status.toString());
    }
    if (ran && o.has('define')) defineList(ctx, o.get('define'));
  }
}
