import { Button, Caption1, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Spinner } from '@fluentui/react-components';
import { fillTemplate, type Locale } from '../../i18n';
import { pickText } from '../../taskpane/views/local-text';
import type { PageState } from './page-state';
import type { PageStrings } from './page-strings';

export interface CopyBarProps {
  readonly state: PageState;
  readonly strings: PageStrings;
  readonly locale: Locale;
}

/** The copy the last writing step made, with the link that saves it; or why there is none. */
export function CopyBar({ state, strings, locale }: CopyBarProps) {
  if (state.verifying) {
    return (
      <MessageBar intent="info" layout="singleline">
        <MessageBarBody>
          <Spinner size="extra-tiny" as="span" /> {strings.verifying}
        </MessageBarBody>
      </MessageBar>
    );
  }
  if (state.copyFailure) {
    const f = state.copyFailure;
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{strings.copyFailed}</MessageBarTitle>
          {pickText(f.message, locale)} {f.fix ? pickText(f.fix, locale) : ''}
        </MessageBarBody>
      </MessageBar>
    );
  }
  if (!state.copy) return null;
  const copy = state.copy;
  const actions = [...new Set(state.actions)].map((a) => strings.actions[a]).join(locale === 'zh-CN' ? '、' : ', ');
  return (
    <MessageBar intent="success" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{fillTemplate(strings.copyReady, { name: copy.name })}</MessageBarTitle>
        {fillTemplate(strings.copyContains, { actions })}
        <Caption1 as="p">{strings.savingHint}</Caption1>
      </MessageBarBody>
      <MessageBarActions>
        <Button as="a" appearance="primary" href={copy.url} download={copy.name}>
          {strings.saveCopy}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
