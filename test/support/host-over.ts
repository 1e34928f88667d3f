/**
 * node-host.ts as a fresh module instance over a byte-fs.ts some of whose calls a test replaces
 * (vi.doMock): to count the syscalls a cache spares, stage a race at one exact call, or have a
 * call fail as a full disk would. Each file that uses it undoes it after each test (undoHostOver).
 */
import { vi } from 'vitest';

/** byte-fs.ts as node-host.ts imports it (this file sits as deep as the test files). */
const BYTE_FS = '../../host/node/byte-fs.js';
export type ByteFs = typeof import('../../host/node/byte-fs.js');

/** A fresh NodeHost class over byte-fs.ts with `wrap`'s calls in place of its own. */
export async function hostOver(wrap: (real: ByteFs) => Record<string, unknown>) {
  vi.doMock(BYTE_FS, async (importOriginal) => {
    const real = await importOriginal<ByteFs>();
    return { ...real, ...wrap(real) };
  });
  vi.resetModules();
  return (await import('../../host/node/node-host.js')).NodeHost;
}

/** The real byte-fs.ts and fresh modules again (in afterEach). */
export function undoHostOver(): void {
  vi.doUnmock(BYTE_FS);
  vi.resetModules();
}
