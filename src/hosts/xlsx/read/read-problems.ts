/**
 * What can go wrong while reading a package that is still worth going on for: one table of
 * messages, each saying what is wrong, where, and what the clerk can do.
 */
import type { CellRef, Problem } from '../../../core/types';
import { columnLetters } from './cell-ref';

const cellName = (at: CellRef): string => `${columnLetters(at.col)}${at.row}`;

/** Constructors for the reading problems, by code. */
export const readProblems = {
  sheetMissing: (sheet: string): Problem => ({
    code: 'xlsx.read.sheetMissing',
    severity: 'error',
    message: { zh: `工作表“${sheet}”的内容在文件中找不到，已跳过`, en: `The contents of sheet "${sheet}" are missing from the file; skipped.` },
    fix: { zh: '请在 Excel 或 WPS 中打开工作簿并另存一次后再试', en: 'Open the workbook in Excel or WPS, save it again and retry.' },
  }),
  sheetDamaged: (sheet: string, lastRow: number, detail: string): Problem => ({
    code: 'xlsx.read.sheetDamaged',
    severity: 'error',
    message: {
      zh: `工作表“${sheet}”的内容已损坏，只读到了第 ${lastRow} 行`,
      en: `Sheet "${sheet}" is damaged; it was read up to row ${lastRow} (${detail}).`,
    },
    fix: { zh: '请在 Excel 或 WPS 中打开工作簿并另存一次后再试', en: 'Open the workbook in Excel or WPS, save it again and retry.' },
  }),
  sharedStringMissing: (at: CellRef, index: string): Problem => ({
    code: 'xlsx.read.sharedStringMissing',
    severity: 'warning',
    at,
    message: {
      zh: `单元格 ${cellName(at)} 指向的文本在文件中不存在（第 ${index} 项），已按空白处理`,
      en: `Cell ${cellName(at)} points at text that is not in the file (entry ${index}); read as empty.`,
    },
    fix: { zh: '请在 Excel 中核对该单元格并重新输入', en: 'Check the cell in Excel and type it again.' },
  }),
  badCellRef: (sheet: string, ref: string): Problem => ({
    code: 'xlsx.read.badCellRef',
    severity: 'warning',
    message: {
      zh: `工作表“${sheet}”中有位置不合法的单元格（${ref}），已跳过`,
      en: `Sheet "${sheet}" has a cell at an impossible position (${ref}); skipped.`,
    },
  }),
  badNumber: (at: CellRef, text: string): Problem => ({
    code: 'xlsx.read.badNumber',
    severity: 'warning',
    at,
    message: {
      zh: `单元格 ${cellName(at)} 存的数值“${text}”无法识别，已按文本读取`,
      en: `Cell ${cellName(at)} holds a number that cannot be read ("${text}"); read as text.`,
    },
  }),
  partUnreadable: (part: string, consequence: { zh: string; en: string }): Problem => ({
    code: 'xlsx.read.partUnreadable',
    severity: 'warning',
    message: {
      zh: `工作簿中的“${part}”部分已损坏，已跳过；${consequence.zh}`,
      en: `Part "${part}" of the workbook is damaged and was skipped; ${consequence.en}`,
    },
    fix: { zh: '请在 Excel 或 WPS 中打开工作簿并另存一次后再试', en: 'Open the workbook in Excel or WPS, save it again and retry.' },
  }),
  moreProblems: (sheet: string, count: number): Problem => ({
    code: 'xlsx.read.moreProblems',
    severity: 'warning',
    message: {
      zh: `工作表“${sheet}”还有 ${count} 处类似问题，未逐一列出`,
      en: `Sheet "${sheet}" has ${count} more problems of the same kinds, not listed one by one.`,
    },
  }),
} as const;

/** Problems reported one by one per read; past this, they are counted. */
export const PROBLEM_LIMIT = 100;

/** Collects problems up to the limit and counts the rest, so a broken sheet cannot flood memory. */
export class ProblemList {
  readonly items: Problem[] = [];
  private extra = 0;

  constructor(private readonly sheet: string) {}

  add(problem: Problem): void {
    if (this.items.length < PROBLEM_LIMIT) this.items.push(problem);
    else this.extra++;
  }

  /** The problems, with one summary problem for those past the limit. */
  list(): readonly Problem[] {
    return this.extra > 0 ? [...this.items, readProblems.moreProblems(this.sheet, this.extra)] : this.items;
  }
}
