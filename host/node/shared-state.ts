/**
 * @fileoverview The state directory is shared by every run that names it, and runs overlap: a
 * run writes its state by reading what is there now and combining it with its own (under the
 * state file's lock, node-host.ts writeState), so one run never drops what another wrote since
 * it read. The core reads a state once and writes it whole; these rules know its two formats:
 * - `locks` (engine/src/run/locks.ts): `{"last": {ATOM: minutes}, "running": {ACTION: {start, pid}}}`.
 *   An atom's last time is the later of the two; a running marker of this run is as this run
 *   says (set, or removed when its action ended), another run's as the file says.
 * - `setuid.log` (engine/src/actions/setuid.ts): one path a line, the union of both in order.
 * Any other state is this run's alone.
 */

interface Locks {
  last: Record<string, number>;
  running: Record<string, { start: number; pid: number }>;
}

/** The locks state, or an error message saying what is wrong with it. */
export function parseLocks(text: string): Locks | string {
  let j: unknown;
  try {
    j = JSON.parse(text);
  } catch (e) {
    return `not JSON (${(e as Error).message})`;
  }
  const o = j as Partial<Locks>;
  if (typeof o !== 'object' || o === null || typeof o.last !== 'object' || typeof o.running !== 'object' ||
    o.last === null || o.running === null) return 'not a locks file (no "last" and "running")';
  for (const v of Object.values(o.last)) if (typeof v !== 'number') return 'a time in "last" is not a number';
  for (const m of Object.values(o.running)) {
    if (typeof m !== 'object' || m === null || typeof m.pid !== 'number' || typeof m.start !== 'number') {
      return 'a marker in "running" has no pid or start';
    }
  }
  return o as Locks;
}

function mergeLocks(onDisk: Locks, mine: Locks, pid: number): Locks {
  const last = { ...onDisk.last };
  for (const [atom, t] of Object.entries(mine.last)) last[atom] = Math.max(t, last[atom] ?? -Infinity);
  const running: Locks['running'] = {};
  for (const [action, m] of Object.entries(onDisk.running)) if (m.pid !== pid) running[action] = m;
  for (const [action, m] of Object.entries(mine.running)) if (m.pid === pid) running[action] = m;
  return { last: sorted(last), running: sorted(running) };
}

function sorted<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * Whether a locks write `mine` may wait (node-host.ts writeState): it stamps no atom — its "last"
 * is the one `base` (what this run read or last wrote; null: no file) holds — so it only sets or
 * removes this run's running markers, which matter to other runs only once this run changes
 * something. False for anything unreadable (written at once, as ever).
 */
export function onlyMarkersDiffer(base: Uint8Array | null, mine: Uint8Array): boolean {
  const decode = (b: Uint8Array) => parseLocks(new TextDecoder().decode(b));
  const was = base ? decode(base) : { last: {}, running: {} };
  const now = decode(mine);
  if (typeof was === 'string' || typeof now === 'string') return false;
  const names = Object.keys(now.last);
  return names.length === Object.keys(was.last).length && names.every(a => was.last[a] === now.last[a]);
}

/** Whether `mine` sets this process's running markers (`pid`) otherwise than `base` (null: no file) does. */
export function ownMarkersDiffer(base: Uint8Array | null, mine: Uint8Array, pid: number): boolean {
  const own = (b: Uint8Array | null) => {
    const l = b ? parseLocks(new TextDecoder().decode(b)) : { last: {}, running: {} };
    if (typeof l === 'string') return null;
    return JSON.stringify(Object.entries(l.running).filter(([, m]) => m.pid === pid).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  };
  const was = own(base);
  return was === null || was !== own(mine);
}

/** What to write for state `name`: this run's `mine` combined with `onDisk` (null: none there). */
export function combineState(name: string, onDisk: Uint8Array | null, mine: Uint8Array, pid: number): Uint8Array {
  if (!onDisk) return mine;
  const text = new TextDecoder();
  if (name === 'locks') {
    const disk = parseLocks(text.decode(onDisk));
    const own = parseLocks(text.decode(mine));
    if (typeof disk === 'string' || typeof own === 'string') return mine; // a corrupt file is replaced (reported on read)
    return new TextEncoder().encode(JSON.stringify(mergeLocks(disk, own, pid)));
  }
  if (name === 'setuid.log') {
    const lines = new Set(text.decode(onDisk).split('\n').filter(Boolean));
    for (const l of text.decode(mine).split('\n')) if (l) lines.add(l);
    return new TextEncoder().encode([...lines].map(l => `${l}\n`).join(''));
  }
  return mine;
}
