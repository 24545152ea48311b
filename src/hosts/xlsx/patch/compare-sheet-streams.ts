/**
 * The byte form of the read-back check on two streams of inflated pieces, for sheets too large
 * to hold whole twice: it gives the verdict `compareSheetBytes` gives on the joined bytes, however
 * either stream is cut, while each side holds only the bytes since the last row boundary both
 * sides agreed on (moved up through long identical stretches) and the piece being read.
 *
 * The rows end at the last `</sheetData>` of a part, known only at its end; until then a byte is
 * surely in the rows when a close tag is still seen after it, or when one could not yet have
 * started there (no close in the bytes read, so the last one lies beyond them). Whatever would
 * depend on bytes past that point is asked again once more is read.
 */
import { concatBytes, type PullBytes } from '../zip/codec';
import {
  equalRun,
  indexOfBytes,
  judgeRows,
  readHead,
  rowAt,
  rowStartAtOrBefore,
  type ByteComparison,
  type GrowingBytes,
  type RowVerdict,
} from './compare-sheet-bytes';
import { encodePart } from './part-text';
import { readPrefix } from './xml-text';

/** Fewest new bytes read at a time: tiny pieces are gathered before the window is copied once. */
const MIN_READ = 64 * 1024;

const EMPTY = new Uint8Array(0);
const UNSURE: ByteComparison = { kind: 'unsure' };

/** Watches the windows: `held` is the most bytes both sides held at once. */
export interface WindowWatch {
  held: number;
}

export interface StreamCompareOptions {
  /** Fewest new bytes brought into a window at a time (tests make it small, to move the windows often). */
  readonly minRead?: number;
  readonly watch?: WindowWatch;
}

/**
 * Compares two worksheet parts as they inflate; `normalise` is the text check's row normaliser.
 * The streams are read no further than the verdict needs (to their ends for 'same'): a caller
 * that checks sizes and CRCs at the end of a stream drains it after.
 * @example compareSheetStreams(entryA.pull(), entryB.pull(), normaliseRow).kind // 'same'
 */
export function compareSheetStreams(a: PullBytes, b: PullBytes, normalise: (text: string) => RowVerdict, options: StreamCompareOptions = {}): ByteComparison {
  const { minRead = MIN_READ, watch } = options;
  const x = new StreamSide(a, minRead);
  const y = new StreamSide(b, minRead);
  const note = (): void => {
    if (watch) watch.held = Math.max(watch.held, x.held + y.held);
  };
  const headA = readHead(x.source(note));
  const headB = readHead(y.source(note));
  if (!headA || !headB) return UNSURE;
  if (headA.before !== headB.before) return { kind: 'headChanged' };
  if (headA.qname !== headB.qname) return UNSURE;
  const prefix = readPrefix(headA.qname);
  const close = encodePart(`</${headA.qname}>`);
  x.startRows(headA.end, close);
  y.startRows(headB.end, close);
  const rows = { name: encodePart(`<${prefix}row`), close: encodePart(`</${prefix}row>`) };
  return new RowsComparison(x, y, headA.end, headB.end, rows, normalise, note).run();
}

interface RowNames {
  /** `<row` (with the sheet's prefix). */
  readonly name: Uint8Array;
  /** `</row>`. */
  readonly close: Uint8Array;
}

/** The walk over the rows of both sides, from the end of their heads. */
class RowsComparison {
  // Positions in each side's window; the bytes from syncA to i and from syncB to j agree.
  private i: number;
  private j: number;
  private syncA: number;
  private syncB: number;
  /** Where the search for a row start to move the sync up to resumes, on side A. */
  private seen: number;

  constructor(
    private readonly x: StreamSide,
    private readonly y: StreamSide,
    startA: number,
    startB: number,
    private readonly rows: RowNames,
    private readonly normalise: (text: string) => RowVerdict,
    private readonly note: () => void,
  ) {
    this.i = this.syncA = this.seen = startA;
    this.j = this.syncB = startB;
  }

  run(): ByteComparison {
    const { x, y, rows } = this;
    for (;;) {
      const endA = x.limit();
      const endB = y.limit();
      // A part with no `</sheetData>` after its head: the whole comparison is unsure of it too.
      if (endA < 0 || endB < 0) return UNSURE;
      const n = equalRun(x.buf, this.i, endA, y.buf, this.j, endB);
      this.i += n;
      this.j += n;
      let shortA = this.i === endA && !x.ended;
      let shortB = this.j === endB && !y.ended;
      if (!shortA && !shortB) {
        if (this.i === endA && this.j === endB) return { kind: 'same' };
        const rowA = rowAt(x.buf, this.syncA, this.i, endA, rows.name, rows.close, x.ended);
        const rowB = rowAt(y.buf, this.syncB, this.j, endB, rows.name, rows.close, y.ended);
        shortA = rowA === 'short';
        shortB = rowB === 'short';
        if (rowA !== 'short' && rowB !== 'short') {
          const next = judgeRows(x.buf, rowA, this.i, y.buf, rowB, this.j, this.normalise);
          // The whole comparison is unsure of a part whose rows never close: read on to see they do.
          if ('kind' in next) return next.kind === 'rowChanged' && !(x.findClose() && y.findClose()) ? UNSURE : next;
          this.i = this.syncA = this.seen = next.i;
          this.j = this.syncB = next.j;
          continue;
        }
      }
      this.moveSync();
      if (shortA) this.growA();
      if (shortB) this.growB();
      this.note();
    }
  }

  /**
   * Moves the sync up to the last row start in the bytes both sides agree on: the row around a
   * later difference is found from it just as from the old sync, and the bytes before it can go.
   */
  private moveSync(): void {
    const upTo = this.i - this.rows.name.length - 1;
    const from = Math.max(this.syncA, this.seen);
    if (upTo < from) return;
    // Only a start whose `<row` and the byte after it lie in the agreed bytes is one on both sides.
    const at = rowStartAtOrBefore(this.x.buf, upTo, from, this.rows.name);
    if (at >= 0) {
      this.syncB += at - this.syncA;
      this.syncA = at;
    }
    this.seen = upTo + 1;
  }

  private growA(): void {
    const from = this.syncA;
    this.x.grow(from);
    this.i -= from;
    this.seen -= from;
    this.syncA = 0;
  }

  private growB(): void {
    const from = this.syncB;
    this.y.grow(from);
    this.j -= from;
    this.syncB = 0;
  }
}

/** One part's bytes as they stream in, and what is known of where its rows end. */
class StreamSide {
  /** The bytes kept: from the part's start while the head is read, then from the last sync. */
  buf: Uint8Array = EMPTY;
  ended = false;
  /** The start of the last `</sheetData>` in `buf` after the head; -1 while none is. */
  private lastClose = -1;
  private closeSeen = false;
  /** Where the search for `</sheetData>` resumes; -1 before the rows. */
  private scanFrom = -1;
  private close: Uint8Array = EMPTY;
  /** The byte of `</sheetData>` searched for: its `h`, rare in rows (cell references hold `D`). */
  private pivot = 0;
  /** The piece being read, how much of it is in `buf`, and where its first byte sits in `buf` (may be before 0). */
  private piece: Uint8Array = EMPTY;
  private used = 0;
  private pieceAt = 0;

  constructor(
    private next: PullBytes,
    private readonly minRead: number,
  ) {}

  /** The part from its start for the head, grown as the head reader asks. */
  source(note: () => void): GrowingBytes {
    return {
      bytes: () => this.buf,
      more: () => {
        const grew = this.grow(0);
        note();
        return grew;
      },
    };
  }

  startRows(at: number, close: Uint8Array): void {
    this.close = close;
    this.pivot = close.length - 9;
    this.scanFrom = at;
    this.scan();
  }

  /**
   * How far the bytes are surely rows: to the last close tag read (at the part's end, the last
   * of the part), or else to where a close tag could first start in bytes not read yet. -1 when
   * the part ended with no close tag after its head.
   */
  limit(): number {
    if (this.lastClose >= 0 || this.ended) return this.lastClose;
    return this.scanFrom;
  }

  /** Whether the part has a close tag after its head, read on to its end to find one if need be. */
  findClose(): boolean {
    while (!this.closeSeen && !this.ended) this.grow(this.scanFrom);
    return this.closeSeen;
  }

  /** The bytes held: the window and what is left of the piece it reads from. */
  get held(): number {
    return this.buf.length + this.piece.length - this.used;
  }

  /**
   * Drops the bytes before `from` (offsets in `buf` taken before move down by it) and brings in
   * more; false when the part had ended.
   */
  grow(from: number): boolean {
    const kept = this.buf.subarray(from);
    const length = kept.length;
    if (this.used < this.piece.length) this.take(kept, this.pieceAt - from);
    else this.pullMore(kept);
    if (this.lastClose >= 0) this.lastClose -= from;
    if (this.scanFrom >= 0) {
      this.scanFrom -= from;
      this.scan();
    }
    return this.buf.length > length;
  }

  /**
   * Brings in the rest of the current piece. The bytes kept are joined only with the first
   * bytes of a piece; once they all lie in the piece, the window becomes the piece itself:
   * a piece of a megabyte costs a copy of a row and a few kilobytes, not of the megabyte.
   */
  private take(kept: Uint8Array, pieceAt: number): void {
    if (pieceAt <= 0) {
      this.buf = this.piece.subarray(-pieceAt);
      this.used = this.piece.length;
    } else {
      const end = Math.min(this.piece.length, this.used + this.minRead);
      this.buf = concatBytes([kept, this.piece.subarray(this.used, end)]);
      pieceAt = kept.length - this.used;
      this.used = end;
    }
    this.pieceAt = pieceAt;
  }

  /** Reads on: one large piece is taken as it is; small ones are gathered and joined. */
  private pullMore(kept: Uint8Array): void {
    // Copies of what was pulled before: the next pull may overwrite it (see PullBytes).
    kept = kept.slice();
    const parts = [kept];
    let added = 0;
    while (added < this.minRead && !this.ended) {
      const piece = this.next();
      if (piece === null) {
        this.ended = true;
        // The source may hold the whole inflated part: it goes with the last piece.
        this.next = () => null;
      } else if (piece.length >= this.minRead && added === 0) {
        this.piece = piece;
        this.used = 0;
        this.take(kept, kept.length);
        return;
      } else if (piece.length > 0) {
        parts.push(piece.slice());
        added += piece.length;
      }
    }
    this.piece = EMPTY;
    this.used = 0;
    this.buf = concatBytes(parts);
  }

  private scan(): void {
    const { buf, close } = this;
    for (let k = indexOfBytes(buf, close, this.scanFrom, buf.length, this.pivot); k >= 0; k = indexOfBytes(buf, close, k + 1, buf.length, this.pivot)) {
      this.lastClose = k;
      this.closeSeen = true;
    }
    // A close tag may yet start at any byte fewer than its length from the end.
    this.scanFrom = Math.max(this.scanFrom, buf.length - close.length + 1);
  }
}
