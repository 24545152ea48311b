/**
 * A part's bytes handed out in pieces of the given sizes (cycled), all in one buffer that each
 * pull first spoils: the hardest source PullBytes allows, as the command line's inflater reuses
 * its buffer. A reader that keeps a piece past the next pull without copying it reads '<'s.
 */
import type { PullBytes } from '../../src/hosts/xlsx/zip/codec';

const SPOIL = 0x3c;

export function spoiledPieces(bytes: Uint8Array, sizes: readonly number[]): PullBytes {
  const shared = new Uint8Array(Math.min(bytes.length, Math.max(...sizes)));
  let at = 0;
  let n = 0;
  let last = 0;
  return () => {
    shared.fill(SPOIL, 0, last);
    if (at >= bytes.length) return null;
    last = Math.min(sizes[n++ % sizes.length], bytes.length - at);
    shared.set(bytes.subarray(at, at + last));
    at += last;
    return shared.subarray(0, last);
  };
}
