/**
 * The mark-log writer as it was before it wrote runs of fills from field comparisons: kept only as
 * the oracle of mark-log-writer.property.test.ts, which pins the faster writer to its exact bytes.
 * Not used by the add-in.
 */
import type { FillState, MarkLogEntry } from './mark-types';
import { encodeAttribute } from './xml-text';

function writeNumber(n: number): string {
  return Object.is(n, -0) ? '-0' : String(n);
}

function fillAttributes(fill: FillState): string {
  let out = ` p="${encodeAttribute(fill.pattern)}"`;
  if (fill.color !== undefined) out += ` c="${encodeAttribute(fill.color)}"`;
  if (fill.theme !== undefined) out += ` th="${fill.theme}"`;
  if (fill.tint !== undefined) out += ` ti="${writeNumber(fill.tint)}"`;
  if (fill.patternColor !== undefined) out += ` pc="${encodeAttribute(fill.patternColor)}"`;
  if (fill.patternTint !== undefined) out += ` pti="${writeNumber(fill.patternTint)}"`;
  if (fill.styleIndex !== undefined) out += ` si="${fill.styleIndex}"`;
  if (fill.absent) out += ' a="1"';
  return out;
}

function serializeEntry(e: MarkLogEntry, sheetAttr: string): string {
  let out = `<e s="${sheetAttr}" k="${e.kind}" r="${e.row}" from="${e.fromCol}" to="${e.toCol}" key="${encodeAttribute(e.key)}">`;
  const attrs = e.before.map(fillAttributes);
  for (let i = 0; i < attrs.length; ) {
    let n = 1;
    while (i + n < attrs.length && attrs[i + n] === attrs[i]) n++;
    out += n > 1 ? `<f${attrs[i]} n="${n}"/>` : `<f${attrs[i]}/>`;
    i += n;
  }
  return `${out}</e>`;
}

/** Each entry's text with the line break before it, as the old writer gave it. */
export function referenceMarkLogEntries(entries: readonly MarkLogEntry[]): string[] {
  const sheetAttrs = new Map<string, string>();
  return entries.map((e) => {
    let sheetAttr = sheetAttrs.get(e.sheet);
    if (sheetAttr === undefined) sheetAttrs.set(e.sheet, (sheetAttr = encodeAttribute(e.sheet)));
    return `\n${serializeEntry(e, sheetAttr)}`;
  });
}
