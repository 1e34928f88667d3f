/**
 * Helpers of the tests that drive RemoteClient against a stand-in worker (test/fleet/client-*.test.ts):
 * a packed listing in the form the stand-in's script can hold, and the HostError a call throws.
 */
import type { HostError } from '../../host/core/host-interface.js';
import { packListing } from '../../host/node/remote/packed-listing.js';

/** A packed listing as the script can hold it (its numbers a plain array). */
export function scriptListing(entries: Parameters<typeof packListing>[0]) {
  const p = packListing(entries);
  return { ...p, numbers: { floats: [...p.numbers] } };
}

/** The HostError `f` throws; the test fails if it throws none. */
export function caught(f: () => unknown): HostError {
  try {
    f();
  } catch (e) {
    return e as HostError;
  }
  throw new Error('did not throw');
}
