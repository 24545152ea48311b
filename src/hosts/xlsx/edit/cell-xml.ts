/**
 * The text of one `<c>` element holding a new value. New text is written as an inline string
 * (`t="inlineStr"`), so the shared-string table and every other cell pointing into it stay as
 * they were; Excel turns inline strings into shared ones the next time it saves. A date is a
 * number in a date format (the caller picks the style).
 */
import { toCellAddress } from '../patch/cell-ref';
import { readAttr, removeAttr, setAttr } from '../patch/xml-text';

export type CellContent =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'boolean'; readonly value: boolean }
  | { readonly kind: 'empty' };

/**
 * What to write into one cell. `style`: undefined keeps the cell's own, null drops it, a
 * function picks one from the style the cell has (or, for a cell the sheet lacks, would show).
 */
export interface CellWrite {
  readonly content: CellContent;
  readonly style?: number | null | ((current: number | null) => number | null);
}

/**
 * Text as an OOXML string: XML-escaped, with control characters (a carriage return too, which
 * XML readers would fold into a line feed) in the `_xHHHH_` form every reader decodes, and an
 * underscore that would start such a form written `_x005F_`.
 * @example encodeCellText('A&B_x0041_') // 'A&amp;B_x005F_x0041_'
 */
export function encodeCellText(text: string): string {
  return text
    .replace(/_(?=x[0-9A-Fa-f]{4}_)/g, '_x005F_')
    .replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'))
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B-\u001F\uFFFE\uFFFF]/g, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`);
}

function inner(content: CellContent, prefix: string): string {
  switch (content.kind) {
    case 'text': {
      const space = /^\s|\s$|\n/.test(content.text) ? ' xml:space="preserve"' : '';
      return `<${prefix}is><${prefix}t${space}>${encodeCellText(content.text)}</${prefix}t></${prefix}is>`;
    }
    case 'number':
      return `<${prefix}v>${String(content.value)}</${prefix}v>`;
    case 'boolean':
      return `<${prefix}v>${content.value ? 1 : 0}</${prefix}v>`;
    case 'empty':
      return '';
  }
}

function typeOf(content: CellContent): string | null {
  return content.kind === 'text' ? 'inlineStr' : content.kind === 'boolean' ? 'b' : null;
}

/**
 * A cell's start tag with its type, style and value metadata set for the new value; every
 * other attribute (r, cm, ph, …) kept as written.
 * @example restartCellTag('<c r="D4" s="5" t="s">', { content: { kind: 'text', text: 'x' } }) // '<c r="D4" s="5" t="inlineStr">'
 */
export function restartCellTag(tag: string, write: CellWrite): string {
  const style = typeof write.style === 'function' ? write.style(readCellStyle(tag)) : write.style;
  let out = tag.endsWith('/>') ? `${tag.slice(0, -2).trimEnd()}>` : tag;
  // Value metadata belongs to the old value (rich values, images in cells).
  out = removeAttr(out, 'vm');
  const type = typeOf(write.content);
  out = type === null ? removeAttr(out, 't') : setAttr(out, 't', type, ['s', 'r']);
  if (style === null) out = removeAttr(out, 's');
  else if (style !== undefined) out = setAttr(out, 's', String(style), 'r');
  return out;
}

/**
 * The whole element for an existing cell, given its start tag and prefix.
 * @example renderExistingCell('<c r="D4" s="5" t="s">', { content: { kind: 'number', value: 3 } }, '') // '<c r="D4" s="5"><v>3</v></c>'
 */
export function renderExistingCell(tag: string, write: CellWrite, prefix: string): string {
  const open = restartCellTag(tag, write);
  const body = inner(write.content, prefix);
  if (body === '') return `${open.slice(0, -1)}/>`;
  return `${open}${body}</${prefix}c>`;
}

/**
 * The element for a cell the sheet did not have; `style` is the one it would have shown.
 * @example renderNewCell(4, 3, { content: { kind: 'text', text: '加急' } }, 7, '') // '<c r="D4" s="7" t="inlineStr"><is><t>加急</t></is></c>'
 */
export function renderNewCell(row: number, col: number, write: CellWrite, inherited: number | null, prefix: string): string {
  const style = write.style === undefined ? inherited : typeof write.style === 'function' ? write.style(inherited) : write.style;
  return renderExistingCell(`<${prefix}c r="${toCellAddress(row, col)}"${style === null ? '' : ` s="${style}"`}>`, { ...write, style: undefined }, prefix);
}

/**
 * The style index a cell tag names, null when it has none.
 * @example readCellStyle('<c r="A1" s="4">') // 4
 */
export function readCellStyle(tag: string): number | null {
  const s = readAttr(tag, 's');
  return s !== null && /^\s*\d+\s*$/.test(s) ? Number(s) : null;
}
