/**
 * The parts of a package being patched: the original archive plus the parts changed, added or
 * removed. Saving copies every untouched entry raw (its compressed bytes and metadata exactly as
 * they were) and writes only the changed ones; a part changed back to its original bytes is
 * copied raw again.
 */
import type { PullBytes, ZipCodec } from '../zip/codec';
import { InflatedSlot, makeEntry } from '../zip/read-zip-entry';
import { archiveOf, partKey } from '../zip/read-zip';
import { writeZip, type DeflatedData, type ZipItem } from '../zip/write-zip';
import type { ZipArchive, ZipEntry } from '../zip/zip-types';
import { decodePart, encodePart } from './part-text';

type Change =
  | { readonly kind: 'put'; readonly name: string; readonly bytes: Uint8Array }
  | { readonly kind: 'deflated'; readonly name: string; readonly deflated: DeflatedData; readonly entry: ZipEntry }
  | { readonly kind: 'removed' };

/** Pieces handed out of bytes held whole. */
const PIECE = 1024 * 1024;

export class PackageDraft {
  private readonly changes = new Map<string, Change>();
  private readonly textCache = new Map<string, string>();
  private revisionCount = 0;
  /** What the parts a patch deflated keep inflated: one at a time, as the archive keeps its own. */
  private readonly slot = new InflatedSlot();

  constructor(readonly archive: ZipArchive) {}

  /** What the package inflates and deflates with. */
  get codec(): ZipCodec {
    return this.archive.codec;
  }

  /** Goes up with every change: a reader compares it to know whether it must look again. */
  get revision(): number {
    return this.revisionCount;
  }

  /** True when the part exists (in the original, or added) and was not removed. */
  has(path: string): boolean {
    const change = this.changes.get(partKey(path));
    if (change) return change.kind !== 'removed';
    return this.archive.get(path) !== undefined;
  }

  /** The part's current bytes, or null when it does not exist. */
  bytes(path: string): Uint8Array | null {
    const change = this.changes.get(partKey(path));
    if (!change) return this.archive.get(path)?.read() ?? null;
    if (change.kind === 'put') return change.bytes;
    return change.kind === 'deflated' ? change.entry.read() : null;
  }

  /** The part's current bytes piece by piece (a large sheet is never held whole), or null. */
  pull(path: string): PullBytes | null {
    const change = this.changes.get(partKey(path));
    if (!change) return this.archive.get(path)?.pull() ?? null;
    if (change.kind === 'deflated') return change.entry.pull();
    if (change.kind === 'removed') return null;
    const bytes = change.bytes;
    let at = 0;
    return () => {
      if (at >= bytes.length) return null;
      const piece = bytes.subarray(at, Math.min(at + PIECE, bytes.length));
      at += piece.length;
      return piece;
    };
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
    this.changes.set(key, { kind: 'put', name: this.nameOf(path), bytes });
    if (typeof content === 'string') this.textCache.set(key, content);
    else this.textCache.delete(key);
    this.revisionCount++;
  }

  /** Replaces a part with bytes a streaming patch deflated as it wrote them. */
  putDeflated(path: string, deflated: DeflatedData): void {
    const key = partKey(path);
    const name = this.nameOf(path);
    this.changes.set(key, { kind: 'deflated', name, deflated, entry: deflatedEntry(name, deflated, this.codec, this.slot) });
    this.textCache.delete(key);
    this.revisionCount++;
  }

  /** Removes a part (no-op when absent). */
  remove(path: string): void {
    const key = partKey(path);
    if (this.archive.get(path)) this.changes.set(key, { kind: 'removed' });
    else this.changes.delete(key);
    this.textCache.delete(key);
    this.revisionCount++;
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
      if (change.kind === 'removed' || !entry || !this.same(entry, change)) out.push(change.kind === 'removed' ? (entry?.name ?? key) : change.name);
    }
    return out;
  }

  /**
   * The package as it now stands, as an archive to read (nothing is written out): untouched
   * entries are the original ones (with what they keep inflated), changed parts new entries.
   */
  view(): ZipArchive {
    const entries: ZipEntry[] = [];
    const seen = new Set<string>();
    for (const entry of this.archive.entries) {
      const key = partKey(entry.name);
      const change = seen.has(key) ? undefined : this.changes.get(key);
      seen.add(key);
      if (!change) entries.push(entry);
      else if (change.kind !== 'removed') entries.push(this.viewEntry(change));
    }
    for (const [key, change] of this.changes) if (change.kind !== 'removed' && !seen.has(key)) entries.push(this.viewEntry(change));
    return archiveOf(entries, this.archive.comment, this.codec, () => this.release());
  }

  /** Lets go of the inflated bytes the original archive and the patched parts keep. */
  release(): void {
    this.archive.release();
    this.slot.clear();
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
      else if (change.kind !== 'removed') items.push(this.same(entry, change) ? { keep: entry } : itemOf(change));
    }
    for (const [key, change] of this.changes) {
      if (change.kind !== 'removed' && !seen.has(key)) items.push(itemOf(change));
    }
    return writeZip(items, this.archive.comment, this.codec);
  }

  private nameOf(path: string): string {
    return this.archive.get(path)?.name ?? path.replace(/^\/+/, '');
  }

  private viewEntry(change: Exclude<Change, { kind: 'removed' }>): ZipEntry {
    if (change.kind === 'deflated') return change.entry;
    const deflated = { data: this.codec.deflate(change.bytes), crc: this.codec.crc32(change.bytes), size: change.bytes.length };
    return deflatedEntry(change.name, deflated, this.codec, this.slot);
  }

  /** A change that gives back the original bytes is copied raw again. */
  private same(entry: ZipEntry, change: Exclude<Change, { kind: 'removed' }>): boolean {
    const size = change.kind === 'put' ? change.bytes.length : change.deflated.size;
    if (entry.size !== size) return false;
    if (change.kind === 'put') return entry.crc32 === this.codec.crc32(change.bytes) && samePulled(entry.pull(), this.pullOf(change.bytes));
    return entry.crc32 === change.deflated.crc && samePulled(entry.pull(), change.entry.pull());
  }

  private pullOf(bytes: Uint8Array): PullBytes {
    let done = false;
    return () => {
      if (done) return null;
      done = true;
      return bytes;
    };
  }
}

function itemOf(change: Exclude<Change, { kind: 'removed' }>): ZipItem {
  return change.kind === 'put' ? { name: change.name, data: change.bytes } : { name: change.name, deflated: change.deflated };
}

/** An entry over deflated bytes this draft made (read back for the next step and the check). */
function deflatedEntry(name: string, deflated: DeflatedData, codec: ZipCodec, slot: InflatedSlot): ZipEntry {
  const rawName = encodePart(name);
  const fields = {
    name,
    rawName,
    method: 8,
    crc32: deflated.crc,
    compressedSize: deflated.data.length,
    size: deflated.size,
    flags: rawName.every((b) => b < 0x80) ? 0 : 0x0800,
    modTime: 0,
    modDate: 0x0021,
    versionMadeBy: 20,
    versionNeeded: 20,
    internalAttrs: 0,
    externalAttrs: 0,
    extra: new Uint8Array(0),
    comment: new Uint8Array(0),
    localHeaderOffset: 0,
  };
  return makeEntry(fields, deflated.data, codec, slot);
}

/** True when two byte streams hold the same bytes, however each is cut into pieces. */
function samePulled(a: PullBytes, b: PullBytes): boolean {
  let x: Uint8Array | null = a();
  let y: Uint8Array | null = b();
  let i = 0;
  let j = 0;
  for (;;) {
    while (x !== null && i >= x.length) {
      x = a();
      i = 0;
    }
    while (y !== null && j >= y.length) {
      y = b();
      j = 0;
    }
    if (x === null || y === null) return x === null && y === null;
    const n = Math.min(x.length - i, y.length - j);
    for (let k = 0; k < n; k++) if (x[i + k] !== y[j + k]) return false;
    i += n;
    j += n;
  }
}
