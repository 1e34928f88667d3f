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
