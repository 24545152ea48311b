/**
 * The parser's complaints about a command line, said in Chinese: a clerk who typed `-0` for `-o`
 * should read what is wrong and what to type, not commander's English.
 */

const COMMANDS = 'inspect、mark、clear、check、fix、validate、remind、summary、holidays、demo';

const RULES: ReadonlyArray<readonly [RegExp, (m: RegExpExecArray) => string]> = [
  [/unknown command '([^']*)'/, (m) => `没有“${m[1]}”这个命令。可用的命令：${COMMANDS}`],
  [/unknown option '([^']*)'/, (m) => `不认识选项“${m[1]}”，请用 register-desk <命令> --help 查看该命令能用的选项`],
  [/required option '([^']*)' not specified/, (m) => `缺少必需的选项 ${m[1]}，例如 -o 输出文件.xlsx`],
  [/missing required argument '([^']*)'/, (m) => `缺少参数“${m[1]}”：请在命令后写上工作簿文件名`],
  [/option '([^']*)' argument missing/, (m) => `选项 ${m[1]} 后面要写一个值`],
  [/too many arguments/, () => '参数太多：请检查文件名中的空格是否用引号括起来'],
];

/** The Chinese sentence for one of commander's messages (the original kept after it for reference). */
export function translateUsageError(message: string): string {
  const text = message.replace(/^error:\s*/i, '').trim();
  for (const [pattern, say] of RULES) {
    const m = pattern.exec(text);
    if (m) return `命令行有误：${say(m)}（${text}）`;
  }
  return `命令行有误（${text}）`;
}
