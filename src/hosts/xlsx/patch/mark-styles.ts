/**
 * The fills of the add-in's marks in a style table: a painted cell format is a copy of the
 * cell's own format with a solid palette fill, appended (never an edit of a shared format). A
 * cell "carries our mark" when its format's fill is solid in a palette colour, which still holds
 * after Excel re-saved and renumbered the styles. When no cell uses them any more, the appended
 * formats can be dropped again, giving the style part back its original text.
 */
import type { FillState, MarkKind } from '../../../core/marks/mark-types';
import { describeFillState, isSameFill, makeFillXml } from './fill-state-xml';
import { describeFill, scanCollection } from './styles-scan';
import type { StyleSheetEdit } from './style-sheet-edit';
import { findTagEnd, readAttr, setAttr } from './xml-text';
import { parseIndex } from './cell-ref';

/** Palette colours as `RRGGBB`, one per mark kind. */
export type MarkColours = Readonly<Record<MarkKind, string>>;

/**
 * The fill element of a mark, written as Excel writes a solid fill.
 * @example makeMarkFill('FF7C80') // '<fill><patternFill patternType="solid"><fgColor rgb="FFFF7C80"/><bgColor indexed="64"/></patternFill></fill>'
 */
export function makeMarkFill(rgb: string): string {
  return `<fill><patternFill patternType="solid"><fgColor rgb="FF${rgb.toUpperCase()}"/><bgColor indexed="64"/></patternFill></fill>`;
}

/**
 * True when a fill element is a solid fill in one of the palette colours.
 * @example isMarkFill(makeMarkFill(MARK_COLOURS.overdue), MARK_COLOURS) // true
 */
export function isMarkFill(fillXml: string | undefined, colours: MarkColours): boolean {
  const fill = describeFill(fillXml);
  if (fill.pattern !== 'solid' || fill.color === undefined) return false;
  return Object.values(colours).some((c) => c.toUpperCase() === fill.color);
}

/** Paints formats and recognises painted ones, over one editing session of the style table. */
export class MarkPainter {
  private readonly painted = new Map<string, number>();
  private readonly ours = new Map<number, boolean>();
  private readonly defaultCopies = new Map<number, boolean>();
  /** Looks of formats already described: a register has few formats and many painted cells. */
  private readonly looks = new Map<number, FillState>();
  private defaultFill: FillState | undefined;

  constructor(
    private readonly styles: StyleSheetEdit,
    private readonly colours: MarkColours,
  ) {}

  /** The `s` of format `base` painted for `kind` (created once per base and kind). */
  paintedXf(base: number, kind: MarkKind): number {
    const key = `${base}:${kind}`;
    let s = this.painted.get(key);
    if (s === undefined) {
      s = this.styles.addPaintedXf(base, this.styles.addFill(makeMarkFill(this.colours[kind])));
      this.painted.set(key, s);
      this.ours.set(s, true);
    }
    return s;
  }

  /** True when format `s` shows one of our mark fills. */
  isMarked(s: number | null): boolean {
    if (s === null) return false;
    let known = this.ours.get(s);
    if (known === undefined) {
      known = s < this.styles.xfCount && isMarkFill(this.styles.fill(this.styles.fillOfXf(s)), this.colours);
      this.ours.set(s, known);
    }
    return known;
  }

  /** What format `s`'s fill looks like, for the mark log (RGB, indexed and theme colours read). */
  describe(s: number): FillState {
    let look = this.looks.get(s);
    if (look === undefined) this.looks.set(s, (look = describeFillState(this.styles.fill(this.styles.fillOfXf(s)), this.styles.indexedColours)));
    return look;
  }

  /**
   * The `s` that gives a painted cell (format `painted`) its logged fill back: the recorded style
   * index when the .xlsx host logged one; else — a fill the Excel host logged by its look — a
   * copy of the cell's format as it is now with the logged fill, so font, number format and
   * borders stay; null (no `s`) when that is the default format. Undefined when the logged fill
   * cannot be written into a styles part (a gradient): the cell then keeps its mark.
   */
  restoredStyle(painted: number, before: FillState): number | null | undefined {
    if (before.styleIndex !== undefined) return before.styleIndex;
    // A cell without `s` that the .xlsx host painted: the painted copy of format 0.
    let copiesDefault = this.defaultCopies.get(painted);
    if (copiesDefault === undefined) this.defaultCopies.set(painted, (copiesDefault = this.styles.isSameApartFromFill(painted, 0)));
    if (copiesDefault && isSameFill(before, (this.defaultFill ??= this.describe(0)))) return null;
    const fill = makeFillXml(before);
    if (fill === undefined) return undefined;
    return this.styles.addPaintedXf(painted, fill === null ? 0 : this.styles.addFill(fill));
  }
}

/**
 * Drops the mark formats and fills at the end of the style table when nothing uses them any more
 * (`inUse(firstIndex)` answers whether any cell, row or column uses a format from that index on).
 * Counts go back down by as many, so a table that only we appended to returns to its original text.
 * @example releaseMarkStyles(stylesXml, MARK_COLOURS, (from) => sheets.some((x) => usesStyleFrom(x, from)))
 */
export function releaseMarkStyles(xml: string, colours: MarkColours, inUse: (firstIndex: number) => boolean): string {
  const fills = scanCollection(xml, 'fills');
  const xfs = scanCollection(xml, 'cellXfs');
  if (!fills || !xfs || fills.selfClosing || xfs.selfClosing) return xml;
  let k = 0;
  while (k < fills.children.length && isMarkFill(fills.children[fills.children.length - 1 - k], colours) && isOwnFillText(fills.children[fills.children.length - 1 - k], colours)) k++;
  if (k === 0) return xml;
  const firstMarkFill = fills.children.length - k;
  let j = 0;
  while (j < xfs.children.length) {
    const xf = xfs.children[xfs.children.length - 1 - j];
    const tag = xf.slice(0, findTagEnd(xf, 0));
    if ((parseIndex(readAttr(tag, 'fillId')) ?? 0) < firstMarkFill || readAttr(tag, 'applyFill') !== '1') break;
    j++;
  }
  const firstMarkXf = xfs.children.length - j;
  const styleXfs = scanCollection(xml, 'cellStyleXfs');
  const styleXfUsesFill = (styleXfs?.children ?? []).some((x) => (parseIndex(readAttr(x.slice(0, findTagEnd(x, 0)), 'fillId')) ?? 0) >= firstMarkFill);
  const xfUsesFill = xfs.children.slice(0, firstMarkXf).some((x) => (parseIndex(readAttr(x.slice(0, findTagEnd(x, 0)), 'fillId')) ?? 0) >= firstMarkFill);
  if (styleXfUsesFill || xfUsesFill || (j > 0 && inUse(firstMarkXf))) return xml;
  // Formats first: fills left without formats are harmless, formats left without fills are not.
  const out = dropTail(xml, xfs, j);
  if (out === xml && j > 0) return xml;
  const fillsAgain = scanCollection(out, 'fills');
  return fillsAgain ? dropTail(out, fillsAgain, k) : out;
}

/** Only fills written exactly as {@link makeMarkFill} writes them (modulo prefix) are ours to drop. */
function isOwnFillText(fill: string, colours: MarkColours): boolean {
  const plain = fill.replace(/<(\/?)[A-Za-z_][\w.-]*:/g, '<$1');
  return Object.values(colours).some((c) => plain === makeMarkFill(c));
}

function dropTail(xml: string, c: NonNullable<ReturnType<typeof scanCollection>>, k: number): string {
  if (k === 0) return xml;
  const tail = c.children.slice(-k).join('');
  if (xml.slice(c.closeStart - tail.length, c.closeStart) !== tail) return xml;
  const tag = xml.slice(c.start, c.tagEnd);
  const counted = c.count === null ? tag : setAttr(tag, 'count', String(Math.max(0, c.count - k)));
  return xml.slice(0, c.start) + counted + xml.slice(c.tagEnd, c.closeStart - tail.length) + xml.slice(c.closeStart);
}

/**
 * True when a worksheet part uses a cell format numbered `from` or higher (cells, rows, columns).
 * @example usesStyleFrom('<c r="A1" s="12"/>', 10) // true
 */
export function usesStyleFrom(sheetXml: string, from: number): boolean {
  for (const m of sheetXml.matchAll(/\s(?:s|style)\s*=\s*["'](\d+)["']/g)) {
    if (Number(m[1]) >= from) return true;
  }
  return false;
}
