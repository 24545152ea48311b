/** Little-endian field readers and extra-field lookup shared by the zip reader's parts. */

/**
 * A 64-bit little-endian size or offset, refused beyond what a JS number holds exactly.
 * @example readUint64(view, 24) // a zip64 size
 */
export function readUint64(view: DataView, at: number): number | null {
  const low = view.getUint32(at, true);
  const high = view.getUint32(at + 4, true);
  const value = high * 0x1_0000_0000 + low;
  return Number.isSafeInteger(value) ? value : null;
}

/**
 * The data of the first extra-field block with this header id (0x0001 zip64, 0x7075 Info-ZIP
 * Unicode Path), or undefined. A block that runs past the end ends the walk.
 * @example findExtraField(entry.extra, 0x0001) // the zip64 sizes, when present
 */
export function findExtraField(extra: Uint8Array, id: number): Uint8Array | undefined {
  let at = 0;
  while (at + 4 <= extra.length) {
    const blockId = extra[at] | (extra[at + 1] << 8);
    const size = extra[at + 2] | (extra[at + 3] << 8);
    const end = at + 4 + size;
    if (end > extra.length) return undefined;
    if (blockId === id) return extra.subarray(at + 4, end);
    at = end;
  }
  return undefined;
}

/**
 * A DataView over exactly the bytes of a Uint8Array (which may be a window on a larger buffer).
 * @example viewOf(bytes).getUint32(0, true)
 */
export function viewOf(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
