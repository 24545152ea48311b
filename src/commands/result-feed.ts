/**
 * The latest outcome of "mark overdue" / "clear marks", whichever surface started it. In the shared
 * runtime the ribbon commands and the task pane live in one page, so the pane shows what a ribbon
 * click did by reading this feed (Excel has no status bar or toast API for add-ins).
 */
export type CommandName = 'highlightOverdue' | 'clearHighlights';

export const COMMAND_NAMES: readonly CommandName[] = ['highlightOverdue', 'clearHighlights'];

export type CommandOrigin = 'ribbon' | 'pane';

export interface CommandResult {
  readonly command: CommandName;
  readonly origin: CommandOrigin;
  readonly ok: boolean;
  readonly message: string;
  /** Increases with every result published, so a view can tell a new result from an old one. */
  readonly sequence: number;
}

export interface CommandResultFeed {
  publish(result: Omit<CommandResult, 'sequence'>): CommandResult;
  latest(): CommandResult | null;
  /** Calls the listener after every publish; returns the function that stops it. */
  subscribe(listener: () => void): () => void;
}

/**
 * A feed holding the latest result and telling its listeners when it changes.
 * @example
 * const feed = createResultFeed();
 * feed.publish({ command: 'clearHighlights', origin: 'ribbon', ok: true, message: '已清除' });
 * feed.latest()?.sequence // 1
 */
export function createResultFeed(): CommandResultFeed {
  let latest: CommandResult | null = null;
  let sequence = 0;
  const listeners = new Set<() => void>();
  return {
    publish(result) {
      sequence += 1;
      latest = { ...result, sequence };
      for (const listener of [...listeners]) listener();
      return latest;
    },
    latest: () => latest,
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}

/** The one feed of the running add-in, shared by the ribbon commands and the pane. */
export const sharedResultFeed: CommandResultFeed = createResultFeed();
