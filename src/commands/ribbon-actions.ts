/**
 * The two ribbon buttons as functions Office can call. Each runs its action, shows the task pane
 * where the result is written, and always tells Office it has finished — also when something
 * failed — because Office queues further clicks until `event.completed()` is called.
 */
import type { Locale } from '../i18n';
import { runCommand, type RegisterAction } from './run-command';
import type { CommandName, CommandResultFeed } from './result-feed';

/** The part of `Office.AddinCommands.Event` a command uses. */
export interface CompletableEvent {
  completed(): void;
}

export interface RibbonDependencies {
  readonly actions: Readonly<Record<CommandName, RegisterAction>>;
  readonly feed: CommandResultFeed;
  readonly locale: () => Locale;
  /** Brings the pane into view (`Office.addin.showAsTaskpane` in the shared runtime). */
  readonly showPane: () => Promise<void>;
}

export type RibbonHandler = (event: CompletableEvent) => Promise<void>;

/**
 * One handler per ribbon command, ready for `Office.actions.associate`.
 * @example
 * const handlers = createRibbonHandlers({ actions, feed, locale: () => 'zh-CN', showPane });
 * Office.actions.associate('highlightOverdue', (event) => void handlers.highlightOverdue(event));
 */
export function createRibbonHandlers(deps: RibbonDependencies): Readonly<Record<CommandName, RibbonHandler>> {
  const handle =
    (command: CommandName): RibbonHandler =>
    async (event) => {
      try {
        await runCommand({ command, origin: 'ribbon', action: deps.actions[command], feed: deps.feed, locale: deps.locale() });
        // The result is already in the feed; a pane that cannot be shown must not lose the click.
        await deps.showPane().catch((error: unknown) => {
          console.error(error);
        });
      } finally {
        event.completed();
      }
    };
  return { highlightOverdue: handle('highlightOverdue'), clearHighlights: handle('clearHighlights') };
}
