/**
 * @fileoverview `cfwasm parse FILE…`: syntax check; `--tree` prints the syntax tree, `--ir` the
 * policy IR as JSON.
 */
import { formatDiagnostic } from '../ir/diagnostics.js';
import { printTree } from '../ir/print-tree.js';
import { nodePolicyParser } from '../node/grammar.js';
import { readPolicyOrSay } from './read-policy.js';
import { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, parseOptions, UsageError } from './usage.js';

const HELP = `usage: cfwasm parse [--tree | --ir] FILE…

Checks the syntax of each policy FILE ('-' reads standard input). Prints nothing for a clean
file, else one line per problem: FILE:LINE:COL: error: MESSAGE (1-based).
  --tree   print the syntax tree of each file
  --ir     print the policy IR of each file as JSON
Exit status: 0 clean, 1 a file has errors, 2 bad usage or an unreadable file.
`;

export async function parseCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseOptions(args, {
    tree: { type: 'boolean' },
    ir: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    process.stdout.write(HELP);
    return EXIT_OK;
  }
  if (positionals.length === 0) throw new UsageError('parse: no policy file given');

  const parser = await nodePolicyParser();
  let status = EXIT_OK;
  for (const file of positionals) {
    const text = readPolicyOrSay(file);
    if (text === null) {
      status = EXIT_USAGE;
      continue;
    }
    const result = parser.parse(text, file, { keepTree: values.tree });
    for (const d of result.diagnostics) process.stdout.write(`${formatDiagnostic(d)}\n`);
    if (result.diagnostics.some(d => d.severity === 'error') && status === EXIT_OK) {
      status = EXIT_PROBLEMS;
    }
    if (result.tree) {
      process.stdout.write(`${printTree(result.tree)}\n`);
      result.tree.delete();
    }
    if (values.ir) process.stdout.write(`${JSON.stringify(result.policy, null, 2)}\n`);
  }
  return status;
}
