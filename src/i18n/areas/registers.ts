/** The register list: each sheet the scan found, with its kind, rows, dates, statuses and problems. */
import type { AreaStrings } from '../locale';

export interface RegisterStrings {
  readonly scanStep: string;
  readonly rescan: string;
  readonly registersHeading: string;
  readonly noRegisters: string;
  readonly otherSheetsHeading: string;
  /** `{count}`. */
  readonly recordsCount: string;
  /** `{first}`, `{last}`. */
  readonly dataRows: string;
  readonly noDataRows: string;
  /** `{from}`, `{to}`. */
  readonly dateRange: string;
  readonly problemsCount: string;
  readonly noProblems: string;
  readonly findingsCount: string;
  readonly confirmedMapping: string;
  readonly editMapping: string;
  /** `{sheet}`. */
  readonly editMappingLabel: string;
  readonly treatAsRegister: string;
  readonly treatAsRegisterLabel: string;
  readonly chooseKind: string;
  readonly continueToMapping: string;
  readonly statusCountsLabel: string;
  readonly legendHeading: string;
  readonly statusDone: string;
  readonly statusOpen: string;
  readonly statusNoDeadline: string;
  /** `{day}`. */
  readonly asOfNote: string;
  readonly notRegisterReason: string;
}

export const REGISTER_STRINGS: AreaStrings<RegisterStrings> = {
  'zh-CN': {
    scanStep: '扫描工作簿',
    rescan: '重新扫描',
    registersHeading: '识别出的登记簿',
    noRegisters: '没有识别出登记簿。如果下面哪张表是登记簿，请点“当作登记簿”。',
    otherSheetsHeading: '未识别为登记簿的工作表',
    recordsCount: '{count} 条',
    dataRows: '第 {first}–{last} 行',
    noDataRows: '还没有数据行',
    dateRange: '{from} 至 {to}',
    problemsCount: '{count} 个问题',
    noProblems: '未发现问题',
    findingsCount: '校验发现 {count} 处',
    confirmedMapping: '列映射已确认',
    editMapping: '列映射',
    editMappingLabel: '查看或修改「{sheet}」的列映射',
    treatAsRegister: '当作登记簿',
    treatAsRegisterLabel: '把「{sheet}」当作登记簿',
    chooseKind: '登记簿类型',
    continueToMapping: '下一步：选择各列',
    statusCountsLabel: '「{sheet}」各状态件数',
    legendHeading: '颜色说明',
    statusDone: '按时办结',
    statusOpen: '在办',
    statusNoDeadline: '无时限',
    asOfNote: '截至 {day}',
    notRegisterReason: '未识别原因：{reason}',
  },
  'en-US': {
    scanStep: 'Scan the workbook',
    rescan: 'Scan again',
    registersHeading: 'Registers found',
    noRegisters: 'No register was recognised. If one of the sheets below is a register, choose “Treat as a register”.',
    otherSheetsHeading: 'Sheets not recognised as registers',
    recordsCount: '{count} records',
    dataRows: 'rows {first}–{last}',
    noDataRows: 'no data rows yet',
    dateRange: '{from} to {to}',
    problemsCount: '{count} problems',
    noProblems: 'no problems found',
    findingsCount: '{count} check findings',
    confirmedMapping: 'columns confirmed',
    editMapping: 'Columns',
    editMappingLabel: 'View or change the columns of “{sheet}”',
    treatAsRegister: 'Treat as a register',
    treatAsRegisterLabel: 'Treat “{sheet}” as a register',
    chooseKind: 'Kind of register',
    continueToMapping: 'Next: choose the columns',
    statusCountsLabel: 'Items of “{sheet}” by status',
    legendHeading: 'Colours',
    statusDone: 'Finished on time',
    statusOpen: 'Open',
    statusNoDeadline: 'No deadline',
    asOfNote: 'As of {day}',
    notRegisterReason: 'Why: {reason}',
  },
};
