/**
 * Puts the data validations of a real .xlsx (read with the .xlsx host's own scanner) on the
 * stand-in loaded from it, so that the same workbook, validations included, can be given to both
 * hosts. The add-in's own rules keep their marker (the prompt title). Bytes in, no Node API.
 */
import { WorkbookPackage } from '../../src/hosts/xlsx/package';
import { ADD_IN_PROMPT_TITLE, scanValidations } from '../../src/hosts/xlsx/edit/validation-scan';
import type { Standin } from './standin';
import { seedValidation } from './standin-validation';

const OFFICE_TYPES: Readonly<Record<string, string>> = {
  list: 'List', date: 'Date', time: 'Time', whole: 'WholeNumber', decimal: 'Decimal', textLength: 'TextLength', custom: 'Custom',
};

/** @example seedValidationsFromXlsx(standin, bytes) */
export function seedValidationsFromXlsx(standin: Standin, bytes: Uint8Array): void {
  const pkg = WorkbookPackage.open(bytes);
  for (const part of pkg.sheets) {
    if (part.kind !== 'worksheet' || !part.path) continue;
    const scan = scanValidations(pkg.partText(part.path) ?? '');
    for (const v of scan?.items ?? []) {
      if (!v.ranges || v.type === 'none') continue;
      const rects = v.ranges.map((r) => ({ row: r.top - 1, col: r.left, rows: r.bottom - r.top + 1, cols: r.right - r.left + 1 }));
      seedValidation(standin.sheet(part.name), rects, { type: OFFICE_TYPES[v.type] ?? 'Custom', promptTitle: v.ownedByAddIn ? ADD_IN_PROMPT_TITLE : '' });
    }
  }
}
