/**
 * The fills the add-in paints. Chosen so that black text stays readable on each, and so that a
 * register printed in grey still tells them apart: their grey levels (Rec. 601 luma, what a
 * printer driver uses) are at least 20 apart from each other and from unpainted white.
 * palette.test.ts computes and pins those grey levels.
 */
import type { LocalText } from '../types';
import type { FillState, MarkKind } from './mark-types';

export interface MarkColour {
  /** `RRGGBB`, upper case. */
  readonly rgb: string;
  readonly label: LocalText;
}

export const MARK_PALETTE: Readonly<Record<MarkKind, MarkColour>> = {
  // Grey ≈ 164: a red light enough for black text, the darkest of the status fills.
  overdue: { rgb: 'FF7C80', label: { zh: '逾期', en: 'Overdue' } },
  // Grey ≈ 208: amber.
  dueSoon: { rgb: 'FFD24D', label: { zh: '临期', en: 'Due soon' } },
  // Grey ≈ 234: a light orange, between amber and white.
  doneLate: { rgb: 'FCE4D6', label: { zh: '超期办结', en: 'Finished late' } },
  // Grey ≈ 137: violet, darker than every status fill so it never passes for one in grey.
  invalid: { rgb: '8E7CC3', label: { zh: '填写有误', en: 'Invalid entry' } },
};

/**
 * True when a cell's fill is one the add-in paints (of any kind): a solid fill of a palette
 * colour. A clerk who re-coloured a cell since it was marked has changed it to something else.
 * @example showsMarkFill({ pattern: 'solid', color: 'ff7c80' }) // true
 */
export function showsMarkFill(fill: FillState | undefined): boolean {
  if (!fill || fill.pattern !== 'solid' || !fill.color) return false;
  const rgb = fill.color.toUpperCase().replace(/^#/, '').slice(-6);
  return Object.values(MARK_PALETTE).some((c) => c.rgb === rgb);
}
