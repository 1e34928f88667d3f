/** Confinement tests: whether `f` was refused as leaving the root (a HostError EACCES). */
import { HostError } from '../../host/core/host-interface.js';

export function refused(f: () => unknown): boolean {
  try {
    f();
  } catch (e) {
    return e instanceof HostError && e.code === 'EACCES';
  }
  return false;
}
