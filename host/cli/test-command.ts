/**
 * @fileoverview `cfwasm test DIR…`: runs policy tests written in the conformance-case format in
 * the in-memory host (each twice, as the corpus does) and reports `N passed, M failed`, with the
 * differences of every failure as unified diffs. Tests that need commands are listed, not run.
 */
import { nodeRuntime } from '../node/runtime.js';
import { UnreadableFile } from '../node/bounded-read.js';
import { caseDirs, loadCase } from '../testing/cases.js';
import { outOfScope, runCase } from '../testing/memory-runner.js';
import { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, parseOptions, UsageError } from './usage.js';

const HELP = `usage: cfwasm test DIR…

Runs policy tests: each DIR is a test (policy.cf, before/ or EMPTY, after/, optional after2/,
args, modes, modes.before, exitcode, empty-dirs, as in the conformance corpus) or a directory of
tests. Each runs twice in memory; the tree must equal after/ (then after2/, if present).
Prints one line per test and a closing "N passed, M failed". Exit status: 0 all passed, 1 a test
failed, 2 bad usage.
`;

export async function testCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseOptions(args, { help: { type: 'boolean', short: 'h' } });
  if (values.help) {
    process.stdout.write(HELP);
    return EXIT_OK;
  }
  if (positionals.length === 0) throw new UsageError('test: no test directory given');
  const runtime = await nodeRuntime();
  let passed = 0;
  let failed = 0;
  let notRun = 0;
  for (const dir of positionals) {
    let dirs: string[];
    try {
      dirs = caseDirs(dir);
    } catch {
      process.stderr.write(`cfwasm: ${dir}: cannot read: no such directory\n`);
      return EXIT_USAGE;
    }
    for (const caseDir of dirs) {
      let c: ReturnType<typeof loadCase>;
      try {
        c = loadCase(caseDir);
      } catch (e) {
        // An unreadable file (a FIFO, /dev/zero, too big: said as a file error) or a malformed
        // host.json (said under the case): that case fails.
        failed++;
        if (e instanceof UnreadableFile) {
          process.stdout.write(`FAILED  ${caseDir}\n`);
          process.stderr.write(`cfwasm: ${e.message}\n`);
        } else process.stdout.write(`FAILED  ${caseDir}\n  ${(e as Error).message}\n`);
        continue;
      }
      const why = outOfScope(runtime.parser.parse(c.policy, `${caseDir}/policy.cf`).policy, c.host?.exec !== undefined);
      if (why) {
        notRun++;
        process.stdout.write(`not run ${c.name}: ${why}\n`);
        continue;
      }
      const { problems } = runCase(runtime, c);
      if (problems.length === 0) {
        passed++;
        process.stdout.write(`ok      ${c.name}\n`);
      } else {
        failed++;
        process.stdout.write(`FAILED  ${c.name}\n${problems.map(p => `  ${p.replaceAll('\n', '\n  ')}`).join('\n')}\n`);
      }
    }
  }
  process.stdout.write(`${passed} passed, ${failed} failed${notRun ? `, ${notRun} not run (they need commands)` : ''}\n`);
  return failed ? EXIT_PROBLEMS : EXIT_OK;
}
