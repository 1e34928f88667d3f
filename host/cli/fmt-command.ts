/**
 * @fileoverview `cfwasm fmt [--check|--write|--diff] FILE…`: the canonical layout of host/fmt.
 * Without an option the formatted text goes to standard output.
 */
import { statSync } from 'node:fs';
import { unifiedDiff } from '../api/diff.js';
import { formatText } from '../fmt/index.js';
import { nodePolicyParser } from '../node/grammar.js';
import { writeAtomically } from '../node/atomic-write.js';
import { encodePolicyText } from '../ir/policy-text.js';
import { readPolicyOrSay } from './read-policy.js';
import { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, parseOptions, UsageError } from './usage.js';

const HELP = `usage: cfwasm fmt [--check | --write | --diff] FILE…

Lays policies out one way: sections at column 0, class selectors at 2, items at 4, block commands
and continuation lines further in; comments and tokens stay as written.
  --check   list the files that are not formatted; exit 1 if any
  --write   rewrite the files in place
  --diff    print what would change, as unified diffs
A file with syntax errors is not formatted (see cfwasm parse). Exit status 0 / 1 / 2 (usage).
`;

/**
 * Replaces `file` atomically, its mode (and, as root, its owner) kept: complete or not at all
 * (node/atomic-write.ts). Its bytes as they were read. Null if done, else why not.
 */
function rewrite(file: string, text: string): string | null {
  try {
    const st = statSync(file);
    const owner = process.getuid?.() === 0 ? { uid: st.uid, gid: st.gid } : undefined;
    writeAtomically(file, encodePolicyText(text), { mode: st.mode & 0o7777, owner });
    return null;
  } catch (e) {
    return (e as Error).message;
  }
}

export async function fmtCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseOptions(args, {
    check: { type: 'boolean' }, write: { type: 'boolean' }, diff: { type: 'boolean' }, help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    process.stdout.write(HELP);
    return EXIT_OK;
  }
  if (positionals.length === 0) throw new UsageError('fmt: no policy file given');
  if ([values.check, values.write, values.diff].filter(Boolean).length > 1) throw new UsageError('fmt: choose one of --check, --write, --diff');
  if (values.write && positionals.includes('-')) throw new UsageError('fmt: --write cannot rewrite standard input');
  const parser = await nodePolicyParser();
  let status = EXIT_OK;
  for (const file of positionals) {
    const text = readPolicyOrSay(file);
    if (text === null) {
      status = EXIT_USAGE;
      continue;
    }
    const formatted = formatText(parser, text, file);
    if (formatted === null) {
      process.stderr.write(`cfwasm: ${file}: has syntax errors; not formatted (cfwasm parse ${file})\n`);
      status = EXIT_PROBLEMS;
      continue;
    }
    if (values.check) {
      if (formatted !== text) {
        process.stdout.write(`${file}\n`);
        status = EXIT_PROBLEMS;
      }
    } else if (values.write) {
      const failed = formatted !== text ? rewrite(file, formatted) : null;
      if (failed !== null) {
        process.stderr.write(`cfwasm: ${file}: not rewritten (left as it was): ${failed}\n`);
        status = EXIT_PROBLEMS;
      }
    } else if (values.diff) process.stdout.write(unifiedDiff(`/${file}`, text, formatted));
    else process.stdout.write(formatted);
  }
  return status;
}
