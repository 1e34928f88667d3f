/** @fileoverview The version the CLI reports: package.json's. */
import { readFileSync } from 'node:fs';

export function cfwasmVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8'));
  return `cfwasm ${pkg.version}`;
}
