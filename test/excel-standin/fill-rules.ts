/**
 * How Excel reads and changes a cell fill through Office.js, as the stand-in models it:
 * "no fill" reads back as white with pattern None; a theme colour reads back only as its RGB;
 * setting a colour makes an empty fill solid, resets the tint and cuts the link to the theme.
 */
import { StandinError } from './standin-error';
import type { FillSpec } from './workbook-state';

export const OFFICE_PATTERNS = [
  'None', 'Solid', 'Gray50', 'Gray75', 'Gray25', 'Horizontal', 'Vertical', 'Down', 'Up', 'Checker',
  'SemiGray75', 'LightHorizontal', 'LightVertical', 'LightDown', 'LightUp', 'Grid', 'CrissCross',
  'Gray16', 'Gray8', 'LinearGradient', 'RectangularGradient',
] as const;

export interface FillProps {
  readonly color: string;
  readonly pattern: string;
  readonly patternColor: string;
  readonly tintAndShade: number;
  readonly patternTintAndShade: number;
}

export type FillChange = Partial<FillProps>;

export const NO_FILL: FillProps = {
  color: '#FFFFFF',
  pattern: 'None',
  patternColor: '#000000',
  tintAndShade: 0,
  patternTintAndShade: 0,
};

export const FILL_PROPS = ['color', 'pattern', 'patternColor', 'tintAndShade', 'patternTintAndShade'] as const;

/** What Office.js shows of a fill: never the theme link. */
export function readFill(fill: FillSpec | undefined): FillProps {
  if (!fill) return NO_FILL;
  const { color, pattern, patternColor, tintAndShade, patternTintAndShade } = fill;
  return { color, pattern, patternColor, tintAndShade, patternTintAndShade };
}

export function normalizeColor(value: unknown): string {
  if (typeof value === 'string' && /^#[0-9a-f]{6}$/i.test(value)) return value.toUpperCase();
  throw new StandinError('InvalidArgument', `Not a colour Excel accepts here: ${JSON.stringify(value)}`);
}

function normalizeTint(value: unknown): number {
  if (typeof value === 'number' && value >= -1 && value <= 1) return value;
  throw new StandinError('InvalidArgument', `tintAndShade must be between -1 and 1: ${JSON.stringify(value)}`);
}

function normalizePattern(value: unknown): string {
  const found = OFFICE_PATTERNS.find((p) => p === value);
  if (!found) throw new StandinError('InvalidArgument', `Unknown fill pattern: ${JSON.stringify(value)}`);
  return found;
}

/** Applies a change in the order Excel does: colour, then pattern, then tints. */
export function changeFill(old: FillSpec | undefined, change: FillChange): FillSpec | undefined {
  const base = readFill(old);
  let next: FillProps & { theme?: string } = { ...base, theme: old?.theme };
  if (change.color !== undefined) {
    next = { ...next, color: normalizeColor(change.color), tintAndShade: 0, theme: undefined };
    if (next.pattern === 'None') next = { ...next, pattern: 'Solid' };
  }
  if (change.pattern !== undefined) {
    const pattern = normalizePattern(change.pattern);
    if (pattern === 'None') return undefined;
    next = { ...next, pattern };
  }
  if (change.patternColor !== undefined) next = { ...next, patternColor: normalizeColor(change.patternColor) };
  if (change.tintAndShade !== undefined) next = { ...next, tintAndShade: normalizeTint(change.tintAndShade), theme: undefined };
  if (change.patternTintAndShade !== undefined) next = { ...next, patternTintAndShade: normalizeTint(change.patternTintAndShade) };
  if (next.pattern === 'None') return undefined;
  const { theme, ...props } = next;
  return theme === undefined ? props : { ...props, theme };
}
