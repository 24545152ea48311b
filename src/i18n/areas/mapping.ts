/** The mapping panel: which column the add-in reads for each field, and the clerk's own choice. */
import type { AreaStrings } from '../locale';

export interface MappingStrings {
  /** `{sheet}`. */
  readonly mappingHeading: string;
  readonly mappingIntro: string;
  readonly headerFirstLabel: string;
  readonly headerLastLabel: string;
  /** `{row}`. */
  readonly rowOption: string;
  readonly fieldsHeading: string;
  readonly notUsed: string;
  /** `{letter}`, `{header}`. */
  readonly columnOption: string;
  readonly columnOptionBlank: string;
  /** `{value}`. */
  readonly sampleValue: string;
  /** `{letter}`, `{header}`, `{reason}`. */
  readonly alternativeNote: string;
  /** `{letter}`, `{fields}`. */
  readonly sharedColumn: string;
  /** Between the names of two fields: "收文日期”和“标题". */
  readonly fieldJoiner: string;
  readonly noColumnChosen: string;
  readonly saveMapping: string;
  readonly forgetMapping: string;
  readonly back: string;
  readonly loadMappingStep: string;
  readonly mappingSaved: string;
  readonly mappingSavedNote: string;
  readonly mappingForgotten: string;
  readonly mappingForgottenNote: string;
  readonly mappingConfirmedNote: string;
  readonly mappingDetectedNote: string;
}

export const MAPPING_STRINGS: AreaStrings<MappingStrings> = {
  'zh-CN': {
    mappingHeading: '「{sheet}」的列映射',
    mappingIntro: '下面是每个字段读取的列，可以改成本表的任意一列。保存后记在工作簿里：下一位打开这个文件的同事、以及命令行读取这个文件时，都按这个映射。',
    headerFirstLabel: '表头第一行',
    headerLastLabel: '表头最后一行',
    rowOption: '第 {row} 行',
    fieldsHeading: '字段和列',
    notUsed: '（不读取）',
    columnOption: '{letter} 列：{header}',
    columnOptionBlank: '{letter} 列（表头为空）',
    sampleValue: '示例：{value}',
    alternativeNote: '未采用 {letter} 列“{header}”：{reason}',
    sharedColumn: '{letter} 列同时选作了{fields}，请只留一个。',
    fieldJoiner: '和',
    noColumnChosen: '请至少为一个字段选择列。',
    saveMapping: '保存列映射',
    forgetMapping: '恢复自动识别',
    back: '返回',
    loadMappingStep: '读取表头',
    mappingSaved: '已记住「{sheet}」的列映射',
    mappingSavedNote: '下次打开这个工作簿，或用命令行读取这个文件时，都按这个映射读取。',
    mappingForgotten: '「{sheet}」已恢复自动识别',
    mappingForgottenNote: '以后按表头自动判断各列。',
    mappingConfirmedNote: '这是本工作簿里保存的列映射。',
    mappingDetectedNote: '这是台账助手根据表头自动识别的结果，请核对。',
  },
  'en-US': {
    mappingHeading: 'Columns of “{sheet}”',
    mappingIntro: 'Each field below is read from the column shown; change it to any column of the sheet. Saving keeps the choice in the workbook: the next person who opens the file, and the command line reading it, use the same columns.',
    headerFirstLabel: 'First header row',
    headerLastLabel: 'Last header row',
    rowOption: 'row {row}',
    fieldsHeading: 'Fields and columns',
    notUsed: '(not read)',
    columnOption: 'column {letter}: {header}',
    columnOptionBlank: 'column {letter} (empty header)',
    sampleValue: 'e.g. {value}',
    alternativeNote: 'Column {letter} “{header}” was not taken: {reason}',
    sharedColumn: 'Column {letter} is chosen for {fields}; keep only one.',
    fieldJoiner: ' and ',
    noColumnChosen: 'Choose a column for at least one field.',
    saveMapping: 'Save the columns',
    forgetMapping: 'Detect again',
    back: 'Back',
    loadMappingStep: 'Read the header',
    mappingSaved: 'Columns of “{sheet}” remembered',
    mappingSavedNote: 'Whenever this workbook is opened again, or the command line reads this file, these columns are read.',
    mappingForgotten: '“{sheet}” is detected again',
    mappingForgottenNote: 'Its columns are judged from the header from now on.',
    mappingConfirmedNote: 'This is the mapping saved in this workbook.',
    mappingDetectedNote: 'This is what Register Desk made of the header; please check it.',
  },
};
