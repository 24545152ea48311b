/**
 * `register-desk`: the engine on .xlsx files, for batch users, CI and offices whose Excel cannot
 * run the add-in. Every command reads its input without changing it and writes copies.
 */
import { Command, CommanderError } from 'commander';
import { consoleOutput, type Output } from './options';
import { toFailure } from './failure';
import { translateUsageError } from './usage-errors';

/** Exit code for a command line the program cannot run as written (BSD sysexits EX_USAGE). */
const USAGE_ERROR = 64;

function buildProgram(out: Output, setCode: (code: number) => void): Command {
  const program = new Command('register-desk')
    .description('台账助手：识别收文、发文、督办、信息报送登记簿，标记逾期事项，生成催办单')
    .showHelpAfterError('（用 register-desk --help 查看用法）')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => out.log(s.trimEnd()),
      writeErr: (s) => out.error(s.trimEnd()),
      outputError: (s, write) => write(`${translateUsageError(s)}\n`),
    });

  const run = (p: Promise<number>): Promise<void> => p.then(setCode);
  // Each command's modules are loaded when it runs: ExcelJS (summary, demo), the demo and the
  // web server weigh ~20 MB and ~0.5 s at start-up that `mark` on a large sheet does not need.

  program
    .command('inspect')
    .description('列出每个工作表是否为登记簿、类型、表头行、数据行、列对应和读取问题')
    .argument('<files...>', '.xlsx / .xlsm 工作簿')
    .option('--json', '输出 JSON')
    .option('--as-of <date>', '以哪一天为准（YYYY-MM-DD），默认今天')
    .action((files: string[], o: { json?: boolean; asOf?: string }) => run(import('./commands/inspect').then((m) => m.runInspect(files, o, out))));

  program
    .command('mark')
    .description('把逾期（红）、临期（黄）、超期办结（浅橙）事项所在行标色，写出副本')
    .argument('<file>')
    .requiredOption('-o, --output <file>', '输出文件')
    .option('--as-of <date>', '以哪一天为准（YYYY-MM-DD）')
    .option('--json', '输出 JSON')
    .option('--force', '覆盖已存在的输出文件')
    .action((file: string, o: { output: string; asOf?: string; json?: boolean; force?: boolean }) => run(import('./commands/mark').then((m) => m.runMark(file, o, out))));

  program
    .command('clear')
    .description('去掉台账助手加的标记，恢复原有底色，写出副本（默认去掉逾期、临期、超期办结标记）')
    .argument('<file>')
    .requiredOption('-o, --output <file>', '输出文件')
    .option('--invalid', '只去掉“填写有误”的标记')
    .option('--all', '去掉全部标记')
    .option('--force', '覆盖已存在的输出文件')
    .action((file: string, o: { output: string; invalid?: boolean; all?: boolean; force?: boolean }) => run(import('./commands/check').then((m) => m.runClearMarks(file, o, out))));

  program
    .command('check')
    .description('按检查规则逐条检查登记簿，按规则列出有误的单元格；有错误时退出码为 1')
    .argument('<files...>', '.xlsx / .xlsm 工作簿')
    .option('--json', '输出 JSON（与 inspect --json 相同，另加 findings）')
    .option('--as-of <date>', '以哪一天为准（YYYY-MM-DD），默认今天')
    .option('--mark', '写出副本，把有误的单元格标为紫色（需 -o）')
    .option('-o, --output <file>', '输出文件（与 --mark 一起用）')
    .option('--force', '覆盖已存在的输出文件')
    .action((files: string[], o: { json?: boolean; asOf?: string; mark?: boolean; output?: string; force?: boolean }) => run(import('./commands/check').then((m) => m.runCheck(files, o, out))));

  program
    .command('fix')
    .description('一键修正：文号括号和年份、全角数字、文字日期、急件→加急等，写出副本；--dry-run 只看预览')
    .argument('<file>')
    .option('-o, --output <file>', '输出文件')
    .option('--rule <codes...>', '要修正的规则代码（可多个），或 all')
    .option('--cell <cells...>', '只修正这些单元格，如 D4 或 收文登记!D4')
    .option('--dry-run', '只列出将要修改的单元格（原值 → 新值），不写文件')
    .option('--as-of <date>', '以哪一天为准（YYYY-MM-DD）')
    .option('--json', '输出 JSON')
    .option('--force', '覆盖已存在的输出文件')
    .action((file: string, o: { output?: string; rule?: string[]; cell?: string[]; dryRun?: boolean; asOf?: string; json?: boolean; force?: boolean }) => run(import('./commands/fix').then((m) => m.runFix(file, o, out))));

  program
    .command('validate')
    .description('给登记簿加数据验证（密级、紧急程度、承办单位下拉列表，日期列只能填日期），写出副本')
    .argument('<file>')
    .requiredOption('-o, --output <file>', '输出文件')
    .option('--replace', '该列已有您自己的数据验证时，换成台账助手的规则')
    .option('--json', '输出 JSON')
    .option('--force', '覆盖已存在的输出文件')
    .action((file: string, o: { output: string; replace?: boolean; json?: boolean; force?: boolean }) => run(import('./commands/validate').then((m) => m.runValidate(file, o, out))));

  program
    .command('remind')
    .description('生成按承办单位分组的催办单工作表（A4 横向），写出副本')
    .argument('<file>')
    .requiredOption('-o, --output <file>', '输出文件')
    .option('--as-of <date>', '以哪一天为准（YYYY-MM-DD）')
    .option('--force', '覆盖已存在的输出文件')
    .action((file: string, o: { output: string; asOf?: string; force?: boolean }) => run(import('./commands/remind').then((m) => m.runRemind(file, o, out))));

  program
    .command('summary')
    .description('生成年终汇总（收文、发文与定额、督办、信息报送、考核、逾期清单、涉密文件清退清单），可合并多个工作簿')
    .argument('<files...>', '一个或多个工作簿（如各乡镇各一个）')
    .option('--year <year>', '统计年度，默认截至日所在年')
    .option('--as-of <date>', '以哪一天为准（YYYY-MM-DD）')
    .requiredOption('-o, --output <file>', '输出的汇总工作簿')
    .option('--force', '覆盖已存在的输出文件')
    .action((files: string[], o: { year?: string; asOf?: string; output: string; force?: boolean }) => run(import('./commands/summary').then((m) => m.runSummary(files, o, out))));

  program
    .command('holidays')
    .description('读取国务院办公厅节假日安排通知（粘贴到 .txt 文件），核对后写入工作簿的“节假日表”')
    .argument('<file>')
    .requiredOption('--notice <text-file>', '通知正文所在的文本文件')
    .option('-o, --output <file>', '输出文件（不写则只显示读出的日期供核对）')
    .option('--year <year>', '通知标题中没有年份时指定')
    .option('--force', '覆盖已存在的输出文件')
    .action((file: string, o: { notice: string; output?: string; year?: string; force?: boolean }) => run(import('./commands/holidays').then((m) => m.runHolidays(file, o, out))));

  program
    .command('web')
    .description('在本机启动台账助手网页版（只有本机能访问），用浏览器打开显示的地址；按 Ctrl+C 结束')
    .option('--port <port>', '端口，默认 51730（被占用时自动换一个；0 表示任选空闲端口）')
    .option('--dir <folder>', '网页所在文件夹（默认为本程序的 dist/web）')
    .action((o: { port?: string; dir?: string }) => run(import('./commands/web').then((m) => m.runWeb(o, out))));

  program
    .command('demo')
    .description('生成一个示例工作簿并在上面演示识别、标记和催办单')
    .option('--dir <dir>', '示例文件写到哪个文件夹', 'demo-output')
    .option('--as-of <date>', '以哪一天为准（YYYY-MM-DD）')
    .action((o: { dir?: string; asOf?: string }) => run(import('./commands/demo').then((m) => m.runDemo(o, out))));

  return program;
}

/** Runs the command line; resolves to the process exit code. */
export async function main(argv: readonly string[], out: Output = consoleOutput): Promise<number> {
  let code = 0;
  const program = buildProgram(out, (c) => (code = c));
  try {
    await program.parseAsync([...argv]);
    return code;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : USAGE_ERROR;
    const failure = toFailure('register-desk', e);
    out.error(failure.describe());
    return failure.code === 'badOption' ? USAGE_ERROR : 3;
  }
}
