import { deflateSync, inflateSync } from 'fflate';
import type { RowMark } from '../../src/core/marks/mark-types';
import { MARK_COLOURS } from '../../src/hosts/xlsx/patch/mark-log-store';
import { MarkPainter } from '../../src/hosts/xlsx/patch/mark-styles';
import { paintSheet } from '../../src/hosts/xlsx/patch/paint-sheet';
import { decodePart, encodePart } from '../../src/hosts/xlsx/patch/part-text';
import { StyleSheetEdit } from '../../src/hosts/xlsx/patch/style-sheet-edit';
import { BASIC_STYLES } from './build-package';

function registerSheet(rows: number): Uint8Array {
  const parts: string[] = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'];
  for (let r = 1; r <= rows; r++) {
    parts.push(`<row r="${r}" spans="1:12">`);
    for (let c = 0; c < 12; c++) parts.push(c === 1 ? `<c r="B${r}" s="1"><v>${46000 + (r % 300)}</v></c>` : `<c r="${String.fromCharCode(65 + c)}${r}" t="s"><v>${(r * 12 + c) % 5000}</v></c>`);
    parts.push('</row>');
  }
  parts.push('</sheetData></worksheet>');
  return new TextEncoder().encode(parts.join(''));
}

/** The fastest of a few runs, so a busy machine does not decide the outcome. */
function fastest(runs: number, work: () => void): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    work();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

describe('patch speed', () => {
  it('marking a 20,000-row sheet costs less than three times inflating and deflating it', () => {
    const bytes = registerSheet(20_000);
    const stored = deflateSync(bytes, { level: 6 });
    const marks: RowMark[] = [];
    for (let r = 2; r <= 20_000; r += 2) marks.push({ row: r, fromCol: 0, toCol: 11, kind: r % 4 ? 'overdue' : 'dueSoon', key: `k${r}` });
    const reference = fastest(2, () => deflateSync(inflateSync(stored), { level: 6 }));
    const patch = fastest(2, () => {
      const painter = new MarkPainter(new StyleSheetEdit(BASIC_STYLES), MARK_COLOURS);
      encodePart(paintSheet('收文', decodePart('sheet', bytes), marks, painter, () => undefined).xml);
    });
    expect(patch / reference).toBeLessThan(3);
  });
});
