/** Comparing two workbook packages part by part, as bytes. */
import { unzipSync } from 'fflate';

export type Parts = Record<string, Uint8Array>;

export function partsOf(bytes: Uint8Array): Parts {
  return unzipSync(bytes);
}

function same(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** Names of parts added, removed or changed between two packages, sorted. */
export function changedParts(a: Parts, b: Parts): string[] {
  const names = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...names].filter((n) => !a[n] || !b[n] || !same(a[n], b[n])).sort();
}

export function textOf(parts: Parts, name: string): string {
  return new TextDecoder().decode(parts[name]);
}
