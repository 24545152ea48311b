/**
 * Entry of the ribbon commands. In the shared runtime this bundle runs in the task pane's page
 * (taskpane.html loads it beside the pane), so a ribbon result can be shown in the pane.
 */
import { pickLocale } from '../i18n';
import { COMMAND_NAMES, sharedResultFeed } from './result-feed';
import { createRibbonHandlers } from './ribbon-actions';
import { createRegisterDeskActions } from './wire-actions';

void Office.onReady(() => {
  const locale = () => pickLocale(Office.context.displayLanguage);
  const handlers = createRibbonHandlers({
    actions: createRegisterDeskActions(locale),
    feed: sharedResultFeed,
    locale,
    showPane: () => Office.addin.showAsTaskpane(),
  });
  // COMMAND_NAMES are the <FunctionName>s of manifest.xml (test/manifest checks they agree).
  for (const name of COMMAND_NAMES) {
    Office.actions.associate(name, (event: Office.AddinCommands.Event) => {
      void handlers[name](event);
    });
  }
});
