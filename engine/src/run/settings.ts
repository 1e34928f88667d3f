/**
 * @fileoverview A run request's options and facts (host/core/run-request.ts), read out of its JSON
 * once. A request sent again as `sameRequest` (index.ts: lint's trial runs, a dozen per policy)
 * runs with the settings already read: finding its ~35 members again was a share of each small run.
 * Nothing a run does changes them.
 */
import { JValue } from '../util/json';

export class RunSettings {
  host: string;
  fqhost: string;
  hardClass: string;
  arch: string;
  timezone: string;
  now: f64;
  uid: i32;
  gid: i32;
  pid: f64;
  noLocks: bool;
  locksInRun: bool;
  traverseLinks: bool;
  deleteStaleLinks: bool;
  enforceLinks: bool;
  useEnv: bool;
  noSplay: bool;
  dryRun: bool;
  noEdits: bool;
  /** NaN when the request sets none (the context's default stays). */
  editGrowthLimit: f64;
  noCommands: bool;
  omitInfo: bool;
  noProgress: bool;
  omitChanges: bool;
  omitClasses: bool;
  noProcesses: bool;
  declarationsOnly: bool;
  collectEvery: i32;
  samePolicy: bool;
  /** Actions switched off and the option that did it, side by side. */
  switchedOffActions: string[] = [];
  switchedOffBy: string[] = [];
  envNames: string[] = [];
  envValues: string[] = [];
  negate: string[];
  trace: bool;
  noHardClasses: bool;
  underscoreClasses: bool;
  hardClasses: string[];
  define: string[];

  constructor(request: JValue) {
    const facts = request.get('facts');
    const host = facts.get('host').asString('localhost');
    const hardClass = facts.get('class').asString('linux');
    this.host = host;
    this.fqhost = facts.get('fqhost').asString(host);
    this.hardClass = hardClass;
    this.arch = facts.get('arch').asString(hardClass);
    this.timezone = facts.get('timezone').asString('UTC');
    this.now = facts.get('now').num;
    this.uid = facts.get('uid').asInt();
    this.gid = facts.get('gid').asInt();
    this.pid = facts.get('pid').num;
    this.noLocks = request.get('noLocks').asBool();
    this.locksInRun = request.get('locksInRun').asBool();
    this.traverseLinks = request.get('traverseLinks').asBool();
    this.deleteStaleLinks = request.get('deleteStaleLinks').asBool();
    this.enforceLinks = request.get('enforceLinks').asBool();
    this.useEnv = request.get('useEnv').asBool();
    this.noSplay = request.get('noSplay').asBool();
    this.dryRun = request.get('dryRun').asBool();
    this.noEdits = request.get('noEdits').asBool();
    const growth = request.get('editGrowthLimit');
    this.editGrowthLimit = growth.isNull ? NaN : growth.num;
    this.noCommands = request.get('noCommands').asBool();
    this.omitInfo = request.get('omitInfo').asBool();
    this.noProgress = request.get('noProgress').asBool();
    this.omitChanges = request.get('omitChanges').asBool();
    this.omitClasses = request.get('omitClasses').asBool();
    this.noProcesses = request.get('noProcesses').asBool();
    this.declarationsOnly = request.get('declarationsOnly').asBool();
    this.collectEvery = request.get('collectEvery').asInt();
    this.samePolicy = request.get('samePolicy').asBool();
    this.negate = strings(request.get('negate'));
    this.trace = request.get('trace').asBool();
    this.noHardClasses = request.get('noHardClasses').asBool();
    this.underscoreClasses = request.get('underscoreClasses').asBool();
    this.hardClasses = strings(facts.get('hardClasses'));
    this.define = strings(request.get('define'));
    const off = request.get('switchedOff');
    const actions = off.keyList();
    for (let i = 0; i < actions.length; i++) {
      this.switchedOffActions.push(actions[i]);
      this.switchedOffBy.push(off.get(actions[i]).asString());
    }
    const env = request.get('env');
    const names = env.keyList();
    for (let i = 0; i < names.length; i++) {
      this.envNames.push(names[i]);
      this.envValues.push(env.get(names[i]).asString());
    }
  }
}

/** An array's items as strings (a non-string item is the empty string, as asString says). */
function strings(v: JValue): string[] {
  const items = v.list();
  const out = new Array<string>(items.length);
  for (let i = 0; i < items.length; i++) out[i] = items[i].asString();
  return out;
}
