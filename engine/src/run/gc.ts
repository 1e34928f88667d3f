/**
 * @fileoverview Collection in the middle of a run. The core uses AssemblyScript's minimal
 * runtime, whose collector marks from globals and pinned objects only, never the call stack: it
 * may run only where everything the active frames still need is reachable from a global. A run
 * is one call, so without this a sweep over a million files kept every byte it ever allocated
 * (several kilobytes of garbage per file) and died past 4 GiB.
 *
 * Discipline: the run is a global (index.ts `current`); a frame that holds, across a call that
 * reaches a safe point, an object not reachable from the run registers it with `keep` and drops
 * it with `release(mark)`. Safe points are only at the head of a sweep's step, where the step's
 * own locals are dead. Forgetting a release only keeps garbage longer; forgetting a keep frees a
 * live object, which is why tests run the sweeps with a collection at every entry.
 */

/** What the frames on the stack hold (see keep). */
const roots: Object[] = [];

/** Registers `o` as live until release(mark) with a mark taken before; returns that mark. */
export function keep(o: Object): i32 {
  roots.push(o);
  return roots.length - 1;
}

/** The current mark: release(mark) drops what was kept after it. */
export function mark(): i32 {
  return roots.length;
}

export function release(mark: i32): void {
  if (mark < roots.length) roots.length = mark;
}

/** Entries between collections (a request may lower it: tests collect at every entry). */
let every: i32 = 4096;
let since: i32 = 0;
/** Set by a request: collect at exactly that interval (tests), whatever the memory. */
let fixed: bool = false;

export function collectEvery(n: i32): void {
  every = n > 0 ? n : 4096;
  fixed = n > 0;
  since = 0;
}

/**
 * The interval: `every` entries, or one per 16 KiB of the core's memory when that is more. A
 * collection marks everything live, and a big policy's IR is live for the whole run (100,000
 * items are hundreds of MB): collecting it every 4096 items would cost more than the items, so
 * the interval grows with the memory, which keeps both the marking per entry and the garbage
 * between collections proportional to what is live.
 */
function interval(): i32 {
  if (fixed) return every;
  const byMemory = <i32>(memory.size() << 2); // 64 KiB pages, 4 per page
  return byMemory > every ? byMemory : every;
}

/**
 * A point where the caller's frames hold nothing unkept. A collection marks what is live and
 * frees what is not; what a run keeps for its result (the log, the changes) is a few byte
 * buffers (run/records.ts), so what is live stays small and a fixed interval keeps the cost per
 * entry constant and the garbage between collections bounded.
 */
export function safePoint(): void {
  if (++since < interval()) return;
  since = 0;
  __collect();
}
