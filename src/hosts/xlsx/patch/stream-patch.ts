/**
 * The streaming patch of a worksheet part: inflate → restyle runs of whole rows → deflate, with
 * the CRC computed as the bytes go by. It holds one run of text and what the deflater has not
 * taken yet, never the sheet whole; the deflater may work on other threads (Node's zlib on the
 * thread pool) while the next run is patched. The draft keeps the result compressed.
 */
import type { RawDeflater, ZipCodec } from '../zip/codec';
import type { DeflatedData } from '../zip/write-zip';
import { XlsxHostError } from './host-errors';
import type { PackageDraft } from './package-draft';
import { encodePart } from './part-text';
import { RowsPatcher, type RowRestyle } from './restyle-cells';
import { collapseTag, expandTag } from './restyle-row';
import { readColumnStyles } from './sheet-scan';
import { SheetPieces, pullText, type SheetPiece } from './sheet-pieces';
import { readPrefix } from './xml-text';

/** Text gathered before it is encoded and handed to the deflater. */
const BATCH = 2 * 1024 * 1024;
/** Bytes the deflater may have waiting before the patch waits for it. */
const MAX_PENDING = 16 * 1024 * 1024;

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
  const pieces = new SheetPieces(pullText(path, pull));
  const head = pieces.next();
  if (!head || head.kind !== 'head') {
    check(head?.text ?? '');
    return false;
  }
  const rows = new RowsPatcher(plan, readColumnStyles(head.text, head.tagStart), readPrefix(head.qname));
  const sink = new DeflateSink(draft.codec);
  let changed = false;
  let tail: SheetPiece | null = null;
  if (head.selfClosing) {
    tail = pieces.next();
    const body = rows.finish();
    check(head.text + (tail?.text ?? ''));
    if (!body) return false;
    await sink.write(`${head.text.slice(0, head.tagStart)}${expandTag(head.text.slice(head.tagStart))}${body}</${head.qname}>${tail?.text ?? ''}`);
    draft.putDeflated(path, await sink.finish());
    return true;
  }
  let headWritten = false;
  for (let piece = pieces.next(); piece; piece = pieces.next()) {
    if (piece.kind !== 'rows') {
      tail = piece;
      break;
    }
    const out = rows.patch(piece.text);
    if (rows.outOfOrder) throw rowsOutOfOrder(sheetName);
    if (out !== piece.text) changed = true;
    if (out === '') continue;
    if (!headWritten) await sink.write(head.text);
    headWritten = true;
    await sink.write(out);
  }
  // The original sheet is read to its end: its kept inflated bytes (59 MB at 100,000 rows) go
  // now, not when the host does, while the compressed result is finished and kept.
  draft.release();
  const rest = rows.finish();
  const tailText = tail?.text ?? '';
  check(head.text + tailText);
  if (rest) {
    changed = true;
    if (!headWritten) await sink.write(head.text);
    headWritten = true;
    await sink.write(rest);
  }
  if (!changed) {
    await sink.finish();
    return false;
  }
  const tag = head.text.slice(head.tagStart);
  const close = `</${head.qname}>`;
  if (!headWritten && tag.endsWith(' >') && tailText.startsWith(close)) {
    // A clear emptied a `<sheetData/>` that marking had expanded: it goes back as it was.
    await sink.write(head.text.slice(0, head.tagStart) + collapseTag(tag) + tailText.slice(close.length));
  } else {
    if (!headWritten) await sink.write(head.text);
    await sink.write(tailText);
  }
  draft.putDeflated(path, await sink.finish());
  return true;
}

function rowsOutOfOrder(sheet: string): XlsxHostError {
  return new XlsxHostError(
    'rowsOutOfOrder',
    `工作表"${sheet}"中的行没有按行号顺序存放，无法在原文件上修改；请在 Excel 中打开并另存一次后再试`,
    `The rows of sheet "${sheet}" are not stored in row order; re-save the file in Excel and retry.`,
  );
}

/**
 * Text in, deflated bytes out: encodes in batches, keeps the CRC and size of what it encoded, and
 * waits for the deflater when it falls behind, so memory stays bounded.
 */
export class DeflateSink {
  private readonly deflater: RawDeflater;
  private batch: string[] = [];
  private batched = 0;
  private crc = 0;
  private size = 0;

  constructor(private readonly codec: ZipCodec) {
    this.deflater = codec.deflater();
  }

  async write(text: string): Promise<void> {
    if (text === '') return;
    this.batch.push(text);
    this.batched += text.length;
    if (this.batched >= BATCH) await this.flush();
  }

  async finish(): Promise<DeflatedData> {
    await this.flush();
    const data = await this.deflater.finish();
    return { data, crc: this.crc, size: this.size };
  }

  private async flush(): Promise<void> {
    if (this.batch.length === 0) return;
    const bytes = encodePart(this.batch.length === 1 ? this.batch[0] : this.batch.join(''));
    this.batch = [];
    this.batched = 0;
    this.crc = this.codec.crc32(bytes, this.crc);
    this.size += bytes.length;
    this.deflater.push(bytes);
    if (this.deflater.pending > MAX_PENDING) await this.deflater.drain();
  }
}
