/**
 * @fileoverview Runs a policy: sets up the classes and variables from the host's facts, the
 * options and the control/groups sections (in file order: "defined before they are used",
 * L1112-1117), then runs the actionsequence (L6399) entry by entry.
 */
import { atoiSaturating } from '../util/number';
import { JKind, JValue } from '../util/json';
import { isControlList, isControlName, MAX_VALUE, RunContext } from './context';
import { runEditfiles } from '../editfiles/editfiles';
import { runFiles } from '../actions/files';
import { runDirectories } from '../actions/directories';
import { runLinks } from '../actions/links';
import { runDisable } from '../actions/disable';
import { runCopy } from '../actions/copy';
import { runTidy } from '../actions/tidy';
import { runResolve } from '../actions/resolve';
import { runRequired } from '../actions/required';
import { runShellcommands } from '../actions/shellcommands';
import { runProcesses } from '../actions/processes';
import * as host from '../host';
import * as gc from './gc';
import { saveSetuidLog } from '../actions/setuid';
import { Trace } from './trace';
import { cleanPath } from './paths';
import { RunSettings } from './settings';
import { TextBuilder } from '../util/text';

const NOT_SUPPORTED: string[] = ['mountall', 'mountinfo', 'addmounts', 'unmount', 'netconfig', 'mailcheck'];

/** The sections read before the actions run (declarations()). */
const DECLARING: string[] = ['control', 'groups', 'classes', 'mountables', 'binservers', 'ignore'];

export class Run {
  ctx: RunContext = new RunContext();
  policy: JValue;
  sections: JValue[];
  /** Actions a runtime option switches off (`copy` → "-k"), with the option to name. */
  switchedOff: Map<string, string> = new Map<string, string>();

  /**
   * `policy`: the request's, or (index.ts samePolicy) the previous run's, parsed once; `settings`:
   * the request's options and facts, or (sameRequest) the previous run's, read once.
   */
  constructor(request: JValue, policy: JValue = request.get('policy'), settings: RunSettings = new RunSettings(request)) {
    this.policy = policy;
    this.sections = policy.get('sections').list();
    const ctx = this.ctx;
    const o = settings;
    ctx.host = o.host;
    ctx.fqhost = o.fqhost;
    ctx.hardClass = o.hardClass;
    ctx.arch = o.arch;
    ctx.timezone = o.timezone;
    ctx.now = o.now;
    ctx.uid = o.uid;
    ctx.gid = o.gid;
    ctx.pid = o.pid;
    ctx.locks.off = o.noLocks;
    ctx.locks.inRun = o.locksInRun;
    ctx.traverseLinks = o.traverseLinks;
    if (o.deleteStaleLinks) ctx.deadLinks = 'kill';
    ctx.enforceLinks = o.enforceLinks;
    ctx.useEnv = o.useEnv;
    this.noSplay = o.noSplay;
    if (o.dryRun) this.beginDryRun();
    ctx.noEdits = o.noEdits;
    if (!isNaN(o.editGrowthLimit)) ctx.editGrowthLimit = o.editGrowthLimit;
    ctx.noCommands = o.noCommands;
    this.omitInfo = o.omitInfo;
    this.noProgress = o.noProgress;
    ctx.changes.off = o.omitChanges;
    ctx.noProcesses = o.noProcesses;
    this.declarationsOnly = this.declarationsOnly || o.declarationsOnly;
    for (let i = 0; i < o.switchedOffActions.length; i++) this.switchedOff.set(o.switchedOffActions[i], o.switchedOffBy[i]);
    for (let i = 0; i < o.envNames.length; i++) ctx.env.set(o.envNames[i], o.envValues[i]);
    for (let i = 0; i < o.negate.length; i++) ctx.negated.add(o.negate[i]);
    if (o.trace) ctx.trace = new Trace();
    ctx.originKind = 'any';
    ctx.define('any');
    ctx.originKind = 'hard';
    // -H: no hard classes at all; -U: hard classes begin with an underscore (L14610, L14686).
    this.noHardClasses = o.noHardClasses;
    this.hardPrefix = o.underscoreClasses ? '_' : '';
    if (!this.noHardClasses) {
      const prefix = this.hardPrefix;
      const hard = o.hardClasses;
      // Without -U the names as they are: '' + name would be a copy of each, every run.
      for (let i = 0; i < hard.length; i++) ctx.define(prefix.length ? prefix + hard[i] : hard[i]);
      ctx.originKind = 'hostname';
      ctx.define(prefix.length ? prefix + ctx.host : ctx.host);
    }
    ctx.originKind = 'define';
    const define = o.define;
    for (let i = 0; i < define.length; i++) ctx.define(define[i]);
  }

  /** -H and -U: what they do to hard classes, also to those `domain` defines later. */
  private noHardClasses: bool = false;
  private hardPrefix: string = '';

  /** control, groups and classes sections, in file order. */
  private declarations(): void {
    const ctx = this.ctx;
    for (let s = 0; s < this.sections.length; s++) {
      const section = this.sections[s];
      const name = section.get('name').asString();
      // Only these sections declare anything (evaluating the other sections' classes did nothing
      // but cost each run two lookups and a class test per item).
      if (!DECLARING.includes(name)) continue;
      const items = section.get('items').list();
      for (let i = 0; i < items.length; i++) {
        const item = items[i];
        if (item.get('kind').asString() == 'entry' && ctx.evaluate(item.get('when'))) {
          if (name == 'mountables') ctx.mountables.push(ctx.expand(item.get('value')));
          if (name == 'binservers') {
            const names = ctx.expandList(item.get('value'));
            for (let k = 0; k < names.length; k++) ctx.binserverNames.push(names[k]);
          }
          if (name == 'ignore') {
            const names = ctx.expandList(item.get('value'));
            // An absolute path is compared whole with an entry's path (sweep.ts isIgnored).
            for (let k = 0; k < names.length; k++) ctx.ignore.push(cleanPath(names[k]));
          }
        }
        if (item.get('kind').asString() != 'assignment' || !ctx.evaluate(item.get('when'))) continue;
        if (name == 'control') this.controlAssignment(item);
        else if (name == 'groups' || name == 'classes') this.group(item);
      }
    }
  }

  private controlAssignment(item: JValue): void {
    const ctx = this.ctx;
    const name = item.get('name').asString();
    const values: string[] = [];
    const raw = item.get('values').list();
    for (let i = 0; i < raw.length; i++) values.push(ctx.expand(raw[i]));
    const lower = name.toLowerCase();
    if (lower == 'addclasses') {
      if (ctx.trace) ctx.originKind = 'addclasses';
      for (let i = 0; i < values.length; i++) ctx.define(values[i]);
    }
    if (lower == 'domain' && values.length > 0) this.domainClasses(values[0]);
    if (lower == 'dryrun' && values.length > 0 && values[0].toLowerCase() == 'on') this.beginDryRun();
    // Control variables are case-insensitive; user macros are not (L1949-1952, D10).
    if (lower == 'actionsequence' || lower == 'addclasses' || isControlName(lower)) {
      // A list setting given again adds to the list (as the agent does; L6685-6696, L6781-6817);
      // any other setting takes the later definition whose class is true (D10), as for macros.
      if (isControlList(lower) && ctx.control.has(lower)) {
        const list = ctx.control.get(lower);
        for (let i = 0; i < values.length; i++) list.push(values[i]);
      } else ctx.control.set(lower, values);
    } else {
      if (ctx.macros.has(name)) ctx.warn(ctx.prefix + 'macro ' + name + ' is defined again; the last definition wins');
      // Many variables in one list can pass the bound together; text written out in full cannot explode.
      let written = true;
      for (let i = 0; i < raw.length && written; i++) {
        if (raw[i].kind == JKind.String) continue;
        const parts = raw[i].get('parts').list();
        for (let k = 0; k < parts.length; k++) if (parts[k].get('kind').asString() != 'text') written = false;
      }
      const value = values.join(' ');
      ctx.macros.set(name, !written && value.length > MAX_VALUE ? ctx.tooLong('of ' + name) : value);
    }
  }

  /**
   * The domain and the fully qualified name as classes once `domain` is set (L1730-1745): dots
   * (and anything else that cannot be in a class) become underscores, so `example.org` on host
   * `web1` defines `example_org` and `web1_example_org`.
   */
  private domainClasses(domain: string): void {
    const ctx = this.ctx;
    const name = domain.toLowerCase();
    if (name.length == 0 || this.noHardClasses) return;
    const kind = ctx.originKind;
    ctx.originKind = 'hostname';
    ctx.define(this.hardPrefix + canonify(name));
    ctx.define(this.hardPrefix + canonify(ctx.host + '.' + name));
    ctx.originKind = kind;
  }

  /** Dry run from here on (-n, or DryRun = ( on ) in control, L6700): changes go to the host's overlay. */
  private beginDryRun(): void {
    if (this.ctx.dryRun) return;
    this.ctx.dryRun = true;
    const r = host.beginDryRun(this.ctx.now, this.ctx.uid, this.ctx.gid);
    if (!r.ok) {
      // Safer to do nothing than to change what was meant to be only looked at.
      this.ctx.error(this.ctx.prefix + 'the host cannot do a dry run (' + r.message + '); no action is run');
      this.ctx.exitCode = 1;
      this.declarationsOnly = true;
    }
  }

  /**
   * groups/classes (L9202-9343, D25): a member is a host name, a class expression (`linux.any`,
   * `x|linux`, `!x`) or a quoted shell command; the class is the OR of the members. A `-member`
   * removes the host wherever it stands in the list, so subtractions are decided first (and no
   * command runs for a host they remove); a list of only subtractions is false.
   */
  private group(item: JValue): void {
    const ctx = this.ctx;
    const name = item.get('name').asString();
    const members = item.get('values').list();
    if (ctx.trace) {
      ctx.originKind = 'group';
      ctx.originDetail = name;
    }
    for (let i = 0; i < members.length; i++) {
      const m = members[i];
      if (m.get('quote').kind != 0) continue;
      const value = ctx.expand(m);
      if (value.length > 1 && value.charCodeAt(0) == 0x2d /* - */ && this.isMember(value.substring(1))) return;
    }
    for (let i = 0; i < members.length; i++) {
      const m = members[i];
      const value = ctx.expand(m);
      if (m.get('quote').kind != 0) {
        if (ctx.noCommands) continue;
        const r = host.exec(value, ctx.execOptions());
        if (!r.available) {
          ctx.warn(ctx.prefix + 'group ' + name + ': cannot run "' + value + '": ' + r.output);
          continue;
        }
        if (r.status == 0) {
          ctx.define(name);
          return;
        }
        continue;
      }
      if (value.length > 0 && value.charCodeAt(0) == 0x2d) continue;
      if (this.isMember(value)) {
        ctx.define(name);
        return;
      }
    }
  }

  /** A group member names this host: its host name, or a class expression that is true. */
  private isMember(value: string): bool {
    const ctx = this.ctx;
    if (value.length == 0) return false;
    if (value == ctx.host || value == ctx.fqhost) return true;
    return ctx.evaluateText(value);
  }

  /** The items of every section named `name` whose class is true now, in file order. */
  private items(name: string): JValue[] {
    const out: JValue[] = [];
    for (let s = 0; s < this.sections.length; s++) {
      if (this.sections[s].get('name').asString() != name) continue;
      const items = this.sections[s].get('items').list();
      const trace = this.ctx.trace;
      for (let i = 0; i < items.length; i++) {
        if (this.ctx.evaluate(items[i].get('when'))) out.push(items[i]);
        else if (trace) trace.itemSkipped(items[i]);
      }
    }
    return out;
  }

  /**
   * access (L6370-6390): when the list is given, only those users (names or uids) may run the
   * policy; anyone else gets an error and nothing runs.
   */
  private accessAllowed(): bool {
    const ctx = this.ctx;
    if (!ctx.control.has('access')) return true;
    const allowed = ctx.control.get('access');
    const users = ctx.userAccounts().users;
    let name = '';
    for (let i = 0; i < users.length; i++) if (users[i].id == ctx.uid) name = users[i].name;
    for (let i = 0; i < allowed.length; i++) {
      if (allowed[i] == ctx.uid.toString() || (name.length > 0 && allowed[i] == name)) return true;
    }
    ctx.error(ctx.prefix + 'user ' + (name.length ? name : ctx.uid.toString()) + ' is not in the access list (' +
      allowed.join(' ') + '); nothing is run');
    ctx.exitCode = 1;
    return false;
  }

  /** -q: no splay sleep. */
  noSplay: bool = false;

  /**
   * SplayTime (L4582-4610, L7291): hosts started together spread their runs over N minutes, each waiting
   * a time fixed by its name (the same host always waits as long), unless -q or a dry run.
   */
  private splay(): void {
    const ctx = this.ctx;
    const minutes = atoiSaturating(ctx.controlValue('splaytime', '0'));
    if (minutes <= 0 || this.noSplay) return;
    let hash: u32 = 2166136261;
    for (let i = 0; i < ctx.fqhost.length; i++) hash = (hash ^ <u32>ctx.fqhost.charCodeAt(i)) * 16777619;
    // In u64: minutes * 60 wraps i32 past 35,791,394 minutes.
    const seconds = <i32>min<u64>(<u64>hash % (<u64>minutes * 60), <u64>i32.MAX_VALUE);
    if (ctx.dryRun) {
      ctx.info(ctx.prefix + 'would sleep ' + seconds.toString() + ' seconds (SplayTime ' + minutes.toString() + ')');
      return;
    }
    ctx.info(ctx.prefix + 'Sleeping for SplayTime ' + seconds.toString() + ' seconds');
    host.sleep(seconds);
  }

  /** Only the declarations (classes, groups, control): for `-a`, which prints sysadm and quits. */
  declarationsOnly: bool = false;

  /** The caller shows no info line the policy does not ask for (PolicyRunOptions.omitInfo). */
  private omitInfo: bool = false;
  /** Nobody watches the run's progress (PolicyRunOptions.noProgress): no host call per action. */
  private noProgress: bool = false;

  run(): void {
    const ctx = this.ctx;
    this.declarations();
    ctx.keepsInfo = !this.omitInfo || ctx.trace != null || ctx.onOff('inform', false) || ctx.onOff('verbose', false) || ctx.onOff('syslog', false);
    if (this.declarationsOnly) return;
    if (!this.accessAllowed()) return;
    if (ctx.overlong) return; // said (Context.tooLong): a policy whose variables explode runs nothing
    if (!ctx.control.has('actionsequence') || ctx.control.get('actionsequence').length == 0) {
      ctx.warn(ctx.prefix + 'Warning: actionsequence is empty: nothing to do');
      return;
    }
    this.splay();
    const sequence = ctx.control.get('actionsequence');
    for (let i = 0; i < sequence.length; i++) {
      if (!this.noProgress) host.progress(i + 1, sequence.length, sequence[i]);
      this.action(sequence[i]);
    }
    saveSetuidLog(ctx);
  }

    /** One actionsequence entry: `action` or `action.class1.class2` (D12). */
  private action(entry: string): void {
    const ctx = this.ctx;
    ctx.itemInform = false;
    ctx.itemSyslog = false;
    const dot = entry.indexOf('.');
    const action = dot < 0 ? entry : entry.substring(0, dot);
    const added: string[] = [];
    const kept = gc.keep(action); // held across the action's sweeps (run/gc.ts)
    gc.keep(added);
    const trace = ctx.trace;
    if (trace) {
      trace.actionBegin(entry, action, ctx.changes.length, ctx.log.length);
      ctx.originKind = 'actionsequence';
      ctx.originDetail = entry;
    }
    if (dot >= 0) {
      const extra = entry.substring(dot + 1).split('.');
      for (let i = 0; i < extra.length; i++) {
        // IfElapsedN and ExpireAfterN are lock times (run/locks.ts), not classes.
        if (extra[i].startsWith('IfElapsed') || extra[i].startsWith('ExpireAfter')) continue;
        if (extra[i].length > 0 && !ctx.isDefined(extra[i]) && !ctx.negated.has(extra[i])) {
          ctx.define(extra[i]);
          added.push(extra[i]);
        }
      }
    }
    if (trace) {
      // Classes defined while the action runs come from its items' define=/elsedefine= (or
      // editfiles' DefineClasses).
      ctx.originKind = 'action';
      ctx.originDetail = action;
    }
    if (this.switchedOff.has(action)) {
      ctx.info(ctx.prefix + action + ' is switched off (' + this.switchedOff.get(action) + ')');
      if (trace) trace.actionSkipped('switched off (' + this.switchedOff.get(action) + ')');
    } else if (!ctx.locks.begin(ctx, action, entry) || (ctx.locks.isWhole(action) && !ctx.locks.allows(ctx, action))) {
      // Locked (another run holds it, or IfElapsed has not passed): nothing of this action now.
      if (trace) trace.actionSkipped('locked (IfElapsed or another run)');
    } else if (action == 'editfiles') {
      if (ctx.noEdits) {
        ctx.info(ctx.prefix + 'editing is switched off (-e)');
        if (trace) trace.actionSkipped('switched off (-e)');
      } else runEditfiles(ctx, this.sections);
    } else if (action == 'files') runFiles(ctx, this.items('files'));
    else if (action == 'directories') runDirectories(ctx, this.items('directories'));
    else if (action == 'links' || action == 'simplelinks' || action == 'childlinks') {
      runLinks(ctx, this.items('links'), action);
    } else if (action == 'disable') runDisable(ctx, this.items('disable'));
    else if (action == 'copy') runCopy(ctx, this.items('copy'));
    else if (action == 'tidy') runTidy(ctx, this.items('tidy'));
    else if (action == 'resolve') runResolve(ctx, this.items('resolve'));
    else if (action == 'checktimezone') checkTimezone(ctx);
    else if (action == 'required' || action == 'disks') {
      // Synonyms (L10336): either action checks the items of both sections.
      runRequired(ctx, this.items('required').concat(this.items('disks')));
    }
    else if (action == 'processes') {
      if (ctx.noProcesses) {
        ctx.info(ctx.prefix + 'processes are switched off (--no-processes)');
        if (trace) trace.actionSkipped('switched off (--no-processes)');
      } else runProcesses(ctx, this.items('processes'));
    } else if (action == 'shellcommands') {
      if (ctx.noCommands) {
        ctx.info(ctx.prefix + 'shell commands are switched off (-s)');
        if (trace) trace.actionSkipped('switched off (-s)');
      } else runShellcommands(ctx, this.items('shellcommands'));
    }
    else if (NOT_SUPPORTED.includes(action)) {
      // The NFS and network-interface model of 1.x (mounts, interfaces, mail spool).
      ctx.warn(ctx.prefix + 'action ' + action + ' is not supported on this platform; nothing done');
      if (trace) trace.actionSkipped('not supported on this platform');
    } else {
      ctx.warn(ctx.prefix + action + ' is not an action of the actionsequence (L6399-6597); skipped');
      if (trace) trace.actionSkipped('not an action');
    }
    ctx.locks.end(ctx);
    if (trace) trace.actionEnd(ctx.changes.length, ctx.log.length);
    for (let i = 0; i < added.length; i++) ctx.classes.delete(added[i]);
    gc.release(kept);
  }
}

/** A name as a class: every character but an ASCII letter or digit becomes `_`. */
function canonify(name: string): string {
  const out = new TextBuilder(name.length);
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    const alnum = (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
    out.addCode(alnum ? c : 0x5f);
  }
  return out.toString();
}

/**
 * checktimezone (L6469, L7430-7445): only a reminder. The first three characters of each
 * `timezone` value are compared with the host's zone; no match is a warning.
 */
function checkTimezone(ctx: RunContext): void {
  const wanted = ctx.control.has('timezone') ? ctx.control.get('timezone') : [];
  if (wanted.length == 0) {
    ctx.warn(ctx.prefix + 'checktimezone: the timezone control variable is not set; nothing to check');
    return;
  }
  const mine = ctx.timezone.substring(0, 3);
  for (let i = 0; i < wanted.length; i++) {
    if (wanted[i].substring(0, 3) == mine) {
      ctx.info(ctx.prefix + 'checktimezone: the time zone is ' + ctx.timezone + ', as the timezone variable says');
      return;
    }
  }
  ctx.warn(ctx.prefix + 'checktimezone: the time zone of this host is ' + ctx.timezone + ', not ' + wanted.join(' or ') +
    ' as the timezone variable says (cfengine does not change it)');
}
