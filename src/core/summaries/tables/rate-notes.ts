/** The sentences every handling summary prints under its tables, so a rate is never a mystery. */

/**
 * @example describeRateNotes('收文日期')[0] // '办结率 = 已办结件数 ÷ 件数。'
 */
export function describeRateNotes(startLabel: string): string[] {
  return [
    '办结率 = 已办结件数 ÷ 件数。',
    '按时办结率 = 按时办结件数 ÷ 应办结件数，应办结件数 = 已办结件数 + 逾期未办结件数（未到期的未办结事项不计入）。',
    `平均办理用时 = 自${startLabel}次日至办结日期的工作日数之平均，只计有办结日期的事项；当天办结计 0 个工作日。`,
    '办结日期未填而办理结果写明已办结的，计为按时办结（无法判断是否逾期）。',
    '没有办理时限、尚未办结的事项计入“未办结”，不计入“逾期未办结”。',
  ];
}
