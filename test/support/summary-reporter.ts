/**
 * A vitest reporter that ends the run with the plain line `N passed, M failed` (and skipped),
 * which CI reads to know tests ran.
 */
import type { Reporter } from 'vitest/reporters';

interface TaskLike { type: string; tasks?: TaskLike[]; result?: { state?: string }; mode?: string }

export default class SummaryReporter implements Reporter {
  onFinished(files: TaskLike[] = []): void {
    const counts = { pass: 0, fail: 0, skip: 0 };
    const walk = (t: TaskLike) => {
      if (t.tasks) t.tasks.forEach(walk);
      if (t.type !== 'test') return;
      const state = t.result?.state;
      if (state === 'pass') counts.pass++;
      else if (state === 'fail') counts.fail++;
      else counts.skip++;
    };
    files.forEach(walk);
    const skipped = counts.skip ? `, ${counts.skip} skipped` : '';
    process.stdout.write(`\n${counts.pass} passed, ${counts.fail} failed${skipped}\n`);
  }
}
