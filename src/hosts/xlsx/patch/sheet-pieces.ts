/**
 * A worksheet part cut, as it streams in, into the pieces a patch and its check work on: the
 * head (up to and including the `<sheetData>` start tag), runs of whole rows, and the tail (from
 * `</sheetData>` to the end). No piece is ever the whole part, so a sheet of a million rows (over
 * 600 MB of XML, past the longest string V8 can make) is patched piece by piece.
 */
import type { PullBytes } from '../zip/codec';
import { PartTextError } from './part-text';
import { findTagEnd, isSelfClosing, readTagName } from './xml-text';

/** Most characters of rows per run (a run is otherwise what one piece of decoded text holds). */
const RUN = 4 * 1024 * 1024;

export type SheetPiece =
  | { readonly kind: 'head'; readonly text: string; readonly tagStart: number; readonly qname: string; readonly selfClosing: boolean }
  /** `elements` holds the start and end of each element in the run, in pairs. */
  | { readonly kind: 'rows'; readonly text: string; readonly elements: readonly number[] }
  | { readonly kind: 'tail'; readonly text: string }
  /** A part with no `<sheetData>`: nothing to patch in it. */
  | { readonly kind: 'whole'; readonly text: string };

const SHEET_DATA = /<([A-Za-z_][\w.-]*:)?sheetData[\s/>]/g;

/**
 * The UTF-8 text of a part, piece by piece, decoded losslessly (a BOM stays a character): the
 * same refusals as `decodePart` — UTF-16 and broken bytes cannot be patched in place.
 * @example pullText('xl/worksheets/sheet1.xml', entry.pull())() // the first piece of text
 */
export function pullText(path: string, next: PullBytes): () => string | null {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  let first = true;
  let done = false;
  return () => {
    if (done) return null;
    const bytes = next();
    if (first && bytes !== null && bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
      throw new PartTextError(path, `部件 ${path} 是 UTF-16 编码，无法在原文件上修改；请在 Excel 中另存一次后再试`);
    }
    first = false;
    try {
      if (bytes === null) {
        done = true;
        return decoder.decode();
      }
      return decoder.decode(bytes, { stream: true });
    } catch {
      throw new PartTextError(path, `部件 ${path} 含有无效的 UTF-8 字节，无法在原文件上修改；请在 Excel 中另存一次后再试`);
    }
  };
}

/**
 * Cuts a worksheet's text into pieces: `head`, then `rows` runs, then `tail` (or one `whole`).
 * @example const pieces = new SheetPieces(pullText(path, entry.pull())); for (let p = pieces.next(); p; p = pieces.next()) …
 */
export class SheetPieces {
  private buf = '';
  private state: 'head' | 'rows' | 'tail' | 'done' = 'head';
  private ended = false;
  /** Where the search for the next child of `<sheetData>` resumes. */
  private at = 0;
  private searchFrom = 0;
  /** Starts and ends of the elements found in the buffer so far, in pairs. */
  private elements: number[] = [];

  constructor(
    private more: () => string | null,
    private readonly runSize = RUN,
  ) {}

  next(): SheetPiece | null {
    if (this.state === 'head') return this.head();
    if (this.state === 'rows') return this.rows();
    if (this.state === 'tail') return this.tail();
    return null;
  }

  private fill(): boolean {
    while (!this.ended) {
      const text = this.more();
      if (text === null) {
        this.ended = true;
        // The source may hold the whole inflated part (tens of MB): let it go with the last piece.
        this.more = () => null;
      } else if (text !== '') {
        // Slicing the joined text makes V8 flatten it once into a string it reads at full speed;
        // a concatenation left as it is is read several times slower, character by character.
        this.buf = this.buf === '' ? text : `\u0000${this.buf}${text}`.slice(1);
        return true;
      }
    }
    return false;
  }

  private head(): SheetPiece {
    for (;;) {
      SHEET_DATA.lastIndex = this.searchFrom;
      const m = SHEET_DATA.exec(this.buf);
      const tagEnd = m ? findTagEnd(this.buf, m.index) : -1;
      if (m && tagEnd >= 0) {
        const text = this.buf.slice(0, tagEnd);
        const selfClosing = isSelfClosing(text.slice(m.index));
        this.buf = this.buf.slice(tagEnd);
        this.state = selfClosing ? 'tail' : 'rows';
        return { kind: 'head', text, tagStart: m.index, qname: readTagName(text, m.index), selfClosing };
      }
      // A start tag cut by the chunk boundary is found again from a little before the end.
      this.searchFrom = m ? m.index : Math.max(0, this.buf.length - 64);
      if (!this.fill()) {
        this.state = 'done';
        return { kind: 'whole', text: this.buf };
      }
    }
  }

  private rows(): SheetPiece {
    let cut = this.at;
    for (;;) {
      const end = this.childEnd();
      if (end === 'close') {
        const text = this.buf.slice(0, this.at);
        this.buf = this.buf.slice(this.at);
        this.state = 'tail';
        const elements = this.elements;
        this.elements = [];
        return text === '' ? this.tail() : { kind: 'rows', text, elements };
      }
      if (end >= 0) {
        const code = this.buf.charCodeAt(this.at + 1);
        if (code !== 33 && code !== 63) this.elements.push(this.at, end);
        this.at = cut = end;
        if (cut >= this.runSize) return this.cutRun(cut);
        continue;
      }
      // The rows read so far go out before more text is read, so the buffer stays one piece
      // of decoded text and the start of one row.
      if (cut >= this.runSize || (cut > 0 && !this.ended)) return this.cutRun(cut);
      if (!this.fill()) {
        // No `</sheetData>`: the rows read so far go out; the rest is left as the tail.
        this.state = 'tail';
        if (cut > 0) return this.cutRun(cut);
        return this.tail();
      }
    }
  }

  private cutRun(cut: number): SheetPiece {
    const text = this.buf.slice(0, cut);
    this.buf = this.buf.slice(cut);
    this.at = 0;
    const elements = this.elements;
    this.elements = [];
    return { kind: 'rows', text, elements };
  }

  /**
   * The end of the child of `<sheetData>` at or after `this.at`; 'close' at `</sheetData>`
   * (`this.at` is then set on it), -1 when the child is not complete in the buffer yet.
   */
  private childEnd(): number | 'close' {
    const i = this.buf.indexOf('<', this.at);
    if (i < 0) {
      this.at = this.buf.length;
      return -1;
    }
    this.at = i;
    return this.buf.charCodeAt(i + 1) === 47 /* / */ ? 'close' : markupEnd(this.buf, i);
  }

  private tail(): SheetPiece {
    while (this.fill());
    this.state = 'done';
    return { kind: 'tail', text: this.buf };
  }
}

/**
 * The end of the markup that starts at `i` (a `<` that opens no end tag): an element with its
 * content, a comment, CDATA or a processing instruction; -1 when `text` stops before its end.
 * @example markupEnd('<row r="1"><c r="A1"/></row>', 0) // 27
 */
export function markupEnd(text: string, i: number): number {
  const next = text.charCodeAt(i + 1);
  if (Number.isNaN(next)) return -1;
  if (next === 33 /* ! */) {
    if (text.length < i + 9) return -1;
    const close = text.indexOf(text.startsWith('<![CDATA[', i) ? ']]>' : '-->', i + 2);
    return close < 0 ? -1 : close + 3;
  }
  if (next === 63 /* ? */) {
    const close = text.indexOf('?>', i + 2);
    return close < 0 ? -1 : close + 2;
  }
  const tagEnd = findTagEnd(text, i);
  if (tagEnd < 0) return -1;
  if (text.charCodeAt(tagEnd - 2) === 47) return tagEnd;
  const qname = readTagName(text, i);
  const close = text.indexOf(`</${qname}>`, tagEnd);
  return close < 0 ? -1 : close + qname.length + 3;
}

/**
 * The rows of a worksheet one by one (each row element's text, in document order), over the
 * runs of {@link SheetPieces}; what lies between rows (white space, comments) is passed over.
 */
export class RowCursor {
  private run = '';
  private elements: readonly number[] = [];
  private at = 0;
  /** Set once the pieces reach the tail (or there were no rows). */
  tail: string | null = null;

  constructor(private readonly pieces: SheetPieces) {}

  next(): string | null {
    if (this.tail !== null) return null;
    while (this.at >= this.elements.length) {
      const piece = this.pieces.next();
      if (!piece || piece.kind !== 'rows') {
        this.tail = piece?.text ?? '';
        this.run = '';
        return null;
      }
      this.run = piece.text;
      this.elements = piece.elements;
      this.at = 0;
    }
    const start = this.elements[this.at];
    const end = this.elements[this.at + 1];
    this.at += 2;
    return this.run.slice(start, end);
  }
}
