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

/**
 * What `getCellProperties` read, as the log keeps it.
 * @example fillStateOf({ color: '#FFFF00', pattern: 'Solid', tintAndShade: 0 }) // { pattern: 'solid', color: 'FFFF00' }
 * @example fillStateOf({ color: '#FFFFFF', pattern: 'None' }) // { pattern: 'none' }
 */
export function fillStateOf(props: XlFillProperties | undefined): FillState {
  const office = props?.pattern ?? 'None';
  if (office === 'None') return NO_FILL;
  const pattern = OFFICE_TO_OOXML[office] ?? office;
  const color = (props?.color ?? '#FFFFFF').replace(/^#/, '').toUpperCase();
  const tint = props?.tintAndShade;
  return typeof tint === 'number' && tint !== 0 ? { pattern, color, tint } : { pattern, color };
}

/**
 * How to set a logged fill again through Office.js: null for "no fill" (clear it), undefined
 * when Office.js cannot express it (a gradient, or a theme colour the .xlsx host logged without
 * its RGB).
 * @example officeFillOf({ pattern: 'lightDown', color: 'FFFF00' }) // { color: '#FFFF00', pattern: 'LightDown', tintAndShade: 0 }
 */
export function officeFillOf(fill: FillState): XlFillProperties | null | undefined {
  if (fill.pattern === 'none') return null;
  // Office.js reads gradients as a pattern but cannot set them.
  if (GRADIENTS.has(fill.pattern)) return undefined;
  const pattern = OOXML_TO_OFFICE.get(fill.pattern);
  if (!pattern || fill.color === undefined || !/^([0-9A-Fa-f]{2})?[0-9A-Fa-f]{6}$/.test(fill.color)) return undefined;
  return { color: `#${fill.color.slice(-6).toUpperCase()}`, pattern, tintAndShade: fill.tint ?? 0 };
}

/** A stable text for grouping equal fills. */
export function fillKey(fill: FillState): string {
  return `${fill.pattern}|${fill.color ?? ''}|${fill.tint ?? 0}`;
}
