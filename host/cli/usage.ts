/**
 * @fileoverview Exit codes (D15) and the usage error every subcommand throws for bad arguments.
 */
import { parseArgs } from 'node:util';
import type { ParseArgsConfig } from 'node:util';

export const EXIT_OK = 0;
export const EXIT_PROBLEMS = 1;
export const EXIT_USAGE = 2;

export class UsageError extends Error {}

/** What the command line says of a usage error (exit 2: D15); anything else is thrown on. */
export function sayUsageError(e: unknown): number {
  if (!(e instanceof UsageError)) throw e;
  process.stderr.write(`cfwasm: ${e.message}\nTry 'cfwasm --help'.\n`);
  return EXIT_USAGE;
}

/** node:util parseArgs, with its errors turned into UsageError. */
type Parsed<T extends ParseArgsConfig['options']> =
  ReturnType<typeof parseArgs<{ args: string[]; options: T; allowPositionals: true; strict: true }>>;

/**
 * The common command line read without node:util's parseArgs, whose first call compiles its code
 * (≈1 ms of a small run; this code comes from the CLI's code cache): known options, long or of
 * one letter, each value a word of its own or after `=`, and words that are not options. Null for
 * anything else (an unknown or grouped option, a value missing or starting with '-', `--`), which
 * parseArgs then reads, with its messages. test/cli/options.test.ts holds the two together.
 */
export function parseCommonOptions<T extends ParseArgsConfig['options']>(args: string[], options: T): Parsed<T> | null {
  const specs = (options ?? {}) as Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }>;
  const values: Record<string, string | boolean | (string | boolean)[]> = Object.create(null);
  const positionals: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    let name: string | undefined;
    let inline: string | undefined;
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      name = eq < 0 ? arg.slice(2) : arg.slice(2, eq);
      if (eq >= 0) inline = arg.slice(eq + 1);
    } else if (arg.length === 2 && arg[0] === '-' && arg !== '--') {
      name = Object.keys(specs).find(n => specs[n].short === arg[1]);
    } else if (arg[0] === '-') {
      return null; // grouped letters, a value joined to its letter, '-' itself
    } else {
      positionals.push(arg);
      continue;
    }
    const spec = name && Object.hasOwn(specs, name) ? specs[name] : undefined;
    if (!name || !spec) return null;
    let value: string | boolean = true;
    if (spec.type === 'boolean') {
      if (inline !== undefined) return null;
    } else if (inline !== undefined) {
      if (inline === '') return null;
      value = inline;
    } else {
      const next = args[i + 1];
      if (next === undefined || next.startsWith('-') || next === '') return null;
      value = next;
      i++;
    }
    if (spec.multiple) ((values[name] ??= []) as (string | boolean)[]).push(value);
    else values[name] = value;
  }
  return { values, positionals } as unknown as Parsed<T>;
}

export function parseOptions<T extends ParseArgsConfig['options']>(args: string[], options: T): Parsed<T> {
  const common = parseCommonOptions(args, options);
  if (common) return common;
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
