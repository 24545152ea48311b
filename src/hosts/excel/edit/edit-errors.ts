/**
 * Why the Excel host did not (or not wholly) change a sheet's values or drop-downs, in the plain
 * Chinese of excel-errors.ts: what, where, what to do — and, when a change stopped halfway,
 * exactly what was done.
 */
import { ExcelHostError, toHostError } from '../excel-errors';

/**
 * @example protectedForEditing('收文登记').text.zh // '工作表“收文登记”受保护，请先撤销保护（审阅 → 撤销工作表保护）再修改'
 */
export function protectedForEditing(sheet: string, officeCode: string | null = null): ExcelHostError {
  return new ExcelHostError(
    'protected',
    {
      zh: `工作表“${sheet}”受保护，请先撤销保护（审阅 → 撤销工作表保护）再修改`,
      en: `Sheet "${sheet}" is protected; unprotect it (Review → Unprotect Sheet) before changing it.`,
    },
    officeCode,
  );
}

/** Any failure of an editing batch as a typed error; a protected sheet says "修改", not "标记". */
export function toEditError(error: unknown, sheet: string): ExcelHostError {
  const typed = toHostError(error, sheet);
  return typed.code === 'protected' ? protectedForEditing(sheet, typed.officeCode) : typed;
}

/** Up to five cell addresses, then how many more: "D4、H29 等 7 处". */
export function nameCells(addresses: readonly string[]): string {
  const shown = addresses.slice(0, 5).join('、');
  return addresses.length > 5 ? `${shown} 等 ${addresses.length} 处` : shown;
}

/**
 * A write that failed and was taken back: the sheet is as it was.
 * @example writeUndone('收文登记', cause).text.zh // '未能修改工作表“收文登记”（…），已改回原值，工作表未被修改'
 */
export function writeUndone(sheet: string, cause: ExcelHostError): ExcelHostError {
  return new ExcelHostError(
    cause.code,
    {
      zh: `未能修改工作表“${sheet}”（${cause.text.zh}），已改回原值，工作表未被修改`,
      en: `Could not change sheet "${sheet}" (${cause.text.en}); what was written was put back, the sheet is unchanged.`,
    },
    cause.officeCode,
  );
}

/** A write that failed halfway and could not be taken back: which cells changed. */
export function writePartly(sheet: string, cause: ExcelHostError, written: readonly string[], notWritten: number): ExcelHostError {
  return new ExcelHostError(
    cause.code,
    {
      zh: `修改工作表“${sheet}”时中断（${cause.text.zh}）：已修改 ${nameCells(written)}，其余 ${notWritten} 处未修改；请检查这些单元格，需要时在 Excel 中撤销`,
      en: `Changing sheet "${sheet}" stopped (${cause.text.en}): ${written.length} cells were changed (${written.slice(0, 5).join(', ')}), ${notWritten} were not.`,
    },
    cause.officeCode,
  );
}

/** Installing drop-downs stopped: which columns got theirs. */
export function installPartly(sheet: string, cause: ExcelHostError, done: readonly string[], notDone: readonly string[]): ExcelHostError {
  const head =
    done.length === 0 ? '未设置任何下拉列表或日期校验' : notDone.length === 0 ? `${done.join('、')} 列均已设置` : `已为 ${done.join('、')} 列设置，${notDone.join('、')} 列未设置`;
  return new ExcelHostError(
    cause.code,
    {
      zh: `在工作表“${sheet}”设置数据验证时中断（${cause.text.zh}）：${head}；可以稍后再设置一次`,
      en: `Setting data validation on sheet "${sheet}" stopped (${cause.text.en}): ${done.length === 0 ? 'nothing was set' : `set on ${done.join(', ')}, not on ${notDone.join(', ')}`}.`,
    },
    cause.officeCode,
  );
}
