/**
 * Entry names as people meant them. Zips made by Chinese Windows tools store names in GBK
 * without the UTF-8 flag; old tools use CP437. Names are labels for lookup, never file paths.
 */
import { crc32 } from './crc32';
import { findExtraField, viewOf } from './read-zip-fields';

const UTF8_FLAG = 0x0800;
const UNICODE_PATH_FIELD = 0x7075;

const CP437_HIGH =
  'ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐' +
  '└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u00a0';

/**
 * Decodes a stored entry name: the UTF-8 flag, then an Info-ZIP Unicode Path field whose CRC
 * matches, then plain ASCII, strict UTF-8, GB18030 (a GBK superset) and finally CP437.
 * @example decodeEntryName(new TextEncoder().encode('xl/workbook.xml'), 0, new Uint8Array()) // 'xl/workbook.xml'
 */
export function decodeEntryName(raw: Uint8Array, flags: number, extra: Uint8Array): string {
  if (flags & UTF8_FLAG) return new TextDecoder('utf-8').decode(raw);
  const unicode = readUnicodePath(raw, extra);
  if (unicode !== null) return unicode;
  if (raw.every((b) => b < 0x80)) return new TextDecoder('utf-8').decode(raw);
  return tryDecode('utf-8', raw) ?? tryDecode('gb18030', raw) ?? decodeCp437(raw);
}

function readUnicodePath(raw: Uint8Array, extra: Uint8Array): string | null {
  const field = findExtraField(extra, UNICODE_PATH_FIELD);
  if (!field || field.length < 5 || field[0] !== 1) return null;
  if (viewOf(field).getUint32(1, true) !== crc32(raw)) return null;
  return tryDecode('utf-8', field.subarray(5));
}

function tryDecode(label: string, raw: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true }).decode(raw);
  } catch {
    // Either the bytes are not in this encoding or the runtime lacks it (a small-ICU build).
    return null;
  }
}

function decodeCp437(raw: Uint8Array): string {
  let out = '';
  for (const b of raw) out += b < 0x80 ? String.fromCharCode(b) : CP437_HIGH[b - 0x80];
  return out;
}
