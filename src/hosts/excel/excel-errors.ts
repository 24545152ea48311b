/**
 * Failures of the Excel host as typed values with a message a clerk can act on. Office.js errors
 * carry a `code` (Excel.ErrorCodes / OfficeExtension.ErrorCodes); everything the host cannot
 * handle itself becomes an {@link ExcelHostError} with zh and en text.
 */
import type { LocalText } from '../../core/types';

export type ExcelHostErrorCode =
  | 'protected'
  | 'editMode'
  | 'sheetMissing'
  | 'payloadTooLarge'
  | 'failed';

export class ExcelHostError extends Error {
  readonly code: ExcelHostErrorCode;
  readonly text: LocalText;
  /** The Office.js error code behind it, when there was one. */
  readonly officeCode: string | null;

  constructor(code: ExcelHostErrorCode, text: LocalText, officeCode: string | null = null) {
    super(text.en);
    this.name = 'ExcelHostError';
    this.code = code;
    this.text = text;
    this.officeCode = officeCode;
  }
}

/**
 * The `code` of an Office.js error, or null for anything else.
 * @example officeErrorCode({ code: 'AccessDenied', message: '…' }) // 'AccessDenied'
 */
export function officeErrorCode(error: unknown): string | null {
  if (typeof error !== 'object' || error === null || !('code' in error)) return null;
  const code = (error as { code: unknown }).code;
  return typeof code === 'string' ? code : null;
}

export function isPayloadTooLarge(error: unknown): boolean {
  const code = officeErrorCode(error);
  return code === 'RequestPayloadSizeLimitExceeded' || code === 'ResponsePayloadSizeLimitExceeded';
}

/**
 * @example protectedSheetError('收文登记').text.zh // '工作表“收文登记”受保护，请先撤销保护再标记'
 */
export function protectedSheetError(sheet: string, officeCode: string | null = null): ExcelHostError {
  return new ExcelHostError(
    'protected',
    {
      zh: `工作表“${sheet}”受保护，请先撤销保护再标记`,
      en: `Sheet "${sheet}" is protected. Unprotect it (Review → Unprotect Sheet) and try again.`,
    },
    officeCode,
  );
}

export function sheetMissingError(sheet: string): ExcelHostError {
  return new ExcelHostError('sheetMissing', {
    zh: `找不到工作表“${sheet}”，它可能已被重命名或删除，请重新扫描工作簿后再试`,
    en: `Sheet "${sheet}" was not found; it may have been renamed or deleted. Scan the workbook again.`,
  });
}

/**
 * Turns whatever a batch threw into a typed error (a typed error passes through unchanged).
 * @example toHostError({ code: 'AccessDenied' }, '收文登记').code // 'protected'
 */
export function toHostError(error: unknown, sheet?: string): ExcelHostError {
  if (error instanceof ExcelHostError) return error;
  const code = officeErrorCode(error);
  const detail = error instanceof Error ? error.message : String(error);
  if (code === 'AccessDenied' && sheet !== undefined) return protectedSheetError(sheet, code);
  if (code === 'ItemNotFound' && sheet !== undefined) return sheetMissingError(sheet);
  if (code === 'InvalidOperationInCellEditMode') {
    return new ExcelHostError(
      'editMode',
      {
        zh: 'Excel 正在编辑单元格，请按回车键或点击其他单元格结束编辑后再试',
        en: 'Excel is editing a cell. Press Enter or click another cell, then try again.',
      },
      code,
    );
  }
  if (isPayloadTooLarge(error)) {
    return new ExcelHostError(
      'payloadTooLarge',
      {
        zh: '一次要传给 Excel 的数据超过了上限，分批后仍未成功，工作簿未被修改；请缩小范围后再试',
        en: 'The data to exchange with Excel exceeded its limit even in smaller batches; the workbook was not changed.',
      },
      code,
    );
  }
  return new ExcelHostError(
    'failed',
    {
      zh: `Excel 未能完成操作（${code ?? '未知错误'}：${detail}）`,
      en: `Excel could not complete the operation (${code ?? 'unknown error'}: ${detail}).`,
    },
    code,
  );
}
