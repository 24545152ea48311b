/** The problems detection reports about a whole sheet, worded once here. */
import type { FieldName, Problem, RegisterKind } from '../types';
import { FIELD_LABELS, KIND_LABELS } from './field-labels';
import { HEADER_SCAN_ROWS } from './header-rows';

/**
 * @example reportEmptySheet('Sheet3').code // 'layout.empty'
 */
export function reportEmptySheet(sheet: string): Problem {
  return {
    code: 'layout.empty',
    severity: 'info',
    message: { zh: `工作表「${sheet}」是空的，不是台账`, en: `Sheet "${sheet}" is empty: not a register` },
  };
}

/**
 * @example reportNoHeader('说明').code // 'layout.noHeader'
 */
export function reportNoHeader(sheet: string): Problem {
  return {
    code: 'layout.noHeader',
    severity: 'info',
    message: {
      zh: `工作表「${sheet}」前 ${HEADER_SCAN_ROWS} 行里没有找到台账的表头，不按台账读取`,
      en: `No register header in the first ${HEADER_SCAN_ROWS} rows of sheet "${sheet}": not read as a register`,
    },
    fix: {
      zh: '如果这是一本台账，请指明台账类型，并确认表头所在的行和各列的含义',
      en: 'If this is a register, name its kind and confirm its header rows and columns',
    },
  };
}

/**
 * @example reportSummarySheet('汇总', 4).code // 'layout.summary'
 */
export function reportSummarySheet(sheet: string, tallies: number): Problem {
  return {
    code: 'layout.summary',
    severity: 'info',
    message: {
      zh: `工作表「${sheet}」有 ${tallies} 列是合计、件数或比率，像是汇总表，不按台账读取`,
      en: `Sheet "${sheet}" has ${tallies} columns of totals, counts or rates: a summary, not read as a register`,
    },
    fix: { zh: '如果它其实是台账，请指明台账类型并确认各列', en: 'If it is a register after all, name its kind and confirm its columns' },
  };
}

/**
 * @example reportTooFewFields('Sheet1', 2).code // 'layout.notRegister'
 */
export function reportTooFewFields(sheet: string, named: number): Problem {
  return {
    code: 'layout.notRegister',
    severity: 'info',
    message: {
      zh: `工作表「${sheet}」的表头只认出 ${named} 列，看不出是哪种台账`,
      en: `Only ${named} header columns of sheet "${sheet}" name a field: no kind of register can be told`,
    },
    fix: { zh: '如果这是一本台账，请指明台账类型并确认各列', en: 'If this is a register, name its kind and confirm its columns' },
  };
}

/**
 * @example reportLowConfidence('Sheet1', 'incoming', 0.4).severity // 'warning'
 */
export function reportLowConfidence(sheet: string, kind: RegisterKind, confidence: number): Problem {
  const percent = Math.round(confidence * 100);
  return {
    code: 'layout.lowConfidence',
    severity: 'warning',
    message: {
      zh: `工作表「${sheet}」像是${KIND_LABELS[kind].zh}，但把握不大（${percent}%）`,
      en: `Sheet "${sheet}" looks like an ${KIND_LABELS[kind].en}, with low confidence (${percent}%)`,
    },
    fix: { zh: '请核对台账类型和识别出的各列，确认后会记住', en: 'Check the kind and the columns found; once confirmed they are remembered' },
  };
}

/**
 * @example reportBadConfirmedColumn('收文', 'deadline', '1A').code // 'layout.mapping.badColumn'
 */
export function reportBadConfirmedColumn(sheet: string, field: FieldName, letters: string): Problem {
  return {
    code: 'layout.mapping.badColumn',
    severity: 'error',
    field,
    message: {
      zh: `工作表「${sheet}」确认的${FIELD_LABELS[field].zh}列「${letters}」不是有效的列号，这一列没有采用`,
      en: `The confirmed column "${letters}" for ${FIELD_LABELS[field].en} on sheet "${sheet}" is not a column: it was not used`,
    },
    fix: { zh: '请用 A、B、C…… 这样的列字母重新确认', en: 'Confirm it again with a column letter such as A, B, C' },
  };
}
