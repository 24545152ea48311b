/**
 * A cell fill between Office.js and the mark log. Office.js names patterns its own way (Gray50,
 * Checker…); the log keeps the OOXML names both hosts share (mediumGray, darkGrid…). Office.js
 * sees colour, pattern and tint only: no theme link, and "no fill" only by its pattern.
 */
import type { FillState } from '../../core/marks/mark-types';
import type { XlFillProperties } from './excel-api';

const OFFICE_TO_OOXML: Readonly<Record<string, string>> = {
  None: 'none',
  Solid: 'solid',
  Gray50: 'mediumGray',
  Gray75: 'darkGray',
  Gray25: 'lightGray',
  Horizontal: 'darkHorizontal',
  Vertical: 'darkVertical',
  Down: 'darkDown',
  Up: 'darkUp',
  Checker: 'darkGrid',
  SemiGray75: 'darkTrellis',
  LightHorizontal: 'lightHorizontal',
  LightVertical: 'lightVertical',
  LightDown: 'lightDown',
  LightUp: 'lightUp',
  Grid: 'lightGrid',
  CrissCross: 'lightTrellis',
  Gray16: 'gray125',
  Gray8: 'gray0625',
  LinearGradient: 'linearGradient',
  RectangularGradient: 'rectangularGradient',
};

const OOXML_TO_OFFICE: ReadonlyMap<string, string> = new Map(Object.entries(OFFICE_TO_OOXML).map(([office, ooxml]) => [ooxml, office]));

export const NO_FILL: FillState = { pattern: 'none' };

const GRADIENTS: ReadonlySet<string> = new Set(['linearGradient', 'rectangularGradient', 'gradient']);

const hexOf = (color: string): string => color.replace(/^#/, '').toUpperCase();

/** Whether the pattern draws stripes over the colour, so that the stripes' colour shows. */
export function isStriped(officePattern: string | null | undefined): boolean {
  return officePattern !== 'None' && officePattern !== 'Solid' && officePattern !== 'LinearGradient' && officePattern !== 'RectangularGradient';
}

/**
 * What `getCellProperties` read, as the log keeps it. The stripe colour is kept only for striped
 * patterns: under a solid fill it does not show, and Excel keeps whatever was set last.
 * @example fillStateOf({ color: '#FFFF00', pattern: 'Solid', tintAndShade: 0 }) // { pattern: 'solid', color: 'FFFF00' }
 * @example fillStateOf({ color: '#FFFFFF', pattern: 'None' }) // { pattern: 'none' }
 * @example fillStateOf({ color: '#FFFF00', pattern: 'LightDown', patternColor: '#FF0000' }) // { pattern: 'lightDown', color: 'FFFF00', patternColor: 'FF0000' }
 */
export function fillStateOf(props: XlFillProperties | undefined): FillState {
  const office = props?.pattern ?? 'None';
  if (office === 'None') return NO_FILL;
  const pattern = OFFICE_TO_OOXML[office] ?? office;
  const color = hexOf(props?.color ?? '#FFFFFF');
  const tint = props?.tintAndShade;
  const base: FillState = typeof tint === 'number' && tint !== 0 ? { pattern, color, tint } : { pattern, color };
  if (!isStriped(office) || typeof props?.patternColor !== 'string') return base;
  const patternTint = props.patternTintAndShade;
  return { ...base, patternColor: hexOf(props.patternColor), ...(typeof patternTint === 'number' && patternTint !== 0 ? { patternTint } : {}) };
}

const HEX = /^([0-9A-Fa-f]{2})?[0-9A-Fa-f]{6}$/;

/**
 * How to set a logged fill again through Office.js: null for "no fill" (clear it), undefined
 * when Office.js cannot express it (a gradient, or a theme colour the .xlsx host logged without
 * its RGB). A stripe colour logged (by either host) is set again; an entry logged without one
 * leaves the stripes as the paint found them.
 * @example officeFillOf({ pattern: 'lightDown', color: 'FFFF00' }) // { color: '#FFFF00', pattern: 'LightDown', tintAndShade: 0 }
 */
export function officeFillOf(fill: FillState): XlFillProperties | null | undefined {
  if (fill.pattern === 'none') return null;
  // Office.js reads gradients as a pattern but cannot set them.
  if (GRADIENTS.has(fill.pattern)) return undefined;
  const pattern = OOXML_TO_OFFICE.get(fill.pattern);
  if (!pattern || fill.color === undefined || !HEX.test(fill.color)) return undefined;
  const office: XlFillProperties = { color: `#${fill.color.slice(-6).toUpperCase()}`, pattern, tintAndShade: fill.tint ?? 0 };
  if (!isStriped(pattern) || fill.patternColor === undefined || !HEX.test(fill.patternColor)) return office;
  return { ...office, patternColor: `#${fill.patternColor.slice(-6).toUpperCase()}`, patternTintAndShade: fill.patternTint ?? 0 };
}

/** A stable text for grouping equal fills. */
export function fillKey(fill: FillState): string {
  return `${fill.pattern}|${fill.color ?? ''}|${fill.tint ?? 0}|${fill.patternColor ?? ''}|${fill.patternTint ?? 0}`;
}
