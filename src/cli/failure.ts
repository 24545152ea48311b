/**
 * A failure the command line reports to a clerk in one Chinese sentence naming the file (and the
 * sheet and cell when known) and what to do. Never a stack trace.
 */
export class CliFailure extends Error {
  constructor(
    readonly file: string,
    readonly zh: string,
    readonly en: string,
    readonly where?: string,
    /** A stable code for JSON output: notZip, xls, encrypted, exists, … */
    readonly code: string = 'failed',
  ) {
    super(en);
    this.name = 'CliFailure';
  }

  /** "文件 a.xlsx：这是旧版 .xls 文件，请另存为 .xlsx 后再试" */
  describe(): string {
    const where = this.where ? `（${this.where}）` : '';
    const subject = this.code === 'badOption' ? '选项' : '文件';
    return `${subject} ${this.file}${where}：${this.zh}`;
  }
}

/** Turns anything thrown into a CliFailure, keeping the message of an unexpected error short. */
export function toFailure(file: string, e: unknown): CliFailure {
  if (e instanceof CliFailure) return e;
  const zh = (e as { zh?: unknown }).zh;
  const en = (e as { en?: unknown }).en;
  if (typeof zh === 'string') {
    const code = (e as { code?: unknown }).code;
    return new CliFailure(file, zh, typeof en === 'string' ? en : zh, undefined, typeof code === 'string' ? code : 'failed');
  }
  const message = e instanceof Error ? e.message : String(e);
  return new CliFailure(
    file,
    `处理时出现意外错误（${message.slice(0, 200)}）。文件未被改动；请把该文件的副本交给维护人员排查`,
    `unexpected error: ${message.slice(0, 200)}; the file was not changed`,
    undefined,
    'unexpected',
  );
}

/** The documented exit code of a failure: 64 for a command line that cannot run as written, else 2. */
export function exitCodeOf(failure: CliFailure): number {
  return failure.code === 'badOption' ? 64 : 2;
}
