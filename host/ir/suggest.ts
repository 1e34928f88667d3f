/**
 * @fileoverview "Did you mean …?": the known name nearest to a misspelt one, for the diagnostics
 * of parse and lint (and so of everything that shows them). Edit distance with transpositions
 * (`lniux` is one step from `linux`), case ignored; a name too far from every candidate gets no
 * suggestion, so an unrelated name is not "corrected" into something else.
 */

/** Edits (insert, delete, substitute, swap two neighbours) from `a` to `b`; stops past `limit`. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2] + 1);
      current.push(d);
      best = Math.min(best, d);
    }
    if (best > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length];
}

/**
 * The candidate nearest to `name`, or null when none is close: at most a third of the name's
 * length in edits (at least 1, at most 3), and names shorter than 3 characters only by case.
 * Ties go to the alphabetically first, so the answer does not depend on the candidates' order.
 */
export function nearest(name: string, candidates: Iterable<string>): string | null {
  const lower = name.toLowerCase();
  const limit = lower.length < 3 ? 0 : Math.min(3, Math.max(1, Math.floor(lower.length / 3)));
  let found: string | null = null;
  let distance = limit + 1;
  for (const candidate of candidates) {
    if (candidate === name) continue;
    const d = editDistance(lower, candidate.toLowerCase(), limit);
    if (d < distance || (d === distance && found !== null && candidate < found)) {
      found = candidate;
      distance = d;
    }
  }
  return distance <= limit ? found : null;
}

/** `; did you mean X?` to end a message with, or '' (`shown` writes the name as the message does). */
export function didYouMean(name: string, candidates: Iterable<string>, shown = (s: string) => s): string {
  const found = nearest(name, candidates);
  return found === null ? '' : `; did you mean ${shown(found)}?`;
}
