/**
 * @fileoverview The shellcommands action (L10487-10590): run each quoted command (iterated over
 * list variables, L10566-10590, D23) through the host; its output is shown prefixed with the
 * start of the command (case 170). Under dry run, only what would run is said.
 */
import { JValue } from '../util/json';
import { RunContext } from '../run/context';
import * as host from '../host';
import * as change from '../run/changes';
import { defineList, readOptions } from './options';

export const KNOWN = ['timeout', 'useshell', 'umask', 'owner', 'group', 'background', 'define', 'syslog', 'inform',
  'chdir', 'chroot', 'preview'];

export function runShellcommands(ctx: RunContext, items: JValue[]): void {
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (item.get('kind').asString() != 'shell') continue;
    const o = readOptions(ctx, item, KNOWN);
    const commands = ctx.expandList(item.get('command'));
    const timeout = o.has('timeout') ? I32.parseInt(o.get('timeout')) : 0;
    let ran = false;
    for (let c = 0; c < commands.length; c++) {
      const command = commands[c];
      if (!ctx.locks.allows(ctx, command)) continue;
      if (ctx.dryRun) {
        ctx.info(ctx.prefix + 'would execute script ' + command);
        change.noteCommand(ctx, command);
        continue;
      }
      ctx.info(ctx.prefix + 'Executing script ' + command + '...');
      const r = host.exec(command, timeout, ctx.commandEnv());
      if (!r.available) {
        ctx.warn(ctx.prefix + 'shellcommands: ' + r.output);
        continue;
      }
      change.noteCommand(ctx, command);
      ran = true;
      const label = command.length > 15 ? command.substring(0, 15) : command;
      const lines = r.output.split('\n');
      for (let l = 0; l < lines.length; l++) {
        if (lines[l].length > 0) ctx.info(ctx.prefix + label + ': ' + lines[l]);
      }
    }
    if (ran && o.has('define')) defineList(ctx, o.get('define'));
  }
}
