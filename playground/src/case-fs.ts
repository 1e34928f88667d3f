/**
 * @fileoverview `node:fs` for the worker bundle (playground/build.mjs aliases it here): the few
 * synchronous calls host/testing/cases.ts makes, answered from an in-memory volume. So the page
 * reads a test case with the very code `cfwasm test` reads one with, from files it was given.
 */
import { Volume } from 'memfs';

/** Where opened test cases are written before cases.ts reads them. */
export const caseVolume = new Volume();

export const existsSync = (path: string) => caseVolume.existsSync(path);
export const lstatSync = (path: string) => caseVolume.lstatSync(path);
export const readdirSync = (path: string) => caseVolume.readdirSync(path) as string[];
export const readFileSync = (path: string, encoding?: BufferEncoding) => caseVolume.readFileSync(path, encoding);
export const readlinkSync = (path: string) => String(caseVolume.readlinkSync(path));

// host/node/bounded-read.ts reads a case's files through a descriptor (a regular file of a
// bounded size): the volume's own descriptors, opened for reading whatever the flags ask.
export const constants = { O_RDONLY: 0, O_NONBLOCK: 0o4000, O_NOFOLLOW: 0o400000 };
export const openSync = (path: string | Uint8Array) => caseVolume.openSync(typeof path === 'string' ? path : new TextDecoder().decode(path), 'r');
export const fstatSync = (fd: number) => caseVolume.fstatSync(fd);
export const readSync = (fd: number, buffer: Uint8Array, offset: number, length: number, position: number | null) =>
  caseVolume.readSync(fd, buffer, offset, length, position);
export const closeSync = (fd: number) => caseVolume.closeSync(fd);
