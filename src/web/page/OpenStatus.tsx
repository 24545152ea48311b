import { Button, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { fillTemplate, type Locale } from '../../i18n';
import { pickText } from '../../taskpane/views/local-text';
import type { WorkbookStage } from './page-state';
import type { PageStrings } from './page-strings';
import { FilePicker } from './FilePicker';

const useStyles = makeStyles({
  bar: { display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  name: { flexGrow: 1, fontWeight: tokens.fontWeightSemibold },
});

export interface OpenStatusProps {
  readonly workbook: WorkbookStage;
  readonly strings: PageStrings;
  readonly locale: Locale;
  readonly onFile: (file: File) => void;
  readonly onStartOver: () => void;
}

/** Which workbook the page works on, or how opening it went; and the way to another one. */
export function OpenStatus({ workbook, strings, locale, onFile, onStartOver }: OpenStatusProps) {
  const styles = useStyles();
  switch (workbook.stage) {
    case 'empty':
      return <FilePicker strings={strings} onFile={onFile} />;
    case 'opening':
      return <Spinner size="small" labelPosition="after" label={fillTemplate(strings.opening, { name: workbook.name })} />;
    case 'failed': {
        return (
        <>
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{fillTemplate(strings.openFailed, { name: workbook.name })}</MessageBarTitle>
              {pickText(workbook.failure.message, locale)} {workbook.failure.fix ? pickText(workbook.failure.fix, locale) : ''}
            </MessageBarBody>
          </MessageBar>
          <FilePicker strings={strings} onFile={onFile} />
        </>
      );
    }
    case 'open':
      return (
        <div className={styles.bar}>
          <Text className={styles.name}>{fillTemplate(strings.workingOn, { name: workbook.name })}</Text>
          <FilePicker strings={strings} onFile={onFile} compact />
          <Button appearance="subtle" onClick={onStartOver}>
            {strings.startOver}
          </Button>
        </div>
      );
  }
}
