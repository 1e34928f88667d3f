/**
 * @fileoverview Exit codes (D15) and the usage error every subcommand throws for bad arguments.
 */
import { parseArgs } from 'node:util';
import type { ParseArgsConfig } from 'node:util';

export const EXIT_OK = 0;
export const EXIT_PROBLEMS = 1;
export const EXIT_USAGE = 2;

export class UsageError extends Error {}

/** node:util parseArgs, with its errors turned into UsageError. */
type Parsed<T extends ParseArgsConfig['options']> =
  ReturnType<typeof parseArgs<{ args: string[]; options: T; allowPositionals: true; strict: true }>>;

export function parseOptions<T extends ParseArgsConfig['options']>(args: string[], options: T): Parsed<T> {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError((e as Error).message.replace(/^.*?: /, ''));
  }
}

/** `f()`, or null once an error of class `kind` (a one-line problem naming its file) is printed. */
export function orSay<T>(kind: abstract new (...args: never[]) => Error, f: () => T): T | null {
  try {
    return f();
  } catch (e) {
    if (!(e instanceof kind)) throw e;
    process.stderr.write(`cfwasm: ${e.message}\n`);
    return null;
  }
}
