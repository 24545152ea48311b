/**
 * A cell fill between a styles part's `<fill>` and the mark log's FillState, which both hosts
 * share in Office.js terms: `color` is the cell's colour (a solid fill's fgColor, the bgColor
 * behind a pattern), `patternColor` a pattern's stripes (its fgColor). Reading resolves RGB and
 * indexed colours and keeps a theme link; writing builds a fill Excel writes the same way.
 */
import type { FillState } from '../../../core/marks/mark-types';
import { readAttr } from './xml-text';

/** The patterns of ST_PatternType (besides none and solid), the only ones a fill may name. */
const PATTERNS: ReadonlySet<string> = new Set(['mediumGray', 'darkGray', 'lightGray', 'darkHorizontal', 'darkVertical', 'darkDown', 'darkUp', 'darkGrid', 'darkTrellis', 'lightHorizontal', 'lightVertical', 'lightDown', 'lightUp', 'lightGrid', 'lightTrellis', 'gray125', 'gray0625']);

const RGB = /^[0-9A-Fa-f]{6}$/;

/** A colour of a fill, as FillState keeps it. */
interface Shade {
  readonly rgb?: string;
  readonly theme?: number;
  readonly tint?: number;
}

/** Excel's default indexed colours 0–63 (64 and 65 are the system foreground and background). */
export const DEFAULT_INDEXED_COLOURS: readonly string[] = (
  '000000 FFFFFF FF0000 00FF00 0000FF FFFF00 FF00FF 00FFFF 000000 FFFFFF FF0000 00FF00 0000FF FFFF00 FF00FF 00FFFF ' +
  '800000 008000 000080 808000 800080 008080 C0C0C0 808080 9999FF 993366 FFFFCC CCFFFF 660066 FF8080 0066CC CCCCFF ' +
  '000080 FF00FF FFFF00 00FFFF 800080 800000 008080 0000FF 00CCFF CCFFFF CCFFCC FFFF99 99CCFF FF99CC CC99FF FFCC99 ' +
  '3366FF 33CCCC 99CC00 FFCC00 FF9900 FF6600 666699 969696 003366 339966 003300 333300 993300 993366 333399 333333'
).split(' ');

/**
 * The indexed colours a styles part redefines under `<colors><indexedColors>`, or null.
 * @example readIndexedColours('<colors><indexedColors><rgbColor rgb="FF000000"/></indexedColors></colors>') // ['000000']
 */
export function readIndexedColours(xml: string): string[] | null {
  const block = /<([\w.-]+:)?indexedColors>([\s\S]*?)<\/([\w.-]+:)?indexedColors>/.exec(xml);
  if (!block) return null;
  const colours = [...block[2].matchAll(/<(?:[\w.-]+:)?rgbColor\s+rgb="(?:[0-9A-Fa-f]{2})?([0-9A-Fa-f]{6})"/g)].map((m) => m[1].toUpperCase());
  return colours.length > 0 ? colours : null;
}

function readShade(element: string | undefined, indexed: readonly string[]): Shade | null {
  if (element === undefined) return null;
  const tintText = readAttr(element, 'tint');
  const tint = tintText === null ? NaN : Number(tintText);
  const withTint = Number.isFinite(tint) && tint !== 0 ? { tint } : {};
  const rgb = readAttr(element, 'rgb');
  if (rgb !== null && /^[0-9A-Fa-f]{6}([0-9A-Fa-f]{2})?$/.test(rgb)) return { rgb: rgb.slice(-6).toUpperCase(), ...withTint };
  const theme = readAttr(element, 'theme');
  if (theme !== null && /^\d{1,4}$/.test(theme)) return { theme: Number(theme), ...withTint };
  const index = readAttr(element, 'indexed');
  const rgbOfIndex = index !== null && /^\d{1,3}$/.test(index) ? indexed[Number(index)] : undefined;
  // 64, 65 and `auto` are "the system colour": no colour of its own.
  return rgbOfIndex === undefined ? null : { rgb: rgbOfIndex, ...withTint };
}

function colourElement(fillXml: string, name: 'fgColor' | 'bgColor'): string | undefined {
  return new RegExp(`<([\\w.-]+:)?${name}(\\s[^>]*)?/?>`).exec(fillXml)?.[0];
}

/**
 * A `<fill>` element as the mark log records it (without a style index).
 * @example describeFillState('<fill><patternFill patternType="solid"><fgColor theme="4" tint="0.8"/></patternFill></fill>')
 * // { pattern: 'solid', theme: 4, tint: 0.8 }
 * @example describeFillState('<fill><patternFill patternType="lightUp"><fgColor rgb="FFFF0000"/><bgColor rgb="FFFFFF00"/></patternFill></fill>')
 * // { pattern: 'lightUp', color: 'FFFF00', patternColor: 'FF0000' }
 */
export function describeFillState(fillXml: string | undefined, indexed: readonly string[] = DEFAULT_INDEXED_COLOURS): FillState {
  if (!fillXml) return { pattern: 'none' };
  if (/<([\w.-]+:)?gradientFill[\s/>]/.test(fillXml)) return { pattern: 'gradient' };
  const patternFill = /<([\w.-]+:)?patternFill(\s[^>]*)?\/?>/.exec(fillXml);
  const pattern = (patternFill && readAttr(patternFill[0], 'patternType')) || 'none';
  if (pattern === 'none') return { pattern };
  const fg = readShade(colourElement(fillXml, 'fgColor'), indexed);
  if (pattern === 'solid') return { pattern, ...shadeFields(fg) };
  // Behind a pattern Excel shows white unless told otherwise, and draws the stripes in black.
  const bg = readShade(colourElement(fillXml, 'bgColor'), indexed) ?? { rgb: 'FFFFFF' };
  const stripes = fg ?? { rgb: '000000' };
  return {
    pattern,
    ...shadeFields(bg),
    ...(stripes.rgb !== undefined ? { patternColor: stripes.rgb } : {}),
    ...(stripes.rgb !== undefined && stripes.tint !== undefined ? { patternTint: stripes.tint } : {}),
  };
}

function shadeFields(shade: Shade | null): Pick<FillState, 'color' | 'theme' | 'tint'> {
  if (!shade) return {};
  return { ...(shade.rgb !== undefined ? { color: shade.rgb } : {}), ...(shade.theme !== undefined ? { theme: shade.theme } : {}), ...(shade.tint !== undefined ? { tint: shade.tint } : {}) };
}

function colourXml(name: 'fgColor' | 'bgColor', rgb: string | undefined, theme: number | undefined, tint: number | undefined): string | null | undefined {
  const tintAttr = tint !== undefined && tint !== 0 ? ` tint="${tint}"` : '';
  if (tint !== undefined && !(Number.isFinite(tint) && tint >= -1 && tint <= 1)) return undefined;
  // A theme link is kept where the log has one: the fill then follows the workbook's theme.
  if (theme !== undefined) return Number.isInteger(theme) && theme >= 0 ? `<${name} theme="${theme}"${tintAttr}/>` : undefined;
  if (rgb === undefined) return null;
  return RGB.test(rgb) ? `<${name} rgb="FF${rgb.toUpperCase()}"${tintAttr}/>` : undefined;
}

/**
 * The `<fill>` element of a logged fill, written as Excel writes one: null for "no fill" (fill 0
 * of every styles part), undefined when the log names a fill a styles part cannot hold (a
 * gradient, whose stops Office.js never reports; an unknown pattern; a damaged colour).
 * @example makeFillXml({ pattern: 'solid', color: 'FFFF00' })
 * // '<fill><patternFill patternType="solid"><fgColor rgb="FFFFFF00"/><bgColor indexed="64"/></patternFill></fill>'
 */
export function makeFillXml(fill: FillState): string | null | undefined {
  if (fill.pattern === 'none') return null;
  if (fill.pattern === 'solid') {
    const fg = colourXml('fgColor', fill.color, fill.theme, fill.tint);
    return fg === undefined ? undefined : `<fill><patternFill patternType="solid">${fg ?? ''}<bgColor indexed="64"/></patternFill></fill>`;
  }
  if (!PATTERNS.has(fill.pattern)) return undefined;
  const fg = colourXml('fgColor', fill.patternColor, undefined, fill.patternTint);
  const bg = colourXml('bgColor', fill.color, fill.theme, fill.tint);
  if (fg === undefined || bg === undefined) return undefined;
  return `<fill><patternFill patternType="${fill.pattern}">${fg ?? ''}${bg ?? ''}</patternFill></fill>`;
}

/**
 * True when two logged fills look the same: same pattern, and the same colours where both know
 * them (a theme link compares by theme, else RGB), tints counted 0 when absent.
 * @example isSameFill({ pattern: 'solid', theme: 4, tint: 0.8 }, { pattern: 'solid', theme: 4, color: '5B9BD5', tint: 0.8 }) // true
 */
export function isSameFill(a: FillState, b: FillState): boolean {
  if (a.pattern !== b.pattern) return false;
  const sameMain = a.theme !== undefined && b.theme !== undefined ? a.theme === b.theme : a.color?.toUpperCase() === b.color?.toUpperCase();
  return sameMain && (a.tint ?? 0) === (b.tint ?? 0) && a.patternColor?.toUpperCase() === b.patternColor?.toUpperCase() && (a.patternTint ?? 0) === (b.patternTint ?? 0);
}
