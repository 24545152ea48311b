/**
 * Why a workbook file cannot be opened, in one plain sentence a clerk can act on. Every way a
 * file fails to open ends in one of these codes; the CLI and the local web page show `zh`.
 */
import type { LocalText, Problem } from '../../core/types';

export type WorkbookOpenErrorCode =
  | 'notZip'
  | 'truncated'
  | 'encrypted'
  | 'xls'
  | 'et'
  | 'empty'
  | 'noWorkbook'
  | 'tooLarge'
  | 'unreadable';

/** A finer reason under one code, when telling it helps the clerk. */
export type WorkbookOpenVariant = 'webPage' | 'ods' | 'xlsb' | 'otherOffice';

const MESSAGES: Readonly<Record<WorkbookOpenErrorCode | WorkbookOpenVariant, LocalText>> = {
  notZip: {
    zh: '不是有效的 Excel 工作簿文件（.xlsx），请确认选对了文件；如文件来自其他软件，请在 Excel 或 WPS 中打开后另存为 .xlsx 再试',
    en: 'This is not a valid Excel workbook (.xlsx). Check the file, or open it in Excel or WPS and save it as .xlsx.',
  },
  webPage: {
    zh: '这个文件实际是网页或 XML 格式的表格（常见于 OA 系统导出），不是 .xlsx 工作簿，请在 Excel 或 WPS 中打开后另存为 .xlsx 再试',
    en: 'This file is a web-page or XML table (as OA systems export), not an .xlsx workbook. Open it in Excel or WPS and save it as .xlsx.',
  },
  truncated: {
    zh: '文件不完整（可能下载或拷贝没有完成），请重新获取完整的文件后再试',
    en: 'The file is incomplete (the download or copy may not have finished). Get the whole file again and retry.',
  },
  encrypted: {
    zh: '文件设有打开密码，请在 Excel 中取消密码后另存为 .xlsx 再试',
    en: 'The file is protected by an open password. Remove the password in Excel, save it as .xlsx and retry.',
  },
  xls: {
    zh: '这是旧版 .xls 文件，请在 Excel 或 WPS 中另存为 .xlsx 后再试',
    en: 'This is an old-style .xls file. Save it as .xlsx in Excel or WPS and retry.',
  },
  et: {
    zh: '这是 WPS 表格（.et）文件，请在 WPS 中另存为 .xlsx 后再试',
    en: 'This is a WPS spreadsheet (.et). Save it as .xlsx in WPS and retry.',
  },
  empty: {
    zh: '文件是空的（0 字节），请检查是否选错了文件',
    en: 'The file is empty (0 bytes). Check that the right file was chosen.',
  },
  noWorkbook: {
    zh: '文件里没有找到 Excel 工作簿，请选择 .xlsx 格式的工作簿',
    en: 'No Excel workbook was found in the file. Choose an .xlsx workbook.',
  },
  ods: {
    zh: '这是 OpenDocument 表格（.ods）文件，请在 WPS、LibreOffice 或 Excel 中另存为 .xlsx 后再试',
    en: 'This is an OpenDocument spreadsheet (.ods). Save it as .xlsx and retry.',
  },
  xlsb: {
    zh: '这是 Excel 二进制工作簿（.xlsb），请在 Excel 中另存为 .xlsx 后再试',
    en: 'This is an Excel binary workbook (.xlsb). Save it as .xlsx in Excel and retry.',
  },
  otherOffice: {
    zh: '这是 Word 或 PowerPoint 文件，不是 Excel 工作簿，请选择 .xlsx 格式的工作簿',
    en: 'This is a Word or PowerPoint file, not an Excel workbook. Choose an .xlsx workbook.',
  },
  tooLarge: {
    zh: '文件解压后超出可处理的大小（可能已损坏，或不是正常的工作簿），无法打开',
    en: 'The file unpacks to more than can be handled (it may be damaged or not a normal workbook).',
  },
  unreadable: {
    zh: '工作簿文件已损坏，无法读取，请在 Excel 或 WPS 中打开并另存为 .xlsx 后再试',
    en: 'The workbook is damaged and cannot be read. Open it in Excel or WPS, save it as .xlsx and retry.',
  },
};

/** A workbook that cannot be opened. `zh` is the one sentence a clerk reads. */
export class WorkbookOpenError extends Error {
  readonly code: WorkbookOpenErrorCode;
  readonly variant?: WorkbookOpenVariant;
  readonly zh: string;
  readonly en: string;
  /** The technical reason (for logs and bug reports), when there is one. */
  readonly detail?: string;

  constructor(code: WorkbookOpenErrorCode, options: { variant?: WorkbookOpenVariant; detail?: string } = {}) {
    const text = MESSAGES[options.variant ?? code];
    super(options.detail ? `${text.en} (${options.detail})` : text.en);
    this.name = 'WorkbookOpenError';
    this.code = code;
    this.variant = options.variant;
    this.zh = text.zh;
    this.en = text.en;
    this.detail = options.detail;
  }

  /** The same failure as a {@link Problem} value, for reports that list problems. */
  toProblem(): Problem {
    return { code: `xlsx.open.${this.code}`, severity: 'error', message: { zh: this.zh, en: this.en } };
  }
}
