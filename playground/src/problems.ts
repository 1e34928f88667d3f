/**
 * @fileoverview Run-time problems of a run: what went wrong although the policy parsed (an unknown
 * command, a bad regex, an editfiles block that stopped early, a file that is not there), each
 * with its log line and its place in the policy. From the run's log and trace (docs/trace.md),
 * nothing else: no pane logic, so Node tests run it on the API's results.
 */
import type { TraceEvent } from '../../host/api/browser.js';

export interface Problem {
  message: string;
  /** Index of its line in the run's log, or null (a stop the log does not name as a problem). */
  log: number | null;
  /** Where in the policy (1-based), or null when the run did not say. */
  line: number | null;
  column: number | null;
}

type Place = { file: string; line: number; column: number };
type Traced = { event: string; at?: Place; block?: Place; log?: [number, number]; status?: string; reason?: string; stopped?: boolean; command?: string };

const AT = /\bpolicy\.cf:(\d+):(\d+)/;

/** The run's problems, in log order. */
export function problemsOf(log: { level: string; message: string }[], trace: TraceEvent[] | undefined): Problem[] {
  const events = (trace ?? []) as unknown as Traced[];
  const inPolicy = (p: Place | undefined) => (p && p.file === 'policy.cf' ? p : undefined);
  /** The most specific traced place whose messages include log line i. */
  const placeOf = (i: number): Place | undefined => {
    let best: Place | undefined;
    let width = Infinity;
    let after = -1;
    events.forEach((e, k) => {
      if (!e.log || e.log[0] > i || i >= e.log[1]) return;
      const at = inPolicy(e.at);
      if (at && e.log[1] - e.log[0] <= width) {
        best = at;
        width = e.log[1] - e.log[0];
      }
      if (!e.at) after = k;
    });
    if (best) return best;
    // An action's message with no command's place (a file that is not there): the first command of
    // it that the run skipped for its file says which block.
    for (let k = after + 1; after >= 0 && k < events.length && !events[k].log; k++) {
      const e = events[k];
      if (e.event === 'edit' && e.reason === 'file') return inPolicy(e.block) ?? inPolicy(e.at);
    }
    return undefined;
  };
  const out: Problem[] = [];
  const seen = new Set<number>();
  log.forEach((l, i) => {
    if (l.level !== 'warning' && l.level !== 'error') return;
    const m = AT.exec(l.message);
    const at = m ? { line: Number(m[1]), column: Number(m[2]) } : placeOf(i);
    seen.add(i);
    out.push({ message: l.message, log: i, line: at?.line ?? null, column: at?.column ?? null });
  });
  // Editing that stopped before the block's end (no match for LocateLineMatching, …) is logged as
  // information; a BreakIfLineMatches that matched stops on purpose.
  for (const e of events) {
    if (e.event !== 'edit' || !e.stopped || e.command === 'BreakIfLineMatches') continue;
    const i = e.log && e.log[1] > e.log[0] ? e.log[0] : null;
    if (i !== null && seen.has(i)) continue;
    const at = inPolicy(e.at);
    out.push({
      message: i !== null ? log[i].message : `${e.command}: ${e.reason ?? 'ended the editing'}; the block's later commands were skipped`,
      log: i, line: at?.line ?? null, column: at?.column ?? null,
    });
  }
  return out.sort((a, b) => (a.log ?? Infinity) - (b.log ?? Infinity));
}
