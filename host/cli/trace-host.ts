/**
 * @fileoverview `cfwasm run -d2`: every call the core makes to the host, one line each on the
 * way out (name, arguments with file contents shown by size) and the outcome.
 */
import type { Host } from '../core/host-interface.js';

function shown(value: unknown): string {
  if (value instanceof Uint8Array) return `<${value.length} bytes>`;
  return JSON.stringify(value) ?? 'undefined';
}

/** `host` with each call written to `write` before it returns (or throws). */
export function tracing(host: Host, write: (line: string) => void): Host {
  return new Proxy(host, {
    get(target, name, receiver) {
      const member = Reflect.get(target, name, receiver);
      if (typeof member !== 'function') return member;
      return (...args: unknown[]) => {
        const call = `host.${String(name)}(${args.map(shown).join(', ')})`;
        try {
          const result = member.apply(target, args);
          write(`${call} -> ${shown(result)}`);
          return result;
        } catch (e) {
          write(`${call} failed: ${(e as Error).message}`);
          throw e;
        }
      };
    },
  });
}
