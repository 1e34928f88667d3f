/**
 * @fileoverview Scratch directories for a test file: one mkdtemp base, removed after the file's
 * tests, and a fresh directory under it for each case that asks.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

/** A function giving a new empty directory under one base named `prefix…` (call at a file's top level). */
export function scratchDirs(prefix: string): () => string {
  const base = mkdtempSync(join(tmpdir(), prefix));
  afterAll(() => rmSync(base, { recursive: true, force: true }));
  let n = 0;
  return () => {
    const d = join(base, `d${n++}`);
    mkdirSync(d);
    return d;
  };
}
