/**
 * The parts of a package being patched: the original archive plus the parts changed, added or
 * removed. Saving copies every untouched entry raw (its compressed bytes and metadata exactly as
 * they were) and writes only the changed ones; a part changed back to its original bytes is
 * copied raw again.
 */
import { crc32 } from '../zip/crc32';
import { partKey } from '../zip/read-zip';
import { writeZip, type ZipItem } from '../zip/write-zip';
import type { ZipArchive, ZipEntry } from '../zip/zip-types';
import { decodePart, encodePart } from './part-text';

type Change = { readonly kind: 'put'; readonly name: string; readonly bytes: Uint8Array } | { readonly kind: 'removed' };

export class PackageDraft {
  private readonly changes = new Map<string, Change>();
  private readonly textCache = new Map<string, string>();

  constructor(readonly archive: ZipArchive) {}

  /** True when the part exists (in the original, or added) and was not removed. */
  has(path: string): boolean {
    const change = this.changes.get(partKey(path));
    if (change) return change.kind === 'put';
    return this.archive.get(path) !== undefined;
  }

  /** The part's current bytes, or null when it does not exist. */
  bytes(path: string): Uint8Array | null {
    const change = this.changes.get(partKey(path));
    if (change) return change.kind === 'put' ? change.bytes : null;
    return this.archive.get(path)?.read() ?? null;
  }

  /** The part's current text (decoded losslessly), or null when it does not exist. */
  text(path: string): string | null {
    const key = partKey(path);
    const cached = this.textCache.get(key);
    if (cached !== undefined) return cached;
    const bytes = this.bytes(path);
    if (bytes === null) return null;
    const text = decodePart(path, bytes);
    this.textCache.set(key, text);
    return text;
  }

  /** Replaces or adds a part. An existing part keeps its entry name as stored. */
  put(path: string, content: string | Uint8Array): void {
    const key = partKey(path);
    const bytes = typeof content === 'string' ? encodePart(content) : content;
    const name = this.archive.get(path)?.name ?? path.replace(/^\/+/, '');
    this.changes.set(key, { kind: 'put', name, bytes });
    if (typeof content === 'string') this.textCache.set(key, content);
    else this.textCache.delete(key);
  }

  /** Removes a part (no-op when absent). */
  remove(path: string): void {
    const key = partKey(path);
    if (this.archive.get(path)) this.changes.set(key, { kind: 'removed' });
    else this.changes.delete(key);
    this.textCache.delete(key);
  }

  /** A part name not yet taken, from a pattern such as `customXml/item{n}.xml`. */
  freeName(pattern: string, from = 1): string {
    for (let n = from; ; n++) {
      const name = pattern.replace('{n}', String(n));
      if (!this.has(name)) return name;
    }
  }

  /** Paths of parts whose bytes differ from the original (added, changed or removed). */
  changedParts(): string[] {
    const out: string[] = [];
    for (const [key, change] of this.changes) {
      const entry = this.archive.get(key);
      if (change.kind === 'removed' || !entry || !sameBytes(entry, change.bytes)) out.push(change.kind === 'put' ? change.name : (entry?.name ?? key));
    }
    return out;
  }

  /** The archive as it now stands. */
  save(): Uint8Array {
    const items: ZipItem[] = [];
    const seen = new Set<string>();
    for (const entry of this.archive.entries) {
      const key = partKey(entry.name);
      const change = seen.has(key) ? undefined : this.changes.get(key);
      seen.add(key);
      if (!change) items.push({ keep: entry });
      else if (change.kind === 'put') items.push(sameBytes(entry, change.bytes) ? { keep: entry } : { name: entry.name, data: change.bytes });
    }
    for (const [key, change] of this.changes) {
      if (change.kind === 'put' && !seen.has(key)) items.push({ name: change.name, data: change.bytes });
    }
    return writeZip(items, this.archive.comment);
  }
}

function sameBytes(entry: ZipEntry, bytes: Uint8Array): boolean {
  if (entry.size !== bytes.length || entry.crc32 !== crc32(bytes)) return false;
  const original = entry.read();
  for (let i = 0; i < bytes.length; i++) if (original[i] !== bytes[i]) return false;
  return true;
}
