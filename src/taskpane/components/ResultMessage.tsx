import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { CommandResult } from '../../commands/result-feed';
import { fillTemplate, type UiStrings } from '../../i18n';

export interface ResultMessageProps {
  readonly result: CommandResult;
  readonly strings: UiStrings;
}

/** What the last "mark overdue" or "clear marks" did, from the pane or from the ribbon. */
export function ResultMessage({ result, strings }: ResultMessageProps) {
  const template = result.origin === 'ribbon' ? strings.resultTitleFromRibbon : strings.resultTitleFromPane;
  const title = fillTemplate(template, {
    action: result.command === 'highlightOverdue' ? strings.highlightOverdue : strings.clearHighlights,
    outcome: result.ok ? strings.resultDone : strings.resultFailed,
  });
  return (
    <MessageBar intent={result.ok ? 'success' : 'error'} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {result.message}
      </MessageBarBody>
    </MessageBar>
  );
}
