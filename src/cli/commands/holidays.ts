/**
 * `register-desk holidays FILE --notice TEXT [-o OUT]`: reads the State Council's holiday notice
 * (a text file the clerk pasted it into), shows what it found, and — given -o — writes a copy whose
 * 节假日表 sheet holds it, so 2027 deadlines count the real holidays once the notice is out.
 */
import { promises as fs } from 'node:fs';
import { formatDay } from '../../core/dates/day';
import type { HolidayNoticeParse } from '../../core/calendar/holiday-notice';
import { previewHolidayNotice, saveHolidayEntries } from '../../app/holidays';
import { CliFailure, toFailure } from '../failure';
import type { Output } from '../options';
import { writePatchedCopy } from './write-copy';

export interface HolidaysOptions {
  readonly notice: string;
  readonly output?: string;
  readonly year?: string;
  readonly force?: boolean;
}

/** "元旦 放假 01-01、01-02、01-03；上班 01-04" per holiday, in notice order. */
export function noticeLines(parse: HolidayNoticeParse): string[] {
  const byName = new Map<string, { off: string[]; work: string[] }>();
  for (const e of parse.entries) {
    const g = byName.get(e.name) ?? { off: [], work: [] };
    (e.kind === 'holiday' ? g.off : g.work).push(formatDay(e.day).slice(5));
    byName.set(e.name, g);
  }
  return [...byName].map(([name, g]) => `${name || '（未命名）'}：放假 ${g.off.join('、') || '无'}${g.work.length ? `；调休上班 ${g.work.join('、')}` : ''}`);
}

async function readNotice(file: string): Promise<string> {
  try {
    return await fs.readFile(file, 'utf8');
  } catch {
    throw new CliFailure(file, '读不到通知文本文件：请把通知全文粘贴进一个 .txt 文件（UTF-8）后再试', 'cannot read the notice text file', undefined, 'notFound');
  }
}

export async function runHolidays(file: string, options: HolidaysOptions, out: Output): Promise<number> {
  try {
    const year = options.year ? Number(options.year) : undefined;
    const parse = previewHolidayNotice(await readNotice(options.notice), year);
    if (parse.entries.length === 0) {
      out.error(`文件 ${options.notice}：没有读出任何放假或调休日期。请确认粘贴的是国务院办公厅节假日安排通知的正文`);
      for (const p of parse.problems) out.error(`  ${p.message.zh}`);
      return 2;
    }
    out.log(`${parse.year ?? '（年份未知）'}年节假日安排：放假 ${parse.entries.filter((e) => e.kind === 'holiday').length} 天，调休上班 ${parse.entries.filter((e) => e.kind === 'workday').length} 天`);
    for (const line of noticeLines(parse)) out.log(`  ${line}`);
    for (const p of parse.problems) out.log(`  [注意] ${p.message.zh}`);
    if (!options.output) {
      out.log('以上内容核对无误后，加上 -o 输出文件，即写入工作簿的“节假日表”。');
      return 0;
    }
    const written = await writePatchedCopy(file, { output: options.output, force: options.force }, (host) => saveHolidayEntries(host, parse));
    out.log(`已写出副本：${options.output}，工作表「${written.sheets[0]}」已更新（原文件未改动）`);
    return 0;
  } catch (e) {
    out.error(toFailure(file, e).describe());
    return 2;
  }
}
