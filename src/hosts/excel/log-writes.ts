/**
 * Writing the mark log's part documents as items of the same write groups as the fills, so the
 * log goes out with the first paint and costs no extra round trip when it fits.
 */
import type { XlContext, XlCustomXmlPart } from './excel-api';
import { OPERATION_BYTES, utf8Length } from './payload-budget';

export type LogWrite =
  | { readonly kind: 'set'; readonly part: XlCustomXmlPart; readonly xml: string }
  | { readonly kind: 'add'; readonly xml: string }
  | { readonly kind: 'delete'; readonly part: XlCustomXmlPart };

/**
 * Rewrites existing parts in place, adds what is missing, deletes the rest.
 * @example logWrites([], ['<marks …/>']) // [{ kind: 'add', xml: '<marks …/>' }]
 */
export function logWrites(parts: readonly XlCustomXmlPart[], documents: readonly string[]): LogWrite[] {
  const writes: LogWrite[] = documents.map((xml, i) => (i < parts.length ? { kind: 'set', part: parts[i], xml } : { kind: 'add', xml }));
  for (const part of parts.slice(documents.length)) writes.push({ kind: 'delete', part });
  return writes;
}

export function logWriteBytes(w: LogWrite): number {
  return OPERATION_BYTES + (w.kind === 'delete' ? 0 : utf8Length(w.xml));
}

export function queueLogWrite(ctx: XlContext, w: LogWrite): void {
  if (w.kind === 'set') w.part.setXml(w.xml);
  else if (w.kind === 'add') ctx.workbook.customXmlParts.add(w.xml);
  else w.part.delete();
}
