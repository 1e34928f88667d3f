/**
 * @fileoverview Why a second run changes a file again, from the traces of the two runs
 * (docs/trace.md): the first command of the file's editing whose result differs between them —
 * one that stopped or failed in one run and not in the other (a LocateLineMatching that found
 * nothing the first time because an earlier command left the pointer past the end) — or else the
 * first command that changed the file in the second run. Used by lint's CF015 and the
 * playground's Convergence tab, so both name the same command.
 */
import type { Location } from '../ir/types.js';

/** The fields of a trace's edit records this reads. */
interface EditRecord {
  event: string;
  file?: string;
  index?: number;
  at?: { file: string; line: number; column: number };
  command?: string;
  status?: string;
  reason?: string;
  stopped?: boolean;
  added?: unknown[];
  deleted?: unknown[];
  changed?: unknown[];
}

export interface Divergence {
  /** stopped/failed: the command's search came out differently; changed: it edits again. */
  kind: 'stopped' | 'failed' | 'changed';
  command: string;
  at: { file: string; line: number; column: number };
  why: string;
}

const changedLines = (e: EditRecord) => (e.added?.length ?? 0) + (e.deleted?.length ?? 0) + (e.changed?.length ?? 0) > 0;

/** Each edit record of `path`, keyed by command index and occurrence (loops repeat an index). */
function records(trace: readonly object[], path: string): Map<string, EditRecord> {
  const out = new Map<string, EditRecord>();
  const seen = new Map<number, number>();
  for (const e of trace as EditRecord[]) {
    if (e.event !== 'edit' || e.file !== path || e.index === undefined) continue;
    const n = (seen.get(e.index) ?? 0) + 1;
    seen.set(e.index, n);
    out.set(`${e.index}#${n}`, e);
  }
  return out;
}

/** The command to blame for `path` changing again in the second run, or null (the traces do not say). */
export function firstDivergence(first: readonly object[], second: readonly object[], path: string): Divergence | null {
  const one = records(first, path);
  const two = records(second, path);
  for (const [key, b] of two) {
    const a = one.get(key);
    if (!b.at || !b.command) continue;
    const at = b.at;
    if (a && Boolean(a.stopped) !== Boolean(b.stopped)) {
      const stoppedIn = a.stopped ? 'the first run' : 'the second run';
      return { kind: 'stopped', command: b.command, at, why: `${b.command} ended the editing in ${stoppedIn} only (the line pointer it started from differs: ${a.stopped ? a.reason ?? '' : b.reason ?? ''})`.replace(/: \)$/, ')') };
    }
    if (a && (a.status === 'failed') !== (b.status === 'failed')) {
      return { kind: 'failed', command: b.command, at, why: `${b.command} failed in ${a.status === 'failed' ? 'the first' : 'the second'} run only` };
    }
    if (b.status === 'ran' && changedLines(b)) {
      const was = !a ? 'was not reached in the first run' : a.status === 'skipped' ? `was skipped in the first run (${a.reason})` : 'changed it in the first run too';
      return { kind: 'changed', command: b.command, at, why: `${b.command} changes it again in the second run (it ${was})` };
    }
  }
  return null;
}

/** A divergence's place as a Location (the command's name) in `file`, for a diagnostic. */
export function divergenceLoc(d: Divergence, file: string): Location {
  return { file, line: d.at.line, column: d.at.column, endLine: d.at.line, endColumn: d.at.column + d.command.length };
}
