import { useSyncExternalStore } from 'react';
import type { CommandResult, CommandResultFeed } from '../commands/result-feed';

/** The feed's latest result; the component re-renders whenever a new one is published. */
export function useLatestResult(feed: CommandResultFeed): CommandResult | null {
  return useSyncExternalStore(feed.subscribe, feed.latest, feed.latest);
}
