/**
 * The streaming patch of a worksheet part: inflate → restyle the planned rows → deflate, with
 * the CRC computed as the bytes go by. It works on the part's UTF-8 bytes: rows it does not plan
 * are copied undecoded, and only planned rows (and the text around the rows) become strings.
 * It holds one piece of bytes and what the deflater has not taken yet, never the sheet whole;
 * the deflater may work on other threads (Node's zlib on the thread pool) while the next rows
 * are patched. The draft keeps the result compressed.
 */
import type { RawDeflater, ZipCodec } from '../zip/codec';
import type { DeflatedData } from '../zip/write-zip';
import { XlsxHostError } from './host-errors';
import type { PackageDraft } from './package-draft';
import { encodePart } from './part-text';
import { RowsPatcher, type RowRestyle } from './restyle-cells';
import { collapseTag, expandTag } from './restyle-row';
import { ByteWindow, childAt, firstChildEnd, isEndTag, LT, refuseUtf16, rowNumberOf, strictDecoder } from './sheet-bytes';
import { readColumnStyles, scanRows } from './sheet-scan';
import { findTagEnd, isSelfClosing, readPrefix, readTagName } from './xml-text';

/** Bytes gathered before they are handed to the deflater. */
const BATCH = 1024 * 1024;
/** Bytes the deflater may have waiting before the patch waits for it. */
const MAX_PENDING = 8 * 1024 * 1024;

/**
 * Called with the text around the rows (head and tail) before the patch is kept: throws to
 * refuse it (a protected sheet), and nothing in the draft has changed.
 */
export type OutsideCheck = (outside: string) => void;

/**
 * Restyles the planned rows of a worksheet part in the draft; false (and the draft untouched)
 * when nothing changed.
 * @example await restyleSheetStream(draft, 'xl/worksheets/sheet1.xml', plan, 'Sheet1', (o) => refuseProtected(o))
 */
export async function restyleSheetStream(draft: PackageDraft, path: string, plan: ReadonlyMap<number, RowRestyle>, sheetName: string, check: OutsideCheck = () => undefined): Promise<boolean> {
  const pull = draft.pull(path);
  if (!pull) return false;
  const window = new ByteWindow(pull);
  const decode = strictDecoder(path);
  const head = readHead(window, path);
  if (head.kind === 'whole') {
    check(head.text);
    return false;
  }
  const rows = new RowsPatcher(plan, readColumnStyles(head.text, head.tagStart), readPrefix(head.qname));
  const sink = new DeflateSink(draft.codec);
  if (head.selfClosing) {
    const tailText = decode(window.rest(head.byteEnd));
    const body = rows.finish();
    check(head.text + tailText);
    if (!body) return false;
    await sink.write(`${head.text.slice(0, head.tagStart)}${expandTag(head.text.slice(head.tagStart))}${body}</${head.qname}>${tailText}`);
    draft.putDeflated(path, await sink.finish());
    return true;
  }
  const out = new RowsOut(sink, head.bytes);
  const rowsEnd = await patchRows(window, head.byteEnd, rows, out, decode, sheetName);
  // rest() copies: the tail outlives the pieces it came in.
  const tailBytes = window.rest(rowsEnd);
  // The original sheet is read to its end: its kept inflated bytes (59 MB at 100,000 rows) go
  // now, not when the host does, while the compressed result is finished and kept.
  draft.release();
  const tailText = decode(tailBytes);
  const rest = rows.finish();
  check(head.text + tailText);
  if (rest) await out.text(rest);
  if (!out.changed) {
    await sink.finish();
    return false;
  }
  const tag = head.text.slice(head.tagStart);
  const close = `</${head.qname}>`;
  if (!out.headWritten && tag.endsWith(' >') && tailText.startsWith(close)) {
    // A clear emptied a `<sheetData/>` that marking had expanded: it goes back as it was.
    await sink.write(head.text.slice(0, head.tagStart) + collapseTag(tag) + tailText.slice(close.length));
  } else {
    await out.head();
    await sink.writeBytes(tailBytes);
  }
  draft.putDeflated(path, await sink.finish());
  return true;
}

type Head =
  | { readonly kind: 'head'; readonly text: string; readonly bytes: Uint8Array; readonly byteEnd: number; readonly tagStart: number; readonly qname: string; readonly selfClosing: boolean }
  /** A part with no `<sheetData>`: nothing to patch in it. */
  | { readonly kind: 'whole'; readonly text: string };

const SHEET_DATA = /<([A-Za-z_][\w.-]*:)?sheetData[\s/>]/g;

/**
 * The part up to and including the `<sheetData>` start tag, found on the decoded text (the head
 * is small, and the text's own pattern decides); its length in bytes tells where the rows start.
 */
function readHead(window: ByteWindow, path: string): Head {
  const decode = strictDecoder(path);
  let text = '';
  let decodedTo = 0;
  let searchFrom = 0;
  let first = true;
  for (;;) {
    if (window.buf.length > decodedTo) {
      if (first) refuseUtf16(path, window.buf);
      first = false;
      text += decode(window.buf.subarray(decodedTo), true);
      decodedTo = window.buf.length;
    }
    SHEET_DATA.lastIndex = searchFrom;
    const m = SHEET_DATA.exec(text);
    const end = m ? findTagEnd(text, m.index) : -1;
    if (m && end >= 0) {
      const headText = text.slice(0, end);
      const byteEnd = encodePart(headText).length;
      return { kind: 'head', text: headText, bytes: window.buf.slice(0, byteEnd), byteEnd, tagStart: m.index, qname: readTagName(headText, m.index), selfClosing: isSelfClosing(headText.slice(m.index)) };
    }
    // A start tag cut by the piece boundary is found again from a little before the end.
    searchFrom = m ? m.index : Math.max(0, text.length - 64);
    if (!window.more(0)) {
      if (first) refuseUtf16(path, window.buf);
      return { kind: 'whole', text: text + decode(window.buf.subarray(decodedTo)) };
    }
  }
}

/**
 * Runs the rows of `<sheetData>` through the patcher, from `from` in the window: rows it does
 * not plan are copied as bytes, planned ones decoded, rewritten and written as text. Returns
 * where the rows end in the window (at `</sheetData>`, or after the last whole child when the
 * part stops without one): the tail starts there.
 */
async function patchRows(window: ByteWindow, from: number, rows: RowsPatcher, out: RowsOut, decode: (b: Uint8Array) => string, sheetName: string): Promise<number> {
  let at = from;
  let copied = from;
  let previous = 0;
  for (;;) {
    const b = window.buf;
    const i = b.indexOf(LT, at);
    const known = i >= 0 && i + 1 < b.length;
    if (known && isEndTag(b, i)) {
      await out.bytes(b.subarray(copied, i));
      return i;
    }
    const child = known ? childAt(b, i) : null;
    if (child === null) {
      // What was read up to the last whole child goes out before more bytes are read, so the
      // window holds one piece, or a child cut by a piece boundary.
      await out.bytes(b.subarray(copied, at));
      if (!window.more(at, firstChildEnd)) return 0;
      at = copied = 0;
      continue;
    }
    at = child.end;
    if (!child.isRow) continue;
    const number = rowNumberOf(b, i, child.tagEnd, decode) ?? previous + 1;
    const inserted = rows.enter(number);
    if (rows.outOfOrder) throw rowsOutOfOrder(sheetName);
    if (inserted) {
      await out.bytes(b.subarray(copied, i));
      await out.text(inserted);
      copied = i;
    }
    if (rows.plans(number)) {
      const text = decode(b.subarray(i, child.end));
      const token = scanRows(text, { contentStart: 0, contentEnd: text.length }, previous)[0];
      const replaced = token ? rows.rewrite(text, token) : null;
      if (replaced !== null) {
        await out.bytes(b.subarray(copied, i));
        await out.text(replaced);
        copied = child.end;
      }
    }
    previous = number;
  }
}

/**
 * The patched rows on their way to the deflater: the head goes first, and only once the rows
 * give something to write (a clear that empties an expanded `<sheetData >` writes no head).
 */
class RowsOut {
  headWritten = false;
  changed = false;

  constructor(
    private readonly sink: DeflateSink,
    private readonly headBytes: Uint8Array,
  ) {}

  async head(): Promise<void> {
    if (this.headWritten) return;
    this.headWritten = true;
    await this.sink.writeBytes(this.headBytes);
  }

  async bytes(kept: Uint8Array): Promise<void> {
    if (kept.length === 0) return;
    await this.head();
    await this.sink.writeBytes(kept);
  }

  /** New text: a row rewritten, or rows inserted. */
  async text(text: string): Promise<void> {
    this.changed = true;
    if (text === '') return;
    await this.head();
    await this.sink.write(text);
  }
}

function rowsOutOfOrder(sheet: string): XlsxHostError {
  return new XlsxHostError(
    'rowsOutOfOrder',
    `工作表"${sheet}"中的行没有按行号顺序存放，无法在原文件上修改；请在 Excel 中打开并另存一次后再试`,
    `The rows of sheet "${sheet}" are not stored in row order; re-save the file in Excel and retry.`,
  );
}

/**
 * Text and bytes in, deflated bytes out: gathers what is written into batches, keeps the CRC and
 * size of it, and waits for the deflater when it falls behind, so memory stays bounded. Batches
 * the deflater is done with are filled again: a new megabyte per batch would be garbage outside
 * V8's heap, collected only when some 64 MB of it has piled up.
 */
export class DeflateSink {
  private readonly deflater: RawDeflater;
  private batch: Uint8Array | null = null;
  private used = 0;
  private readonly free: Uint8Array[] = [];
  private crc = 0;
  private size = 0;

  constructor(private readonly codec: ZipCodec) {
    this.deflater = codec.deflater();
  }

  async write(text: string): Promise<void> {
    if (text !== '') await this.writeBytes(encodePart(text));
  }

  /**
   * Copies `bytes` into batches before it returns, so they may be a view of a piece the next
   * pull overwrites.
   */
  async writeBytes(bytes: Uint8Array): Promise<void> {
    for (let at = 0; at < bytes.length; ) {
      if (this.used === BATCH) await this.flush();
      this.batch ??= this.free.pop() ?? new Uint8Array(BATCH);
      const n = Math.min(BATCH - this.used, bytes.length - at);
      this.batch.set(bytes.subarray(at, at + n), this.used);
      this.used += n;
      at += n;
    }
  }

  async finish(): Promise<DeflatedData> {
    await this.flush();
    const data = await this.deflater.finish();
    return { data, crc: this.crc, size: this.size };
  }

  private async flush(): Promise<void> {
    const batch = this.batch;
    if (batch === null || this.used === 0) return;
    const bytes = batch.subarray(0, this.used);
    // The deflater reads the batch until it releases it; the next one comes from the free list.
    this.batch = null;
    this.used = 0;
    this.crc = this.codec.crc32(bytes, this.crc);
    this.size += bytes.length;
    this.deflater.push(bytes, () => this.free.push(batch));
    if (this.deflater.pending > MAX_PENDING) await this.deflater.drain();
  }
}
