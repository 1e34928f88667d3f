/**
 * @fileoverview `cfwasm lint FILE… [--format text|json|sarif] [--max-warnings N] [--fixtures DIR]
 * [--no-run] [--classes a,b] [-j N]`: the rules of host/lint (docs/lint-rules.md). Exit 0 clean, 1 errors or more
 * warnings than allowed, 2 bad usage.
 */
import { lstatSync, readdirSync } from 'node:fs';
import { why } from '../node/bounded-read.js';
import { join, relative } from 'node:path';
import { formatDiagnostic } from '../ir/diagnostics.js';
import type { Diagnostic } from '../ir/diagnostics.js';
import { RULES } from '../lint/rules.js';
import { classList } from '../api/facts.js';
import { readPolicyBytes, UnreadableFile } from './read-policy.js';
import { defaultJobs, lintFiles } from './lint-files.js';
import type { FileResult } from './lint-files.js';
import { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, parseOptions, UsageError } from './usage.js';

const HELP = `usage: cfwasm lint [--format text|json|sarif] [--max-warnings N] [--fixtures DIR] [--no-run] [--classes a,b] [-j N] FILE…

Checks policies: syntax, sections, editfiles commands, regular expressions, groups, the
actionsequence, macros, and edits that do not converge (each edited file is run twice in memory,
from the files under --fixtures DIR when given, else from trial files built from each block's own
searches: a line each pattern matches, with and without each; --no-run skips that), classes and variables nothing defines. --classes names the classes that come from
outside the policy (host names, -D classes). Rules: docs/lint-rules.md.
-j/--jobs N lints on N threads, this one and N-1 workers (default: one per core, at most 8, from
64 files on, unless --no-run; 1: no workers); the output is the same whatever N. Files with the
same text are linted once.
Output: FILE:LINE:COL: SEVERITY: MESSAGE [CFnnn] (text), one JSON array, or SARIF 2.1.0.
Exit status: 0 clean, 1 errors or more than N warnings, 2 bad usage.
`;

/**
 * Files under `dir` as policy paths (`dir/etc/x` is /etc/x); a problem is a usage error naming the
 * file. Also the language server's fixtures.
 */
export function readFixtures(dir: string): Record<string, Uint8Array> {
  const out: Record<string, Uint8Array> = {};
  const walk = (d: string) => {
    let names: string[];
    try {
      names = readdirSync(d);
    } catch (e) {
      throw new UsageError(`lint: --fixtures: ${d}: cannot read: ${why(e)}`);
    }
    for (const name of names.sort()) {
      const p = join(d, name);
      // lstat: a link to a directory is not walked (a loop, or /proc); as a file it is refused.
      if (lstatSync(p).isDirectory()) walk(p);
      else {
        // Bytes (files are 8-bit), of regular files of a bounded size: not /dev/zero.
        try {
          out[`/${relative(dir, p)}`] = readPolicyBytes(p);
        } catch (e) {
          throw e instanceof UnreadableFile ? new UsageError(`lint: --fixtures: ${e.message}`) : e;
        }
      }
    }
  };
  walk(dir);
  return out;
}

function sarif(diagnostics: Diagnostic[], version: string): object {
  const rules = Object.values(RULES);
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'cfwasm', version, informationUri: 'https://example.invalid/cfwasm/docs/lint-rules.md',
          rules: rules.map(r => ({ id: r.id, shortDescription: { text: r.title }, defaultConfiguration: { level: r.severity === 'error' ? 'error' : 'warning' } })),
        },
      },
      results: diagnostics.map(d => ({
        ruleId: d.code ?? RULES.syntax.id,
        level: d.severity === 'error' ? 'error' : d.severity === 'warning' ? 'warning' : 'note',
        message: { text: d.message },
        locations: [{
          physicalLocation: {
            artifactLocation: { uri: d.loc.file },
            region: { startLine: d.loc.line, startColumn: d.loc.column, endLine: d.loc.endLine, endColumn: d.loc.endColumn },
          },
        }],
      })),
    }],
  };
}

export async function lintCommand(args: string[], version: string): Promise<number> {
  const { values, positionals } = parseOptions(args, {
    format: { type: 'string' },
    'max-warnings': { type: 'string' },
    fixtures: { type: 'string' },
    'no-run': { type: 'boolean' },
    classes: { type: 'string', multiple: true },
    jobs: { type: 'string', short: 'j' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    process.stdout.write(HELP);
    return EXIT_OK;
  }
  const format = values.format ?? 'text';
  if (!['text', 'json', 'sarif'].includes(format)) throw new UsageError(`lint: unknown format ${format}`);
  const maxWarnings = values['max-warnings'] === undefined ? Infinity : Number(values['max-warnings']);
  if (Number.isNaN(maxWarnings)) throw new UsageError('lint: --max-warnings takes a number');
  if (positionals.length === 0) throw new UsageError('lint: no policy file given');
  const jobs = values.jobs === undefined ? defaultJobs(positionals.length, values['no-run'] ?? false) : Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError('lint: --jobs takes a whole number of at least 1');
  const fixtures = values.fixtures ? readFixtures(values.fixtures) : undefined;
  const options = { fixtures, noRun: values['no-run'], classes: classList(...values.classes ?? []) };
  const results: FileResult[] = await lintFiles(positionals, options, jobs);
  const all: Diagnostic[] = [];
  let unreadable = false;
  for (const r of results) {
    if ('unreadable' in r) {
      process.stderr.write(`cfwasm: ${r.unreadable}\n`);
      unreadable = true;
    } else all.push(...r.diagnostics);
  }
  if (format === 'text') for (const d of all) process.stdout.write(`${formatDiagnostic(d)}\n`);
  else if (format === 'json') process.stdout.write(`${JSON.stringify(all, null, 2)}\n`);
  else process.stdout.write(`${JSON.stringify(sarif(all, version), null, 2)}\n`);
  if (unreadable) return EXIT_USAGE;
  const errors = all.filter(d => d.severity === 'error').length;
  const warnings = all.filter(d => d.severity === 'warning').length;
  return errors > 0 || warnings > maxWarnings ? EXIT_PROBLEMS : EXIT_OK;
}
