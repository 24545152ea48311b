import { MARK_KINDS } from './mark-types';
import { MARK_PALETTE, showsMarkFill } from './palette';

/** Rec. 601 luma, 0–255: the grey a printer gives a colour. */
function grey(rgb: string): number {
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(rgb.slice(i, i + 2), 16));
  return 0.299 * r + 0.587 * g + 0.114 * b;
}

/** WCAG relative luminance, for the contrast of black text. */
function luminance(rgb: string): number {
  const lin = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  const [r, g, b] = [0, 2, 4].map((i) => lin(parseInt(rgb.slice(i, i + 2), 16) / 255));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

describe('the mark palette', () => {
  it('has a colour and a Chinese and English label for every kind', () => {
    for (const kind of MARK_KINDS) {
      expect(MARK_PALETTE[kind].rgb).toMatch(/^[0-9A-F]{6}$/);
      expect(MARK_PALETTE[kind].label.zh).not.toBe('');
      expect(MARK_PALETTE[kind].label.en).not.toBe('');
    }
  });

  it('prints in these grey levels: overdue 164, dueSoon 208, doneLate 234, invalid 137', () => {
    expect(Math.round(grey(MARK_PALETTE.overdue.rgb))).toBe(164);
    expect(Math.round(grey(MARK_PALETTE.dueSoon.rgb))).toBe(208);
    expect(Math.round(grey(MARK_PALETTE.doneLate.rgb))).toBe(234);
    expect(Math.round(grey(MARK_PALETTE.invalid.rgb))).toBe(137);
  });

  it('keeps every two fills, and each fill and white paper, at least 20 grey levels apart', () => {
    const levels = [...MARK_KINDS.map((k) => grey(MARK_PALETTE[k].rgb)), 255].sort((a, b) => a - b);
    for (let i = 1; i < levels.length; i++) expect(levels[i] - levels[i - 1]).toBeGreaterThanOrEqual(20);
  });

  it('orders the status fills from darkest to lightest by urgency', () => {
    expect(grey(MARK_PALETTE.overdue.rgb)).toBeLessThan(grey(MARK_PALETTE.dueSoon.rgb));
    expect(grey(MARK_PALETTE.dueSoon.rgb)).toBeLessThan(grey(MARK_PALETTE.doneLate.rgb));
  });

  it('keeps black text readable on every fill (contrast at least 4.5:1)', () => {
    for (const kind of MARK_KINDS) expect((luminance(MARK_PALETTE[kind].rgb) + 0.05) / 0.05).toBeGreaterThanOrEqual(4.5);
  });

  it('recognises its own fills whatever the case or an alpha prefix, and nothing else', () => {
    expect(showsMarkFill({ pattern: 'solid', color: 'ff7c80' })).toBe(true);
    expect(showsMarkFill({ pattern: 'solid', color: 'FFFFD24D' })).toBe(true);
    expect(showsMarkFill({ pattern: 'solid', color: '#FCE4D6' })).toBe(true);
    expect(showsMarkFill({ pattern: 'solid', color: 'FF0000' })).toBe(false);
    expect(showsMarkFill({ pattern: 'gray125', color: 'FF7C80' })).toBe(false);
    expect(showsMarkFill({ pattern: 'none' })).toBe(false);
    expect(showsMarkFill(undefined)).toBe(false);
  });
});
