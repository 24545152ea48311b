/**
 * An editing session over a styles part that only ever appends: new fonts, fills, borders,
 * number formats and cell formats (xf) go at the end of their collection and its `count` grows
 * by as many, so existing indexes — and every cell that uses them — keep their look. An element
 * identical to one already there is reused instead of added again.
 */
import { DEFAULT_INDEXED_COLOURS, readIndexedColours } from './fill-state-xml';
import { STYLESHEET_ORDER, scanCollection, readStylesPrefix, type Collection, type CollectionName } from './styles-scan';
import { escapeXml, findTagEnd, prefixElements, readAttr, removeAttr, setAttr, unescapeXml } from './xml-text';
import { parseIndex } from './cell-ref';

const EDITABLE: readonly CollectionName[] = ['numFmts', 'fonts', 'fills', 'borders', 'cellXfs'];

/** Number formats Excel knows without a `<numFmt>` entry. */
const BUILTIN_FORMATS: ReadonlyMap<string, number> = new Map([
  ['General', 0],
  ['0', 1],
  ['0.00', 2],
  ['0%', 9],
  ['0.00%', 10],
  ['@', 49],
]);

export class StyleSheetEdit {
  private readonly prefix: string;
  private readonly found = new Map<CollectionName, Collection | null>();
  private readonly items = new Map<CollectionName, string[]>();
  private readonly added = new Map<CollectionName, number>();
  private readonly index = new Map<CollectionName, Map<string, number>>();
  private indexed: readonly string[] | null = null;

  constructor(private readonly original: string) {
    this.prefix = readStylesPrefix(original);
    for (const name of EDITABLE) {
      const c = scanCollection(original, name);
      this.found.set(name, c);
      this.items.set(name, [...(c?.children ?? [])]);
      this.added.set(name, 0);
    }
  }

  /** Number of cell formats (xf in cellXfs), including those appended. */
  get xfCount(): number {
    return this.list('cellXfs').length;
  }

  /** The text of cell format `i`, or undefined when there is none. */
  xf(i: number): string | undefined {
    return this.list('cellXfs')[i];
  }

  /** The text of fill `i`. */
  fill(i: number): string | undefined {
    return this.list('fills')[i];
  }

  /** The text of font `i` (font 0 is the workbook's default font). */
  font(i: number): string | undefined {
    return this.list('fonts')[i];
  }

  /**
   * True when cell formats `a` and `b` are the same text apart from their fill (fillId and
   * applyFill): a painted copy of a format and the format it was copied from.
   */
  isSameApartFromFill(a: number, b: number): boolean {
    const [x, y] = [this.xf(a), this.xf(b)];
    if (x === undefined || y === undefined) return false;
    return x === y || editStartTag(x, withoutFill) === editStartTag(y, withoutFill);
  }

  /** RGB of each indexed colour: the part's own `<indexedColors>`, else Excel's defaults. */
  get indexedColours(): readonly string[] {
    this.indexed ??= readIndexedColours(this.original) ?? DEFAULT_INDEXED_COLOURS;
    return this.indexed;
  }

  /** The fill index a cell format uses (0 when it names none). */
  fillOfXf(i: number): number {
    const xf = this.xf(i);
    if (xf === undefined) return 0;
    return parseIndex(readAttr(xf.slice(0, findTagEnd(xf, 0)), 'fillId')) ?? 0;
  }

  /** Adds (or finds) a fill written without prefix; returns its index. */
  addFill(xml: string): number {
    return this.append('fills', prefixElements(xml, this.prefix));
  }

  addFont(xml: string): number {
    return this.append('fonts', prefixElements(xml, this.prefix));
  }

  addBorder(xml: string): number {
    return this.append('borders', prefixElements(xml, this.prefix));
  }

  /** Adds (or finds) a cell format written without prefix; returns its index for `s`. */
  addXf(xml: string): number {
    return this.append('cellXfs', prefixElements(xml, this.prefix));
  }

  /**
   * A copy of cell format `base` painted with `fillId` (applyFill="1"); everything else of the
   * original format — number format, font, border, alignment, protection — is kept.
   */
  addPaintedXf(base: number, fillId: number): number {
    const source = this.xf(base) ?? this.xf(0) ?? prefixElements('<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>', this.prefix);
    const painted = editStartTag(source, (tag) => setAttr(setAttr(tag, 'fillId', String(fillId), ['fontId', 'numFmtId'], true), 'applyFill', '1', ['applyFont', 'applyNumberFormat'], true));
    return this.append('cellXfs', painted);
  }

  /** The id of a number format code: a built-in id, an existing custom id, or a new one (≥ 164). */
  addNumFmt(code: string): number {
    const builtin = BUILTIN_FORMATS.get(code);
    if (builtin !== undefined) return builtin;
    let maxId = 163;
    for (const el of this.list('numFmts')) {
      const id = parseIndex(readAttr(el, 'numFmtId'));
      if (id === null) continue;
      if (unescapeXml(readAttr(el, 'formatCode') ?? '') === code) return id;
      maxId = Math.max(maxId, id);
    }
    const id = maxId + 1;
    this.append('numFmts', prefixElements(`<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`, this.prefix));
    return id;
  }

  /** True when something was appended. */
  get changed(): boolean {
    return [...this.added.values()].some((n) => n > 0);
  }

  /** The styles part with every appended element in place; the original text when none was. */
  toXml(): string {
    if (!this.changed) return this.original;
    const edits: Array<{ at: number; end: number; text: string }> = [];
    for (const name of EDITABLE) {
      const n = this.added.get(name) ?? 0;
      if (n === 0) continue;
      const c = this.found.get(name) ?? null;
      const newText = this.list(name).slice(-n).join('');
      if (c && !c.selfClosing) {
        const tag = this.original.slice(c.start, c.tagEnd);
        const counted = c.count === null ? tag : setAttr(tag, 'count', String(c.count + n));
        edits.push({ at: c.start, end: c.tagEnd, text: counted }, { at: c.closeStart, end: c.closeStart, text: newText });
      } else {
        const qname = c?.qname ?? `${this.prefix}${name}`;
        const at = c ? c.start : this.insertionPoint(name);
        const total = this.list(name).length;
        edits.push({ at, end: c ? c.end : at, text: `<${qname} count="${total}">${newText}</${qname}>` });
      }
    }
    edits.sort((a, b) => a.at - b.at || a.end - b.end);
    let out = '';
    let copied = 0;
    for (const e of edits) {
      out += this.original.slice(copied, e.at) + e.text;
      copied = e.end;
    }
    return out + this.original.slice(copied);
  }

  private list(name: CollectionName): string[] {
    return this.items.get(name) as string[];
  }

  private append(name: CollectionName, text: string): number {
    let idx = this.index.get(name);
    if (!idx) {
      idx = new Map();
      this.list(name).forEach((t, i) => idx?.has(t) || idx?.set(t, i));
      this.index.set(name, idx);
    }
    const known = idx.get(text);
    if (known !== undefined) return known;
    const list = this.list(name);
    list.push(text);
    idx.set(text, list.length - 1);
    this.added.set(name, (this.added.get(name) ?? 0) + 1);
    return list.length - 1;
  }

  /** Where a missing collection goes: before the next sibling that is present, else at the end. */
  private insertionPoint(name: CollectionName): number {
    const later = STYLESHEET_ORDER.slice(STYLESHEET_ORDER.indexOf(name) + 1);
    for (const sibling of later) {
      const m = new RegExp(`<([A-Za-z_][\\w.-]*:)?${sibling}[\\s/>]`).exec(this.original);
      if (m) return m.index;
    }
    const close = this.original.lastIndexOf('</');
    return close < 0 ? this.original.length : close;
  }
}

function withoutFill(tag: string): string {
  return removeAttr(removeAttr(tag, 'fillId'), 'applyFill');
}

/** Applies `edit` to the start tag of an element only, so children's attributes are never hit. */
function editStartTag(element: string, edit: (tag: string) => string): string {
  const end = findTagEnd(element, 0);
  return end < 0 ? element : edit(element.slice(0, end)) + element.slice(end);
}
