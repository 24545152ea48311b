/**
 * `register-desk demo [--dir D]`: writes a sample workbook of messy registers and runs the main
 * job on it — inspect, mark, 催办单 — so a newcomer sees the whole path in one command.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { buildSampleWorkbook } from '../demo/sample-workbook';
import { SAMPLE_AS_OF } from '../demo/sample-data';
import { writeOutput } from '../io';
import type { Output } from '../options';
import { runInspect } from './inspect';
import { runMark } from './mark';
import { runRemind } from './remind';
import { runSummary } from './summary';

export interface DemoOptions {
  readonly dir?: string;
  readonly asOf?: string;
}

export async function runDemo(options: DemoOptions, out: Output): Promise<number> {
  const dir = path.resolve(options.dir ?? 'demo-output');
  await fs.mkdir(dir, { recursive: true });
  const sample = path.join(dir, '示例台账.xlsx');
  const marked = path.join(dir, '示例台账-已标记.xlsx');
  const reminder = path.join(dir, '示例台账-催办单.xlsx');
  const yearEnd = path.join(dir, '示例台账-年终汇总.xlsx');
  const asOf = options.asOf ?? SAMPLE_AS_OF;
  await writeOutput(sample, await buildSampleWorkbook(), { force: true });
  out.log(`台账助手演示：示例工作簿 ${sample}`);
  out.log(`（截至 ${asOf}；可用 --as-of 改变这一天）`);
  out.log('');
  out.log('一、识别登记簿');
  let code = await runInspect([sample], { asOf }, out);
  out.log('');
  out.log('二、标记逾期和临期事项');
  code ||= await runMark(sample, { output: marked, force: true, asOf }, out);
  out.log('');
  out.log('三、生成催办单');
  code ||= await runRemind(sample, { output: reminder, force: true, asOf }, out);
  out.log('');
  out.log('四、生成年终汇总');
  code ||= await runSummary([sample], { output: yearEnd, force: true, asOf }, out);
  out.log('');
  out.log(`用 Excel 或 WPS 打开 ${marked} 查看标记；原示例文件保持不变。`);
  return code;
}
