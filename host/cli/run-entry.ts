/**
 * @fileoverview `cfwasm run` alone: the entry point of the run bundle (scripts/bundle-cli.mjs),
 * which bin/load-cli.js loads for a run instead of the whole CLI's. A run then reads, holds and
 * has compiled none of the other commands' code (lint, fmt, test, the language server: two
 * fifths of the CLI's text), and its code cache is a tenth smaller: the text is a string in the
 * heap for the whole run, and V8 deserialises all of a cache at each start.
 */
import { sayUsageError } from './usage.js';

/** `cfwasm run …` (argv[0] is 'run'), as main.ts runs it. */
export async function main(argv: string[]): Promise<number> {
  if (argv[0] !== 'run') throw new Error(`the run bundle runs 'run' only, not '${argv[0]}'`);
  // A signal that kills the run leaves no temp (node/temp-reaper.ts).
  (await import('../node/temp-reaper.js')).reapTempsOnExit();
  try {
    return await (await import('./run-command.js')).runCommand(argv.slice(1));
  } catch (e) {
    return sayUsageError(e);
  }
}
