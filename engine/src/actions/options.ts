/**
 * @fileoverview `key=value` options of files, tidy, copy, links, disable, directories: any
 * unique abbreviation, upper or lower case (L8876-8879, L10630); some repeat and accumulate
 * (include=, exclude=, L7634). An unknown or ambiguous name is reported and ignored.
 */
import { atoiSaturating } from '../util/number';
import { JsonWriter, JValue } from '../util/json';
import { RunContext } from '../run/context';

export class Options {
  values: Map<string, string[]> = new Map<string, string[]>();

  has(name: string): bool {
    return this.values.has(name);
  }

  get(name: string, fallback: string = ''): string {
    if (!this.values.has(name)) return fallback;
    const v = this.values.get(name);
    return v.length ? v[v.length - 1] : fallback;
  }

  all(name: string): string[] {
    return this.values.has(name) ? this.values.get(name) : [];
  }
}

function where(item: JValue): string {
  const loc = item.get('loc');
  return loc.get('file').asString() + ':' + loc.get('line').asInt().toString() + ':' + loc.get('column').asInt().toString();
}

/**
 * The manual's own short forms (`r=` `o=` `g=` `m=` `a=` `p=` `l=`, L8880-8890, L10634-10638) are
 * not unique prefixes in every section (`r` is recurse and rmdirs in tidy, `o` owner and oldserver
 * in copy); cfengine settles a shared prefix by its attribute table, in which these come first.
 * A prefix shared by none of them is ambiguous. (host/lint checks options by the same rule.)
 */
export const OPTION_PRECEDENCE = ['recurse', 'mode', 'owner', 'group', 'age', 'action', 'pattern', 'links', 'type', 'dest'];

/** The options of `known` that `written` abbreviates (L8876: any unique prefix). */
function prefixed(written: string, known: string[]): string[] {
  const name = written.toLowerCase();
  const matches: string[] = [];
  for (let i = 0; i < known.length; i++) if (known[i].startsWith(name)) matches.push(known[i]);
  return matches;
}

/** The canonical option name for `written` among `known`, or '' if unknown or ambiguous. */
export function optionName(written: string, known: string[]): string {
  const name = written.toLowerCase();
  if (known.includes(name)) return name;
  const matches = prefixed(name, known);
  if (matches.length == 1) return matches[0];
  for (let i = 0; i < OPTION_PRECEDENCE.length; i++) if (matches.includes(OPTION_PRECEDENCE[i])) return OPTION_PRECEDENCE[i];
  return '';
}

/** The canonical option name for `written`, or '' (reported) if unknown or ambiguous. */
export function resolveName(ctx: RunContext, written: string, known: string[], item: JValue): string {
  const name = optionName(written, known);
  if (name.length > 0) return name;
  const matches = prefixed(written, known);
  ctx.warn(where(item) + ': ' + (matches.length ? 'ambiguous' : 'unknown') + ' option ' + written +
    (matches.length ? ' (' + matches.join(', ') + ')' : '') + '; ignored');
  return '';
}

/**
 * Every way of writing an option of `known` that names one (each prefix of each name, as
 * optionName resolves it), as a JSON object: what lint checks `key=` against.
 */
export function abbreviations(known: string[]): string {
  const out = new JsonWriter();
  const seen = new Set<string>();
  for (let i = 0; i < known.length; i++) {
    for (let n = 1; n <= known[i].length; n++) {
      const prefix = known[i].substring(0, n);
      if (seen.has(prefix)) continue;
      seen.add(prefix);
      const name = optionName(prefix, known);
      if (name.length > 0) out.str(prefix, name);
    }
  }
  return out.toString();
}

export function readOptions(ctx: RunContext, item: JValue, known: string[]): Options {
  // Every item-by-item action reads an item's options first: where the trace's item begins.
  const trace = ctx.trace;
  if (trace) trace.itemStart(item, ctx.changes.length, ctx.log.length);
  const out = new Options();
  const options = item.get('options').list();
  for (let i = 0; i < options.length; i++) {
    const name = resolveName(ctx, options[i].get('name').asString(), known, item);
    if (name.length == 0) continue;
    if (!out.values.has(name)) out.values.set(name, []);
    out.values.get(name).push(ctx.expand(options[i].get('value')));
  }
  // Per item: its messages are shown (inform=) or sent to syslog (syslog=) as well.
  ctx.itemInform = isTrue(out.get('inform', 'false'));
  ctx.itemSyslog = isTrue(out.get('syslog', 'false'));
  return out;
}

/** Defines the classes of a `define=a:b,c.d` list (L8990). */
export function defineList(ctx: RunContext, list: string): void {
  let start = 0;
  for (let i = 0; i <= list.length; i++) {
    const c = i < list.length ? list.charAt(i) : ':';
    if (c == ':' || c == ',' || c == '.') {
      if (i > start) ctx.define(list.substring(start, i));
      start = i + 1;
    }
  }
}

/** recurse=N|inf (L8926): -1 for inf. */
export function recursion(value: string): i32 {
  if (value.toLowerCase() == 'inf') return -1;
  return atoiSaturating(value);
}

/** A size condition (copy L7666, disable L8160, tidy L10690): `<N`, `N`, `>N`, units b/k/m. */
export class SizeLimit {
  /** -1: less than, 0: equal to, 1: greater than. */
  op: i32 = 0;
  bytes: f64 = 0;
  valid: bool = true;

  matches(size: f64): bool {
    return this.op < 0 ? size < this.bytes : this.op > 0 ? size > this.bytes : size == this.bytes;
  }
}

/**
 * Reads a size condition; `unit` is the default multiplier (bytes for copy and disable, kilobytes
 * for tidy). Only the first letter after the number counts (`14k`, `14kB`, `14kilobytes`).
 */
export function parseSize(value: string, unit: f64): SizeLimit {
  const out = new SizeLimit();
  let s = value.trim();
  if (s.startsWith('<')) {
    out.op = -1;
    s = s.substring(1);
  } else if (s.startsWith('>')) {
    out.op = 1;
    s = s.substring(1);
  }
  let end = 0;
  while (end < s.length && s.charCodeAt(end) >= 48 && s.charCodeAt(end) <= 57) end++;
  if (end == 0) {
    out.valid = false;
    return out;
  }
  let scale = unit;
  if (end < s.length) {
    const u = s.charAt(end).toLowerCase();
    if (u == 'b') scale = 1;
    else if (u == 'k') scale = 1024;
    else if (u == 'm') scale = 1024 * 1024;
    else {
      out.valid = false;
      return out;
    }
  }
  out.bytes = parseFloat(s.substring(0, end)) * scale;
  return out;
}

/** A true/on/yes option value. */
export function isTrue(value: string): bool {
  const v = value.toLowerCase();
  return v == 'true' || v == 'on' || v == 'yes';
}
