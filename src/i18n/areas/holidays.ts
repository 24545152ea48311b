/** The holidays part of the settings: years without data, the holiday table, the notice import. */
import type { AreaStrings } from '../locale';

export interface HolidayStrings {
  readonly holidaysHeading: string;
  readonly holidaysHint: string;
  readonly holidayTableMissing: string;
  readonly openHolidayTable: string;
  readonly noticeLabel: string;
  readonly noticeHint: string;
  readonly noticeYear: string;
  readonly readNotice: string;
  /** `{year}`, `{holidays}`, `{workdays}`. */
  readonly noticePreview: string;
  readonly noticeDayOff: string;
  readonly noticeWorkday: string;
  readonly confirmNotice: string;
  readonly discardNotice: string;
  readonly saveNoticeStep: string;
  readonly noticeSaved: string;
  /** `{sheet}`, `{count}`. */
  readonly noticeSavedLine: string;
  readonly noticeNothing: string;
}

export const HOLIDAY_STRINGS: AreaStrings<HolidayStrings> = {
  'zh-CN': {
    holidaysHeading: '节假日和调休',
    holidaysHint: '工作日按国家法定节假日和调休计算。内置数据到 2026 年；以后的年份，请把国务院办公厅的放假通知粘贴到下面。',
    holidayTableMissing: '工作簿里还没有节假日表。',
    openHolidayTable: '打开节假日表',
    noticeLabel: '放假通知全文',
    noticeHint: '从政府网站复制“国务院办公厅关于××××年部分节假日安排的通知”，整段粘贴。',
    noticeYear: '年份（通知里没写时填）',
    readNotice: '读取通知',
    noticePreview: '{year}年：放假 {holidays} 天，调休上班 {workdays} 天。请核对后写入节假日表。',
    noticeDayOff: '放假',
    noticeWorkday: '上班',
    confirmNotice: '确认写入节假日表',
    discardNotice: '不写入',
    saveNoticeStep: '写入节假日表',
    noticeSaved: '已写入节假日表',
    noticeSavedLine: '工作表「{sheet}」现有 {count} 天的安排；可以直接在表里修改。',
    noticeNothing: '没有从这段文字里读出日期，请确认粘贴的是放假通知全文。',
  },
  'en-US': {
    holidaysHeading: 'Public holidays and working weekends',
    holidaysHint: 'Working days follow the statutory holidays and the weekends worked in exchange. Built-in data runs to 2026; for later years paste the State Council notice below.',
    holidayTableMissing: 'The workbook has no holiday table yet.',
    openHolidayTable: 'Open the holiday table',
    noticeLabel: 'Text of the holiday notice',
    noticeHint: 'Copy the State Council notice on next year’s holidays from the government website and paste all of it.',
    noticeYear: 'Year (when the notice does not say)',
    readNotice: 'Read the notice',
    noticePreview: '{year}: {holidays} days off, {workdays} weekend days worked. Check them, then write them into the holiday table.',
    noticeDayOff: 'day off',
    noticeWorkday: 'working day',
    confirmNotice: 'Write into the holiday table',
    discardNotice: 'Discard',
    saveNoticeStep: 'Write the holiday table',
    noticeSaved: 'Holiday table written',
    noticeSavedLine: 'Sheet “{sheet}” now holds {count} days; you can edit them in the sheet.',
    noticeNothing: 'No dates were found in this text; check that it is the whole notice.',
  },
};
