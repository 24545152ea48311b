/**
 * Runs one register action and publishes how it went. Shared by the ribbon and the pane, so both
 * report success and failure the same way and no failure goes unseen.
 */
import type { Locale } from '../i18n';
import { describeFailure } from './describe-failure';
import type { CommandName, CommandOrigin, CommandResult, CommandResultFeed } from './result-feed';

/** An action that does the work and returns the sentence that says what it did. */
export type RegisterAction = () => Promise<string>;

export interface RunCommandOptions {
  readonly command: CommandName;
  readonly origin: CommandOrigin;
  readonly action: RegisterAction;
  readonly feed: CommandResultFeed;
  readonly locale: Locale;
}

/**
 * Awaits the action and publishes its message, or the failure in plain words. Never rejects.
 * @example
 * await runCommand({ command: 'highlightOverdue', origin: 'pane', action: async () => '逾期 5 件',
 *   feed, locale: 'zh-CN' }) // { ok: true, message: '逾期 5 件', … }
 */
export async function runCommand(options: RunCommandOptions): Promise<CommandResult> {
  const { command, origin, feed } = options;
  try {
    const message = await options.action();
    return feed.publish({ command, origin, ok: true, message });
  } catch (error: unknown) {
    return feed.publish({ command, origin, ok: false, message: describeFailure(error, options.locale) });
  }
}
