/**
 * A server's listing crosses from the worker to the main thread packed (names in one string,
 * numbers in one Float64Array: host/node/remote/packed-listing.ts); what the core gets must be
 * what the entries said, errors and link targets included.
 */
import { expect, it } from 'vitest';
import { packListing, unpackListing } from '../../host/node/remote/packed-listing.js';
import type { Listing } from '../../host/node/remote/packed-listing.js';

const stat = { mode: 0o644, uid: 0, gid: 4, size: 1234, atime: 1_700_000_001, mtime: 1_700_000_000, ctime: 1_700_000_002, ino: 77, dev: 2049 };

it('files, directories, links with their targets, other types and refused entries come back as the host interface gives them', () => {
  const listing: Listing = [
    { name: 'a file', type: 'file', ...stat },
    { name: 'dir', type: 'dir', ...stat, mode: 0o755, size: 4096, ino: 78 },
    { name: 'link', type: 'link', ...stat, size: 5, target: 'a file' },
    { name: 'fifo', type: 'other', ...stat, size: 0 },
    { name: 'secret', error: 'not there, or access denied' },
    { name: 'é\udcff', type: 'file', ...stat, size: 2 ** 40 },
  ];
  const packed = packListing(listing);
  expect(packed.numbers).toBeInstanceOf(Float64Array);
  expect(unpackListing(structuredClone(packed))).toEqual([
    { name: 'a file', type: 'file', mode: 0o644, mtime: 1_700_000_000, atime: 1_700_000_001, size: 1234, uid: 0, gid: 4, ino: 77, dev: 2049 },
    { name: 'dir', type: 'dir', mode: 0o755, mtime: 1_700_000_000, atime: 1_700_000_001, size: 4096, uid: 0, gid: 4, ino: 78, dev: 2049 },
    { name: 'link', type: 'link', mode: 0o644, mtime: 1_700_000_000, atime: 1_700_000_001, size: 5, uid: 0, gid: 4, ino: 77, dev: 2049, target: 'a file' },
    { name: 'fifo', type: 'none', mode: 0o644, mtime: 1_700_000_000, atime: 1_700_000_001, size: 0, uid: 0, gid: 4, ino: 77, dev: 2049 },
    { name: 'secret', type: 'none', mode: 0, mtime: 0, size: 0, uid: 0, gid: 0, error: 'not there, or access denied' },
    { name: 'é\udcff', type: 'file', mode: 0o644, mtime: 1_700_000_000, atime: 1_700_000_001, size: 2 ** 40, uid: 0, gid: 4, ino: 77, dev: 2049 },
  ]);
});

it('an empty directory and one entry named by an empty string are told apart', () => {
  expect(unpackListing(packListing([]))).toEqual([]);
  expect(unpackListing(packListing([{ name: '', error: 'not usable as a file name' }]))).toEqual([
    { name: '', type: 'none', mode: 0, mtime: 0, size: 0, uid: 0, gid: 0, error: 'not usable as a file name' },
  ]);
});
